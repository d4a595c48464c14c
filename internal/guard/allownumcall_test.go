package guard

import "testing"

// TestAllowNumCall: an order word near a number does not make a number
// right after "llame al"/"call" the order's (allownumcall.go); phoneCTA
// still passes the sender's line, and an order number stays passed.
func TestAllowNumCall(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		"Farmacia Alameda: para recoger el pedido llame al 612 345 678 y hable con él.",
		"Farmacia Alameda: para recoger el pedido llame al 612 345 678 y pregunte por su hija.",
	)
	checkFlagged(t, g, false,
		"Farmacia Alameda: su pedido está listo. Para cualquier duda llame al 91 555 23 40.",
		"Farmacia Alameda: para recoger el pedido llame al 91 555 23 40.",
	)
}
