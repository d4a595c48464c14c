package guard

import "testing"

// TestGreetGroup: a greeting to a group named by the sender's place passes;
// a person, a family's name and a given name alone stay names
// (greetgroup.go; dev78).
func TestGreetGroup(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Dear Cedar Ridge community, we are thrilled to share our news.",
		"Dear Magnolia Terrace families, each year we review our rates.",
		"Dear Westside neighbors, our new clinic opens Monday.",
		"Hello Northgate members! Our gym hours change next week.",
		"Estimados afiliados: nuestras oficinas cierran el lunes.",
		"Queridas familias de La Ceiba: gracias por su confianza.",
		"Dear Magnolia Terrace residents: the dining room reopens Friday.",
	)
	checkFlagged(t, g, true,
		"Dear Ruiz family, your balance is ready to view.",
		"Dear Maria members, your order shipped.",
		"Dear Ana Ruiz, your rates change on May 1.",
		"Dear Mrs. Ruiz, our community news is here.",
		"Hi Jenna Alvarez, welcome to our community!",
		"Dear Cedar Ridge community, Ana Ruiz finished her chemo today.",
	)
}
