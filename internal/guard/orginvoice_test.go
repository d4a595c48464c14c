package guard

import "testing"

// TestOrgInvoice: an invoice the sender issues to an organisation passes;
// an invoice for a person's care or naming a person stays reported
// (orginvoice.go).
func TestOrgInvoice(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Keystone Occupational Health Labs: Invoice #KOH-20931 for $2,480.00 has been issued to your company account. Pay online.",
		"Keystone Labs: Factura INV-20931 para su empresa por $1,240.00 vence el 30 de junio.",
		`{"event": "invoice.created", "lab": "Keystone Occupational Health Labs", "employer": "Delta Freight LLC", "invoice": "KOH-30417", "amount": "1240.00"}`,
		`{"evento": "factura.pagada", "laboratorio": "Keystone Occupational Health Labs", "cliente": "Constructora Río Bravo", "factura": "INV-30417", "monto_usd": 860.0}`,
	)
	checkFlagged(t, g, true,
		"Invoice #KOH-20931 for your MRI of the knee.",
		"Keystone Labs: Invoice #KOH-20931 for $2,480.00 for your visit on March 3.",
		"Keystone Labs: Factura INV-20931 por su consulta de dermatología, $1,240.00.",
		"Keystone Labs: Invoice #KOH-20931 for $2,480.00 has been issued to your company account for employee drug tests.",
		"Keystone Labs: Invoice #KOH-20931 for $2,480.00 has been issued to your company account for patient Ana Ruiz.",
		`{"event":"invoice.created","invoice":"KOH-30417","patient":"Ana Ruiz","amount":"1240.00"}`,
		"Your invoice INV-448920 for $120.00 is now due.",
		"Your claim CLM-20931 for $2,480.00 to your company account was processed.",
	)
}
