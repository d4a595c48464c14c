package guard

import "strings"

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
//
// Red17b (dev99x) found the household named after other words: "…, our new
// hospice nurse, assigned to the Ruiz family", "… visiting the Ruiz home
// on Tuesdays", "… nuestra enfermera de hospicio asignada a la familia
// Ruiz", cleared by staffrole.go and staffappoint.go, which never asked.
// ssServed now also reads "to" / "a" and an article alone before the
// capitalised words, when the household word ends its noun phrase (the
// sentence's end, punctuation, or on / in / at / every …: "the Westside
// home health team" is a team) and the capitalised word is a listed family
// name (ssFamily: "Welcome Sofia Arredondo, RN, to the Little Latch
// family!" is the sender's team), and "la familia Ruiz" after an article;
// dropStaffRoles (staffrole.go) and dropStaffAppointments (staffappoint.go)
// ask it beside dropStaffSentences (ssServedField).

var (
	ssServedPrep  = wordSetTab("for para with con to a")
	ssServedArt   = wordSetTab("the la el los las")
	ssServedHouse = wordSetTab("family families household home familia hogar casa")
	ssServedOf    = wordSetTab("of de del")
	// ssServedAfter: the words that may follow an English household word
	// ending its noun phrase ("the Ruiz home on Tuesdays"); any other
	// lower-case word makes it a modifier ("the Westside home health team").
	ssServedAfter = wordSetTab("on in at every each this next and until through since from")
)

// ssServed: the sentence lo..hi names the household a role serves (see the
// file comment).
func ssServed(v *srView, lo, hi int, fam func(uint64) bool) bool {
	capAt := func(m int) bool { return m > lo && m < hi && v.toks[m].cls&tCap != 0 && v.toks[m].cls&tDigit == 0 }
	house := func(m int) bool { return m < hi && ssServedHouse.get(v.toks[m].h) && v.toks[m].cls&tCap == 0 }
	// ends: the household word m ends its noun phrase
	ends := func(m int) bool {
		return m+1 >= hi || strings.TrimSpace(srGap(v, m, m+1)) != "" || ssServedAfter.get(v.toks[m+1].h)
	}
	// oldPrep: the preposition dev97x read (for, para, with, con); after
	// "to", "a" or an article alone the capitalised word must be a family
	// name ("Welcome Sofia Arredondo, RN, to the Little Latch family!")
	oldPrep := func(k int) bool {
		return ssServedPrep.get(v.toks[k].h) && v.toks[k].low != "a" && v.toks[k].low != "to"
	}
	for k := lo; k+1 < hi; k++ {
		prep := ssServedPrep.get(v.toks[k].h)
		if !prep && !ssServedArt.get(v.toks[k].h) {
			continue
		}
		m := k + 1
		if prep && m < hi && ssServedArt.get(v.toks[m].h) {
			m++
		}
		if capAt(m) {
			e := m
			for e+1 < hi && e-m < 2 && capAt(e+1) {
				e++
			}
			if house(e+1) && (oldPrep(k) || ends(e+1) && fam(v.toks[e].h)) {
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
			if capAt(n) && (oldPrep(k) || fam(v.toks[n].h)) {
				return true
			}
		}
	}
	return false
}

// ssServedField: a sentence of the field v names the household a role
// serves (asked by the staff drops that read a whole field).
func (g *Guard) ssServedField(v *srView) bool {
	for k := 0; k < len(v.toks); {
		lo, hi := ssSentence(v, k)
		if ssServed(v, lo, hi, g.ssFamily) {
			return true
		}
		k = hi
	}
	return false
}

// ssFamily: h is a listed family name that is no common English word
// (Ruiz, Kowalski; not Hill, Latch).
func (g *Guard) ssFamily(h uint64) bool {
	w := g.v.get(h)
	return w != nil && w.flags&wLast != 0 && w.flags&wCommon == 0
}
