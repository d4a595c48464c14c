package guard

// staffserved.go: a staff sentence that names the household its role
// serves (issue 15, seventeenth pass, red team red17, dev97x, 2026-12-06).
//
// dropStaffSentences (staffsent.go) drops a staff sentence's findings when
// each one names the staff person or a role ("hospice nurse"). Red17's
// probe set dev97x found the role's object passing with it: "Welcome Priya
// Shah, RN, our new hospice nurse for the Ruiz family at home" names the
// household in hospice care, and "the Ruiz family" is no finding of its
// own (a family name alone is ordinary). ssServed reports that the
// sentence lo..hi names whom the role serves: for / para / with / con, an
// optional article, then one to three capitalised words followed by a
// lower-case household word (family, families, household, home, familia,
// hogar, casa), or a household word followed by capitalised words ("para
// la familia Ruiz", "for the family of Ana"), the capitalised words not
// opening the sentence. The staff-sentence drop then keeps every finding
// of the field: the sentence is about a reader as much as the staff.
// "Meet Priya Shah, RN, our new hospice nurse" and "… who joins us from
// Tacoma" pass; "the Smith Family Foundation" (a capitalised household
// word names a body) stays a staff sentence. Test `TestStaffServed`.

var (
	ssServedPrep  = wordSetTab("for para with con")
	ssServedArt   = wordSetTab("the la el los las")
	ssServedHouse = wordSetTab("family families household home familia hogar casa")
	ssServedOf    = wordSetTab("of de del")
)

// ssServed: the sentence lo..hi names the household a role serves (see the
// file comment).
func ssServed(v *srView, lo, hi int) bool {
	capAt := func(m int) bool { return m > lo && m < hi && v.toks[m].cls&tCap != 0 && v.toks[m].cls&tDigit == 0 }
	house := func(m int) bool { return m < hi && ssServedHouse.get(v.toks[m].h) && v.toks[m].cls&tCap == 0 }
	for k := lo; k+1 < hi; k++ {
		if !ssServedPrep.get(v.toks[k].h) {
			continue
		}
		m := k + 1
		if m < hi && ssServedArt.get(v.toks[m].h) {
			m++
		}
		if capAt(m) {
			e := m
			for e+1 < hi && e-m < 2 && capAt(e+1) {
				e++
			}
			if house(e + 1) {
				return true
			}
		}
		if house(m) {
			n := m + 1
			if n < hi && ssServedOf.get(v.toks[n].h) {
				n++
				if n < hi && ssServedArt.get(v.toks[n].h) {
					n++
				}
			}
			if capAt(n) {
				return true
			}
		}
	}
	return false
}
