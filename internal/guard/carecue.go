package guard

// carecue.go: a personal care sentence is the cue of a clinical word
// elsewhere in the field (issue 15, fifth pass: remaining development
// cases).
//
// A clinical term that is also an ordinary phrase (flag a of the lists:
// "flu shot", "melatonin") is reported only with a health cue near it in
// its sentence (healthCue: "your flu shot"). "Flu shots now available at
// all our locations. Your refill is also ready." has none beside "Flu
// shots", yet the second sentence is one person's pharmacy care, and the
// first reads as part of the same notice to that person.
// careElsewhere reports such a sentence: a possessive of the reader
// ("your", "su", "tu") right before, or one word before, a word of the
// reader's own care (refill, prescription, rx, results, receta,
// resurtido, resultados), in another sentence of the same field. A
// general announcement ("Flu shots now available at all our locations.")
// and a shop's notice ("Your order has shipped. Flu shots available in
// store.") have no such sentence and stay as they were.

// careOwnWords: the reader's own care after a possessive.
var careOwnWords = wordSetTab("refill refills prescription prescriptions rx results receta recetas resurtido resultados")

// careElsewhere reports whether a sentence other than the one holding
// tokens i..j says "your refill", "your prescription", "su receta"…
func (s *scanner) careElsewhere(i, j int) bool {
	lo, hi := s.sentSpan(i)
	for k := range s.toks {
		if k >= lo && k < hi || !recipientPossessive.get(s.toks[k].h) {
			continue
		}
		for m := k + 1; m <= k+2 && m < len(s.toks) && !s.toks[m].sent; m++ {
			if careOwnWords.get(s.toks[m].h) {
				return true
			}
		}
	}
	return false
}
