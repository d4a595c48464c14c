package guard

import "testing"

func TestShopSlotOf(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text string
		want bool // a finding is expected
	}{
		{"Greenleaf: Rate your recent purchase of Turmeric Curcumin with Black Pepper — earn 50 points.", false},
		{"Greenleaf: Rate your recent purchase of Elderberry Gummies with Zinc — earn 50 points.", false},
		{"Greenleaf: Rate your recent purchase of Turmeric Curcumin for your arthritis — earn 50 points.", true},
		{"Greenleaf: Rate your recent purchase of Dana Whitfield — earn 50 points.", true},
		{"Greenleaf: Rate your recent purchase of Collagen Peptides, Dana Whitfield — earn 50 points.", true},
		{"Greenleaf: Rate your recent purchase of Turmeric Curcumin, Dana Whitfield — earn 50 points.", true},
		{"Hi Dana, rate your recent purchase of Turmeric Curcumin — earn 50 points.", true},
	}
	for _, c := range cases {
		fs, err := g.Check(Notice{Fields: []Field{{Name: "text", Text: c.text}}}, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(fs) > 0; got != c.want {
			t.Errorf("%q: findings %v, want any=%v", c.text, fs, c.want)
		}
	}
}
