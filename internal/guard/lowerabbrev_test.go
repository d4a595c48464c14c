package guard

import "testing"

// TestLowerAbbrevWord: a lower-case function word is not a capitals-only
// abbreviation beside a health cue (lowerabbrev.go); capitals and Spanish
// keep it.
func TestLowerAbbrevWord(t *testing.T) {
	g := newTestGuard(t)
	checkModeCases(t, g, nil, []modeCase{
		{"Your insurance paid its portion. Your remaining balance is $18.00.", Standard, false},
		{"Your insurer covered its share of the claim.", Standard, false},
		{"Su resultado de ITS está listo.", Standard, true},
	})
}
