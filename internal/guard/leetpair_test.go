package guard

import "testing"

// TestLeetPair: digits for letters in a word that starts clinical terms,
// before a head word (leetpair.go), and codes and promo words that look
// like it.
func TestLeetPair(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"0pi0id taper plan updated by your prescriber — see message.", "obfuscation.leet"},
		{"Your opi0id refill is ready.", "obfuscation.leet"},
		{"Your pr0mo plan is active.", ""},
		{"0rder 0pt10n plan updated — see message.", ""},
		{"Your bl00d orange soda has shipped.", ""},
		{"Your H3ART necklace has shipped.", ""},
	})
}
