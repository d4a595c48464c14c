package guard

import "testing"

// TestVitalLogged: a vital logged for the reader and a Spanish vitamin D
// value are measurements of the person (vitals.go, helper PORTAL:
// dev38/dev39); a shipping weight or a survey score is not.
func TestVitalLogged(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Weight logged: 212 lb. Your nurse will review it before your next visit.", "clinical.vital"},
		{"Temperature logged: 101.4 F. Your nurse will call you back.", "clinical.vital"},
		{"ClearDraw: su resultado de vitamina D es 14 ng/mL (bajo).", "clinical.vital"},
		{"Weight logged: track it in the app.", ""},
		{"Shipping weight logged: 12 lb. Your order ships Monday.", ""},
	})
}
