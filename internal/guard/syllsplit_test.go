package guard

import "testing"

// TestSyllSplit: a clinical word cut into short pieces by spaces is
// reported (syllsplit.go); runs of ordinary short words are not.
func TestSyllSplit(t *testing.T) {
	g := newTestGuard(t)
	checkModeCases(t, g, nil, []modeCase{
		// dev116-leak-090
		{"Su autorización de qui mio te ra pia fue emitida. Consulte la carta en https://portal.example/m/carta", Standard, true},
		{"Su control de on co lo gia está listo.", Standard, true},
		{"Your che mo ther apy plan is ready.", Standard, true},
		// look-alikes
		{"Vamos a la playa y de la mano con mi tio.", Standard, false},
		{"We are so in to it and we go to the sea on a boat.", Standard, false},
		{"Ya te la di, no me la pidas de nuevo.", Standard, false},
	})
}
