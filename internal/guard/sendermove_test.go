package guard

import "testing"

// TestSenderDateMove: a date in the sentence of the sender's move passes
// (sendermove.go); the reader's care moving keeps its date reported.
func TestSenderDateMove(t *testing.T) {
	g := newTestGuard(t)
	check := func(s string) []Finding {
		t.Helper()
		fs, err := g.Check(Notice{Fields: []Field{{Name: "text", Text: s}}}, &Context{AllowURLs: []string{"https://portal.example/m/"}}, Standard)
		if err != nil {
			t.Fatal(err)
		}
		return fs
	}
	for _, s := range []string{
		"Our Elm Street pharmacy is moving to 410 Oak Ave on May 1. Same hours, more parking.",
		"Our Main Street clinic is relocating to 88 Cedar Ave on April 15.",
		"Nuestra farmacia de la calle Olmo se muda a Av. Roble 410 el 1 de mayo.",
	} {
		if fs := check(s); len(fs) > 0 {
			t.Errorf("reported %q: %+v", s, fs)
		}
	}
	for _, s := range []string{
		"Your chemo infusion moves to our 51 Hill Rd site on Oct 7.",
		"John, your insulin refill is moving to our 220 Birch St store on June 3.",
		"Su receta de metformina estará lista en Av. Roble 410 el 1 de mayo.",
		"Our pharmacy is moving your prescription to our Oak Ave store on May 1.",
	} {
		if fs := check(s); len(fs) == 0 {
			t.Errorf("passed %q", s)
		}
	}
}
