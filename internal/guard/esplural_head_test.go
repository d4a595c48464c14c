package guard

import "testing"

// TestPluralInfection: "infecciones" as a condition head (esplural_head.go).
func TestPluralInfection(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Tus infecciones urinarias recurrentes requieren un cultivo de control.", "compose.condition"},
		{"Sus infecciones respiratorias se revisarán en la cita.", "compose.condition"},
		{"Tus infecciones de oído se revisarán el lunes.", "compose.condition"},
		{"Protege tu computadora de infecciones de malware.", ""},
		{"Nuestro antivirus bloquea infecciones en segundos.", ""},
	})
}
