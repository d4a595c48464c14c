package guard

import "testing"

// TestWearCorrection: wearcorrection.go (strict: the reader wears a vision
// correction).
func TestWearCorrection(t *testing.T) {
	g := newTestGuard(t)
	cases := []struct {
		text string
		m    Mode
		want bool
	}{
		{"Because you wear progressive lenses, we picked these new frames for you.", Strict, true},
		{"Since you wear bifocals, these reading frames are 20% off for you.", Strict, true},
		{"Como usted usa lentes progresivos, elegimos estos armazones para usted.", Strict, true},
		{"Because you wear progressive lenses, we picked these new frames for you.", Standard, false},
		{"Progressive lenses are 20% off this week for everyone.", Strict, false},
		{"If you use contacts in your phone, sync them with our app.", Strict, false},
		{"Since you wear safety glasses at work, try our anti-fog wipes.", Strict, false},
		{"Si usas lentes de sol, mira nuestra colección.", Strict, false},
		{"As a member who wears bifocals, you'll love 20% off progressive lenses this month!", Strict, true},
		{"Como afiliado que usa lentes bifocales, aproveche 20% de descuento.", Strict, true},
		{"As someone who wears trifocals, you can save 25% on your next pair.", Strict, true},
		{"Members who wear bifocals save 20% this month.", Strict, false},
		{"As a member who loves sunshine, enjoy 20% off sunglasses.", Strict, false},
	}
	for _, c := range cases {
		fs, err := g.CheckText(c.text, &Context{AllowURLs: []string{"https://portal.example/m/"}}, c.m)
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, f := range fs {
			got = got || f.Rule == "association.wears"
		}
		if got != c.want {
			t.Errorf("%q (%v): association.wears %v, want %v (%s)", c.text, c.m, got, c.want, rulesOf(fs))
		}
	}
}
