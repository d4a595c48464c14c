package guard

import "testing"

// TestHonorificBrand: "Dr. X's <Product> <cosmetic noun>" is a product;
// a doctor's notes, clinic or bare name stay reported (honorbrand.go,
// helper MISC2, dev51).
func TestHonorificBrand(t *testing.T) {
	checkModeCases(t, newTestGuard(t), nil, []modeCase{
		{"New arrival: Dr. Marlow's Midnight Repair night cream — now 25% off for a limited time.", Standard, false},
		{"New: Dr. Bloom's Overnight Glow face cream, 20% off this week.", Standard, false},
		{"Dr. Bloom's Glow Serum is back in stock.", Standard, false},
		{"Dr. Marlow's notes from your visit are ready.", Standard, true},
		{"Dr. Marlow's Tuesday clinic is moving to 3 pm.", Standard, true},
		{"Dr. Marlow's Midnight Repair is ready.", Standard, true},
		{"Dr. Marlow's Eczema Relief cream is ready for pickup.", Standard, true},
	})
}
