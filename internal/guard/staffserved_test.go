package guard

import "testing"

// TestStaffServed: a staff sentence naming the household its role serves keeps its findings; the welcome alone passes (staffserved.go, red17, dev97x).
func TestStaffServed(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkModeCases(t, g, nil, []modeCase{
		{"Welcome Priya Shah, RN, our new hospice nurse for the Ruiz family at home.", Standard, true},
		{"Welcome Priya Shah, RN, our new hospice nurse, for the family of Ana at home.", Standard, true},
		{"Welcome Priya Shah, RN, our new hospice nurse, who joins us from Tacoma.", Standard, false},
		{"Meet Priya Shah, RN, our new hospice nurse.", Standard, false},
		// red17b (dev99x): "to", an article alone, Spanish "a la familia", asked by staffrole.go and staffappoint.go too
		{"Welcome Priya Shah, RN, our new hospice nurse, assigned to the Ruiz family.", Standard, true},
		{"Welcome Priya Shah, RN, our new hospice nurse, visiting the Ruiz home on Tuesdays.", Standard, true},
		{"Damos la bienvenida a Priya Shah, RN, nuestra enfermera de hospicio asignada a la familia Ruiz.", Standard, true},
		{"Welcome Priya Shah, RN, our new hospice nurse, assigned to the Westside team.", Standard, false},
		{"Welcome Sofia Arredondo, RN, IBCLC, to the Little Latch family! She sees families in English and Spanish.", Standard, false},
	})
}
