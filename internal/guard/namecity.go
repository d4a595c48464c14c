package guard

// A given name that is a city before its state and ZIP (issue 15, helper
// IDS, dev50-clean-166): "Desde el 8 de junio estaremos en 1400 Courthouse
// Sq, 2.º piso, Harlan, KY 40831." The floor ("2.º piso") ends the street
// span, so "Harlan" (a listed given name) was read alone as a person
// (name.given). A word written "City, ST 12345" — a comma, a two-letter
// state code in capitals and a five-digit ZIP — is the city of a postal
// address; whether that address is the reader's is the address rules' to
// judge (they report "KY 40831" unless it is the sender's own, as here).
//
// nameCity is asked only by the lone given-name rule (name.given);
// "Harlan, your refill is ready" and "for Harlan, KY" (no ZIP) stay
// reported.

// nameCity: the given name at i is followed by ", ST 12345".
func (s *scanner) nameCity(i int) bool {
	n := len(s.toks)
	if i+2 >= n || s.gap(i+1) != ", " || s.gap(i+2) != " " {
		return false
	}
	st, zip := &s.toks[i+1], &s.toks[i+2]
	return st.e-st.s == 2 && st.cls&tUpper != 0 && s.fl(i+1)&wStateCode != 0 &&
		zip.cls&tDigit != 0 && zip.cls&(tAlpha|tMixed) == 0 && zip.e-zip.s == 5
}
