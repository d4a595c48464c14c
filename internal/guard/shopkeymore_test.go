package guard

import "testing"

// TestShopKeyMoreHeads: a cart's or return's JSON key names a shop's
// number like "order_id" does; a person's number under it stays reported
// (shopid.go, shopKeyMoreHeads).
func TestShopKeyMoreHeads(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		`{"event": "cart.abandoned", "cart_id": "CRT-99813"}`,
		`{"event": "return.received", "return_id": "SS-119233", "refund": 18.5}`,
		`{"event": "rma.approved", "rma_id": "RMA-55120"}`,
	)
	checkFlagged(t, g, true,
		`{"event": "cart.abandoned", "cart_id": "MRN-00482213"}`,
		`{"event": "return.received", "return_id": "PT-0098812"}`,
		`{"event": "return.received", "return_id": "19610314"}`,
		`{"event": "return.received", "patient_id": "RT-55120"}`,
	)
}
