package guard

import "testing"

// TestSwStartWords: every word scanWords' five inlined word tests accept is
// in swStartWords and passes swStartBits (a word missing would lose its
// rule): the listed words, and every string of one to four letters.
func TestSwStartWords(t *testing.T) {
	accept := func(w string) bool {
		return militaryWord(w) || poBoxWord(w) || poBoxESWord(w) || ageWordStart(w) || w == "at"
	}
	listed := map[string]bool{}
	for _, w := range swStartWords {
		listed[w] = true
		if !accept(w) {
			t.Errorf("%q is listed but no test accepts it", w)
		}
	}
	check := func(w string) {
		if accept(w) && (!listed[w] || !swStartBits.may(hstr(w))) {
			t.Errorf("%q is accepted by scanWords' tests but not in swStartWords/swStartBits", w)
		}
	}
	for _, w := range []string{"apartado", "casilla", "rural", "ninety", "hundred", "apartados", "casillas", "unidad", "postal"} {
		check(w)
	}
	var b [4]byte
	var rec func(n int)
	rec = func(n int) {
		if n > 0 {
			check(string(b[:n]))
		}
		if n == len(b) {
			return
		}
		for c := byte('a'); c <= 'z'; c++ {
			b[n] = c
			rec(n + 1)
		}
	}
	rec(0)
}
