package guard

import "testing"

// TestPopulationWithHealth: a population narrowed by a condition after
// "with"/"con" is a group defined by health, and an announcement to it is
// no announcement to everyone (announce_line.go's populationWithHealth,
// seventeenth pass, dev99c); an age or an eligibility alone stays public.
func TestPopulationWithHealth(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkModeCases(t, g, nil, []modeCase{
		{"Health fair for all adults 50 and older with diabetes: foot checks and A1c tests. Open to the public.", Standard, true},
		{"Free webinar for all members living with asthma, Tuesday at 7 PM. Everyone welcome.", Standard, true},
		{"Feria de salud para personas con diabetes: revisión de pies. Abierta al público.", Standard, true},
		{"We now offer RSV vaccines for adults 60+ and eligible pregnant people. Ask your pharmacist.", Standard, false},
		{"Now enrolling: a study for adults 18–65 in migraine. See if you qualify.", Standard, false},
		{"Vacunas contra la neumonía disponibles para adultos elegibles. Consulte a su farmacéutico.", Standard, false},
	})
}
