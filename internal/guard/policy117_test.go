package guard

import "testing"

// TestPolicy117: a rule for everyone from a date on after a greeting to a
// generic addressee, and a class of claims, is no one's date
// (policy117.go); one reader's care, claim, child or name beside such a
// date keeps it (red team of the clearing rule, fix helper r117d).
func TestPolicy117(t *testing.T) {
	g := newTestGuard(t)
	g.nm = nil // the rules alone
	checkModeCases(t, g, nil, []modeCase{
		// dev117-clean-180, -243
		{"Estimado cliente:\n\nA partir del 1 de febrero, el CAT promedio de nuestros créditos baja a 38.5% sin IVA. Esta mejora aplica a contratos nuevos; tu contrato vigente no cambia.\n\nAtentamente,\nPagaSalud", Standard, false},
		{"Estimado asegurado:\n\nA partir del 1 de enero, los reclamos deben presentarse dentro de los 180 días posteriores al evento cubierto. Consulte todos los cambios en el portal.\n\nHarborline", Standard, false},
		{"A partir del 1 de enero, los reclamos deben presentarse dentro de los 180 días.", Standard, false},
		// leaks of the same shapes: they stay blocked
		{"Estimado cliente:\n\nA partir del 1 de febrero su tratamiento de diálisis será los martes.", Standard, true},
		{"Estimado asegurado:\n\nA partir del 1 de febrero, sus reclamos deben presentarse en la sede norte.", Standard, true},
		{"A partir del 1 de febrero, los reclamos de su hija deben presentarse.", Standard, true},
		{"Estimado cliente:\n\nEl 1 de febrero el cliente fue operado.", Standard, true},
		{"Estimado cliente:\n\nLe esperamos el 3 de febrero a las 9:40 en la clínica.", Standard, true},
		{"Estimada María:\n\nA partir del 1 de febrero, los reclamos deben presentarse.", Standard, true},
		{"Estimado cliente:\n\nA partir del 1 de febrero, el CAT de su crédito para la cirugía baja a 38.5%.", Standard, true},
		{"Dear member,\nStarting Jan 5, your infusions move to Tuesdays.", Standard, true},
		{"Estimado asegurado:\n\nSu reclamo 2026-44871 por la apendicectomía del 3 de marzo fue aprobado.", Standard, true},
		{"Estimado cliente:\n\nA partir del 1 de febrero, los reclamos de Juan Pérez deben presentarse.", Standard, true},
		{"Dear member,\nStarting Jan 1, your claims for the Dec 3 dialysis must be filed by Jan 31.", Standard, true},
		{"Estimado asegurado:\n\nA partir del 1 de enero, los reclamos por la quimioterapia de su esposa deben presentarse.", Standard, true},
		{"Estimado cliente:\n\nSu solicitud de reembolso del 14 de enero por la consulta de psiquiatría fue recibida.", Standard, true},
	})
}
