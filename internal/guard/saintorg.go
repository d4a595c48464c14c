package guard

// saintorg.go: a saint's name inside an institution's name is no person
// (issue 15, eighth pass, helper MISC2, dev51). Hospitals, foundations,
// parishes and schools are named for saints: "the St. Brendan's Foundation
// Winter Gala", "5K Run for St. Brendan's", "32 St. Brendan's nurses", "the
// St. Luke's gift shop", "St. Agnes nurses". The given-name rule read
// "Brendan" as the reader's name, the frame rule "Agnes" as an unknown
// drug.
//
// saintInstitution(i): token i is a capitalised word right after "St." /
// "Ste." / "Saint" / "Sainte" (capitalised, a dot or a space between), and
// either the possessive follows ("St. Brendan's") or an institution, staff
// or event noun follows, after the possessive or not ("St. Agnes nurses",
// "St. Mary Medical Center", "St. Jude Children's"). The rule then marks the
// name (and the possessive) used, so no name or frame rule reads it.
//
// It fails closed where a person may be named: a given name, a title or an
// initial right before "St." ("Maria St. Clair", "Dear Ms. St. James",
// "Ana St. John's refill") keeps the name rules; a family name after the
// saint's name is no institution ("St. John Baker"). Care wording around the
// institution is reported by its own rules ("your stay at St. Brendan's for
// your knee surgery": compose.care_stay, the procedure's vocabulary). The
// Spanish order ("Hospital San Rafael", "Fundación Santa Lucía") is
// orgRun's (orgnames.go).
//
// The saint's name opening the field (or a sentence) right before a colon
// is the sender's short name as a header ("St. Brendan: Meet Luis Romero,
// our new financial counselor"; stafftopic.go, helper staff15, dev82).
//
// Cost: one bit test (saintBits) on the token before a capitalised word.

import "strings"

var (
	saintTitles = wordSetTab("st ste saint sainte")
	saintBits   = tabsFilter(saintTitles)
	// saintInstNouns: what follows a saint's name when it names a hospital,
	// foundation, parish or school, or the people and events of one
	saintInstNouns = wordSetTab("hospital hospitals foundation foundations medical health healthcare clinic clinics center centre " +
		"centers centres parish church cathedral chapel school schools academy college university hospice institute " +
		"auxiliary guild fund gala gift shop store cafe cafeteria campus pavilion memorial mercy regional general " +
		"children research community society alumni league club choir nurses nurse staff volunteers volunteer team " +
		"teams doctors physicians employees caregivers donors supporters board family families 5k run walk golf ball " +
		"home homes villa manor")
)

// saintInstitution reports whether capitalised token i names an
// institution after a saint's title; end is its last token (past the
// possessive).
func (s *scanner) saintInstitution(i int) (end int, ok bool) {
	n := len(s.toks)
	if i < 1 || !saintBits.may(s.toks[i-1].h) || !saintTitles.get(s.toks[i-1].h) || s.toks[i-1].cls&tCap == 0 {
		return 0, false
	}
	if g := s.gap(i); g != " " && g != ". " {
		return 0, false
	}
	t := &s.toks[i]
	if t.cls&tCap == 0 || t.cls&tUpper != 0 || t.cls&tAlpha == 0 || len(t.low) < 3 {
		return 0, false
	}
	// a person right before the saint's title: "Maria St. Clair", "Ms. St.
	// James", "J. St. John"
	if p := i - 2; p >= 0 && s.toks[p].cls&(tCap|tUpper) != 0 {
		pf := s.fl(p)
		if pf&(wFirst|wTitle) != 0 && pf&(wStop|wCommon) == 0 || len(s.toks[p].low) == 1 || pf&wTitle != 0 {
			return 0, false
		}
	}
	// the sender's short name as the field's header: "St. Brendan: Meet
	// Luis Romero, …" (stafftopic.go, dev82)
	if (i-1 == 0 || s.toks[i-1].sent) && i+1 < n && strings.HasPrefix(strings.TrimSpace(s.gap(i+1)), ":") {
		return i, true
	}
	end = i
	poss := false
	if k := i + 1; k < n && s.toks[k].low == "s" && (s.gap(k) == "'" || s.gap(k) == "\u2019") {
		end, poss = k, true
	}
	k := end + 1
	if k < n && s.gap(k) == " " && s.toks[k].cls&tAlpha != 0 || k < n && s.gap(k) == " " && s.toks[k].low == "5k" {
		if saintInstNouns.get(s.toks[k].h) {
			return end, true
		}
		// a family name after the saint's name: "St. John Baker"
		if !poss && s.toks[k].cls&tCap != 0 && s.fl(k)&wLast != 0 && s.fl(k)&(wStop|wCommon) == 0 {
			return 0, false
		}
	}
	return end, poss
}
