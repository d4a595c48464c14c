package guard

import "testing"

// TestCareSchedDate: a care event's schedule after a date opener is one
// reader's care; a rule for everyone or the sender's own hours in the same
// shape pass (caresched.go; red14, dev77x/dev80x).
func TestCareSchedDate(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		"Effective Sept 1, wound checks are weekly.",
		"A partir del 3 de octubre, las curas serán semanales.",
		"Starting Oct 3, dressing changes will be daily.",
		"Beginning Nov 1, infusions move to Tuesdays.",
		"Effective Sept 1, injections are every other week.",
		"Desde el 3 de octubre, las curas pasan a los martes.",
	)
	checkFlagged(t, g, false,
		"Effective Sept 1, our lab opens at 7.",
		"Starting Oct 3, all infusions will require a photo ID.",
		"Beginning Nov 1, we are open Saturdays.",
		"Effective Sept 1, visitors must check in at the front desk.",
		"A partir del 1 de noviembre, nuestro horario será de 8 a 5.",
		"Starting Oct 3, flu shots are available on Saturdays.",
		"As of Jan 1, we're no longer able to accept personal checks.",
	)
}
