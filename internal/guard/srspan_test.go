package guard

import "testing"

// TestSrSpanIsTheWalk: srSpan (staffrole.go), which finds its first token
// by halving, answers as the walk over every token did, for every span of
// original bytes of texts whose normalisation moves bytes (accents,
// zero-width characters, look-alike letters, soft hyphens, full-width
// forms).
func TestSrSpanIsTheWalk(t *testing.T) {
	walk := func(v *srView, start, end int) (a, b int) {
		a, b = -1, -1
		for k, tk := range v.toks {
			x, y := v.t.orig(int(tk.s), int(tk.e))
			if y <= start || x >= end {
				continue
			}
			if a < 0 {
				a = k
			}
			b = k
		}
		return a, b
	}
	for _, text := range []string{
		"Welcome Dr. Naomi Park, oncologist, who joins Care Team Reed in March.",
		"Le presentamos a Rosa Jiménez, nuestra nueva supervisora de facturación.",
		"Meet Ro\u200bsa Ji\u00admenez, our ｎｅｗ billing lead — ａｄｖｏｃａｔｅ Dana Kim.",
		"Tu asesora, Marta, te ha dejado un documento. Ｏｐｅｎ: https://portal.example/m/firma",
		"",
		"a",
	} {
		v := &srView{t: normalize(text, nil, nil)}
		v.toks = tokenize(&v.t, nil)
		for start := -1; start <= len(text)+1; start++ {
			for end := start; end <= len(text)+1; end++ {
				a, b := srSpan(v, start, end)
				wa, wb := walk(v, start, end)
				if a != wa || b != wb {
					t.Fatalf("%q [%d,%d): srSpan %d,%d, the walk %d,%d", text, start, end, a, b, wa, wb)
				}
			}
		}
	}
}
