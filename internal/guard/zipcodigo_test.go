package guard

import "testing"

// TestZipCodigoOrder: "código de pedido 78205" is an order number;
// "código postal 78205" stays a ZIP code (zipcodigo.go, helper GAPS).
func TestZipCodigoOrder(t *testing.T) {
	checkModeCases(t, newTestGuard(t), nil, []modeCase{
		{"Su código de pedido 78205 fue confirmado.", Standard, false},
		{"Su código de seguimiento 78205 está activo.", Standard, false},
		{"Confirmamos su código postal 78205 para el envío.", Standard, true},
		{"Su código 78205 fue actualizado.", Standard, true},
	})
}
