package guard

import "testing"

// TestSenderAgency: senderagency.go's readings of the sender's own words pass; the reader's
// and a patient's versions of the same shapes stay reported.
func TestSenderAgency(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Marisol Grant Home Health is now serving Clackamas County!",
	)
	// still reported
	checkFlagged(t, g, true,
		"Marisol Grant Home Health: your wound care visit is Tuesday.",
		"Marisol Grant Home Health visit is Tuesday at 10 AM.",
		"Marisol Grant's wound care visit is scheduled for Tuesday at 10 AM.",
		"Marisol Grant Home Health is now serving Clackamas County! Your wound care visit is Tuesday.",
		"You have a new secure message from Marisol Grant Home Health Nursing about your wound care.",
	)
}
