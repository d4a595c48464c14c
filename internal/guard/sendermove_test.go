package guard

import "testing"

// TestSenderDateMove: a date in the sentence of the sender's move passes
// (sendermove.go); the reader's care moving keeps its date reported.
func TestSenderDateMove(t *testing.T) {
	ctx := &Context{AllowURLs: []string{"https://portal.example/m/"}}
	checkModeCases(t, newTestGuard(t), ctx, []modeCase{
		{"Our Elm Street pharmacy is moving to 410 Oak Ave on May 1. Same hours, more parking.", Standard, false},
		{"Our Main Street clinic is relocating to 88 Cedar Ave on April 15.", Standard, false},
		{"Nuestra farmacia de la calle Olmo se muda a Av. Roble 410 el 1 de mayo.", Standard, false},
		{"Your chemo infusion moves to our 51 Hill Rd site on Oct 7.", Standard, true},
		{"John, your insulin refill is moving to our 220 Birch St store on June 3.", Standard, true},
		{"Su receta de metformina estará lista en Av. Roble 410 el 1 de mayo.", Standard, true},
		{"Our pharmacy is moving your prescription to our Oak Ave store on May 1.", Standard, true},
	})
}
