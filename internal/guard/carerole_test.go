package guard

import "testing"

// TestCareRole: care roles named by a condition or treatment
// (carerole.go), and roles that tell nothing.
func TestCareRole(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Your transplant coordinator left a voicemail; please call back.", "compose.care_role"},
		{"The transplant team left you a message; please call back.", "compose.care_role"},
		{"Your transplant social worker will call you.", "compose.care_role"},
		{"Your transplant pharmacist left a message about your pickup.", "compose.care_role"},
		{"Your bariatric coordinator sent the checklist for your visit.", "compose.care_role"},
		{"Your genetic social worker will call you.", "compose.care_role"},
		{"Your transplant evaluation is scheduled for Monday.", "compose.care_role"},
		{"Your bariatric seminar is Thursday at 6 PM.", "compose.care_role"},
		// generic roles and roles of shops and offices
		{"Your care coordinator left a voicemail; please call back.", ""},
		{"Your nurse navigator sent you a message.", ""},
		{"Your case manager will call this week.", ""},
		{"Your wedding coordinator left a voicemail; please call back.", ""},
		{"Your sleep consultant will help you choose a mattress.", ""},
		{"Your leasing consultant left a voicemail about the move-in date.", ""},
		{"Your tree transplant crew arrives Monday morning.", ""},
		{"Our landscapers will transplant your hedges on Monday.", ""},
		{"Your tea infusion class is on Saturday.", ""},
	})
}
