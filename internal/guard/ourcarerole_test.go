package guard

import "testing"

// TestOurCareRole: "Our <practitioner of one procedure> <verb> …" with a
// cue of the reader's slot is reported (ourcarerole.go); the trade's team,
// position, staff news and introductions pass.
func TestOurCareRole(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		"Our phlebotomist arrives at 7 AM. Nothing to eat after midnight.",
		"Our sonographer will need a full bladder at 8 AM.",
		"Our psychometrist has moved the cognitive testing to Friday at 1 PM.",
		"Our hypnotherapist will see you for the weight-loss session at 5 PM.",
		"Our electrologist has 2 sessions left on your package.",
		"Our new mammographer will be ready at 8:40.",
		"Our prosthetist has the new socket ready for pickup.",
	)
	checkFlagged(t, g, false,
		"Our phlebotomist team is hiring — apply online.",
		"Our sonographer position is open; apply at our careers page.",
		"Our sonographer has 20 years of experience.",
		"Solenne: Meet our new electrologist at the open house, Thursday 5 to 8 PM.",
	)
}
