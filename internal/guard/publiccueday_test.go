package guard

import "testing"

// TestPublicCueDay: a care event's days offered to all are the sender's
// calendar; the reader's screening, a cue that is no event day and a
// notice with the reader's word stay reported.
func TestPublicCueDay(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Biometric screening days are November 3–5 at the Harlow Street office, open to all employees.",
	)
	checkFlagged(t, g, true,
		"Your biometric screening is November 3 at the Harlow Street office.",
		"Biometric screening days are November 3–5 at the Harlow Street office, open to all employees. Your slot is 9 AM.",
		"Biometric screening is November 3 at the Harlow Street office, open to all employees.",
		"Free flu vaccine clinic for the public on Oct 3.",
		"Biometric screening days are November 3–5 at the Harlow Street office.",
	)
}
