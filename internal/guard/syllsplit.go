package guard

// syllsplit.go — a clinical word split into syllables by spaces (r116m,
// dev116-leak-090): "Su autorización de qui mio te ra pia fue emitida".
// spaced and spacedChain (words.go, spacedphrase.go) read a word spelled
// one letter at a time; a word cut into pieces of two to four letters
// ("qui mio te ra pia", "dia be tes", "on co lo gí a") was read as short
// words and passed. syllSplit joins three to six lower-case pieces of one
// to five letters, one space apart in one sentence, and reports the run
// (rule obfuscation.split) when the joined word, seven letters or more, is
// a single-word clinical term of the lists or a lower-case word of the
// operator's medical dictionary (leetTerm, leet.go; an ambiguous term
// only with a health cue near). At least one piece must be in no
// vocabulary (qui, ra, tes): a run of ordinary short words ("de la te
// ra pia" has "ra") is what a split word looks like, while "y de la mano"
// joins into no term. Cost: a lower-case token of two to five letters
// in no vocabulary, with the short pieces at most four before it as
// starts; one hash lookup per joined prefix of three pieces or more.

// syllSplitAt: token k, a short lower-case word in no vocabulary, is a
// piece of a split clinical word starting at most four pieces before it.
func (s *scanner) syllSplitAt(k int) bool {
	if !s.syllPiece(k) {
		return false
	}
	a := k
	for a > 0 && k-a < 4 && !s.toks[a].sent && s.gap(a) == " " && !s.used[a-1] && s.syllPiece(a-1) {
		a--
	}
	for ; a <= k; a++ {
		if s.syllSplit(a) {
			return true
		}
	}
	return false
}

// syllSplit reads the run of short pieces starting at token i.
func (s *scanner) syllSplit(i int) bool {
	n := len(s.toks)
	if i+2 >= n || s.used[i] || !s.syllPiece(i) {
		return false
	}
	var b []byte
	b = append(b, s.toks[i].low...)
	odd := s.syllOdd(i)
	for k := i + 1; k < n && k <= i+5; k++ {
		if s.gap(k) != " " || s.toks[k].sent || s.used[k] || !s.syllPiece(k) {
			return false
		}
		b = append(b, s.toks[k].low...)
		odd = odd || s.syllOdd(k)
		if k-i < 2 || len(b) < 7 || !odd {
			continue
		}
		if kind, ok := s.leetTerm(string(b), b, false, false, s.healthCue(i, k)); ok {
			s.addTok(i, k, kind, "obfuscation.split", 0.75, "a clinical word split into pieces by spaces")
			return true
		}
	}
	return false
}

// syllPiece: token k is one to five lower-case ASCII letters.
func (s *scanner) syllPiece(k int) bool {
	t := &s.toks[k]
	return t.cls&(tAlpha|tCap|tUpper|tNonASCII) == tAlpha && t.e-t.s <= 5 && int(t.e-t.s) == len(t.low)
}

// syllOdd: token k is in no vocabulary (no ordinary word, no listed one).
func (s *scanner) syllOdd(k int) bool {
	return s.toks[k].w == nil && !s.g.gen.has(s.toks[k].h)
}
