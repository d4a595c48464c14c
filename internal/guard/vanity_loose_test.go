package guard

import "testing"

// TestVanityLoose: vanity numbers of six or eight after the area code with
// a phone cue (vanity_loose.go).
func TestVanityLoose(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Tu doctor te devolverá la llamada al 555-RIOS-22 ext. 104.", "phone.vanity"},
		{"Para tus resultados, llama al 555-SALUD-7.", "phone.vanity"},
		{"Your nurse line: call 415-NURSES-22.", "phone.vanity"},
		// no phone cue, toll-free
		{"Código 555-RIOS-22 válido hasta el domingo.", ""},
		{"Llámanos al 1-800-FLORES para tu pedido.", ""},
	})
}
