package guard

import "testing"

// TestSupportCase: a customer-service case number passes; a care case, a
// bare case and a case about a drug stay reported (supportcase.go, helper
// MISC2, dev51).
func TestSupportCase(t *testing.T) {
	checkModeCases(t, newTestGuard(t), nil, []modeCase{
		{"Your customer care case #CS-40271 has been resolved. Reply to reopen it.", Standard, false},
		{"Your support case #CS-11820 has been closed. Reply to reopen it.", Standard, false},
		{"Your care case #CS-40271 has been updated.", Standard, true},
		{"Your case #CS-40271 has been resolved.", Standard, true},
		{"Case #CS-40271: your prescription for sertraline was transferred.", Standard, true},
		{"Your support case #CS-40271 about your insulin pump is closed.", Standard, true},
		{"Patient support case #CS-40271 has been closed.", Standard, true},
	})
}
