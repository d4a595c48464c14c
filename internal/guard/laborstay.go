package guard

// laborstay.go: the reader's own labor and delivery (issue 15, eleventh
// pass, helper REC11, dev68: "Reminder: your appointment for your labor and
// delivery stay is on August 11 at 10:40 AM."): rule compose.labor_delivery,
// kind procedure.
//
// "Labor & Delivery" is a hospital unit, named to every visitor
// ("Visitors to Labor & Delivery must check in at the main desk"), so it is
// in no list; carestay.go reads the reader's stay in it ("your stay in
// Labor & Delivery") and imaging.go "your L&D". Owned by the reader it is
// the reader's childbirth: a reader possessive (your, su, tu), at most one
// word between (upcoming, planned, scheduled, recent, last, first, next,
// own; RED11: up to three, a length such as "two-night" among them), then
// labor/labour, "and", "&" or "/", delivery: "your labor and delivery
// stay", "Congrats on your upcoming labor and delivery!".
//
// What passes: "Visitors to Labor & Delivery must check in" and "Our Labor
// & Delivery unit has new family suites" (no reader's), "your labor and
// materials estimate" (no delivery), "Labor Day delivery hours".
//
// Cost: none for a field without "labor"/"labour" (the notice-level bit
// fb2Labor, tokfilter.go); otherwise one comparison of a token's hash with
// "labor"/"labour" per token.

var (
	hLabour         = hstr("labour")
	hLaborAnd       = hstr("and")
	hDelivery       = hstr("delivery")
	laborStayBefore = wordSetTab("upcoming planned scheduled recent last first next own")
	// RED11: "two-night", "3-day"
	laborStayLength  = wordSetTab("night nights day days")
	laborStayNumbers = wordSetTab("one two three four five")
	// laborStayFirst: the pass's start words, for fb2Labor (tokfilter.go)
	laborStayFirst = newHashFilter(map[uint64]bool{hLaborUnit: true, hLabour: true})
)

// scanLaborStay reports compose.labor_delivery.
func (s *scanner) scanLaborStay() {
	if s.fbAll2&fb2Labor == 0 { // no "labor"/"labour" in the field (tokfilter.go)
		return
	}
	s.scanLaborStayOn()
}

// scanLaborStayOn is scanLaborStay past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) scanLaborStayOn() {
	n := len(s.toks)
	for k := 1; k+1 < n; k++ {
		t := &s.toks[k]
		if t.h != hLaborUnit && t.h != hLabour || t.sent {
			continue
		}
		j := k + 1
		if s.toks[j].h == hLaborAnd && !s.toks[j].sent {
			j++
		} else if g := s.gap(j); g != " & " && g != "&" && g != "/" { // RED11: "labor/delivery"
			continue
		}
		if j >= n || s.toks[j].h != hDelivery || s.toks[j].sent {
			continue
		}
		a := k - 1
		// RED11 (dev70x): up to three modifiers, a length among them ("your
		// upcoming planned labor and delivery", "your two-night labor and
		// delivery stay")
		for c := 0; c < 3 && a > 0 && !s.toks[a].sent; c++ {
			if laborStayBefore.get(s.toks[a].h) {
				a--
				continue
			}
			if laborStayLength.get(s.toks[a].h) && s.gap(a) == "-" && (s.toks[a-1].cls&tDigit != 0 || laborStayNumbers.get(s.toks[a-1].h)) && a-1 > 0 {
				a -= 2
				continue
			}
			break
		}
		if !recipientPossessive.get(s.toks[a].h) {
			continue
		}
		s.addTok(a, j, KindProcedure, "compose.labor_delivery", 0.8, "names the reader's own labor and delivery, a childbirth")
		k = j
	}
}
