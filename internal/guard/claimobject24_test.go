package guard

import "testing"

// TestClaimObject24: a class of claims with a claimant after de/of keeps
// its date (claimobject24.go); a class of claims alone is a rule.
func TestClaimObject24(t *testing.T) {
	g := newTestGuard(t)
	g.nm = nil // the rules alone
	checkModeCases(t, g, nil, []modeCase{
		{"Estimado asegurado:\n\nA partir del 1 de enero, los reclamos deben presentarse dentro de los 180 días posteriores al evento cubierto. Consulte todos los cambios en el portal.\n\nHarborline", Standard, false},
		{"A partir del 1 de marzo, las solicitudes de reembolso deben enviarse por el portal.", Standard, false},
		// dev117p leaks: one reader's claims
		{"Estimado asegurado:\n\nA partir del 3 de marzo, los reclamos de rosa deben presentarse en el portal.", Standard, true},
		{"Estimado asegurado:\n\nA partir del 3 de marzo, los reclamos del paciente deben presentarse con la epicrisis.", Standard, true},
		{"Estimado cliente:\n\nA partir del 3 de marzo, los reclamos de la paciente deben presentarse en la sucursal.", Standard, true},
		{"A partir del 3 de marzo, los reclamos de ana deben presentarse en línea.", Standard, true},
		{"Estimado asegurado:\n\nA partir del 3 de marzo, los reclamos de juan deben presentarse en línea.", Standard, true},
	})
}
