package guard

// recallfam18.go: one walk for the three rules of fix helper recall18
// (issue 15, eighteenth pass, dev100's recall family, probe set dev100r,
// 2026-12-06), each starting at a rare word: the reader's cognitive or
// concussion test against the reader's baseline or with its result
// (cogbaseline.go), the reader's breast form (breastform.go) and a care
// worker on the way to see a named person (carevisit.go). rf18Filter holds
// their start words; the pass returns at once when no token of the field
// has one (fb3RecallFam18, tokfilter.go).
var rf18Filter = tabsFilter(cgBaseWords, cgNamed, bfNouns, bfBrands, cvTravel,
	llAnalytes, llVitamin, cdCurve, rlKin, tsSizeWord, tsSizeTok, fdStart) // the last seven: recall18b's four rules (recallfam18b.go)

// scanRecallFam18 runs the three rules at their start words.
func (s *scanner) scanRecallFam18() {
	if s.fbAll3&fb3RecallFam18 == 0 { // no start word of the three in the field (tokfilter.go)
		return
	}
	s.scanRecallFam18On()
}

// scanRecallFam18On is scanRecallFam18 past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) scanRecallFam18On() {
	for i := range s.toks {
		h := s.toks[i].h
		if !rf18Filter.may(h) {
			continue
		}
		switch {
		case cgBaseWords.get(h) || cgNamed.get(h):
			s.cogBaselineAt(i) // cogbaseline.go
		case bfNouns.get(h) || bfBrands.get(h):
			s.breastFormAt(i) // breastform.go
		case cvTravel.get(h):
			s.careVisitAt(i) // carevisit.go
		default:
			s.recall18bAt(i) // recallfam18b.go
		}
	}
}
