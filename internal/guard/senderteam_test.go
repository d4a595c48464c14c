package guard

import "testing"

// TestSenderTeam: senderteam.go's readings of the sender's own words pass; the reader's
// and a patient's versions of the same shapes stay reported.
func TestSenderTeam(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"UV index in Atlanta hits 10 this week. Reapply sunscreen every 2 hours outdoors. —The Okafor Dermatology team",
		"You have a new secure message from Okafor Dermatology. Log in to read it.",
	)
	// still reported
	checkFlagged(t, g, true,
		"From Okafor Dermatology: your biopsy results are ready.",
		"You have a new secure message from Okafor Dermatology: your biopsy results are ready.",
		"You have a new secure message from Okafor Dermatology about your melanoma biopsy.",
		"Your psoriasis biologic refill is ready. —The Okafor Dermatology team",
		"Your appointment with Okafor Dermatology is Tuesday. Thanks, the team",
	)
}
