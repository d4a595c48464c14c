package guard

import "testing"

// TestRecoverWell: an adverb between a with-verb and its preposition, and
// a condition in two pieces around a hyphen (recoverwell.go); everyday
// things one recovers from pass.
func TestRecoverWell(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"We hope you're recovering well from the new-monia. Your chest check is booked.", "compose.living_with"},
		{"We hope you're recovering well from the move. Your new keys are ready.", ""},
		{"Hope you're recovering well from the long-haul flight. Your bags are at the desk.", ""},
		{"Hope you're recovering well from the marathon. Your medal has shipped.", ""},
		{"We hope you are recovering well from the Black-Friday rush.", ""},
	})
}
