package guard

import "testing"

// TestObfPhrase: a disguised first word of a listed multi-word term, the
// term's other words after it (obfphrase.go, dev60/dev63); readings that
// start no term pass.
func TestObfPhrase(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"your o.x.y.g.e.n tank refill ships tomorrow.", "clinical.supply.spaced"},
		{"your o x y g e n concentrator rental renews Monday.", "clinical.supply.spaced"},
		{"your auto-ship of f0lic acid ships Monday.", "obfuscation.leet"},
		{"your auto-ship of b1rth c0ntrol support ships Monday.", "obfuscation.leet"},
		{"our o.x.o kitchen tools ship tomorrow.", ""},
		{"your b-a-l-l-o-o-n order ships tomorrow.", ""},
		{"your l33t gamer bundle ships Monday.", ""},
	})
}
