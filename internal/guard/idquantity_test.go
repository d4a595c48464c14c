package guard

import "testing"

func TestIDQuantity(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Order #44817 shipped: 'Night Owl Cookies' gift tin (24 ct). Arrives Friday.",
		"Your Nongfu Spring water case (24) was added to order #55102. New total $18.20.",
		"Hospital Records 25th-anniversary vinyl reissue is back in stock at the music kiosk for $42.",
		"Push: Season 19 of Grey's Anatomy is on sale in the gift shop DVD bin — 30% off this week.",
	)
	checkFlagged(t, g, true,
		"Patient Ana Diaz, MRN (4471), is on the cardiology ward.",
		"Your SSN 412-55-1029 was used to verify the order #55120.",
		"Our offer for your account: 20% off on March 3, the day we expect you at 9:40 AM.",
		"Case (24-7781) for Ruth Diaz: insulin refill approved.",
		// RED (dev53r): the reader's case number in brackets
		"Your case (917) with Adult Protective Services is open.",
	)
}
