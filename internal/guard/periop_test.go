package guard

import "testing"

// TestPeriop: the reader's visit or call before or after an operation
// (periop.go, dev73m); the sender's post office, a pre-order, a recovery
// suite and slots for all pass.
func TestPeriop(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Your pre-op call with the nurse is Monday. Keep your phone handy.", "compose.periop"},
		{"Reminder: your post-op appointment is Friday at 9.", "compose.periop"},
		{"Your postop follow-up is booked for June 3.", "compose.periop"},
		{"Our post office box has changed. Mail payments to PO Box 12.", ""},
		{"Pre-order our cookbook now: 30 gut-friendly recipes.", ""},
		{"Our post-op recovery suite has been renovated.", ""},
		{"Post-op appointment slots open for all patients on Saturdays.", ""},
	})
	// Spanish: other rules may take it first (frame.clinical); flagged either way
	checkFlagged(t, newTestGuard(t), true, "Hola, su cita postoperatoria es el lunes a las 10.", "Su control postoperatorio es el martes.")
}
