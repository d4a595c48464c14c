package guard

import "testing"

// TestPackagingLot: a lot number whose head noun is packaging passes when
// its sentence neither addresses the reader nor speaks of a recall or of
// health; a lot of the reader's device stays reported (packlot.go).
func TestPackagingLot(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Good news: our supplier notice about the Lot 24-118 shipping cartons was a packaging issue only. No action is needed on your DailyRoot orders.",
		"Our Lot 7781 mailer envelopes were short-shipped to the warehouse; store orders are not affected.",
		"The Lot 3302 pallets from our supplier arrived damaged; shelves will be restocked Friday.",
		"Update: the Lot 19-442 outer cartons had a torn label; the products inside were never affected.",
	)
	checkFlagged(t, g, true,
		"Your device from Lot 24-118 is part of a safety recall. Stop using it.",
		"The Lot 24-118 boxes you received are part of a recall; please return them.",
		"The Lot 24-118 cartons were recalled.",
		"The Lot 24-118 shipping cartons held the recalled sensors.",
		"Lot 24-118 of the pump was shipped with a faulty label.",
		"The Lot 24-118 cartons of treatment kits arrived damaged.",
	)
}
