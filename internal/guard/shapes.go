package guard

// scanShapes runs issue 15's third-pass shape detectors in one pass over
// the tokens, each behind a cheap test of the token's class and length:
// digits written as words (spelled.go), user names and handles
// (username.go), insurance card last digits (memberid.go) and given names
// in the possessive before a health word (possessive.go).
func (s *scanner) scanShapes() {
	n := len(s.toks)
	for i := 0; i < n; i++ {
		if s.used[i] {
			continue
		}
		t := &s.toks[i]
		if t.cls&tDigit != 0 {
			s.memberDigitsAt(i)
			continue
		}
		if t.cls&(tAlpha|tMixed) == 0 {
			continue
		}
		if l := len(t.low); t.cls&tAlpha != 0 && l >= 2 && l <= 6 && digitWords[t.h] {
			if j := s.spelledAt(i); j >= i {
				i = j
				continue
			}
		}
		if j := s.usernameAt(i); j >= i {
			i = j
			continue
		}
		if i+1 < n && s.possessiveName(i) {
			s.addTok(i, i, KindName, "name.possessive", 0.7, "is a given name in the possessive before a health word")
		}
	}
}
