package guard

import "testing"

// TestSpacedMorph: an unknown word with a clinical ending spelled out
// letter by letter is reported (spacedmorph.go); spelled ordinary words
// pass.
func TestSpacedMorph(t *testing.T) {
	g := newTestGuard(t)
	g.nm = nil // the rule alone
	checkRuleCases(t, g, Standard, []tpCase{
		{"Tu suscripción mensual se renovó: t.r.a.t.a.m.i.e.n.t.o  p.a.r.a  v.a.g.i.n.o.s.i.s x 7 óvulos.", "frame.morphology.spaced"},
		{"Tu pedido: v.a.g.i.n.o.s.i.s x 7 óvulos.", "frame.morphology.spaced"},
		{"Tu pedido: v a g i n o s i s, 7 óvulos.", "frame.morphology.spaced"},
		{"Your order: z-o-r-v-e-x-a-m-a-b pens ship today.", "frame.morphology.spaced"},
	})
	checkModeCases(t, g, nil, []modeCase{
		{"Tu pedido: c.o.m.p.r.a.s  y  e.n.v.i.o.s  g.r.a.t.i.s hoy.", Standard, false},
		{"G R A N D  O P E N I N G  t o m o r r o w", Standard, false},
	})
}
