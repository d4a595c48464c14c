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
// "your kids with head lice" stays reported, and so does a count of the
// group ("both children", "sus dos niños") or any reader's word in the
// field ("your twins: the kids with head lice …"; red team red22,
// dev113r). So "we help kids with lice at
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
	// childLiceCount: a count of a group is some children, not children in
	// general (red team red22, dev113r: "Both children with head lice must
	// stay home", "Sus dos niños con piojos")
	childLiceCount = wordSetTab("both two three four ambos ambas dos tres cuatro")
)

// childLiceReader: a reader's word (your, yours, su, tu, usted…) stands
// anywhere in the field: "We called about your twins: the kids with head
// lice need a second treatment", "Sus hijos, los niños con piojos, …"
// (red team red22, dev113r).
func (s *scanner) childLiceReader() bool {
	for k := range s.toks {
		if recipientWords.get(s.toks[k].h) {
			return true
		}
	}
	return false
}

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
		if g := a - 2; childLiceGroup.get(s.toks[g].h) && !(g >= 1 && (childLiceOwner.get(s.toks[g-1].h) ||
			childLiceCount.get(s.toks[g-1].h) || s.toks[g-1].cls&tDigit != 0)) && !s.childLiceReader() {
			return
		}
	}
	if k := i + 1; k < len(s.toks) && (s.gap(k) == "-" || s.gap(k) == " " && s.toks[k].low == "free") {
		return // "lice-free"
	}
	s.addTok(a, i, KindCondition, "compose.infestation", 0.7, "says someone has lice")
}
