package guard

import "strings"

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
// The twentieth pass (staff20, dev105's family of notices about the
// sender itself, probe set dev105t) adds a pharmacy and its services to
// the institution nouns ("St. Brigid Pharmacy welcomes five new clinical
// pharmacists", "Free flu shot clinic at St. Brigid Pharmacy") and a
// capitalised programme joined by a hyphen ("St. Brigid Meds-to-Beds will
// close early"); the saint's name alone as the reader's ("Brigid, your
// refill …") or before a family name stays reported.
//
// Cost: one bit test (saintBits) on the token before a capitalised word.

var (
	saintTitles = wordSetTab("st ste saint sainte")
	// saintHeadTitles: the Spanish, Italian, Portuguese and Filipino
	// titles, read only in the header slot ("Sta. Monica:", "San Rafael:")
	saintHeadTitles = wordSetTab("sta san santa santo sto sao")
	saintBits       = tabsFilter(saintTitles, saintHeadTitles)
	// saintHeadTail: the words of an institution's office after the
	// saint's name in its header ("St. Brendan PFS:", "St. Brendan Patient
	// Financial Services:", "St. Francis Billing Office:")
	saintHeadTail = wordSetTab("patient patients financial services service billing business office offices " +
		"accounts account customer care center centre health healthcare medical hospital hospitals foundation " +
		"pharmacy clinic clinics lab labs imaging radiology pavilion campus parish church school academy " +
		"college university hospice auxiliary guild fund system network group partners physicians " +
		"cashier payments scheduling registration admissions records")
	// saintInstNouns: what follows a saint's name when it names a hospital,
	// foundation, parish or school, or the people and events of one
	saintInstNouns = wordSetTab("hospital hospitals foundation foundations medical health healthcare clinic clinics center centre " +
		"centers centres parish church cathedral chapel school schools academy college university hospice institute " +
		"auxiliary guild fund gala gift shop store cafe cafeteria campus pavilion memorial mercy regional general " +
		"children research community society alumni league club choir nurses nurse staff volunteers volunteer team " +
		"teams doctors physicians employees caregivers donors supporters board family families 5k run walk golf ball " +
		"home homes villa manor pharmacy pharmacies infusion imaging dialysis rehab urgent dental outpatient")
	// saintProgNouns: a programme of the institution, capitalised after
	// the saint's name and joined by a hyphen ("St. Brigid Meds-to-Beds";
	// staff20, dev105t)
	saintProgNouns = wordSetTab("meds bedside")
)

// saintInstitution reports whether capitalised token i names an
// institution after a saint's title; end is its last token (past the
// possessive).
func (s *scanner) saintInstitution(i int) (end int, ok bool) {
	n := len(s.toks)
	if i < 1 || !saintBits.may(s.toks[i-1].h) || s.toks[i-1].cls&tCap == 0 {
		return 0, false
	}
	if !saintTitles.get(s.toks[i-1].h) {
		if saintHeadTitles.get(s.toks[i-1].h) && s.saintHead(i) {
			return i, true // "Sta. Monica:", "San Rafael:"
		}
		return 0, false
	}
	if s.saintHead(i) {
		return i, true // "St. Brendan:", "St. Brendan PFS:" (the header)
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
		if s.toks[k].cls&tCap != 0 && saintProgNouns.get(s.toks[k].h) && k+1 < n && s.gap(k+1) == "-" {
			return end, true // "St. Brigid Meds-to-Beds"
		}
		// a family name after the saint's name: "St. John Baker"
		if !poss && s.toks[k].cls&tCap != 0 && s.fl(k)&wLast != 0 && s.fl(k)&(wStop|wCommon) == 0 {
			return 0, false
		}
	}
	return end, poss
}

// saintHead reports whether the saint's title before capitalised token i
// opens the notice's header slot as an institution's name: the title opens
// the field, a line or a JSON "title" value, the saint's name follows, then
// up to four words of the institution's office (saintHeadTail, or an
// upper-case abbreviation of two to five letters: "PFS"), and then ":", a
// dash between spaces or the value's closing quote ("St. Brendan:", "St.
// Brendan PFS:", "St. Brendan Patient Financial Services:", "St. Cecilia –
// …", {"title":"St. Agnes"}). A notice's sender heads it with its name;
// a person is not addressed by "St. Name:".
//
// It fails closed: the title must open the slot (so no greeting, title or
// given name stands before it: "Hi Ms. St. John,", "Dear St. Clair
// family", "Brendan St. James:"); a comma after the name is a person's
// "last, first" ("St. Clair, Brendan:"); any other word after the name
// (a family name, a word in no vocabulary: "St. Brendan Walsh:", "St. John
// Okafor:") ends the reading. Only the saint's name is marked: the office
// words stay checked, and the reader named after the header ("St. Brendan:
// Brendan, your statement…", "Statement for Brendan Walsh") is another
// token, read by the name rules as before.
func (s *scanner) saintHead(i int) bool {
	n := len(s.toks)
	a := i - 1
	t := &s.toks[i]
	if t.cls&tCap == 0 || t.cls&tUpper != 0 || t.cls&tAlpha == 0 || len(t.low) < 3 || s.toks[a].cls&tUpper != 0 {
		return false
	}
	if g := s.gap(i); g != " " && g != ". " {
		return false
	}
	ga := s.gap(a)
	opens := a == 0 && strings.TrimSpace(ga) == "" || s.toks[a].gapNL ||
		a > 0 && s.toks[a-1].low == "title" && (ga == "\":\"" || ga == "\": \"")
	if !opens {
		return false
	}
	e := i
	for e+1 < n && e < i+4 && s.gap(e+1) == " " {
		k := e + 1
		u := &s.toks[k]
		if u.cls&tAlpha == 0 || u.cls&(tCap|tUpper) == 0 {
			return false
		}
		if u.cls&tUpper != 0 && len(u.low) >= 2 && len(u.low) <= 5 || u.cls&tUpper == 0 && saintHeadTail.get(u.h) {
			e = k
			continue
		}
		return false // "St. Brendan Walsh:", "St. John Okafor:"
	}
	if e+1 >= n {
		return false
	}
	g := s.gap(e + 1)
	return strings.HasPrefix(g, ":") || snDashGap(g) || strings.HasPrefix(g, "\"")
}
