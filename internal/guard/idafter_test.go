package guard

import "testing"

// TestIDNamedAfter: a number named after it as the reader's record
// (idafter.go); a tracking number, a receipt, a plain code pass.
func TestIDNamedAfter(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Two-step verification is on. Your code is 88213407, your Medicaid number.", "id.health_plan"},
		{"Su código es 88213407, su número de Medicaid.", "id.health_plan"},
		{"Enter 7781204, your patient number, at check-in.", "id.mrn"},
		{"Your code is 88213407, valid for 10 minutes.", ""},
		{"Your order number is 55120938, your receipt is attached.", ""},
	})
}
