package guard

import "testing"

// TestBranchList: the later items of a list of branches after a branch noun
// or a place preposition pass; a list after "receta de" stays reported.
func TestBranchList(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Consultorio Santa Lucía (junto a la farmacia) abre de lunes a domingo de 9:00 a 21:00 en sucursales Roma, Narvarte y Coyoacán.",
	)
	checkFlagged(t, g, true,
		"Farmacias Santa Lucía: tu receta de Zorvex, Brantil y Quelmo está lista.",
		"Consultorio Santa Lucía: tu consulta de diabetes es el lunes a las 9:00 en sucursal Roma.",
	)
}
