package guard

// A drug or condition spelled out letter by letter in Spanish (helper ES,
// dev30: "Tu s-e-r-t-r-a-l-i-n-a ya salió a reparto"). spaced (words.go)
// joins a run of single letters and looks the word up in the built-in
// vocabularies, which are English: "sertraline" is found, "sertralina" is
// not. spacedCognate is its last test: the joined word of 6+ letters that
// is in no general list (English or Spanish) and shares its cognate key
// with a built-in clinical term (cognateKey, and the ch → c keys of
// addCognateCh) is reported as that term's kind, as cognate.term reports
// the word written whole. A word spelled for a code or a name ("c-o-m-b-o",
// "t-a-z-a") is ordinary or meets no term.

// spacedCognate reports tokens i..j (single letters) when their joined
// letters, already in s.buf, are a cognate of a clinical term.
func (s *scanner) spacedCognate(i, j int) bool {
	if j-i+1 < 6 || len(s.v.cognates) == 0 {
		return false
	}
	w := string(s.buf)
	if s.g.gen.has(hstr(w)) {
		return false
	}
	key, ok := cognateKey(s.buf[:0], w)
	s.buf = key[:0]
	if !ok {
		return false
	}
	k, ok := s.v.cognates[hbytes(key)]
	if !ok {
		if k, ok = s.v.cognatesCh.get(hbytes(key)); !ok {
			return false
		}
	}
	s.addTok(i, j, k, "cognate.term.spaced", 0.75, reasonFor(k)+" (spelled out with separators)")
	return true
}
