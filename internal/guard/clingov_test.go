package guard

import "testing"

// TestClinicalSlot: the reader's thing in a clause only care gives
// (clingov.go), read by devGuard so the rule and not a list finds it;
// the same clauses about everyday things pass.
func TestClinicalSlot(t *testing.T) {
	g := devGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Results of your ca-125 were reviewed by your doctor.", "frame.clinical_slot"},
		{"The results of your tilt table study were sent to your physician.", "frame.clinical_slot"},
		{"Your type and screen report has been sent to your doctor.", "frame.clinical_slot"},
		{"Your bubble study report was shared with your care team.", "frame.clinical_slot"},
		{"Your zentoril specimen has been received.", "frame.clinical_slot"},
		{"Reminder: fast before your genetic testing.", "frame.clinical_slot"},
		{"Please fast before your bravine study.", "frame.clinical_slot"},
		{"Your kep dose was lowered by your doctor.", "frame.clinical_slot"},
		// everyday things in the same clauses
		{"Results of your survey were shared with your doctor.", ""},
		{"Results of your credit check were reviewed by your loan officer.", ""},
		{"The results of your home inspection were reviewed by your agent.", ""},
		{"Your monthly report has been sent to your doctor.", ""},
		{"Your progress report was sent to your coach.", ""},
		{"Your paint sample was collected.", ""},
		{"Your free sample was received.", ""},
		{"Your soil sample was received by our garden center.", ""},
		{"Get there fast before your flight leaves.", ""},
		{"Please fast before your appointment.", ""},
	})
}
