package guard

// dashname.go: a given name, a dash and "your" opening a sentence
// ("Rahul - your claim has been updated", "Priya – your appointment has
// been confirmed"; issue 15, fifth pass: remaining development cases).
//
// A sender's header is written the same way ("Netflix - your payment
// failed", "Amazon - your order", "Update - your account"), so the word
// before the dash is a name only when it is a listed given name
// (first_names.txt) that is no ordinary English word, no word
// of the larger English lists (which hold places and brands), no place,
// state, month, greeting or generic addressee, not written in capitals
// ("CVS - your") and no tenant-approved or Template word. A capitalised
// word after it (a surname: "Rahul Mehta - your claim") is taken into the
// span. A word in no vocabulary at all ("Zanele - your package") is left:
// most brands are in no vocabulary either (Netflix, Spotify, Walmart,
// Uber), and the guard has no brand list to tell them apart. The dash is
// a hyphen, an en or em dash or a double hyphen, with spaces on both
// sides or none; after it comes "your", "you", "su" or "tu".

import "strings"

// dashName reports the name span (i..j) when token i opens a sentence
// with a given name before a dash and "your".
func (s *scanner) dashName(i int) (int, int, bool) {
	n := len(s.toks)
	if i > 0 && !s.toks[i].sent || !s.dashGivenName(i) {
		return 0, 0, false
	}
	j := i
	if j+1 < n && s.gap(j+1) == " " && s.isCapWord(j+1) && !s.used[j+1] && s.toks[j+1].cls&tUpper == 0 &&
		s.fl(j+1)&(wStop|wCommon|wPlace|wMonth|wGreeting|wGenericAddressee) == 0 {
		j++
	}
	if j+1 >= n || s.toks[j+1].sent || !recipientWords.get(s.toks[j+1].h) {
		return 0, 0, false
	}
	switch strings.TrimSpace(s.gap(j + 1)) {
	case "-", "--", "–", "—":
	default:
		return 0, 0, false
	}
	return i, j, true
}

// dashGivenName: token i is a listed given name and nothing else.
func (s *scanner) dashGivenName(i int) bool {
	t := &s.toks[i]
	f := s.fl(i)
	if s.used[i] || t.cls&tAlpha == 0 || t.cls&tCap == 0 || t.cls&tUpper != 0 || len(t.low) < 2 || f&wFirst == 0 {
		return false
	}
	if f&(wStop|wCommon|wPlace|wStateName|wStateCode|wMonth|wGreeting|wGenericAddressee) != 0 || vocativeNotName.get(t.h) {
		return false
	}
	// an English word ("Maria", "Chase") or one of the larger English
	// lists is left; a Spanish word that is a given name ("Juan", "Carmen",
	// "Lucía") is a name here
	if s.g.gen.english(t.h) || s.g.gen.extended(t.h) {
		return false
	}
	return s.p == nil || !s.p.isTemplate(t.h)
}
