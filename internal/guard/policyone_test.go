package guard

import "testing"

// TestPolicyOne: a policy's date in a sentence about one person (the patient in room 412, el paciente de la cama 7) is that person's; a policy for everyone passes (policyone.go, red17, dev97x).
func TestPolicyOne(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkModeCases(t, g, nil, []modeCase{
		{"Per the discharge policy, the patient in room 412 goes home, effective March 3.", Standard, true},
		{"Según la norma de altas, el alta del paciente de la cama 7 es vigente 3 de marzo.", Standard, true},
		{"Updated no-show policy: missed visits without 24 hours' notice will be charged $40, effective Feb 1.", Standard, false},
		{"Per the visitor policy, visiting hours end at 8 PM, effective March 3.", Standard, false},
		{"New visitor policy: one guest per patient in treatment areas, effective Jan 5.", Standard, false},
		{"Harborline is updating the Terms of Use for the member portal, effective Feb 15, 2027.", Standard, false},
		// red17b (dev99x): a possessive or a demonstrative before the one person, "occupant", a numbered place's possessive
		{"Per the discharge policy, our patient in room 412 goes home, effective March 3.", Standard, true},
		{"Per the discharge policy, this patient in bed 9 goes home, effective April 2.", Standard, true},
		{"Per the discharge policy, the occupant of bed 7 goes home, effective March 3.", Standard, true},
		{"Per the discharge policy, room 412's patient goes home, effective March 3.", Standard, true},
		{"Según la norma de altas, nuestra paciente de la cama 7 se va a casa, vigente 3 de marzo.", Standard, true},
		{"Per the visitor policy, our lobby closes at 8 PM, effective March 3.", Standard, false},
		{"Según la norma de visitas, nuestra sala de espera cierra a las 20 h, vigente 3 de marzo.", Standard, false},
	})
}
