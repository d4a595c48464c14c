package guard

import "testing"

// TestNameCity: a listed given name written "City, ST 12345" is the city of
// an address, not a person; a given name elsewhere stays reported
// (namecity.go).
func TestNameCity(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Asunto: Nuestra oficina de facturación se muda\nDesde el 8 de junio estaremos en 1400 Courthouse Sq, 2.º piso, Harlan, KY 40831.",
	)
	checkFlagged(t, g, true,
		"Harlan, your refill is ready.",
		"Thanks, Harlan, KY is next.",
		"Estaremos en 1400 Courthouse Sq, 2.º piso, Harlan, KY 40831.", // the address is reported
		"Your card was sent to Harlan, ky 40831 today.",
	)
}
