package guard

import "testing"

// TestPayDate: the day a payment was applied passes; a care date beside a
// payment stays reported (paydate.go).
func TestPayDate(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Payment received, thank you! We applied $120.00 to your Bloomfield account on 10/14/2024. Receipt attached.",
		"Payment received, thank you! We applied $85.00 to your account on 11/02/2025.",
	)
	checkFlagged(t, g, true,
		"We applied $120.00 to your account for your visit on 10/14/2024.",
		"Payment received. We applied $120.00 to the account of patient Ana Ruiz on 10/14/2024.",
		"We applied your flu shot on 10/14/2024.",
		"Payment of $40 for the Oct 3 service was received.",
		"Su pago de $40 por el servicio del 3 de octubre fue recibido.",
		"Your date of birth 10/14/1984 is on file.",
	)
}
