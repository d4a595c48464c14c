package guard

import "testing"

// TestPhoneCallToAct: "Call NUMBER to …" opening a sentence is the
// sender's line; the reader's word, a person, a personal line or care in
// the notice keep the number reported.
func TestPhoneCallToAct(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Call (614) 555-0152 to set up an account.",
		"Our new hours start Monday. Call (614) 555-0152 to learn more.",
	)
	checkFlagged(t, g, true,
		"Call (614) 555-0152 to reach your son's school.",
		"Call Maria at (614) 555-0152 to set up an account.",
		"Call (614) 555-0152 to book your infusion.",
		"Your chemotherapy starts Monday. Call (614) 555-0152 to confirm.",
		"Please call (614) 555-0152 to set up an account.",
		"Call (614) 555-0152 to confirm.",
		"Llame al 55 1234 5678 para confirmar.",
		"Call the mobile number (614) 555-0152 to set up an account.",
	)
}
