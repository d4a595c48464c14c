package guard

import "testing"

// TestAtopyAssociation: atopy named as the reader's skin type is health by
// association in marketing (vocab/association.txt, r116m,
// dev116-leak-084); other skin types, and a standard notice, pass.
func TestAtopyAssociation(t *testing.T) {
	g := newTestGuard(t)
	checkModeCases(t, g, nil, []modeCase{
		{"Especial para ti que sigues cuidando tu piel atópica: kit de emolientes con 25% de descuento. https://portal.example/m/atopia", Strict, true},
		{"Cuida tu piel atópica con nuestra nueva crema.", Strict, true},
		{"Your atopic skin deserves our new balm: 20% off this week.", Strict, true},
		{"Your atopic dermatitis cream refill is ready.", Standard, true},
		// look-alikes
		{"Para ti que cuidas tu piel sensible: 25% de descuento.", Strict, false},
		{"Para ti que cuidas tu piel grasa: kit de limpieza con 25% de descuento.", Strict, false},
		{"Tu pedido de crema para piel atópica ya fue enviado.", Standard, false},
	})
}
