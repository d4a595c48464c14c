package guard

// address_fr.go: a French street address (issue 15, seventeenth pass,
// helper misc17, probe set dev98m: "Your mother's care summary was mailed
// to 14 rue des Lilas, 75011 Paris, France"): address.fr.
//
// The US street rule wants a street word after the name ("Oak St"); a
// French address puts its street type first: a house number of one to
// four digits (bis/ter may follow), a street type (rue, avenue,
// boulevard, bd, chemin, allée, impasse, place, quai, cours, route,
// passage, square, faubourg), one to six words of the street's name, a
// comma, a five-digit postcode and a capitalised town ("8 avenue Jean
// Jaurès, 69007 Lyon"). The postcode and town are required: "3 place
// settings" or "2 route options" have none. As for the other address
// rules, the sender's own address (bizAddress: "Visit our office at …")
// passes. Cost: a walk over the digit tokens only, none without two of
// them and a comma. Test `TestAddressFR`.
var (
	frStreetTypes = wordSetTab("rue avenue av boulevard bd chemin allee impasse place quai cours route passage square faubourg")
	frNumTail     = wordSetTab("bis ter")
)

func (s *scanner) scanAddressFR() {
	if len(s.numToks) < 2 || !s.hasByte(',') {
		return
	}
	n := len(s.toks)
	for _, i32 := range s.numToks {
		i := int(i32)
		t := &s.toks[i]
		if t.cls&tAlpha != 0 || t.nd > 4 || s.used[i] || i+3 >= n {
			continue
		}
		k := i + 1
		if frNumTail.get(s.toks[k].h) && s.gap(k) == " " {
			k++
		}
		if k >= n || s.gap(k) != " " || !frStreetTypes.get(s.toks[k].h) {
			continue
		}
		// the street's name up to a comma, then the postcode and the town
		e := -1
		for m := k + 1; m < n && m <= k+6; m++ {
			if s.toks[m].cls&tDigit != 0 || s.toks[m].sent {
				break
			}
			if g := s.gap(m + 1); g == ", " || g == "," {
				e = m
				break
			}
		}
		if e < 0 || e+2 >= n {
			continue
		}
		pc := &s.toks[e+1]
		if pc.cls&tAlpha != 0 || pc.nd != 5 || pc.e-pc.s != 5 || s.gap(e+2) != " " || !s.isCapWord(e+2) {
			continue
		}
		a, b := i, e+2
		taken := false
		for m := a; m <= b; m++ {
			taken = taken || s.used[m]
		}
		if taken || s.bizAddress(a, b) {
			continue
		}
		s.addTok(a, b, KindAddress, "address.fr", 0.8, "is a street address (number, street type and name, postcode and town)")
	}
}
