package guard

import "testing"

// TestDealerBrand: a brand between "authorized" and "dealer" passes; a
// person's name elsewhere stays reported (dealerbrand.go).
func TestDealerBrand(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Summit Mobility is now an authorized Bruno dealer. See the full lineup at our showroom.",
		"Stitch & Shift is an authorized Koi retailer. Shop the new colors online.",
	)
	checkFlagged(t, g, true,
		"Hi Gerald, your authorized Pride dealer has your scooter ready.",
		"Your authorized Bruno dealer will service your wheelchair after your stroke.",
	)
}
