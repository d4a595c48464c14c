package guard

import "testing"

// TestRaceDistance: a race's distance starts no street address
// (racedistance.go, dev39); a house number before "Run" stays reported.
func TestRaceDistance(t *testing.T) {
	checkAnyFinding(t, []string{
		"Lace up! Registration is open for the Foundation 5K Fun Run. All ages welcome.",
		"Join the Hospital 10K Charity Run this Saturday.",
	}, []string{
		"Your package was left at 12 Maple Street.",
		"Deliver to 5 Fox Run tomorrow.",
	})
}
