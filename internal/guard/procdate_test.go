package guard

// Tests of processing dates (procdate.go).

import "testing"

// TestProcessDate: a date after "process/charge/bill/renew on" passes
// (date.untied before procdate.go, dev29); a person cue, another verb or a
// clinical word keeps the findings.
func TestProcessDate(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Your auto-refill is scheduled to process on Dec 12. To change it, sign in.", ""},
		{"Your membership will renew on Dec 12.", ""},
		{"Your card will be charged on Dec 12.", ""},
		{"Your surgery is scheduled to process on Dec 12.", "date.person"},
		{"Your biopsy claim will process on Dec 12.", "date.person"},
		{"Your auto-refill is scheduled on Dec 12.", "date.untied"},
		{"Your auto-refill of sertraline will process on Dec 12.", "clinical.medication"},
	})
}
