package guard

import "testing"

// TestStyleBrand: a capitalised unknown word joined to "-style" in a notice
// about health is goods described by another maker's look; other frames
// and listed clinical words stay reported (stylebrand.go).
func TestStyleBrand(t *testing.T) {
	g := newTestGuard(t)
	for _, c := range []struct {
		text string
		want bool
	}{
		{"<p>Your Meridian Photo order is confirmed.</p><p><b>1 × Shutterfly-style hardcover book, 20 pages</b><br>Pickup: Meridian Pharmacy, 1020 Elm St, Westbury</p>", false},
		{"<p>Your Meridian Photo order is confirmed.</p><p><b>1 × Snapfish-inspired photo calendar</b><br>Pickup: Meridian Pharmacy</p>", false},
		{"<p>Your Meridian Photo order is confirmed.</p><p><b>1 × Shutterfly hardcover book</b><br>Pickup: Meridian Pharmacy</p><p>Your Zorvaldo refill is ready.</p>", true},
		{"<p>Your Zorvaldo-style refill is ready at Meridian Pharmacy.</p>", true},
		{"<p>Your Ozempic-style pens are ready at Meridian Pharmacy.</p>", true},
	} {
		fs, err := g.Check(Notice{Fields: []Field{{Name: "html", Text: c.text, HTML: true}}}, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(fs) > 0; got != c.want {
			t.Errorf("%q: flagged %v, want %v (%+v)", c.text, got, c.want, fs)
		}
	}
}
