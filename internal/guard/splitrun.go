package guard

// A clinical word cut into three or more pieces by hyphens, dots or
// underscores (issue 15, fifth pass, dev23: "Refill ready: met-for-min
// 500"). Each piece may be an ordinary word, so the frame detector, which
// joins two pieces around a suspicious word (joined in frame.go), never
// sees it. scanSplitRuns joins runs of 3 to 6 short alphabetic pieces with
// the same one-character separator and reports the run when the joined
// word is an unambiguous single-word term of the clinical vocabularies
// (obfuscation.split). Compounds and domain names ("up-to-date",
// "state-of-the-art", "portal.example.com") join to no clinical term.
// splitSepTab: the separators of a split run ("-", ".", "_").
var splitSepTab = [256]bool{'-': true, '.': true, '_': true}

func (s *scanner) scanSplitRuns() {
	n := len(s.toks)
	toks, txt := s.toks, s.t.s
	for i := 0; i+2 < n; i++ {
		// s.gap(i+1), read by offsets first: most gaps are no single
		// separator
		// (the byte after token i first, from a table: a next token
		// makes it a byte of the text; most are a space, helper SPEED15),
		// in a loop of its own, with no call to spill its values for
		// (helper SPEED16)
		for i+2 < n && (!splitSepTab[txt[toks[i].e]] || toks[i+1].s-toks[i].e != 1) {
			i++
		}
		if i+2 >= n || !s.splitPiece(i) {
			continue
		}
		sep := s.gap(i + 1)
		j := i
		for j+1 < n && j-i < 5 && s.gap(j+1) == sep && s.splitPiece(j+1) {
			j++
		}
		if j-i < 2 {
			continue
		}
		buf := s.buf[:0]
		for k := i; k <= j; k++ {
			buf = append(buf, s.toks[k].low...)
		}
		s.buf = buf
		if len(buf) >= 6 {
			if w := s.v.get(hashBytes(fnvOffset, string(buf))); w != nil {
				for _, p := range w.phrases {
					if len(p.toks) == 1 && p.class == pClinical && p.flags&fAmbig == 0 {
						s.addTok(i, j, KindObfuscation, "obfuscation.split", 0.75, "a clinical word broken into pieces")
						break
					}
				}
			}
		}
		i = j
	}
}

// splitPiece: token k is a short alphabetic piece not yet reported.
func (s *scanner) splitPiece(k int) bool {
	t := &s.toks[k]
	return !s.used[k] && t.cls&tAlpha != 0 && t.cls&tDigit == 0 && t.e-t.s <= 5
}
