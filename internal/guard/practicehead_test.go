package guard

import "testing"

// TestPracticeHead: an allied-health trade word and one family name heading
// the notice is the practice (practicehead.go, fix helper r113f, dev113,
// dev113f); a given name in the header, a dash instead of the colon, a
// patient, relative, bed or care word after it stay reported.
func TestPracticeHead(t *testing.T) {
	checkModeCases(t, newTestGuard(t), nil, []modeCase{
		{"Kinesio Pérez: che, se viene el calor, traé botellita de agua a las clases grupales.", Standard, false},
		{"Kinesiología Ramírez: desde el 1/1 las cancelaciones con menos de 24 hs de aviso se cobran.", Standard, false},
		{"Fonoaudiología Sosa: clase abierta de pilates el sábado 20 a las 10 en la sede.", Standard, false},
		{"Kinesio Belgrano: ¡nos mudamos! Desde abril estamos en un local nuevo, mismo equipo.", Standard, false},
		{"Kinesio Laura Núñez: tu sesión de rehabilitación de rodilla es el martes.", Standard, true},
		{"Kinesio Núñez: Mateo Ibarra tiene turno de rehabilitación de hombro el jueves.", Standard, true},
		{"Kinesio Núñez: traé la valva de muñeca a la próxima sesión que la vamos a reajustar.", Standard, true},
		{"Kinesio Núñez: ya quedó agendado tu drenaje linfático post-lipo.", Standard, true},
		{"Fonoaudiología Sosa: el turno de su hijo Tomás para terapia del habla es el lunes.", Standard, true},
		{"Kinesio Acosta: Juana Ferreyra, cama 12, arranca kinesio respiratoria mañana.", Standard, true},
		{"Kinesio Núñez: ambos chicos tienen clase el sábado.", Standard, true},
		{"Physio Okafor: both kids are booked for Saturday.", Standard, true},
		{"Kinesio Núñez - paciente Ramón Gutiérrez: sesión de lumbalgia confirmada.", Standard, true},
		{"Physio Barrett: Priya Raman's post-op knee session moved to Friday.", Standard, true},
		{"Physio Lindqvist: your son Oliver Grant's concussion rehab starts Monday.", Standard, true},
	})
}
