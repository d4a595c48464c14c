package guard

import "testing"

// TestTeleMode: a tele- compound of a service mode passes in a notice with
// no reader's word; the reader's teletherapy for a named condition stays
// reported (telemode.go, fpb, dev106w).
func TestTeleMode(t *testing.T) {
	g := newTestGuard(t)
	checkModeCases(t, g, nil, []modeCase{
		{"Due to the ice storm, all Brightpath clinics are closed today. Teletherapy sessions will run as scheduled.", Standard, false},
		{"Por el feriado, nuestras sedes cierran el lunes. Las sesiones de teleterapia se realizan con normalidad.", Standard, false},
		{"Telerehab visits continue as usual during the holiday week.", Standard, false},
		// leaks
		{"Your teletherapy session for stuttering is tomorrow at 3pm.", Standard, true},
		{"Su sesión de teleterapia para la disfagia de su hijo es el jueves a las 4 pm.", Standard, true},
		{"Your telerehab visit after your carpal tunnel release is on Dec 14.", Standard, true},
	})
}
