package guard

// Possessive names (issue 15, third pass): "Grace's refill is ready",
// "Quennelyn's prescription was sent". A capitalised given name (also one
// that is an ordinary word, which name.given leaves alone) or word in no
// vocabulary, in the possessive, not before a business word ("Kroger's
// pharmacy"), and a
// health cue word (refill, prescription, pharmacy, appointment…: the
// notice cues of frame.notice and the clinical frame words) within three
// words after it is reported (name.possessive): the notice ties a named
// person to their care.

var possessiveBiz = wordSetTab("pharmacy store shop team clinic office restaurant kitchen bakery market cafe salon")

func (s *scanner) possessiveName(i int) bool {
	n := len(s.toks)
	if i+2 >= n || s.toks[i+1].low != "s" {
		return false
	}
	t := &s.toks[i]
	if s.used[i] || t.cls&tCap == 0 || t.cls&tAlpha == 0 || s.fl(i)&wStop != 0 || i+1 >= n {
		return false
	}
	// a given name (also one that is an ordinary word: "Grace") or a word
	// in no vocabulary ("Quennelyn")
	// ("Anne's refill" with "Auntie Anne's" approved is still a name: an
	// approved term clears a name only as a phrase, approve.go)
	if s.fl(i)&wFirst == 0 && !(s.suspiciousWord(i) && (s.p == nil || !s.p.isTemplate(s.toks[i].h))) {
		return false
	}
	// the tokenizer leaves the possessive "s" as its own token after "'"
	// or "’"
	if i+2 >= n || s.low(i+1) != "s" || s.gap(i+1) != "'" && s.gap(i+1) != "\u2019" {
		return false
	}
	if possessiveBiz.get(s.toks[i+2].h) {
		return false
	}
	for k := i + 2; k < n && k <= i+4; k++ {
		if !s.sameSentence(i, k) {
			break
		}
		h := s.toks[k].h
		if noticeCues.get(h) || clinicalAfter.get(h) || clinicalAfterTest.get(h) {
			return true
		}
	}
	return false
}
