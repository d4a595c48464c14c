package guard

import "testing"

// TestDev22Cues: the blind development set dev22's two misses, as cue
// words: a Spanish member-number cue, and mmHg as a health cue for an
// ambiguous supply; with their clean neighbours.
func TestDev22Cues(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Su número de miembro MX-884120 fue actualizado.", "id.health_plan"},
		{"Su número de miembro se actualizó. Inicie sesión para verlo.", ""},
		{"Your 20-30 mmHg compression sleeves are ready for fitting.", "clinical.supply"},
		{"Compression sleeves for cycling are 20% off this week.", ""},
	})
}
