package guard

import "testing"

// TestParenAbbr: an abbreviation spelled out in parentheses as a care
// programme (parenabbr.go), and expansions that name no care.
func TestParenAbbr(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"iop group (intensive outpatient) starts mon. please arrive by 8:45.", "compose.abbrev"},
		{"Your PHP (partial hospitalization) day starts Monday.", "compose.abbrev"},
		{"pto group (intensive outdoor) starts mon. please arrive by 8:45.", ""},
		{"Your SUV (sport utility vehicle) rental is confirmed.", ""},
		{"PTO (paid time off) requests are due Friday.", ""},
		{"Our ABC (always be caring) program for staff starts Monday.", ""},
	})
}
