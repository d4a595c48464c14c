package guard

import "testing"

// TestCareTreat: a treatment word after the reader's word is a care
// signal, a booked slot with a care word is no allowed date, and a
// "-style" tail keeps the frame of the word before it (caretreat.go,
// stylebrand.go; red team RED6, dev57r).
func TestCareTreat(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		"Your cast comes off March 3.",
		"Su lavado de oídos es el 3 de marzo.",
		"Su goteo de hierro es el 3 de marzo.",
		"Your port flush: Tuesday, March 3.",
		"Your dressing change is March 3.",
		"Tu curación de la herida es el 3 de marzo.",
		"Your tube feeding training is March 3.",
		"Your IV hydration drip is booked for March 3 at 2 PM.",
		"Chair 4 is reserved for you on March 3 for your iron drip.",
		"Your Zorvaldo-style refill is ready.",
		"Your Zorvaldo-style tablets refill is ready.",
		"Your Ozempo-style pens refill ships today.",
	)
	checkFlagged(t, g, false,
		"Cold drip coffee is back March 3.",
		"New flush-mount lights arrive in stores March 3.",
		"The cast of our spring musical signs programs at the store on March 3.",
		"Your table is booked for March 3 at 2 PM.",
		"Your seat is reserved for you on March 3.",
		"Our spring sale runs March 3 through March 10.",
	)
}
