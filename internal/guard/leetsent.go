package guard

// leetsent.go — two words of one sentence written with digits for letters
// (issue 15, twentieth pass, fix helper missB: dev106 "Rehab note:
// post-MI pat1ent, ej3ction fracti0n 35%", "c0ntact precauti0ns for C.
// d1ff").
//
// obfuscation.leet (leet.go) reports a disguised word whose reading is a
// listed clinical term or a medical word of the operator's dictionary.
// "patient", "ejection", "fraction", "contact" and "precautions" are none
// of those (they are ordinary English words, and "ejection fraction" is no
// listed term), so a clinical note written in leet passed. leetSent reads
// token i, letters and digits, as disguised when a digit that stands for a
// letter (0 1 3 4 5 7) sits between two lower-case letters ("pat1ent",
// "bl00d", not "A1B2", "B12", "4x4", "2nd", "COVID-19") and its reading
// (1 as i, then as l) is a word of the general lists, of the vocabularies
// or of the medical dictionary; and it reports the token
// (obfuscation.leet) when another disguised word stands in the same
// sentence. One brand-like word ("l33t gamer", "c0ffee bar") passes: two
// of them in one sentence are written to get past a filter, and in a
// notice that is the message the filter is for (fail closed).

// leetSentWin: how far, in tokens, the other disguised word may stand.
const leetSentWin = 12

// leetSent: token i is a disguised word and another stands in its
// sentence, one of the two reading a health word or a health word near
// i; true when it reported something.
func (s *scanner) leetSent(i int) bool {
	ok, hi := s.leetDisguised(i)
	if s.used[i] || !ok {
		return false
	}
	hi = hi || s.healthCue(i, i)
	for k := i - 1; k >= 0 && k >= i-leetSentWin; k-- {
		if s.toks[k].cls&tMixed != 0 {
			if ok, hk := s.leetDisguised(k); ok && (hi || hk) {
				s.leetSentAdd(i, k)
				return true
			}
		}
		if s.toks[k].sent {
			break
		}
	}
	for k := i + 1; k < len(s.toks) && k <= i+leetSentWin; k++ {
		if s.toks[k].sent {
			break
		}
		if s.toks[k].cls&tMixed != 0 {
			if ok, hk := s.leetDisguised(k); ok && (hi || hk) {
				s.leetSentAdd(i, k)
				return true
			}
		}
	}
	return false
}

// leetSentAdd reports the disguised tokens i and k.
func (s *scanner) leetSentAdd(i, k int) {
	const why = "digits written for letters in two words of one sentence (disguised)"
	s.addTok(i, i, KindCondition, "obfuscation.leet", 0.7, why)
	if !s.used[k] {
		s.addTok(k, k, KindCondition, "obfuscation.leet", 0.7, why)
	}
}

// leetDisguised: token k is a word written with digits for letters (see
// the file comment); health when its reading is a word of a clinical or
// association term or of the medical dictionary.
func (s *scanner) leetDisguised(k int) (ok, health bool) {
	t := &s.toks[k]
	if t.cls&tMixed == 0 || t.w != nil || len(t.low) < 4 || len(t.low) > 24 {
		return false, false
	}
	raw := s.t.s[t.s:t.e]
	letters, digits, inner := 0, 0, false
	for x := 0; x < len(raw); x++ {
		c := raw[x]
		switch {
		case c >= 'a' && c <= 'z':
			letters++
		case c >= 'A' && c <= 'Z':
			if x > 0 {
				return false, false // "XR7t", "A1B2": a code
			}
			letters++
		case c >= '0' && c <= '9':
			if c == '8' || leetDigit[c-'0'] == 0 {
				return false, false // a digit that stands for no letter, or 8 ("k8s")
			}
			digits++
			// a digit run with a lower-case letter on each side
			l, r := x-1, x+1
			for l >= 0 && isDigitByte(raw[l]) {
				l--
			}
			for r < len(raw) && isDigitByte(raw[r]) {
				r++
			}
			if l >= 0 && r < len(raw) && raw[l] >= 'a' && raw[l] <= 'z' && raw[r] >= 'a' && raw[r] <= 'z' {
				inner = true
			}
		default:
			return false, false
		}
	}
	if !inner || letters < 3 || digits >= letters {
		return false, false
	}
	for _, one := range [2]byte{'i', 'l'} {
		w := make([]byte, len(t.low))
		for x := 0; x < len(t.low); x++ {
			c := t.low[x]
			if c >= '0' && c <= '9' {
				if c == '1' {
					c = one
				} else {
					c = leetDigit[c-'0']
				}
			}
			w[x] = c
		}
		h := hstr(string(w))
		if s.g.med != nil && s.g.med.lookup(h)&dLower != 0 {
			return true, true
		}
		if wi := s.v.get(h); wi != nil {
			for _, p := range wi.phrases {
				if p.class == pClinical || p.class == pAssoc {
					return true, true
				}
			}
			return true, false
		}
		if s.g.gen.has(h) {
			return true, false
		}
	}
	return false, false
}

// leetInnerLower: raw (a short token) is lower-case letters with one digit
// between two of them ("h1v", "d1ff"), the shape of a disguised
// abbreviation; leet.go reads it like one written in capitals (a test,
// result or treatment word near it still required).
func leetInnerLower(raw []byte) bool {
	d := 0
	for x, c := range raw {
		switch {
		case c >= 'a' && c <= 'z':
		case c >= '0' && c <= '9':
			if d++; d > 1 || x == 0 || x == len(raw)-1 || !isLetterByte(raw[x-1]) || !isLetterByte(raw[x+1]) {
				return false
			}
		default:
			return false
		}
	}
	return d == 1
}

// leetResultCues: the words that make a lower-case disguised abbreviation
// ("h1v") the reader's health: a result, status or treatment, not a test
// kit.
var leetResultCues = wordSetTab("result results status positive negative diagnosis diagnosed treatment meds medication " +
	"resultado resultados positivo negativo diagnostico tratamiento")

// leetResultCue: a word of leetResultCues within three words after a..b,
// or before it, in the same sentence.
func (s *scanner) leetResultCue(a, b int) bool {
	return s.leetNear(a, b, func(k int) bool { return leetResultCues.get(s.toks[k].h) })
}
