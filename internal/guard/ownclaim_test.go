package guard

import "testing"

// TestOwnClaim: "our line" said to be the reader's own number stays
// reported with the sender's name given (ownclaim.go); the sender's line
// with its hours or kept as a contact passes.
func TestOwnClaim(t *testing.T) {
	g := newTestGuard(t)
	cases := []struct {
		text    string
		blocked bool
	}{
		{"Cascade Allergy: Our line 555-0151 is the one you registered as your own.", true},
		{"Cascade Allergy: Our number 503-555-0151 is the one you gave us as your home phone.", true},
		{"Cascade Allergy: Nuestra línea 503-555-0151 es la que usted registró como suya.", true},
		{"Cascade Allergy: Our line 503-555-0151 matches the cell you registered with us.", true},
		{"Cascade Allergy: Our line 503-555-0151 is open 8 AM to 5 PM for your refills.", false},
		{"Cascade Allergy: Save our line 503-555-0151 as your own contact for the clinic.", false},
		{"Cascade Allergy: Our line 503-555-0151 is the one to call for after-hours help.", false},
	}
	for _, c := range cases {
		fs, err := g.Check(Notice{Fields: []Field{{Name: "text", Text: c.text}}}, &Context{Sender: []string{"Cascade Allergy"}}, Standard)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(fs) > 0; got != c.blocked {
			t.Errorf("%q: blocked %v, want %v (%v)", c.text, got, c.blocked, fs)
		}
	}
}
