package guard

import "testing"

// TestInsuranceCardValue: a payment-card word before an identifier cue no
// longer lets through a value with letters or a health-plan number on an
// insurance card; a payment card's last digits still pass.
func TestInsuranceCardValue(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Your insurance card (Policy W229-448-01) was scanned at check-in.", "id.health_plan"},
		{"Your insurance card (Policy 229-448-01) was scanned.", "id.health_plan"},
		{"Your card (Member ID W229-448-01) was scanned.", "id.health_plan"},
		{"Your card ending in 4242 was charged $20.", ""},
		{"Your Visa card (account ending 4242) was updated.", ""},
		{"Your credit card ending 4417 was declined.", ""},
	})
}
