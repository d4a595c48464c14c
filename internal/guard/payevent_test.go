package guard

import "testing"

func TestPayEvent(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Payment of $34.50 received on card ending in 1881. Thank you! Receipt INV-220981.",
		"Pago de $34.50 recibido con la tarjeta terminada en 1881. ¡Gracias! Recibo INV-221340.",
		`{"event":"invoice.paid","invoice_id":"INV-2025-004417","amount_cents":2900,"currency":"usd","plan":"monthly"}`,
		`{"event":"payment.succeeded","invoice_id":"INV-30017","amount":"142.60","currency":"USD","method":"card","last4":"4242"}`,
		"Your payment of $24.60 is scheduled for Mar 20 from the bank account ending in 0021.",
		"SuministraChile: Tu boleta electrónica N° 1048832 por $23.480 ya está disponible.",
		`{"event":"invoice.issued","tenant":"suministrachile","document":"boleta","folio":"1049105","total":"23480","currency":"CLP"}`,
		"¡Gracias por tu donación de $15.000! Tu comprobante N° DON-2026-08813 ya está disponible.",
	)
	checkFlagged(t, g, true,
		"Invoice INV-558812 is past due.",
		"Receipt INV-220981 for patient account 4471.",
		"Payment received. Receipt INV-220981 for your visit.",
		`{"event":"invoice.paid","invoice_id":"INV-2025-004417","patient_id":"P-1"}`,
		`{"invoice_id":"INV-2025-004417","amount_cents":2900}`,
		"Your payment of $24.60 is scheduled for Mar 20 from the account ending in 0021.",
		"Your payment of $24.60 from the bank account ending in 002145 is scheduled.",
		"Member payment of $24.60 from the bank account ending in 0021 is scheduled.",
		"Pago recibido. Folio 88213377 de la derechohabiente.",
		"Boleta N° 1048832 del afiliado.",
		"Tu comprobante N° 10488321 de la paciente está listo.",
	)
}
