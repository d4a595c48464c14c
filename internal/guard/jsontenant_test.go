package guard

import "testing"

// TestJSONTenantValue: a slug's words under a tenant or site key pass; a
// patient's name under its own key stays reported (jsontenant.go).
func TestJSONTenantValue(t *testing.T) {
	checkModeCases(t, newTestGuard(t), nil, []modeCase{
		{`{"evento":"pago.acreditado","tenant":"clinicas-ferreyra","comprobante":"CF-PG-22817","monto":"8900.00","moneda":"ARS"}`, Standard, false},
		{`{"evento":"turno.confirmado","tenant":"clinicas-ferreyra","sede":"palermo"}`, Standard, false},
		{`{"evento":"turno.confirmado","paciente":"María López","fecha":"2026-03-12T10:30:00-03:00"}`, Standard, true},
		{`{"evento":"turno.confirmado","tenant":"clinicas-ferreyra","paciente":"ferreyra"}`, Standard, true},
	})
}
