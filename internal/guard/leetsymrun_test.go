package guard

import "testing"

// TestLeetSymRun: a later word of a disguised term written with symbols
// for letters completes the term (leetsymrun.go); a symbol word that
// completes no listed term, or one after a plain first word, adds nothing.
func TestLeetSymRun(t *testing.T) {
	g := newTestGuard(t)
	checkModeCases(t, g, nil, []modeCase{
		// dev116-leak-086
		{"Your h3art f@ilure check-in is due today. https://portal.example/m/today", Standard, true},
		{"Your k1dney f@ilure labs are in.", Standard, true},
		{"Your c0ngestive he@rt f@ilure plan is ready.", Standard, true},
		// look-alikes
		{"Our h3art f@ir raised funds for the park.", Standard, false},
		{"Your heart f@ir tickets are ready.", Standard, false},
		{"Your c@t food order shipped.", Standard, false},
	})
}
