package guard

import "testing"

// TestNameCueStopsAtSentenceEnd: a name cue word ending one sentence does
// not make the capital opening the next one a name (dev39-clean-182), and
// the cue still reads a name in its own sentence.
func TestNameCueStopsAtSentenceEnd(t *testing.T) {
	g := newTestGuard(t)
	checkModeCases(t, g, nil, []modeCase{
		{"Tiene un mensaje nuevo en su portal del paciente. Inicie sesión para leerlo.", Standard, false},
		{"New message in your portal for each patient. Sign in to read it.", Standard, false},
		{"Paciente: Xiomara Quintanilla. Su pedido está listo.", Standard, true},
		{"Patient Zorbadine Okafor checked in.", Standard, true},
	})
}
