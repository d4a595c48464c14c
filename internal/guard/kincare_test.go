package guard

import "testing"

// TestKinCare: the reader's relative's care unit or follow-up is reported
// (kincare.go, dev36).
func TestKinCare(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Your daughter's NICU follow-up is on Tuesday.", "clinical.kin_care"},
		{"Your baby's PICU visit moved to Tuesday.", "clinical.kin_care"},
		{"Your son's soccer practice moves to the new field.", ""},
		{"Our NICU follow-up clinic opens in the new wing.", ""},
		// RED5 (dev49d): step-relatives; a named family's relative
		{"Your stepdaughter's PICU follow-up is at 3 pm.", "clinical.kin_care"},
		{"The new pediatric wing opens Sept 1 — the Okafor baby's NICU follow-up will be there.", "name.kin_care"},
		{"The NICU tour for families starts in the new wing.", ""},
		// RED (dev53r): a plural relative's possessive
		{"Your twins' NICU follow-up moves to Tuesday.", "clinical.kin_care"},
		{"Your twins' soccer practice moves to the new field.", ""},
	})
}
