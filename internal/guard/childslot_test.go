package guard

import "testing"

// TestChildSlot: one child's care slot and one reader's numbered dose
// behind an audience word (childslot.go), and standing offers.
func TestChildSlot(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		"Everyone welcome: the infant's hearing rescreen is Monday at 10 AM.",
		"Everyone welcome at the well-child visit with the 4-month vaccines Thursday 9 AM.",
		"Walk-ins welcome: the allergy shot dose 6 is due Tuesday.",
		"Everyone welcome at the allergy shot Monday 4 PM, dose 2 of the series.",
		"Todos bienvenidos: las vacunas de los 6 meses son el jueves a las 9.",
	)
	checkFlagged(t, g, false,
		"Well-child visits are open on Saturdays at both of our offices.",
		"Allergy shots are given Monday to Friday with no appointment needed.",
		"Brightside Dental: your son's checkup is due. Call (503) 555-0112 to book.",
		"Walk-ins welcome for allergy shots every Friday from 9 AM.",
		"Newborn hearing screenings are offered every weekday at our birth center.",
		"Our store opens at 9 AM on Monday; the first 50 shoppers get a tote.",
	)
}
