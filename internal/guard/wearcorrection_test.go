package guard

import "testing"

// TestWearCorrection: wearcorrection.go (strict: the reader wears a vision
// correction).
func TestWearCorrection(t *testing.T) {
	runRecall2Cases(t, []recall2Case{
		{"Because you wear progressive lenses, we picked these new frames for you.", Strict, "association.wears", true},
		{"Since you wear bifocals, these reading frames are 20% off for you.", Strict, "association.wears", true},
		{"Como usted usa lentes progresivos, elegimos estos armazones para usted.", Strict, "association.wears", true},
		{"Because you wear progressive lenses, we picked these new frames for you.", Standard, "association.wears", false},
		{"Progressive lenses are 20% off this week for everyone.", Strict, "association.wears", false},
		{"If you use contacts in your phone, sync them with our app.", Strict, "association.wears", false},
		{"Since you wear safety glasses at work, try our anti-fog wipes.", Strict, "association.wears", false},
		{"Si usas lentes de sol, mira nuestra colección.", Strict, "association.wears", false},
		{"As a member who wears bifocals, you'll love 20% off progressive lenses this month!", Strict, "association.wears", true},
		{"Como afiliado que usa lentes bifocales, aproveche 20% de descuento.", Strict, "association.wears", true},
		{"As someone who wears trifocals, you can save 25% on your next pair.", Strict, "association.wears", true},
		{"Members who wear bifocals save 20% this month.", Strict, "association.wears", false},
		{"As a member who loves sunshine, enjoy 20% off sunglasses.", Strict, "association.wears", false},
	})
}
