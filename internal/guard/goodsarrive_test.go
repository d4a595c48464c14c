package guard

import "testing"

// TestGoodsArrive: orders that arrive are no person arriving for care
// (goodsarrive.go).
func TestGoodsArrive(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Holiday notice: Keel shipments will not process Dec 25 or Jan 1. Orders placed after Dec 19 may arrive after the holiday.",
	)
	checkFlagged(t, g, true,
		"Please arrive by 7 AM on Jan 2 for your visit.",
		"Your surgery is on Jan 2. Please arrive 15 minutes early.",
		"Your surgery is Jan 2. Orders placed after Dec 19 may arrive late.",
		"Your insulin order will arrive Jan 2.",
	)
}
