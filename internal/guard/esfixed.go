package guard

// esfixed.go: a drug brand that is a word of a Spanish fixed phrase (issue
// 15, tenth pass, dev60, helper MISC10, 2026-12-05).
//
// "Actos" is a listed drug brand (pioglitazone), and "actos" is also the
// plural of "acto": "el salón de actos" is a hall for public events
// (dev60-clean-220: "organiza una jornada de donación de sangre … en el
// salón de actos, abierta a toda la ciudadanía"). dropEsFixed drops a
// clinical.medication finding of the one token "actos" right after
// "salón de" / "salon de" / "sala de" (any case), joined by single spaces.
//
// Still blocked: the brand anywhere else ("tu receta de Actos 30 mg",
// "Your Actos refill"), a dose after the phrase ("salón de Actos 30 mg" is
// read as the drug again), any other finding of the notice. Accepted risk:
// none known; the phrase names a room. Speed: runs only from finish, i.e.
// on a field that already has a finding.
func (s *scanner) dropEsFixed(fs []ifind) []ifind {
	k := 0
	for _, f := range fs {
		if f.rule == "clinical.medication" && !f.readerTied() && s.esFixedActos(f.a, f.b) {
			continue
		}
		fs[k] = f
		k++
	}
	return fs[:k]
}

// esFixedActos: bytes a..b are the token "actos" of "salón de actos".
func (s *scanner) esFixedActos(a, b int) bool {
	for m := 2; m < len(s.toks); m++ {
		t := &s.toks[m]
		if int(t.s) != a || int(t.e) != b {
			continue
		}
		if t.low != "actos" || s.gap(m) != " " || s.gap(m-1) != " " || s.toks[m-1].low != "de" {
			return false
		}
		switch s.toks[m-2].low {
		case "salón", "salon", "sala":
		default:
			return false
		}
		return !(m+1 < len(s.toks) && s.toks[m+1].cls&tDigit != 0) // "salón de Actos 30 mg"
	}
	return false
}
