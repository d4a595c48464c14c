package guard

// esclitic.go: a Spanish infinitive with an object pronoun joined to it
// (issue 15, seventh pass, helper BIZ: dev35 "Puedes editarlo o pausarlo
// en …", reported by frame.unknown).
//
// The inflected forms (vocab/general_es_forms) hold the clitic forms of
// the verbs hunspell-es lists; newer verbs of the web ("pausar") are in
// wspanish (vocab/general_es) as infinitives only. esClitic is one more
// test before frame.unknown's last resort: a lower-case word that ends in
// -ar, -er or -ir and one or two object pronouns (lo, la, los, las, le,
// les, me, te, se, nos; "pausarlo", "editarlas", "enviártelo") whose
// infinitive is in the Spanish general list is ordinary. Drug and
// condition names do not end so; listed ones are found before the frame
// detector runs. Runs only on frame.unknown's candidates: no bit filter.

var esCliticEnds = []string{"los", "las", "les", "nos", "lo", "la", "le", "me", "te", "se"}

// esClitic reports whether token i is an infinitive of the Spanish list
// with one or two object pronouns joined to it.
func (s *scanner) esClitic(i int) bool {
	low := s.toks[i].low
	for round := 0; round < 2; round++ {
		cut := 0
		for _, e := range esCliticEnds {
			if len(low) > len(e)+3 && low[len(low)-len(e):] == e {
				cut = len(e)
				break
			}
		}
		if cut == 0 {
			return false
		}
		low = low[:len(low)-cut]
		n := len(low)
		if low[n-1] == 'r' && (low[n-2] == 'a' || low[n-2] == 'e' || low[n-2] == 'i') && s.g.gen.m[hstr(low)]&genES != 0 {
			return true
		}
	}
	return false
}
