package guard

import "testing"

// TestPostProcedure: the reader's Spanish care after a procedure named by a
// post-/pos- prefix is reported (postproc.go); a public offer, a
// post-workout and a social post pass.
func TestPostProcedure(t *testing.T) {
	g := newTestGuard(t)
	g.nm = nil // the rule alone
	checkRuleCases(t, g, Standard, []tpCase{
		{"Recordá que tu masaje pos-lipo es el jueves a las 17.", "compose.post_procedure"},
		{"Ya quedó agendado tu drenaje linfático post-lipo.", "compose.post_procedure"},
	})
	checkModeCases(t, g, nil, []modeCase{
		{"Su drenaje postlipo quedó para el martes.", Standard, true},
		{"Masajes post-lipo: 20% de descuento todo marzo.", Standard, false},
		{"Tu post-entreno ideal: batido de proteínas con avena.", Standard, false},
		{"Su post en redes ya fue publicado.", Standard, false},
	})
}
