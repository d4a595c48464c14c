package guard

// possfall.go — a person's own fall, named by a possessive (issue 15,
// fourteenth pass, red-team helper red14b, probe set dev81x): rule
// compose.fall_injury, kind condition.
//
// "fall" is a season and a verb, so no rule read it, and staffintro.go
// keeps it out of its injury words ("joins Prism this fall"). But "Your
// father's room moved to 2B after his fall." tells the reader a relative
// fell. Read "fall"/"falls" when a person's possessive stands right
// before it (his, her, their, your, or a person word and "'s": "your
// father's fall", rfPerson) and the fall ends its phrase: the sentence's
// end, a comma or dash, or a time word after it (last, yesterday, on, at,
// this, earlier, today, tonight). The reader's own ("your fall") needs a
// preposition of time before it ("after your fall"; "Enjoy your fall!"
// passes). Spanish "su caída" / "la caída de
// su …" the same way. "this fall", "her fall collection", "your fall
// semester", "since your fall visit", "last fall" pass (no possessive, or
// a noun after it).
//
// Cost: runs from scanReaderFamilies (readerfamily.go) at its first words.

var (
	possFallFirst = wordSetTab("fall falls caida caidas")
	possFallOwner = wordSetTab("his her their your su sus")
	possFallAfter = wordSetTab("last yesterday on at this earlier today tonight ayer anoche hoy el la en")
	// possFallSince: a preposition of time before the reader's own fall
	possFallSince = wordSetTab("after since following from about before despues desde tras de")
	possFallYour  = wordSetTab("your su sus")
	hPossS        = hstr("s")
	hPossDe       = hstr("de")
)

// possFallAt: token i is one of possFallFirst.
func (s *scanner) possFallAt(i int) {
	t := s.toks
	n := len(t)
	lo, hi := sentenceSpan(t, i)
	if i <= lo {
		return
	}
	owner := possFallOwner.get(t[i-1].h) || i >= lo+2 && t[i-1].h == hPossS && rfPerson.get(t[i-2].h)
	if owner && possFallYour.get(t[i-1].h) && !(i >= lo+2 && possFallSince.get(t[i-2].h)) {
		owner = false // "Enjoy your fall!": the reader's own fall needs "after your fall"
	}
	if !owner && (t[i].low == "caida" || t[i].low == "caidas") && i+2 < hi && t[i+1].h == hPossDe && possFallOwner.get(t[i+2].h) {
		owner = true // "la caída de su madre"
	}
	if !owner {
		return
	}
	end := i+1 >= hi || i+1 < n && (s.gap(i+1) != " " || possFallAfter.get(t[i+1].h) || t[i+1].h == hPossDe)
	if end {
		s.addTok(i, i, KindCondition, "compose.fall_injury", 0.7, "names a person's injury")
	}
}
