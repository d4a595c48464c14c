package guard

import "testing"

// TestPriceChangeDate: a listed price's change date passes (pricedate.go,
// dev39); a personal or care price stays reported.
func TestPriceChangeDate(t *testing.T) {
	withoutCareGate(func() {
		checkAnyFinding(t, []string{ // pricedate.go's own answer (caresignal.go)
			"Heads up: monthly parking permits go to $45/month on Jan 1.",
			"Cafeteria meal prices rise to $8 on March 1.",
			"Parking rates change to $3/hour on Feb 15.",
		}, []string{
			"Your copay goes to $45 on Jan 1 for your physical therapy visits.",
			"Therapy session fees rise to $80 on March 1.",
			"Parking permits are free on Jan 1.",
		})
	})
}
