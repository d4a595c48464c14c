package guard

import "testing"

// TestCueSentenceEnd: a lower-case name cue ending its sentence takes no
// name from the next sentence (cueend.go, dev39).
func TestCueSentenceEnd(t *testing.T) {
	checkAnyFinding(t, []string{
		"Tiene un mensaje nuevo en su portal del paciente. Inicie sesión para leerlo.",
	}, []string{
		"Paciente: Ana Torres. Tiene un mensaje nuevo.",
		"Hola Ana, tiene un mensaje nuevo en su portal del paciente.",
	})
}
