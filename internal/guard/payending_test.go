package guard

import "testing"

// TestPayEnding: the last four of the account a payment went to pass; a
// patient's or member's account, a care word or a longer number stay
// reported (payending.go).
func TestPayEnding(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Your payment of $25.00 was applied to account ending 4417.",
		"Hartwell Cardiology: Autopay is set up for account ending 4417. Your next scheduled payment is $35.00 on 03/01.",
		"Gracias por su pago de $55.00 a la cuenta terminada en 3318.",
	)
	checkFlagged(t, g, true,
		"Your payment of $25.00 was applied to patient account ending 4417.",
		"Your payment of $25.00 for your visit was applied to account ending 4417.",
		// red13/dev77x: a care service or medical equipment
		"Your payment of $25.00 for the ambulance ride was applied to account ending 4417.",
		"Your payment of $40.00 for the oxygen rental was applied to account ending 4417.",
		"Your payment of $25.00 was applied to account ending 44170.",
		"Your account ending 4417 is past due.",
		"Your payment for the visit on 10/14 was applied to account ending 4417.",
		"Your payment of $25.00 was applied to member account ending 4417.",
		"MRN 20931",
		"Member ID W2093145",
	)
}
