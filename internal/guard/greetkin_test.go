package guard

import "testing"

// TestGreetingKin: a kinship word and a name after a greeting, and a given
// name or unknown word before a dash, are names (compose.greeting); a
// kinship word alone, a possessive and generic addressees pass.
func TestGreetingKin(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"hey bobby — quick reminder your installment posts tomorrow.", "compose.greeting"},
		{"hello grandpa joe — your telehealth link is ready", "compose.greeting"},
		{"hi aunt maria, your order has shipped.", "compose.greeting"},
		{"hey uncle ray — your refill is ready for pickup.", "compose.greeting"},
		{"hola tío carlos — su pedido está listo.", "compose.greeting"},
		{"hola abuela rosa, su receta está lista.", "compose.greeting"},
		{"hey team — quick reminder the office closes at 5 today.", ""},
		{"hey mom — your gift order shipped!", ""},
		{"hello grandpa's cookies fans — new flavors are in.", ""},
		{"hello summer — 20% off sandals this week.", ""},
		{"hey there — your order has shipped.", ""},
		{"hola vecinos, la tienda abre a las 9.", ""},
	})
}
