package guard

import "testing"

// TestPayKinDate: a relative's payment with its date is reported; the
// reader's own payment passes (paykin.go; red14, dev77x/dev80x).
func TestPayKinDate(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		"We received $250.00 from your son toward your balance on 10/14/2024.",
		"We received $40.00 from your mother toward your balance on 10/14/2024.",
		"Your wife's payment of $120.00 was applied to your balance on 10/14/2024.",
		"Recibimos $250.00 de su hijo para su saldo el 14/10/2024.",
		// red-team (red14b, dev81x): a legal guardian
		"We received $250.00 from your guardian toward your balance on 10/14/2024.",
		"Recibimos $250.00 de su tutora para su saldo el 14/10/2024.",
	)
	checkFlagged(t, g, false,
		"We received your payment of $250.00 on 10/14/2024.",
		"We applied $120.00 to your account on 10/14/2024.",
		"Recibimos su pago de $250.00 el 14/10/2024.",
		"Family plan: we received $250.00 toward your balance on 10/14/2024.",
		"Payment received, thank you! We applied $120.00 to your account on 10/14/2024.",
	)
}
