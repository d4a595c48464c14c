package guard

// specialtycare.go — one walk for four rules of the sixteenth pass (helper
// recall16, probe set dev91r, dev88's misses) that each start at a rare
// word: a clinical trial's study drug or placebo as the reader's care
// (trialdrug.go), a cord-blood unit's cell counts and viability
// (cordunit.go), an eating-disorder programme named by its acronym or its
// exposure meals (edprogram.go) and a medical-cannabis vaporizer's part
// for the reader (vaporpart.go), and pelvic-floor therapy for the reader
// (pelvicfloor.go, helper recall2b). specCareFilter holds their first words,
// so a notice with none of them costs no walk (the notice-level bit
// fb3SpecCare, tokfilter.go) and one with some one filter test a token.

var specCareFilter = tabsFilter(trialFirst, cordUnitFirst, edProgFirst, vaporFirst, pfFirst)

// scanSpecialtyCare runs the four rules at their first words.
func (s *scanner) scanSpecialtyCare() {
	if s.fbAll3&fb3SpecCare == 0 { // no first word of the four in the field
		return
	}
	s.scanSpecialtyCareOn()
}

// scanSpecialtyCareOn is scanSpecialtyCare past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) scanSpecialtyCareOn() {
	for i := range s.toks {
		h := s.toks[i].h
		if !specCareFilter.may(h) || s.used[i] {
			continue
		}
		switch {
		case trialFirst.get(h):
			s.trialDrugAt(i) // trialdrug.go
		case cordUnitFirst.get(h):
			s.cordUnitAt(i) // cordunit.go
		case edProgFirst.get(h):
			s.edProgramAt(i) // edprogram.go
		case vaporFirst.get(h):
			s.vaporPartAt(i) // vaporpart.go
		case pfFirst.get(h):
			s.pelvicFloorAt(i) // pelvicfloor.go (helper recall2b)
		}
	}
}

// fieldHas: a token of set t anywhere in the field.
func (s *scanner) fieldHas(t setTab) bool {
	for k := range s.toks {
		if t.get(s.toks[k].h) {
			return true
		}
	}
	return false
}

// possNear: a reader's possessive (your, ur, su, tu, sus, tus, yours) in
// the sentence of token i or the one before: "in your report", where a
// bare "you" may be a public notice's ("we'll show you").
func (s *scanner) possNear(i int) bool {
	lo, hi := s.sentSpan(i)
	from := lo
	if lo > 0 {
		from, _ = s.sentSpan(lo - 1)
	}
	for k := from; k < hi; k++ {
		if h := s.toks[k].h; trialOwner.get(h) || h == hYours {
			return true
		}
	}
	return false
}

var hYours = hstr("yours")
