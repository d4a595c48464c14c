package guard

// obfphrase.go — a disguised first word of a listed multi-word clinical or
// association term (issue 15, tenth pass, helper MISS10: dev60 "your
// o.x.y.g.e.n tank refill ships tomorrow", dev63 "your auto-ship of b1rth
// c0ntrol support and f0lic acid").
//
// spaced (words.go) and obfuscation.leet (leet.go) read a word spelled
// out with separators or with digits for letters, and report it when the
// reading is a single-word term. "oxygen" alone is only an association
// word, "birth" and "folic" start terms but are none, so "o.x.y.g.e.n
// tank" and "f0lic acid" passed. obfPhrase takes the reading when it is
// the first word of a listed multi-word term (clinical, ambiguous ones
// included, or association) whose other words follow, one space apart,
// in the same sentence, each as written or read with digits for letters
// ("c0ntrol"): rule <term rule>.spaced or obfuscation.leet.
//
// A disguised word is itself the cue: nobody spells "folic acid" with a
// zero but to get past a filter, so ambiguous and association terms count
// in either mode (accepted risk: a shop that writes "0xygen tank" for a
// diving supply is blocked). "our o.x.o kitchen tools", "b-a-l-l-o-o-n
// order" and "z1nc-free gummies" pass: their readings start no term.

// obfPhrase: the reading w of tokens ending at j is the first word of a
// listed multi-word term whose other words follow; it returns the term and
// its last token.
func (s *scanner) obfPhrase(w string, j int) (*phrase, int) {
	wi := s.v.get(hstr(w))
	if wi == nil {
		return nil, 0
	}
	n := len(s.toks)
	for _, p := range wi.phrases {
		if len(p.toks) < 2 || p.class != pClinical && p.class != pAssoc {
			continue
		}
		e, ok := j, true
		for _, t := range p.toks[1:] {
			e++
			if e >= n || s.gap(e) != " " || s.used[e] || s.toks[e].sent {
				ok = false
				break
			}
			if s.toks[e].h != t && !s.leetReads(e, t) {
				r, sym := s.leetSymRun(e, t) // "h3art f@ilure" (leetsymrun.go)
				if !sym {
					ok = false
					break
				}
				e = r
			}
		}
		if ok {
			return p, e
		}
	}
	return nil, 0
}

// leetReads: token k, letters and digits, reads as the word hashed t with
// its digits as letters (1 as i, then as l).
func (s *scanner) leetReads(k int, t uint64) bool {
	low := s.toks[k].low
	if s.toks[k].cls&tMixed == 0 || len(low) > 40 {
		return false
	}
	for _, one := range [2]byte{'i', 'l'} {
		b := make([]byte, len(low))
		for x := 0; x < len(low); x++ {
			c := low[x]
			if c >= '0' && c <= '9' {
				r := leetDigit[c-'0']
				if c == '1' {
					r = one
				}
				if r == 0 {
					return false
				}
				c = r
			}
			b[x] = c
		}
		if hstr(string(b)) == t {
			return true
		}
	}
	return false
}
