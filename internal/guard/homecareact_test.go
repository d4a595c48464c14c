package guard

import "testing"

// TestHomeCareAct: the reader's recovery or personal care in a home-care
// agency's notice is reported (homecareact.go); the agency's trade, hiring
// and tips pass.
func TestHomeCareAct(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		"Evergreen Home Care: Your caregiver will stay overnight while you recover.",
		"Evergreen Home Health: Your night nurse starts Monday. Your aide will help with bathing and dressing.",
		"Sunrise Home Health — your caregiver will stay the night after your discharge.",
		"Maple Home Care: Your caregiver will help you shower.",
	)
	checkFlagged(t, g, false,
		"Evergreen Home Health: Your nurse is on the way!",
		"Maple Home Care: we are hiring caregivers for overnight shifts.",
		"Evergreen Home Health: Follow us for weekly caregiver tips on bathing a loved one.",
		"Evergreen Home Health: Some visits may run late today.",
		"Your recovery of the account password is complete.",
	)
}
