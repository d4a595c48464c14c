package guard

import "testing"

// TestAVTx: compose.av_tx (avtx.go) and the lists' short evaluation and
// waitlist terms.
func TestAVTx(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		"Riverbend Kidney Care: your AV access check is Tuesday.",
		"Riverbend Kidney Care: your AV shunt check is Tuesday.",
		"Riverbend Kidney Care: your Tx coordinator will call you Friday.",
		"Riverbend Kidney Care: your cardiac eval is Monday at 9 AM.",
		"Riverbend Kidney Care: your UNOS status is now active.",
		"Riverbend Kidney Care: your liver waitlist position has changed.",
	)
	checkFlagged(t, g, false,
		"Wayfarer: your AV receiver order shipped.",
		"Keystone O&P: our TX office is closed Friday.",
		"Go Rangers! Cheer on your TX team this Friday.",
		"Summit Ridge staff: performance eval forms are due Friday.",
		"Bistro Nine: you're on the waitlist; your table for 4 will be ready soon.",
	)
}
