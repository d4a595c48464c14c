package guard

import "testing"

// TestDeptOfPlaceFrame: a named hospital's department announcing its own
// news passes in standard mode (announce_dept.go); the reader's care beside
// it, a condition, strict mode keep it reported.
func TestDeptOfPlaceFrame(t *testing.T) {
	g := newTestGuard(t)
	clean := "El servicio de Oncología del Hospital Doctora Ferrer estrena instalaciones en la planta 3. Jornada de puertas abiertas para todo el público el 12 de marzo."
	checkFlagged(t, g, false,
		clean,
		"El servicio de Cardiología del Sanatorio San Marcos estrena instalaciones en la planta 2.",
	)
	checkFlagged(t, g, true,
		"El servicio de Oncología estrena instalaciones.",
		"El servicio de Cardiología del Sanatorio San Marcos estrena instalaciones: tu control es el 20 de marzo.",
		"El servicio de Oncología del Sanatorio San Marcos estrena instalaciones. Su quimioterapia del 20 de marzo se mantiene.",
		"El servicio de Oncología del Sanatorio San Marcos estrena instalaciones para pacientes con leucemia.",
		"El servicio de Oncología del Hospital Doctora Ferrer estrena instalaciones en la planta 3. Jornada de puertas abiertas el 12 de marzo.",
	)
	if fs, err := g.CheckText(clean, nil, Strict); err != nil || len(fs) == 0 {
		t.Errorf("strict: the department's news passed (%v)", err)
	}
}
