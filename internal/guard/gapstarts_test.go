package guard

import (
	"strings"
	"testing"
)

// TestGapStarts: gapStarts(j, c) is strings.HasPrefix(s.gap(j), c) for
// every inner token of a few texts (helper SPEED12).
func TestGapStarts(t *testing.T) {
	texts := []string{
		"Name on slip: Lopez, Maria (DOB 03/07/1984)",
		"https://portal.example/m/4f; call: (617) 555-0142,ok",
		"John's file:: a,b ,c",
		"Pickup slip:Maria",
		"a:b:c (x) y(z)",
	}
	for _, text := range texts {
		s := &scanner{t: normalize(text, nil, nil)}
		s.toks = tokenize(&s.t, nil)
		for j := 1; j < len(s.toks); j++ {
			for _, c := range []byte(":,( .;") {
				if got, want := s.gapStarts(j, c), strings.HasPrefix(s.gap(j), string(c)); got != want {
					t.Errorf("%q token %d %q: gapStarts = %v, HasPrefix = %v", text, j, c, got, want)
				}
			}
		}
	}
}
