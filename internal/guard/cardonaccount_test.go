package guard

import "testing"

// TestCardOnAccount: a payment card on a shop account passes; other
// account numbers stay reported (cardonaccount.go, helper RENT44, dev44).
func TestCardOnAccount(t *testing.T) {
	checkModeCases(t, newTestGuard(t), nil, []modeCase{
		{"The card on your Lensly account ending in 8831 expires 06/25. Update it before your next auto-ship.", Standard, false},
		{"The card on the account ending in 8831 was declined.", Standard, false},
		{"Your account ending in 8831 has a balance.", Standard, true},
		{"The card on your member account ending in 8831 expires soon.", Standard, true},
		{"The card on your Lensly account ending in 883112 expires 06/25.", Standard, true},
		{"Your insurance card on your account ending in 8831 expires soon.", Standard, true},
	})
}
