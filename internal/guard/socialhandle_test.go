package guard

import "testing"

func TestSocialHandle(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Photo contest 🎃 Tag @greenleafsmiles on Instagram - the best costume wins a gift card.",
		"Giveaway 🎉 We teamed up with @liftwithjordan - win a year of protein. Enter by Sunday.",
	)
	checkFlagged(t, g, true,
		"Questions about your refill? @topiramate",
		"Questions about topiramate?",
		"Tag @mariagonzalez1980 - your prescription for sertraline is ready.",
		"Contest: tag @fatima_r and win.",
	)
}
