package guard

import "testing"

// TestHoursKinDate: an hours change tied to one relative of the reader is
// that relative's stay; the sender's hours change alone passes
// (hourskin.go; red14, dev77x/dev80x).
func TestHoursKinDate(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		"Per our nurse, visiting hours change Oct 1 while the baby is in the NICU.",
		"Nuestro horario cambia el 1 de octubre para su hija.",
		"Visiting hours change Oct 1 for your son's unit.",
		"Our hours change Oct 1 while your mother is on the rehab floor.",
	)
	checkFlagged(t, g, false,
		"Our hours change Oct 1 for the holidays.",
		"Nuestro horario cambia el 1 de octubre.",
		"Our NICU visiting hours change Oct 1: 8 AM to 8 PM.",
		"Our family medicine hours change Oct 1.",
		"Our hours change May 10 for Mother's Day.",
		"Nuestro horario cambia el 10 de mayo por el Día de la Madre.",
	)
}
