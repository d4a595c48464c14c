package guard

import "testing"

// TestPersonCard: a medical, cannabis or patient card by its number is the
// reader's (personcard.go); a gift card, a payment card's last digits and
// the sender's card clinic pass.
func TestPersonCard(t *testing.T) {
	g := newTestGuard(t)
	checkModeCases(t, g, nil, []modeCase{
		{"State medical cannabis card MMJ-CO-884120 expires in 30 days. Renew soon to keep purchasing.", Standard, true},
		{"Su tarjeta de cannabis medicinal N.° CM-884120 vence en 30 días.", Standard, true},
		{"Your registry card #44120-B expires soon.", Standard, true},
		{"Gift card GC-884120 balance: $25.", Standard, false},
		{"Your card ending 4471 was charged.", Standard, false},
		{"Our medical cannabis card renewal clinic is open Saturdays; bring a photo ID.", Standard, false},
		{"Medical card renewals are open 9-5 at our Main Street store.", Standard, false},
	})
}
