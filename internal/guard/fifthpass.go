package guard

// scanFifth runs issue 15's fifth-pass detectors (dev16) in one pass over
// the tokens, after the compositional rules, so it only sees words no
// other rule took: specialties by their combining forms and care places
// (specialty.go), eponyms (eponym.go) and names addressed after an
// opening interjection (vocative.go). Each is behind a test of the
// token's class, length or a word-set lookup.
func (s *scanner) scanFifth() {
	n := len(s.toks)
	for i := 0; i < n; i++ {
		if s.used[i] || s.toks[i].cls&tAlpha == 0 {
			continue
		}
		if s.specialty(i) {
			s.addTok(i, i, KindCondition, "compose.specialty", 0.7, "is built of medical combining forms and a specialty ending, like a medical specialty")
			continue
		}
		if a, b, ok := s.specialtyHyphen(i); ok {
			s.addTok(a, b, KindCondition, "compose.specialty", 0.7, "is built of medical combining forms and a specialty ending, like a medical specialty")
			i = b
			continue
		}
		if a, b, ok := s.carePlace(i); ok {
			s.addTok(a, b, KindCondition, "compose.care_place", 0.7, "is a care place named by a clinical domain ('"+s.toks[i].low+"')")
			continue
		}
		if k, ok := s.eponymCondition(i); ok {
			s.addTok(i, k, KindCondition, "compose.eponym", 0.75, "is a name in the possessive before '"+s.toks[k].low+"', as eponymous conditions are named")
			i = k
			continue
		}
		if k, ok := s.deviceEponym(i); ok {
			s.addTok(i, i+1, k, "compose.device_eponym", 0.7, "starts a listed device or procedure name and comes before '"+s.toks[i+1].low+"'")
			i++
			continue
		}
		if a, b, ok := s.vocative(i); ok {
			s.addTok(a, b, KindName, "compose.vocative", 0.75, "follows an opening '"+s.toks[i].low+",' where the reader is addressed by name")
			i = b
			continue
		}
	}
}
