package guard

import "testing"

// TestWeakVaxAdjDay: a vaccination day named with an adjective between the
// day noun and "de" is a public day (weakvaxday.go); the reader's turn, the
// reader's word or a condition keep it reported.
func TestWeakVaxAdjDay(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Jornada abierta de vacunación antigripal para toda la comunidad: sábado 4/4 de 9 a 13 en sede Belgrano. ¡Traé tu carnet!",
	)
	checkFlagged(t, g, true,
		"Jornada abierta de vacunación antigripal: tu turno es el sábado 4/4 de 9 a 13 en sede Belgrano.",
		"Tu jornada abierta de vacunación es el sábado 4/4.",
		"Jornada abierta de vacunación para pacientes con EPOC: sábado 4/4 en sede Belgrano. Toda la comunidad invitada.",
		"Jornada gratuita de vacunación para toda la comunidad: sábado 4/4. Tu hijo tiene turno a las 10:15.",
		"Jornada de vacunación: abierta de vacunación el 4/4 para tu hija.",
		// the adjective is no audience (red-team pass RED10, dev66r)
		"Jornada abierta de vacunación para pacientes trasplantados: sábado 4/4.",
	)
}
