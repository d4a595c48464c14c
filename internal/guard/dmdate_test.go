package guard

import "testing"

// TestDayFirstPair: a d/m pair whose day is over 12 is a date after a
// weekday or el/del/al/desde/hasta (dmdate.go); "24/7" and a bare pair are
// not.
func TestDayFirstPair(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		"Jornada abierta de vacunación antigripal: tu turno es el sábado 18/4 de 9 a 13 en sede Caballito.",
		"Clínicas Ferreyra: cancelaste tu turno del lunes 23/3.",
		"Tu hija tiene turno el 26/3.",
		"Your son's extraction is on Sat 18/4.",
	)
	checkFlagged(t, g, false,
		"Atención 24/7 por WhatsApp.",
		"Support is available 24/7 via chat.",
		"Nuestras sedes permanecerán cerradas el 24/3 por feriado.",
		"Ganamos 21/3 el partido del domingo.",
	)
}
