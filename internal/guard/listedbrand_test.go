package guard

import "testing"

// TestListedBrandWord: a listed household or beauty brand before "refills"
// or in a pharmacy's front-store notice passes the frame rules; unlisted
// words stay reported (listedbrand.go, helper RENT44, dev44).
func TestListedBrandWord(t *testing.T) {
	checkModeCases(t, newTestGuard(t), nil, []modeCase{
		{"Spring cleaning sale: Buy 2 Swiffer refills, get 1 free.", Standard, false},
		{"Harbor Pharmacy: order #HP-302918 shipped! Olaplex No.3 Hair Perfector 3.3 oz and Maybelline Sky High mascara (Very Black).", Standard, false},
		{"Harbor Pharmacy: su pedido #HP-302919 va en camino. Olaplex No.3 de 100 ml y máscara Maybelline Sky High.", Standard, false},
		{"Buy 2 Xylorex refills, get 1 free.", Standard, true},
		{"Your Xylorex refills are ready at Harbor Pharmacy.", Standard, true},
		{"Harbor Pharmacy: your Olaplex order and your Xylorex refill are ready.", Standard, true},
		{"Your Swiffer refills and your metformin refill are ready.", Standard, true},
		{"Your Swiffer refill is ready at the pharmacy counter.", Standard, true},
	})
}
