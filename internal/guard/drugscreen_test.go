package guard

import "testing"

// TestDrugScreen: the reader's drug or alcohol screen and its result, the
// substance written plainly or with digits for letters (drugscreen.go,
// dev77r); positive reviews, water tests, a workplace policy, specimen
// jars, soil samples and an MRO meeting pass.
func TestDrugScreen(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Keystone: ur specimen tested + for c0ca1ne metabolites. call MRO asap.", "compose.drug_screen"},
		{"ur UA came back pos for benzos, pls call the MRO.", "compose.drug_screen"},
		{"Your specimen was reported as dilute; a recollection is required within 24 hours.", "compose.drug_screen"},
		{"FYI your breath alcohol test came back 0.06; you are off the schedule today.", "compose.drug_screen"},
		{"y0ur specimen = p0sitive for m3th. call asap", "compose.drug_screen"},
		{"Su prueba antidoping resultó no negativa; el MRO le llamará hoy.", "compose.drug_screen"},
		{"ur UA was + for opiates", "compose.drug_screen"},
		{"u failed ur piss test for weed lol call us", "compose.drug_screen"},
		{"Positive reviews keep coming in - thank you!", ""},
		{"Here are the test results of our water quality for 2026.", ""},
		{"Our drug-free workplace policy applies to all staff.", ""},
		{"Specimen jars in our shop are 15% off for science teachers.", ""},
		{"Your soil sample tested high for nitrogen; try our low-N fertilizer.", ""},
		{"The MRO team meeting moves to Room 3 on Monday.", ""},
		{"Your feedback on our THC gummies was positive!", ""},
		{"Great news: your loan application came back positive!", ""},
		{"Our team scored a + for effort on the test.", ""},
		{"Your specimen of the month: a rare fossil, positive ID confirmed.", ""},
		{"Resultados positivos en nuestra encuesta de satisfacción.", ""},
	})
	// other rules may take these first (clinical.lab_test, compose.lab); flagged either way
	checkFlagged(t, newTestGuard(t), true, "Your urine drug screen came back non-negative.", "Tu muestra de orina salió positiva para marihuana.")
}
