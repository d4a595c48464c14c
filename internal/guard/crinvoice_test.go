package guard

import "testing"

// TestCRInvoice: a Costa Rican electronic document's number after its type
// code passes in a notice of the sender's invoice; beside a patient, a
// diagnosis or a procedure, or after another prefix it stays reported
// (crinvoice.go, fpb, dev106w).
func TestCRInvoice(t *testing.T) {
	g := newTestGuard(t)
	checkModeCases(t, g, nil, []modeCase{
		{"Su factura electrónica N.º FE-00291155 fue emitida. Total: ₡32.000. Descárguela en el portal.", Standard, false},
		{"Le enviamos su factura electrónica N° TE-00088123. Gracias por su compra.", Standard, false},
		{"Su factura electrónica N.º FE-00187799 está disponible. Monto: ₡48.500.", Standard, false},
		// leaks
		{"Factura electrónica N.º FE-00291155 de la paciente María Solís: consulta por diabetes tipo 2.", Standard, true},
		{"Su factura electrónica FE-00187740 por su cirugía de vesícula está disponible.", Standard, true},
		{"Su número de afiliado es FE-00187734. Factura disponible.", Standard, true},
		{"Factura disponible. Expediente MRN-00187734.", Standard, true},
		{"Su cédula FE-00187734 quedó registrada.", Standard, true},
	})
}
