package guard

// familyname.go: a family named by its surname before "family's" (issue 15,
// red team RED, dev53q; dev40r-leak-030 had the same shape).
//
// "Meet Rosa Jimenez, our new billing supervisor, who handles the Taufa
// family's balance": the staff rule drops the supervisor's name, and
// "Taufa", one capitalised word in no list, was read by no rule, so the
// notice passed with a served family's name in it. familyPossessive takes
// "the", one capitalised word, a lower-case "family"/"household", then "'s"
// (straight or curly), and the word is reported as a name (name.family,
// kind name). Its apposition names no role, so staffrole.go keeps every
// name of the notice.
//
// Stays clean: "the Family Care Clinic" (capitalised), "your family's
// refills" (no surname), "the whole family's" (lower case), and a word of
// the stop, place, month or common lists ("the Texas family's", "the Smith
// family's" — "smith" is a common word: an accepted miss). Called only on
// "the" (compose.go): no filter.

// familyPossessive: token i is "the" opening "the <Surname> family's".
func (s *scanner) familyPossessive(i int) bool {
	n := len(s.toks)
	if i+3 >= n || s.toks[i+2].h != hFamily && s.toks[i+2].h != hHousehold { // the cheap test first (speed helper SPD8)
		return false
	}
	if s.gap(i+1) != " " || s.gap(i+2) != " " || !s.isCapWord(i+1) || s.toks[i+1].sent || s.used[i+1] {
		return false
	}
	if s.fl(i+1)&(wStop|wPlace|wMonth|wCommon|wTitle|wStateName) != 0 {
		return false
	}
	f := &s.toks[i+2]
	if f.h != hFamily && f.h != hHousehold || f.cls&(tCap|tUpper) != 0 {
		return false
	}
	g := s.gap(i + 3)
	return (g == "'" || g == "\u2019") && s.toks[i+3].low == "s"
}
