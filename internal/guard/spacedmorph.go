package guard

// spacedmorph.go: a word spelled one letter at a time that the lists do
// not hold but whose ending names a condition or a drug (issue 15,
// twenty-fourth pass, fix helper r117d, dev117-leak-088, 2026-12-06).
//
// It reads the letters spaced (words.go) joined: "t.r.a.t.a.m.i.e.n.t.o
// p.a.r.a v.a.g.i.n.o.s.i.s x 7 óvulos" passed, because spaced reports
// only a term of the lists (or a cognate, a name), and "vaginosis" is in
// none: written whole it is frame.morphology's ("is not ordinary
// vocabulary and ends in '-osis'"). spacedMorph asks the same question of
// the joined letters: seven letters or more, every piece a letter, the
// joined word in no vocabulary and in no ordinary word list (nor its
// singular), and stemKind (frame.go) names its ending. It reports the run
// as frame.morphology.spaced. A spelled-out ordinary word
// ("t.r.a.t.a.m.i.e.n.t.o", "c.o.m.p.r.a.s") is in the ordinary lists
// and reports nothing (TestSpacedMorph). spacedChain (spacedphrase.go)
// asks it of each run of a chain its terms did not report: the word after
// "p.a.r.a" two spaces on starts no run of spaced's own.

// spacedMorph: the letters at tokens i..j make an unknown word with a
// clinical ending.
func (s *scanner) spacedMorph(i, j int) bool {
	if j-i+1 < 7 {
		return false
	}
	b := make([]byte, 0, j-i+1)
	for k := i; k <= j; k++ {
		if s.toks[k].cls&tAlpha == 0 || s.toks[k].cls&tDigit != 0 || len(s.toks[k].low) != 1 {
			return false
		}
		b = append(b, s.toks[k].low...)
	}
	w := string(b)
	h := hstr(w)
	if s.v.get(h) != nil || s.g.gen.has(h) {
		return false
	}
	if sh := singularHash(w); sh != 0 && s.g.gen.has(sh) {
		return false
	}
	k, st, ok := stemKind(w)
	if !ok {
		return false
	}
	s.addTok(i, j, k, "frame.morphology.spaced", 0.7, "spelled out with separators, is not ordinary vocabulary and ends in '-"+st+"' like a "+kindNoun(k))
	return true
}
