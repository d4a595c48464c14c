package guard

import "testing"

// TestBlindLateCases: misses of the blind development sets written after
// the fifth pass had merged (dev22, dev23), as the cue words, phrases and
// the split-word rule that fixed them, with their clean neighbours.
func TestBlindLateCases(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Su número de miembro MX-884120 fue actualizado.", "id.health_plan"},
		{"Su número de miembro se actualizó. Inicie sesión para verlo.", ""},
		{"Your 20-30 mmHg compression sleeves are ready for fitting.", "clinical.supply"},
		{"Compression sleeves for cycling are 20% off this week.", ""},
		{"Número de socio: 88231-774. Su reclamo fue aprobado.", "id.identifier"},
		{"Welcome back, Aroha! Sign in to see what's new.", "compose.vocative"},
		{"Welcome back, everyone! Our store reopens Monday.", ""},
		{"Refill ready: met-for-min 500", "obfuscation.split"},
		{"Our state-of-the-art pharmacy is up-to-date.", ""},
		{"Sus pastillas para la presión están listas.", "clinical.medication"},
		{"La presión de los neumáticos está lista para revisar.", ""},
		{"Your order from Ōsaka Ramen is on its way 🍜", ""},
		{"Your order from Maria Lopez is on its way", "name.full"},
		// gaps the red team of the suppressions found outside them
		{"Your lactation consult is Monday.", "clinical.procedure"},
		{"Your cardiac rehab session is confirmed.", "clinical.procedure"},
		{"Your wart treatment is ready for pickup.", "clinical.condition"},
		{"The biography shows him warts and all.", ""},
	})
}
