package guard

// jrsuffix.go: "Jr." after a capitalised name is the name's suffix, not
// Peru's street word jirón (issue 15, twenty-fourth pass, fix helper
// r117d, dev117-clean-056, 2026-12-06).
//
// address_more.go reads "Jr" as a street word (streetFirst: "Jr. Amazonas
// 450", Lima), so "Closed for Martin Luther King Jr. Day (Jan 19)" was
// address.street_intl over "Jr. Day (Jan 19". jrNameSuffix: the street
// word is "jr", it follows a capitalised word of letters one space before
// it ("King Jr."), and that word is not a street word, a preposition or a
// label (a colon or comma before "Jr." keeps the street: "Dirección: Jr.
// Amazonas 450", "en Jr. Amazonas 450"). Then no street reading starts at
// "Jr"; any other finding of the words stays (TestJrSuffix).
func (s *scanner) jrNameSuffix(i int) bool {
	if s.toks[i].low != "jr" || i == 0 || s.gap(i) != " " || s.jrStreetAfter(i) { // a street follows: "Carlos Jr. Amazonas 450" (jrstreet24.go)
		return false
	}
	p := &s.toks[i-1]
	return p.cls&tAlpha != 0 && p.cls&tCap != 0 && p.cls&tDigit == 0 && len(p.low) >= 2 && !streetFirst.get(p.h) && s.fl(i-1)&(wStop|wStreetSuffix) == 0
}
