package guard

import "testing"

// TestChainSite: a chain's brand after a quantifier before a site noun is
// no clinical subject (chainsite.go; r107, dev107, dev107x).
func TestChainSite(t *testing.T) {
	g := newTestGuard(t)
	ctx := &Context{AllowURLs: []string{"https://portal.example/m/"}}
	checkModeCases(t, g, ctx, []modeCase{
		{"Skip the wait: check in online before you visit any FirstStop clinic.", Strict, false},
		{"Save time at every MedNow clinic: reserve your spot online.", Strict, false},
		{"Check in online at all QuickCare clinics.", Strict, false},
		// reported
		{"Flu shots are now available at every FirstStop clinic.", Strict, true},
		{"Skip the wait: your HIV test at any QuickCare clinic is ready to discuss.", Strict, true},
		{"Check in at any Oncology clinic before your chemo.", Standard, true},
		{"Your appointment at the FirstStop clinic is Monday.", Standard, true},
		{"Your visit to any Crohn clinic is covered.", Standard, true},
	})
}
