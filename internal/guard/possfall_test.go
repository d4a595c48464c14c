package guard

import "testing"

// TestPossFall: a person's fall named by a possessive (possfall.go;
// red14b, dev81x); the season, a collection, a price fall pass.
func TestPossFall(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Your father's room moved to 2B after his fall.", "compose.fall_injury"},
		{"After your fall last week, we added grab bars to your bathroom.", "compose.fall_injury"},
		{"Mom's fall yesterday was reported to her doctor.", "compose.fall_injury"},
		{"Después de su caída, su madre usa andador.", "compose.fall_injury"},
		{"Enjoy your fall!", ""},
		{"Your fall and winter catalog is here.", ""},
		{"Her fall collection is 20% off.", ""},
		{"Since your fall visit, we added evening hours.", ""},
		{"Leaves fall, prices fall: 20% off all outdoor gear.", ""},
		{"Our new Twin Falls clinic opens Monday.", ""},
		{"La caída de precios llega a su farmacia.", ""},
	})
}
