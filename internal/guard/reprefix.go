package guard

// reprefix.go: an ordinary word with the prefix "re-" (issue 15, helper
// RENT44, dev44: "cierra del 3 al 7 de junio por repavimentación").
//
// frame.unknown, the last resort, reports a lower-case word of six letters
// or more in no vocabulary. Spanish and English make new words freely with
// "re-" ("repavimentación", "reembalaje", "recertification") that no list
// holds, while the word after the prefix is ordinary. rePrefixed reports
// that the word at token i is "re" and an ordinary word of at least eight
// letters (the general vocabularies, English or Spanish, as loaded) that
// starts no clinical or association phrase of the vocabularies.
//
// Stays reported: a remainder under eight letters ("relistor", "restoril",
// "remicade": their remainders are no words anyway), a remainder that is a
// clinical term ("rehemodialysis"), any other prefix. Read by frame.unknown
// only; the other frame rules judge the word as before.
func (s *scanner) rePrefixed(i int) bool {
	low := s.toks[i].low
	if len(low) < 10 || low[0] != 'r' || low[1] != 'e' {
		return false
	}
	rest := low[2:]
	h := hstr(rest)
	if !s.g.gen.has(h) {
		return false
	}
	if w := s.v.get(h); w != nil {
		for _, p := range w.phrases {
			if p.class == pClinical || p.class == pAssoc {
				return false
			}
		}
	}
	return true
}
