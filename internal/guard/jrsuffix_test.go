package guard

import "testing"

// TestJrSuffix: "Jr." after a capitalised name is no street (jrsuffix.go);
// Lima's jirón after a preposition or a label stays an address.
func TestJrSuffix(t *testing.T) {
	g := newTestGuard(t)
	g.nm = nil // the rules alone
	checkModeCases(t, g, nil, []modeCase{
		{"Closed for Martin Luther King Jr. Day (Jan 19). We'll be back Tuesday at 8 am ET.", Standard, false},
		{"Envíe la receta a Jr. Amazonas 450, Lima.", Standard, true},
		{"Dirección: Jr. Amazonas 450", Standard, true},
		{"Su paciente vive en Jr. Huallaga 321.", Standard, true},
		{"Paciente Jr. Huallaga 321", Standard, true},
	})
}
