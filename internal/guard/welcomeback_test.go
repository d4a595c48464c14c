package guard

import "testing"

// TestWelcomeBackName: a long name with a family particle after "Welcome
// back," is reported; addressees and places pass (welcomeback.go).
func TestWelcomeBackName(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text string
		want bool
	}{
		{"Welcome back, Aroha Te Rangi! Sign in to see your orders.", true},
		{"Welcome back, Maria de la Cruz, your cart is waiting.", true},
		{"Welcome back! Sign in to see your orders.", false},
		{"Welcome back, friend! Your order has shipped.", false},
		{"Welcome back to New York City! Our store is open.", false},
	}
	for _, c := range cases {
		fs, err := g.CheckText(c.text, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(fs) > 0; got != c.want {
			t.Errorf("%q: reported=%v, want %v (%v)", c.text, got, c.want, fs)
		}
	}
}
