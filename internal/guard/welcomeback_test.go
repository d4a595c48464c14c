package guard

import "testing"

// TestWelcomeBackName: a long name with a family particle after "Welcome
// back," is reported; addressees and places pass (welcomeback.go).
func TestWelcomeBackName(t *testing.T) {
	checkModeCases(t, newTestGuard(t), nil, []modeCase{
		{"Welcome back, Aroha Te Rangi! Sign in to see your orders.", Standard, true},
		{"Welcome back, Maria de la Cruz, your cart is waiting.", Standard, true},
		{"Welcome back! Sign in to see your orders.", Standard, false},
		{"Welcome back, friend! Your order has shipped.", Standard, false},
		{"Welcome back to New York City! Our store is open.", Standard, false},
		// RED (dev53r): a full stop, an emoji or a dash ends the name; five
		// words; the Spanish "Bienvenida de nuevo,"
		{"Welcome back, Aroha Te Rangi. Your visit summary is ready.", Standard, true},
		{"Welcome back, María de la Cruz Ortega 👋", Standard, true},
		{"¡Bienvenida de nuevo, María de la Cruz! Su receta está lista.", Standard, true},
		{"Welcome back, Summer Sale shoppers. Our store is open.", Standard, false},
		{"Welcome back, Jan van der Berg - your refill is ready.", Standard, true},
		{"¡Bienvenida de nuevo! Tu pedido está en camino.", Standard, false},
	})
}
