package guard

import "testing"

// TestWeakPersonCues: a person cue that only names the sender's lab, a
// public vaccination day, a season's collection or general admission
// leaves the date untied, and the notice's care signal decides (weakcue.go,
// caresignal.go).
func TestWeakPersonCues(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Our lab will be closed on Monday, Jan 19. Walk-ins resume Jan 20.",
		"Order #AP-598679 left our lab on Sep 3.",
		"Heads up: our Westside lab is moving to 51 Hill Rd on Oct 7. Hours unchanged.",
		"Jornada de vacunación gratuita el 20 de mayo en nuestra farmacia, abierta al público.",
		"Free vaccination day for the community on Jan 9, 9 AM to 3 PM, at the Elm St branch.",
		"Our spring collection arrives in stores March 20.",
		"General admission tickets for the Oct 4 gala are $40.",
	)
	checkFlagged(t, g, true,
		"Our lab will see you on March 3.",
		"Our lab drew your blood on March 3.",
		"Our lab: your kit arrived March 3.",
		"Our lab processed your panel on March 3.",
		"Our lab will be closed March 3, so your draw moves to March 4.",
		"Our Westside lab is expecting you on March 3.",
		"Our lab results from March 3 are in.",
		"Su jornada de vacunación gratuita es el 9 de enero.",
		"Jornada de vacunación gratuita: su hijo tiene turno el 9 de enero.",
		"Free vaccination day on Jan 9: we have you down for 9:40 AM.",
		"Jornada de vacunación el 9 de enero.", // no word that it is open to all
		"Your collection is scheduled for March 20.",
		"Our collection kit arrives March 20.",
		"General admission: your admission to Ward 4 is March 20.",
	)
}

// TestWeakPersonCuesDATES2: a photo or print lab, a try-on night's
// "prueba de", a department's capitalised name (weakcue.go, dev55d).
func TestWeakPersonCuesDATES2(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Meridian's photo lab at 77 Harbor Rd is closing Feb 28. Digital orders will still be printed at our Elm St and Route 9 stores.",
		"The photo lab at our Main St store closes March 1.",
		"<p>Noche de prueba de calzado Clove en nuestra tienda de Lakewood, jueves 15 de octubre, de 5 a 8 p. m.</p>",
		"Prueba de manejo gratis del nuevo modelo el sábado 7 de marzo en nuestra agencia.",
		"Starting Oct 1, Harlan County Hospital statements move to a new online portal.",
	)
	checkFlagged(t, g, true,
		"The photo lab: your results are ready since March 3.",
		"Meridian's lab will draw your blood on March 3.",
		"Su prueba de esfuerzo es el 15 de octubre.",
		"Prueba de calzado ortopédico para su hijo el 15 de octubre.",
		"Starting Oct 1, your Harlan County Hospital stay begins.",
		"On March 3 the Harlan County Hospital office will call you about your results.",
	)
}
