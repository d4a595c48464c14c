package guard

// leetsymrun.go — a later word of a disguised clinical term written with
// symbols for letters (r116m, dev116-leak-086): "Your h3art f@ilure check-in
// is due today". obfPhrase (obfphrase.go) reads the words after a
// disguised first word ("h3art" = heart) as written or with digits for
// letters ("c0ntrol"); a symbol inside a word splits it into tokens ("f",
// "ilure"), so "f@ilure" matched no word of "heart failure" and the term
// passed. leetSymRun reads up to three pieces joined, with no space, by a
// symbol of leetSym (@ $ ! |), the symbols as their letters and digits as
// letters, as the term's next word. It is asked only after a first word
// that is itself disguised with digits, so "c@t f@ilure" or "heart
// f@ilure" alone read nothing new; "h3art f@ir" and "h3art f@ilures list"
// match no listed term and pass. The rule only adds a finding.

// leetSymRun: tokens k.. joined by leetSym symbols read as the word hashed
// t; it returns the run's last token.
func (s *scanner) leetSymRun(k int, t uint64) (int, bool) {
	n := len(s.toks)
	if k+1 >= n || leetSym(s.gap(k+1)) == 0 {
		return 0, false
	}
	var b []byte
	e := k
	for m := k; m < n && m <= k+2; m++ {
		if m > k {
			c := leetSym(s.gap(m))
			if c == 0 {
				break
			}
			b = append(b, c)
		}
		if s.used[m] || s.toks[m].cls&(tAlpha|tMixed) == 0 || len(s.toks[m].low) > 40 {
			return 0, false
		}
		for _, c := range []byte(s.toks[m].low) {
			if c >= '0' && c <= '9' {
				if c = leetDigit[c-'0']; c == 0 {
					return 0, false
				}
			}
			b = append(b, c)
		}
		e = m
	}
	if e == k || hstr(string(b)) != t {
		return 0, false
	}
	return e, true
}
