package guard

import "testing"

// TestPubAudience: pubaudience.go — a public offer's audience after "for"
// (all county residents, everyone, every resident) passes in strict mode;
// an audience narrowed by "with", a reader's "your" or a person's results
// keep the findings.
func TestPubAudience(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkModeCases(t, g, nil, []modeCase{
		{"Protect the whole family this winter: free COVID-19 and flu vaccines for all county residents at our Saturday pop-up sites.", Strict, false},
		{"Free flu shots for everyone at our Saturday pop-up sites.", Strict, false},
		{"Free flu vaccines for every resident at all county clinics.", Strict, false},
		{"Free flu vaccines for all residents with asthma at our Saturday pop-up sites.", Strict, true},
		{"Your free flu vaccine for all county residents is booked for Saturday.", Strict, true},
		{"Free flu vaccines for all residents. Ann Lee's flu test results are in.", Strict, true},
		{"Free flu vaccines for all residents with asthma at our Saturday pop-up sites.", Standard, true},
		{"Get vaccinated: free flu shots for all adults on chemotherapy this season.", Strict, true},
		{"Free skin cancer screenings for the public on May 20 at our dermatology office.", Strict, true},
		// red23c, dev116r: "now", "during", "from" narrow; "at" only the sender's own places
		{"Free flu vaccines for every resident now on dialysis at our Saturday pop-up sites.", Strict, true},
		{"Free COVID-19 boosters for all county residents during chemotherapy, at our Saturday pop-up sites.", Strict, true},
		{"Free flu vaccines for all residents at the Maple Ridge dialysis unit this Saturday.", Strict, true},
		{"Free flu vaccines for everyone now pregnant at our Saturday pop-up sites.", Strict, true},
	})
}
