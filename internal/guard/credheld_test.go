package guard

import "testing"

// TestCredHeld: a condition or procedure acronym in a staff person's credentials list keeps the staff drops off; real credentials pass (credheld.go, red17b, dev99x).
func TestCredHeld(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkModeCases(t, g, nil, []modeCase{
		{"Please welcome Dana Ruiz, RN, BSN, HIV+, our new infusion nurse.", Standard, true},
		{"Please welcome Dana Ruiz, RN, BSN, COPD, CHF, our new charge nurse.", Standard, true},
		{"Welcome back Tom Ellis, RRT, CABG x3, our respiratory therapist.", Standard, true},
		{"Welcome Jorge Vidal, LPN, CKD, our new night nurse.", Standard, true},
		{"Damos la bienvenida a Rosa Delgado, RN, VIH, nuestra nueva enfermera.", Standard, true},
		{"Please welcome Dana Ruiz, RN, BSN, CCRN, our new charge nurse.", Standard, false},
		{"Congratulations to Marcus Lee, PharmD, BCPS, on 10 years with our team!", Standard, false},
		{"Please welcome Tara Quinn, MSN, FNP-BC, our new nurse practitioner.", Standard, false},
		{"Felicitaciones a Lucía Ferraro, RN, BSN, por 10 años con nuestro equipo.", Standard, false},
	})
}
