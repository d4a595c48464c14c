package guard

import "testing"

// TestPrenatalGoods: a brand's prenatal product of the reader is reported;
// a shop's prenatal sale to everyone passes (prenatalgoods.go).
func TestPrenatalGoods(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text string
		want bool
	}{
		{"Subscription reminder: your Ritual Essential Prenatal (30 ct) ships every 30 days.", true},
		{"Your Garden of Life Prenatal (90 ct) ships tomorrow.", true},
		{"Your One A Day Prenatal order is ready for pickup.", true},
		{"Shop our prenatal vitamins sale - 20% off this week.", false},
		{"Prenatal vitamins are buy one, get one free this weekend.", false},
		{"Subscription reminder: your Ritual Essential Men (30 ct) ships every 30 days.", false},
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
