package guard

import "testing"

// TestEsFixed: esfixed.go's clean look-alikes pass; the reader's
// versions of the same shapes stay reported.
func TestEsFixed(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Grupo Ferrer Salud organiza una jornada de donación de sangre el 3 de febrero en el salón de actos, abierta a toda la ciudadanía.",
		"Clínica San Martín organiza una charla abierta el 5 de abril en el salón de actos del edificio central.",
	)
	checkFlagged(t, g, true,
		"Farmacia Central: tu receta de Actos 30 mg está lista para retirar.",
		"Your Actos refill is ready for pickup at our Main St pharmacy.",
		"Nos vemos en el salón de Actos 30 mg.",
	)
}
