package guard

import "testing"

// TestGiftFrame: a name that is a town or ordinary words after a gift's
// "from" or a thank-you is a person; towns, shops and brands pass
// (giftframe.go; red14, dev77x/dev80x).
func TestGiftFrame(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		"Flowers from Carol Stream arrived for you today.",
		"A card from Carol Stream is waiting for you at the front desk.",
		"Balloons from Rose Hill arrived for you this morning.",
		"Please thank Rose Hill for the ride to your appointment.",
		"Please thank Grace Lake for the flowers.",
		"Flowers from Carol arrived for you today.",
	)
	checkFlagged(t, g, false,
		"Carol Stream clinic closed today.",
		"Flowers from Carol Stream growers are on sale in our gift shop.",
		"Flowers from Carol Stream are on sale.",
		"Please thank Rose Hill Pharmacy staff for the food drive.",
		"Thank Carol Stream for its support of our blood drive.",
		"Now delivering in Carol Stream and Rose Hill.",
		"Get well cards from Lincoln Elementary arrived for you.",
		"Your gift from Amazon arrived.",
		"Your gift card from Olive Garden arrived.",
	)
}
