package guard

import "testing"

// TestEponymManeuver: a word in no vocabulary before a manoeuvre word is a
// procedure named after its author (eponymproc.go); ordinary manoeuvres
// pass.
func TestEponymManeuver(t *testing.T) {
	g := newTestGuard(t)
	checkModeCases(t, g, nil, []modeCase{
		// dev116-leak-062
		{"Your Epley maneuver follow-up is booked. Please avoid a heavy meal beforehand. Time and details: https://portal.example/m/appt", Standard, true},
		{"Your Semont maneuver visit is Tuesday.", Standard, true},
		{"Repeat the Brandt-Daroff maneuver twice a day.", Standard, true},
		// look-alikes
		{"Practice a parking maneuver with our driving school.", Standard, false},
		{"The Blue Angels maneuver show is Saturday.", Standard, false},
		{"Our new loading dock makes every truck maneuver easier.", Standard, false},
	})
}
