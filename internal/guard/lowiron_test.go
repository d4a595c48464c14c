package guard

import "testing"

// TestLowIron: the reader's low iron (lowiron.go, dev64, strict); a golf
// iron, a steam iron low on water and chews for every donor pass.
func TestLowIron(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Strict, []tpCase{
		{"Iron running low after your last few donations? Pick up our iron chews.", "compose.low_iron"},
		{"Low iron again? Our chews can help.", "compose.low_iron"},
		{"¿Tu hierro está bajo? Prueba nuestras gomitas.", "compose.low_iron"},
		{"The new Titan 7 iron is 20% off this week at Fairway Golf.", ""},
		{"Cast iron prices low this week? You bet. Shop our skillets.", ""},
		{"Iron is a bit low after your donations? Try our chews.", "compose.low_iron"},
		{"Steam iron running low on water? Our new ProPress iron holds 300 ml.", ""},
		{"Donate blood this Saturday. Snacks and iron + vitamin C chews for every donor.", ""},
	})
}
