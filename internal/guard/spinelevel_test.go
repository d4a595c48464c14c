package guard

import "testing"

// TestSpineLevel: a spine level with a procedure (spinelevel.go); a
// company, a garage level, a shuttle and "RFA" alone pass.
func TestSpineLevel(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Your L4-5 RFA is confirmed for Friday morning.", "compose.spine_level"},
		{"Your C5-6 ESI is confirmed for Monday at 8 AM.", "compose.spine_level"},
		{"Your RFA at L5-S1 is confirmed. Bring a driver.", "compose.spine_level"},
		{"Reminder: T12-L1 TFESI tomorrow at 7:30.", "compose.spine_level"},
		{"Su bloqueo L4-L5 es el jueves.", "compose.spine_level"},
		{"L4 Digital will update our phone system Friday night.", ""},
		{"Parking for visitors is on Level L4 of the garage.", ""},
		{"Our new S1 shuttle stops at Gate L2 every 20 minutes.", ""},
		{"Your payment plan request (RFA) was received.", ""},
	})
}
