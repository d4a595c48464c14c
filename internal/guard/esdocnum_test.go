package guard

import "testing"

// TestESDocNumber: a Spanish document's number after its noun and number
// marker, and the Dominican peso's sign after a number, are the sender's
// (esdocnum.go); a person's number in the same shape stays reported.
func TestESDocNumber(t *testing.T) {
	g := newTestGuard(t)
	checkModeCases(t, g, nil, []modeCase{
		{"Su solicitud N.° 2026-118044 fue recibida y está en revisión.", Standard, false},
		{"Su bono electrónico N.° 88120455 fue emitido correctamente.", Standard, false},
		{"Su factura N.° F-88213 por RD$ 3,500.00 está pendiente.", Standard, false},
		{"Folio N.º 55120871: su boleta está disponible en la sucursal virtual.", Standard, false},
		{"Solicitud N.° 2026-118044 del afiliado Juan Pérez recibida.", Standard, true},
		{"Su solicitud N.° 2026-118044 de cirugía bariátrica fue recibida.", Standard, true},
		{"Su afiliado N.° 88120455 fue actualizado.", Standard, true},
		{"Su cédula N.° 88120455 fue verificada.", Standard, true},
		{"Su solicitud 2026118044 fue recibida.", Standard, true},
		{"Your new address is 4410 Birch Rd, Salem OR 97301.", Standard, true},
	})
}
