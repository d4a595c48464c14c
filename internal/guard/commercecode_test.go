package guard

import "testing"

// TestCommerceCode: a confirmation, order or ticket code shaped like an
// ICD-10 category passes; a diagnosis cue, a dotted code and a care word
// stay reported (commercecode.go, helper MISC2, dev51).
func TestCommerceCode(t *testing.T) {
	checkModeCases(t, newTestGuard(t), nil, []modeCase{
		{"Your Clearwave Clinics appointment has been confirmed. Confirmation code K7Q-2291.", Standard, false},
		{"Your visit is confirmed. Confirmation code J4R-8812. See you Tuesday.", Standard, false},
		{"Your pickup is ready. Order code T8R-5520 at the front desk.", Standard, false},
		{"Diagnosis code K7Q-2291 was added to your record.", Standard, true},
		{"Confirmation code E11.9 for your visit.", Standard, true},
		{"Diagnosis code E11.9 was added to your chart.", Standard, true},
		{"Confirmation code K7Q-2291 for your colonoscopy on Friday.", Standard, true},
	})
}
