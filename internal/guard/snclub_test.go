package guard

import "testing"

// TestSnClubOpen: snclub.go's clean look-alikes pass; the reader's
// versions of the same shapes stay reported.
func TestSnClubOpen(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Sumate al Club Ferreyra: descuentos en gimnasios, ópticas y farmacias adheridas para todos los socios.",
		"Sumate al Club Ferreyra: descuentos en cines y librerías para todos los socios.",
	)
	checkFlagged(t, g, true,
		"Sumate al Club Ferreyra, María González: descuentos por tu tratamiento de diabetes.",
		"Únete al Club Dana Whitfield: descuentos para todos los socios.",
		"Hola María González, bienvenida al Club Ferreyra.",
	)
}
