package guard

import "testing"

// TestTurnedCue: a patient noun before "-turned-<role>" still introduces
// the name after it; a trade's compound does not (turnedcue.go; red14,
// dev77x/dev80x).
func TestTurnedCue(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		"Our transplant recipient-turned-speaker Tom Reed talks Friday.",
		"Our patient-turned-volunteer Tom Reed greets guests Friday.",
	)
	checkFlagged(t, g, false,
		"Our nurse-turned-author Tom Reed signs books Friday.",
		"Dr. Tom Reed, transplant surgeon, joins our team.",
		"Our transplant coordinator Tom Reed is here Fridays.",
	)
}
