package guard

import "testing"

// TestHomeTrade: a home-health agency's header before its own trade words
// (nurse, caregiver, visit, care team) passes; kin, the reader's care, a
// named reader, another kind of header and home-health words outside a
// header stay reported (hometrade.go, helper org15, dev82/dev84o).
func TestHomeTrade(t *testing.T) {
	checkModeCases(t, newTestGuard(t), nil, []modeCase{
		{"Evergreen Home Health: Your nurse is on the way! Track arrival in real time.", Standard, false},
		{"Evergreen Home Health: Office hours are 8–5 weekdays. A registered nurse is on call 24/7 at 1-888-555-0110.", Standard, false},
		{"Evergreen Home Health: Because of the ice storm, some visits may run late today. Your nurse will call ahead.", Standard, false},
		{"Evergreen Home Health: Your care team posted a new update. Log in to see it.", Standard, false},
		{"Evergreen Home Health: Follow us on Facebook for weekly caregiver tips and local resources!", Standard, false},
		{"Evergreen Home Health: Your mother's nurse visit for her catheter change is moved to Friday.", Standard, true},
		{"Evergreen Home Health: Your nurse will change your wound dressing Tuesday at 10 AM.", Standard, true},
		{"Evergreen Home Health: Hi Dana, your nurse is on the way!", Standard, true},
		{"Evergreen Home Health: Your nurse will draw your blood for the INR test tomorrow.", Standard, true},
		{"Evergreen Home Health: Your physical therapy visit is moved to Friday 2 PM.", Standard, true},
		{"Evergreen Hospice: Your father's care team will visit at 3 PM today.", Standard, true},
		{"Evergreen Behavioral Health: Your nurse is on the way.", Standard, true},
		{"Your home health referral was received. A nurse will call you to schedule.", Standard, true},
		{"Home health visit for your wound care: Tuesday 10 AM. Reply C to confirm.", Standard, true},
	})
}
