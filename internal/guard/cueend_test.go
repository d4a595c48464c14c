package guard

import "testing"

// TestCueSentenceEnd: a lower-case name cue ending its sentence takes no
// name from the next sentence (cueend.go, dev39); a capitalised cue only
// across "!" or "?" (dev63: a holiday, "Día del Padre! Gracias").
func TestCueSentenceEnd(t *testing.T) {
	checkAnyFinding(t, []string{
		"Tiene un mensaje nuevo en su portal del paciente. Inicie sesión para leerlo.",
		"Clínicas Ferreyra: ¡Feliz Día del Padre! Gracias a todos los papás de nuestro equipo.",
		"Caregiver coffee hour: Free, open to any family caregiver. RSVP by Friday.",
	}, []string{
		"Free, open to any family caregiver. MARIA LOPEZ will host.",
		"Día del Padre! Maria Lopez ganó el sorteo.",
		"Paciente. Gracias Lopez tiene un mensaje nuevo.",
		"Paciente: Ana Torres. Tiene un mensaje nuevo.",
		"Hola Ana, tiene un mensaje nuevo en su portal del paciente.",
	})
}
