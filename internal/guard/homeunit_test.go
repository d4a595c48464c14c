package guard

import "testing"

// TestHomeUnit: a home-health agency's name in a payload's organisation
// value and the sender's home-health division pass (homeunit.go); a reader
// word, a patient, the reader's care or "home health" in another slot stay
// reported.
func TestHomeUnit(t *testing.T) {
	g := newTestGuard(t)
	checkModeCases(t, g, nil, []modeCase{
		// leaks
		{"Northwind's home health division will visit you on Tuesday for your wound care.", Standard, true},
		{"{\"event\": \"caregiver.en_route\", \"eta_minutes\": 15, \"agency\": \"Northwind Nursing & Home Health\", \"patient\": \"Harold Jensen\"}", Standard, true},
		{"Weather alert: your home health nurse visit for your wound care is cancelled today due to ice.", Standard, true},
		{"Our home health division will start Harold Jensen's wound care visits on Monday.", Standard, true},
		{"Our home health team will visit you after your hip replacement.", Standard, true},
		{"{\"event\": \"visit.scheduled\", \"patient_name\": \"Harold Jensen\", \"service\": \"home health\"}", Standard, true},
		{"Home health visit for your wound care: Tuesday at 10am.", Standard, true},
		// clean
		{"Wayfarer is proud to welcome 40 new travel nurses to our home health division this quarter.", Standard, false},
		{"{\"event\": \"caregiver.en_route\", \"eta_minutes\": 15, \"agency\": \"Wayfarer Nursing & Home Health\"}", Standard, false},
		{"{\"event\": \"caregiver.checked_in\", \"agency\": \"Northwind Home Health\"}", Standard, false},
		{"Our Salem home health office is closed today due to ice. Phone lines remain open.", Standard, false},
	})
}
