package guard

import "testing"

// TestAftercare: aftercare for a procedure the reader had (aftercare.go);
// aftercare of things and aftercare goods pass.
func TestAftercare(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"CO2 laser resurfacing aftercare: keep skin moist and call us if you see blistering.", "compose.aftercare"},
		{"Microneedling aftercare: no makeup for 24 hours.", "compose.aftercare"},
		{"Chemical peel aftercare: expect peeling on day 3, don't pick.", "compose.aftercare"},
		{"Filler aftercare tips: avoid pressing the treated areas for 48 hours.", "compose.aftercare"},
		{"Biopsy after-care: keep the bandage dry for a day.", "compose.aftercare"},
		{"New sod aftercare: water daily for two weeks.", ""},
		{"Tattoo aftercare balm is back in stock, $12 a tin.", ""},
		{"Carpet aftercare tip: keep pets off the carpet for 6 hours after cleaning.", ""},
		{"Our laser aftercare kit is 20% off this week.", ""},
		// red15 (dev87x): a removal that is no procedure
		{"Piercing removal aftercare: salt water rinse twice a day.", ""},
		{"Carpet stain removal aftercare: keep pets off for 4 hours.", ""},
		{"Gel nail removal aftercare: apply cuticle oil daily.", ""},
		{"Mole removal aftercare: keep the bandage on for 24 hours.", "compose.aftercare"},
		{"Toenail removal aftercare: soak your foot twice a day.", "compose.aftercare"},
		{"Laser hair removal aftercare: no sun for 2 weeks.", "compose.aftercare"},
	})
}
