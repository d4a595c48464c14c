package guard

import "testing"

// TestCareStaffGate: a name the staff passes judge the sender's staff is no
// person for the care gate asked again after them; a name they keep, and
// any other care signal, keep the notice's dates (carestaff.go).
func TestCareStaffGate(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Family council meets Thursday, January 8 at 6 pm in the library. Executive director Martin Kowalczyk will present the 2027 calendar.",
		"Executive director Martin Kowalczyk will present the 2027 calendar on March 3.",
	)
	checkFlagged(t, g, true,
		"Executive director Martin Kowalczyk will see you on March 3.",
		"Executive director Martin Kowalczyk will call your mother on March 3.",
		"We have you on our calendar for March 3.",
		"Dr. Lee has you on the 2027 calendar for March 3.",
	)
	// strict mode runs no staff pass: the name and the date stay
	fs, err := g.CheckText("Executive director Martin Kowalczyk will present the 2027 calendar on March 3.", nil, Strict)
	if err != nil || len(fs) == 0 {
		t.Errorf("strict: findings %v, %v; want reported", fs, err)
	}
}
