package guard

import "testing"

// TestShopSlotOf: shopslotof.go's clean look-alikes pass; the reader's
// versions of the same shapes stay reported.
func TestShopSlotOf(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Greenleaf: Rate your recent purchase of Turmeric Curcumin with Black Pepper — earn 50 points.",
		"Greenleaf: Rate your recent purchase of Elderberry Gummies with Zinc — earn 50 points.",
	)
	checkFlagged(t, g, true,
		"Greenleaf: Rate your recent purchase of Turmeric Curcumin for your arthritis — earn 50 points.",
		"Greenleaf: Rate your recent purchase of Dana Whitfield — earn 50 points.",
		"Greenleaf: Rate your recent purchase of Collagen Peptides, Dana Whitfield — earn 50 points.",
		"Greenleaf: Rate your recent purchase of Turmeric Curcumin, Dana Whitfield — earn 50 points.",
		"Hi Dana, rate your recent purchase of Turmeric Curcumin — earn 50 points.",
	)
}
