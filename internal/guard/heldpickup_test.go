package guard

import "testing"

// TestHeldForReader: goods held for the reader to collect after the
// sender's arrival news (heldpickup.go), and arrivals for everyone.
func TestHeldForReader(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		"Our new CPAP supplies have arrived. Pick up at the front desk.",
		"Our new insulin pump supplies are here. Pick them up at the counter.",
		"Our new CPAP supplies have arrived; collect them anytime this week.",
	)
	checkFlagged(t, g, false,
		"New CPAP supplies have arrived in our showroom for everyone to try.",
		"Flu shots are now available at all our locations. Pick up a free flu guide at the front desk.",
	)
}
