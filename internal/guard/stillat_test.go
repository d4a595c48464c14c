package guard

import "testing"

// TestStillAtQuestion: "still at <address>?" asks for the reader's address;
// the sender's address and a help line's question pass (stillat.go; red14,
// dev77x/dev80x).
func TestStillAtQuestion(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		"Still at 22 Oak St? Call us at 617-555-0191.",
		"Still at 4410 E Camelback Rd? Text us at 617-555-0191.",
		"Are you still at 22 Oak St? Call us at 617-555-0191.",
	)
	checkFlagged(t, g, false,
		"Still looking for a pharmacy? Call us at 617-555-0191.",
		"Visit us at 22 Oak St or call us at 617-555-0191.",
		"We are still at 22 Oak St. Call us at 617-555-0191.",
		"Our clinic is still at 22 Oak St? Yes! Call us at 617-555-0191.",
	)
}
