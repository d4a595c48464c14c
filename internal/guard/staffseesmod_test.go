package guard

import "testing"

// TestStaffSeesMod: a welcomed clinician "now seeing emergency patients"
// is the sender's staff news; the clinician seeing the reader stays
// reported (staffseesmod.go, fpb, dev106w).
func TestStaffSeesMod(t *testing.T) {
	g := newTestGuard(t)
	checkModeCases(t, g, nil, []modeCase{
		{"RapidSmile welcomes Dr. Tomasz Nowakowski, DDS, to our Eastgate location, now seeing emergency patients.", Standard, false},
		{"Brightway Dental welcomes Dr. Ana Ruiz, DMD, to our Oak Park office, now seeing new patients.", Standard, false},
		// leaks
		{"Dr. Tomasz Wiśniewski will see you Friday at 2pm for your root canal.", Standard, true},
		{"RapidSmile welcomes Dr. Tomasz Nowakowski, now seeing your son for his braces.", Standard, true},
	})
}
