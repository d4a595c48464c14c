package guard

import "testing"

// TestOrderCodePrefix: an order code opened by a shop's initials that are
// also an identifier cue ("SS", "SN", "DL", …) passes behind an order word
// or under an order key; a Social Security, serial or license number
// stays reported (orderprefix.go).
func TestOrderCodePrefix(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Stitch & Stride: order #SS-118204 shipped! 2x FIGS Casma top (navy, M).",
		"We'll ship the rest of order #SS-118377 today.",
		"Return received for order #SS-116002 (size 8). Refund of $49.99 issued to card ending in 8821.",
		`{"event": "order.fulfilled", "order_id": "SS-118611", "carrier": "USPS"}`,
		"Stitch & Stride: su pedido #SS-118204 fue enviado.",
		"Recibimos su devolución del pedido #SS-116002.",
		"Shipment SS-9920411 left our warehouse today.",
		"RMA #SS-55120 approved.",
		"Order number: SS-662019 is ready.",
		"Sole & Nimble: order #SN-340219 is packed and ships tomorrow.",
		"Dollar Loft: your order #DL-88120 is ready for curbside pickup.",
	)
	checkFlagged(t, g, true,
		"Order #SS-123456789 was matched to your tax record.",             // nine digits
		"SS-123-45-6789 was entered as your order reference.",             // SSN shape
		"Verified: order #SS-6621 for your account.",                      // last four
		"Order #SS-412558: we matched it to your Social Security record.", // SSN word
		"Your number SS-118204 was verified.",                             // no order word
		"Order #ss-118204 is ready.",                                      // not the initials in capitals
		"Order #SS 118204 is ready.",                                      // not joined by a hyphen
		"Order #MRN-4481290 is ready for pickup.",                         // a record prefix
		`{"event": "order.shipped", "order_id": "MR-00482213"}`,
		"Order #SS-118204 shipped. We also need your SS# 123-45-6789.",
		"SSN 412558812 is on file; your order #SS-118204 shipped.",
		"Order #SN-340219 for your hearing aid serial registration.",
		"Device serial SN-340219 was registered.",
		"Your driver license DL-88120 was scanned at pickup.",
	)
}
