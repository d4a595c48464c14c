package guard

import "testing"

// TestPriceOnRun: a capitalised product run after "price on" passes; a
// person's name there stays reported (pricerun.go).
func TestPriceOnRun(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Found a lower price on Cherokee Workwear Revolution? Stitch & Stride will match it.",
		"Seen a lower price on Skechers Arch Fit? Bring the ad and we'll match it.",
	)
	checkFlagged(t, g, true,
		"Found a lower price on Bronwyn Achterberg? We'll match it.",
		"A lower price on Marisol Vega's refill is ready.",
		"Hi Dana Whitcomb, found a lower price on your order? We'll match it.",
	)
}
