package guard

import "testing"

// TestCareTeamBrand: a coined name of two ordinary words before "care
// team" is the sender's; an unknown word, a body part, a plan and another
// finding stay reported.
func TestCareTeamBrand(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"There is an update from your Clearline care team. Sign in to view.",
	)
	checkFlagged(t, g, true,
		"Your Clearline care team updated your antibiotic dose. Sign in to view.",
		"There is an update from your Zorvex care team.",
		"There is an update from your Heartline care team.",
		"Your Clearline care plan is ready.",
	)
}
