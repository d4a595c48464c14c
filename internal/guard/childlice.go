package guard

// childlice.go — a child sent home with lice (issue 15, tenth pass, helper
// MISS10B, dev64-leak-093: "Your child was sent home today with head
// lice.").
//
// Lice are in no term list (a salon may be "lice-free", a school may warn
// every family that it is "head lice season"), yet a child who has them is
// the reader's family's health. Rule compose.infestation (kind condition)
// reports "lice"/"nits"/"piojos"/"liendres" (with "head" before it when
// present) when a having word stands right before it, or before "head":
// with, has, have, had, got, caught, con, tiene, tienen, tenía, trae, traen
// ("for" is left out: "shampoo for head lice"), and no offer word before
// that ("dealing with lice", "help with lice"). The frame is what makes it someone's: "Lice-free salon grand opening"
// (no having word), "Reminder to all families: head lice season is here"
// (":" before it), "lice checks at the salon" pass.
//
// A group in general right before "with/con" (children, kids, students,
// people, anyone; niños, alumnos, personas…) with no possessive before it
// is public guidance and passes ("We follow CDC and AAP guidance: children
// with head lice don't need to miss school", fix helper r112, dev112);
// "your kids with head lice" stays reported. So "we help kids with lice at
// our salon" now passes; "Accepted risk" below is for the other frames.
//
// Accepted risk: "we help you with lice at our salon" is blocked (fail
// closed). Speed: runs from scanReaderSlots (readerslots.go) at the lice
// words only.

var (
	childLiceFirst = wordSetTab("lice nits piojos liendres")
	childLiceHave  = wordSetTab("with has have had got caught con tiene tienen tenia tenía trae traen")
	// "dealing with lice", "help with lice" offer a service, not a case
	childLiceOffer = wordSetTab("dealing deal deals help helps fight fighting battling battle done tired")
	hstrHead       = hstr("head")
	// a group in general before "with/con" (fix helper r112, dev112):
	// "children with head lice can stay in class", "niños con piojos"
	childLiceGroup = wordSetTab("children kids students pupils people families anyone everyone those classmates " +
		"ninos niños ninas niñas alumnos alumnas personas familias chicos estudiantes")
	childLiceOwner = wordSetTab("your my our tu tus su sus mi mis")
)

// childLice: token i is a lice word.
func (s *scanner) childLice(i int) {
	a := i
	if a > 0 && s.toks[a-1].h == hstrHead && s.gap(a) == " " {
		a--
	}
	if a == 0 || s.gap(a) != " " || !childLiceHave.get(s.toks[a-1].h) {
		return
	}
	if a >= 2 && childLiceOffer.get(s.toks[a-2].h) {
		return
	}
	if a >= 2 && (s.toks[a-1].low == "with" || s.toks[a-1].low == "con") {
		// "children with head lice don't need to miss school": a group in
		// general, public guidance (fix helper r112, dev112); "your kids
		// with lice" is someone's
		if g := a - 2; childLiceGroup.get(s.toks[g].h) && !(g >= 1 && childLiceOwner.get(s.toks[g-1].h)) {
			return
		}
	}
	if k := i + 1; k < len(s.toks) && (s.gap(k) == "-" || s.gap(k) == " " && s.toks[k].low == "free") {
		return // "lice-free"
	}
	s.addTok(a, i, KindCondition, "compose.infestation", 0.7, "says someone has lice")
}
