package guard

import "testing"

// TestHoursDate: the day the sender's hours change passes; the reader's
// lab visit stays reported (hoursdate.go).
func TestHoursDate(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Our lab draw station hours change Oct 1: 7 AM–3 PM weekdays.",
		"Our blood draw station hours change Nov 3: 6 AM–2 PM weekdays.",
	)
	checkFlagged(t, g, true,
		"Your lab hours change Oct 1.",
		"Your lab draw is Oct 1.",
		"Our lab draw station has you down for Oct 1.",
		"Our lab hours change Oct 1; your blood draw is Oct 2 at 7:40 AM.",
		"Your colonoscopy is Oct 1.",
	)
}
