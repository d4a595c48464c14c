package guard

import "testing"

func TestShopPay(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Pago con Yape recibido ✅ S/ 58.90. Operación 00318842.",
		"tu pago con oxxo pay esta pendiente, referencia 9300 1234 5678 90 vence en 48 hrs",
		"Your OXXO payment reference 9300 4411 2208 17 expires in 48 hours.",
		"Pago con Bizum recibido: 24,50 €. Operación 55120934.",
		"Your PIX payment of R$ 89,90 was received. Transaction ID 71234509.",
		"Su factura electrónica FAC-2024-00931 por $2,318.00 MXN está disponible.",
		`{"event":"invoice.created","invoice":"FAC-2024-00931","total":"2318.00"}`,
		"Your invoice INV-2025-01177 is ready.",
		"Reward code RX-BONUS-500 added: 500 points toward your next purchase.",
	)
	checkFlagged(t, g, true,
		"Número de afiliado 00318842. Tu pago fue recibido.",
		"Paciente con número de expediente 9300 1234 5678 90, su pago está pendiente.",
		"Your member ID 71234509 was verified for your PIX payment.",
		"Your account number 9300 4411 2208 17 is past due.",
		"Operación 00318842 recibida.", // no payment word
		"Referencia 00318842 de su pago, afiliado.",
		"Invoice INV-2025-01177 for your visit is ready.",
		"Your claim CLM-2024-00931 was processed.",
		"Invoice INV-558812 is past due.",
		"Factura FAC-2024-009312 disponible.", // six digits after the year
		"Your patient invoice FAC-2024-00931 is ready.",
		"Reward code RX-BONUS-500 for your refill: 500 points.",
		"Your Rx RX-4471920 earned 500 reward points.",
	)
}
