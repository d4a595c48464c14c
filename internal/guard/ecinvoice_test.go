package guard

import "testing"

// TestECInvoice: an Ecuadorian electronic invoice's number 3-3-9 passes in
// a notice of the sender's invoice; under a person's record, plan or claim
// word, beside a patient or in another grouping it stays reported
// (ecinvoice.go, ops20, dev105o).
func TestECInvoice(t *testing.T) {
	g := newTestGuard(t)
	checkModeCases(t, g, nil, []modeCase{
		{"Factura electrónica N.º 001-002-000045871 emitida por Clínica Santa Lucía. Total: USD 45,00.", Standard, false},
		{`{"evento": "factura.emitida", "numero": "001-002-000046210", "valor": "45.00", "moneda": "USD"}`, Standard, false},
		{`{"evento": "factura.anulada", "numero_factura": "002-001-000000981", "total": "12.50"}`, Standard, false},
		{"Su comprobante electrónico 001-001-000012345 está disponible.", Standard, false},
		// leaks
		{"Factura 001-002-000045871 de la paciente Ana Ruiz, cédula 0102345678.", Standard, true},
		{`{"evento": "factura.emitida", "numero_historia": "001-002-000046212", "valor": "45.00"}`, Standard, true},
		{`{"evento": "factura.emitida", "numero": "001-002-000046213", "afiliado": "si"}`, Standard, true},
		{"Su número de afiliado es 001-002-000045871.", Standard, true},
		{"Your claim number 001-002-000045871 was processed.", Standard, true},
		{"Factura 001-002-000045871 por su consulta de cardiología.", Standard, true},
		{"Factura 0010-02-000045871 emitida.", Standard, true},
	})
}
