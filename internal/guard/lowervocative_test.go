package guard

import "testing"

// TestLowerVocative: lower-case listed given names where the reader is
// addressed (lowervocative.go); generic addressees stay clean.
func TestLowerVocative(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Good news, ethan! Your rewards balance is 420 points.", "compose.vocative"},
		{"liam, your cart is waiting 🛒", "compose.vocative"},
		{"Good morning, lucas! Your order is on the way.", "compose.greeting"},
		{"Good news, everyone! Our store opens early Friday.", ""},
		{"team, your shift schedule is posted.", ""},
		{"hello world — our new app is live!", ""},
		{"Good news, friends! Prices dropped.", ""},
		{"hey, your cart is waiting", ""},
	})
}
