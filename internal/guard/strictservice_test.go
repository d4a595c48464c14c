package guard

import "testing"

// TestStrictService: a vaccine or screening service offered in strict mode
// is reported; the same announcement in standard mode and strict marketing
// without a health service pass (strictservice.go).
func TestStrictService(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text string
		m    Mode
		want bool
	}{
		{"Flu shots are now available at all our locations. Walk-ins welcome!", Strict, true},
		{"COVID boosters are here! Stop by any store this week.", Strict, true},
		{"Free blood pressure screenings this Saturday at all our locations.", Strict, true},
		{"Travel vaccines now available at select pharmacies.", Strict, true},
		{"Flu shots are now available at all our locations. Walk-ins welcome!", Standard, false},
		{"Free blood pressure screenings this Saturday at all our locations.", Standard, false},
		{"Haircuts are now available at all our salons. Walk-ins welcome!", Strict, false},
		{"Photo printing now available at all our stores. Stop by!", Strict, false},
	}
	for _, c := range cases {
		fs, err := g.CheckText(c.text, nil, c.m)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(fs) > 0; got != c.want {
			t.Errorf("%s %q: reported=%v, want %v (%v)", c.m, c.text, got, c.want, fs)
		}
	}
}
