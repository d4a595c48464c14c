package guard

import "testing"

// TestAmpShopBranch: a shop named "Word & Word" and its branch pass; people
// joined by "&" stay reported (ampshop.go).
func TestAmpShopBranch(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Stitch & Stride Eastgate is closing permanently on March 28. Thanks for 8 great years!",
		"Sole & Sable Northgate is closing on April 3.",
	)
	checkFlagged(t, g, true,
		"Laura & Tomas Ortega, your statement is ready.",
		"Marisol Vega & Jonah Whitfield: your family account statement is ready.",
		"Dear Stitch & Bronwyn Achterberg, your statement is ready.",
		"Dear Salt & Pepper Whitcomb, your statement is ready.",
		// a listed family name as the branch word (red team RED6, dev57r)
		"Sole & Sable Martinez: your prescription is ready.",
	)
}
