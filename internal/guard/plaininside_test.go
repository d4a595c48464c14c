package guard

import "testing"

// TestPlainInside: an ambiguous WordNet entry ("diabetes mellitus|a") no
// longer hides the plain listed term it starts with when no health cue is
// near; a programme acronym before "para/for <condition>" (GES, AUGE,
// FONASA, IMSS…) silences nothing, and acronym notices naming no
// condition stay clean (plaininside.go, fix helper r112).
func TestPlainInside(t *testing.T) {
	g := newTestGuard(t)
	checkModeCases(t, g, nil, []modeCase{
		// leaks
		{"Su cobertura GES para diabetes mellitus tipo 2 fue activada. Más información en el portal.", Standard, true},
		{"Su cobertura AUGE para diabetes mellitus fue renovada. Revise el detalle en la app.", Standard, true},
		{"Tu afiliación ISAPRE para diabetes mellitus quedó registrada. Gracias por preferirnos.", Standard, true},
		{"Su trámite IMSS para diabetes mellitus tipo 2 está listo. Pase por ventanilla.", Standard, true},
		{"Your EPS coverage for diabetes mellitus was activated. More info on the portal.", Standard, true},
		{"Coverage for diabetes mellitus was activated. More info on the portal.", Standard, true},
		{"La cobertura para diabetes mellitus tipo 2 fue activada. Más información en el portal.", Standard, true},
		{"Su cobertura GES para diabetes mellitus tipo 2 fue activada. Más información en el portal.", Strict, true},
		// clean look-alikes
		{"Su plan GES para todos los afiliados ya está disponible en el portal.", Standard, false},
		{"Programa AUGE: horarios de atención de lunes a viernes de 8 a 17 h.", Standard, false},
		{"Your IPS portal for members is back online. Thanks for your patience.", Standard, false},
		{"Trámites FONASA para afiliados nuevos: traiga su cédula a cualquier sucursal.", Standard, false},
		{"PAMI para jubilados: nuevos horarios de atención en la sede central.", Standard, false},
	})
}
