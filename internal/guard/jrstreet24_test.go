package guard

import "testing"

// TestJrStreet24: "Jr." after a capitalised word and before a street's
// name and number stays a street (jrstreet24.go); the holiday stays clear.
func TestJrStreet24(t *testing.T) {
	g := newTestGuard(t)
	g.nm = nil // the rules alone
	checkModeCases(t, g, nil, []modeCase{
		{"Closed for Martin Luther King Jr. Day (Jan 19). We'll be back Tuesday at 8 am ET.", Standard, false},
		{"Our office is closed for Martin Luther King Jr. Day on Jan 19.", Standard, false},
		// dev117p leaks: a name, then Lima's jirón with a number
		{"Envíe la receta a Carlos Jr. Amazonas 450, Lima.", Standard, true},
		{"Entrega: Ruiz Jr. Ucayali 812 dpto 3, Lima.", Standard, true},
		{"Send the walker to Ramos Jr. Cusco 120.", Standard, true},
		{"Deje el pedido con Rosa Jr. José Gálvez 1230.", Standard, true},
		{"Llevar el oxígeno a Quispe Jr. Santa Rosa de Lima 88.", Standard, true},
	})
}
