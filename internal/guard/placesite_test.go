package guard

import "testing"

// TestPlaceSite: a site's own name before a care unit and the unit's hours
// announce the sender's place; the reader's visit, stay or appointment there
// keeps the finding.
func TestPlaceSite(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkFlagged(t, g, false,
		"The Fenwick outpatient clinic will close early at noon on December 24 and reopen December 26. The emergency department is always open.",
		"The Maple outpatient clinic will be closed on January 1. The emergency department remains open 24/7.",
		"The outpatient clinic closes Friday.",
		"The Cedar Ridge outpatient clinic has new hours.",
	)
	checkFlagged(t, g, true,
		"Your outpatient clinic visit on December 24 is moved to December 26.",
		"Su cita en la clínica ambulatoria de Cayey es el 24 de diciembre.",
		"Thank you for choosing our emergency department for your chest pain visit on December 3.",
		"We hope your stay in our emergency department was comfortable, Maria.",
		"Maria Lopez outpatient clinic closes Friday; her dialysis moves to Monday.",
		"The outpatient clinic will close early; chemotherapy sessions move to Monday.",
	)
}
