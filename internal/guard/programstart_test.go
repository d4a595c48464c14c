package guard

import "testing"

// TestProgramStart: a treatment programme the reader starts
// (programstart.go), and programmes that start for everyone or are no care.
func TestProgramStart(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		"Partial hospitalization program now open in Hollis — you begin Wednesday at 9 AM.",
		"Residential treatment program update: you'll start on Friday.",
		"Your day treatment program starts Monday; please arrive by 8:30.",
		"Su programa de hospitalización parcial ya abrió en Ica: usted comienza el martes.",
		"Su programa ambulatorio intensivo ya está disponible en Lima — empieza el lunes.",
	)
	checkFlagged(t, g, false,
		"Our partial hospitalization program opens in Hollis on Monday; any clinician can refer.",
		"The summer reading program starts Monday, and you can sign up at any desk.",
		"Our rewards program starts Monday: you earn double points on every order.",
		"El nuevo programa de hospitalización parcial abre el lunes en Ica para toda la comunidad.",
		"Our treatment program brochure is online; you can read it anytime.",
	)
}
