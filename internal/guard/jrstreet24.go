package guard

// jrstreet24.go: "Jr." after a capitalised word and before a street's
// name and number is Lima's jirón, not a name's suffix (issue 15,
// twenty-fourth pass, red team helper red24c, dev117p-leak-027..031,
// 2026-12-06).
//
// jrsuffix.go's jrNameSuffix read every "Jr." one space after a
// capitalised word as a name's suffix, so "Envíe la receta a Carlos Jr.
// Amazonas 450, Lima", "Entrega: Ruiz Jr. Ucayali 812" and "Send the
// walker to Ramos Jr. Cusco 120" lost their address.street_intl: the
// reader's name and flat went out. jrStreetAfter reads what follows "Jr.":
// a capitalised word, then at most two more capitalised words (or the
// connectors de, del, la) one space apart, then a number one space after
// them: that is a street, and jrNameSuffix keeps the street reading (fail
// closed). A month or weekday ends the walk ("King Jr. Day (Jan 19)",
// "King Jr. Day on Jan 19" stay clear: a holiday's date, no street).
// TestJrStreet24.
var jrStreetJoin = wordSetTab("de del la las los")

// jrStreetAfter: the words after "Jr." at token i are a street's name and
// number.
func (s *scanner) jrStreetAfter(i int) bool {
	n := len(s.toks)
	k := i + 1
	if k >= n || s.toks[k].cls&tAlpha == 0 || s.toks[k].cls&(tCap|tUpper) == 0 || s.fl(k)&wMonth != 0 || sdWeekdays.get(s.toks[k].h) {
		return false
	}
	for k++; k < n && k <= i+4; k++ {
		t := &s.toks[k]
		if s.gap(k) != " " {
			return false
		}
		if t.cls&tDigit != 0 {
			return true
		}
		if t.cls&tAlpha == 0 || s.fl(k)&wMonth != 0 || sdWeekdays.get(t.h) || t.cls&(tCap|tUpper) == 0 && !jrStreetJoin.get(t.h) {
			return false
		}
	}
	return false
}
