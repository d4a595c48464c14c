package guard

import "testing"

// TestDetoxGoods: wellness detox goods pass, detox of an addiction stays
// reported (detoxgoods.go, helper GAPS, dev37g, dev28m).
func TestDetoxGoods(t *testing.T) {
	checkModeCases(t, newTestGuard(t), nil, []modeCase{
		{"Your detox kit for alcohol withdrawal shipped.", Standard, true},
		{"Your opioid detox kit has shipped.", Standard, true},
		{"Your alcohol detox support pack is ready.", Standard, true},
		{"Your detox kit has shipped.", Standard, true},
		{"Your detox tea has shipped. Alcohol withdrawal support is included.", Standard, true},
		{"Your detox tea order shipped.", Standard, false},
		{"Your detox bath salts are ready.", Standard, false},
		{"Your digital detox journal is on its way.", Standard, false},
		{"Try our 3-day juice detox bundle, now 15% off.", Standard, false},
	})
}
