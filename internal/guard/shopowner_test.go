package guard

import "testing"

func TestShopOwnerName(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Thanks for your order from Marco Bellini Gift Co. Your tracking number is 1Z9A8B7C6D5E4F3G21.",
		"Thanks for shopping with Anna Keller Gift Co. — your package ships today.",
		"Drogerie Schmidt Winter-Sale: 15 % auf Handcreme bis Samstag.",
	)
	checkFlagged(t, g, true,
		"Hi Marco Bellini, your lab results are ready in the portal.",
		"Anna Keller Gift Co. called about your chemotherapy schedule, Anna Keller.",
		"Lucia Romano was admitted to the psychiatric ward last night.",
		"Marco Bellini Gift Co. order for patient Ana Ruiz: insulin pens shipped.",
	)
}
