package guard

import "testing"

// TestHeadProduct: a Title-case product name holding a clinical head
// before a cosmetic noun passes; lower case and a listed subject stay
// reported (headproduct.go, helper MISC2, dev51).
func TestHeadProduct(t *testing.T) {
	checkModeCases(t, newTestGuard(t), nil, []modeCase{
		{"Hydra Therapy Serum is back in stock! Plus free shipping on beauty orders over $35.", Strict, false},
		{"Aqua Therapy Cream is back in stock! Free shipping on beauty orders over $35.", Strict, false},
		{"Hydra Therapy Serum for your eczema flare is back in stock!", Strict, true},
		{"Your zorvex therapy starts Monday.", Standard, true},
		{"Eczema Therapy Cream is back in stock!", Strict, true},
	})
}
