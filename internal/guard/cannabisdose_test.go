package guard

import "testing"

// TestCannabinoidDose: a cannabinoid with its dose in the reader's order is
// reported (cannabisdose.go); a dose in a sale for everyone and CBD with no
// dose pass.
func TestCannabinoidDose(t *testing.T) {
	g := newTestGuard(t)
	g.nm = nil // the rule alone
	checkRuleCases(t, g, Standard, []tpCase{
		{"Your order of 3.5 g Harlequin CBD-dominant flower and 10 mg THC tinctures is ready at the counter.", "compose.cannabinoid_dose"},
		{"Tu pedido de gomitas de 5 mg CBD está listo.", "compose.cannabinoid_dose"},
	})
	checkModeCases(t, g, nil, []modeCase{
		{"Your order of 7 g Blue Dream indica flower and a 100 mg THC gummy pack is ready at the counter.", Standard, true},
		{"All 10 mg THC gummies are 20% off this weekend.", Standard, false},
		{"New in store: CBD-infused lip balm and bath bombs (hemp line).", Standard, false},
		{"Your CBD store is open 10-6 on Sunday.", Standard, false},
	})
}
