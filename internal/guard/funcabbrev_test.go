package guard

import (
	"strings"
	"testing"
)

// TestFuncAbbrev: a lower-case "its" in an English field is the
// possessive, not the Spanish abbreviation ITS (lowerabbrev.go; brand17 wrote funcabbrev.go for "its" alone, merged into misc17's wider reading of a lower-case stop word).
func TestFuncAbbrev(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		leak bool
	}{
		{"Your insurer paid its part of the claim.", false},
		{"Your plan applied its discount to your balance.", false},
		{"Your ITS panel results are ready.", true},
		{"Su prueba de its salió positiva.", true},
		{"Sus resultados de ITS están listos.", true},
	} {
		fs, err := g.CheckText(c.text, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(fs) > 0; got != c.leak {
			var rules []string
			for _, f := range fs {
				rules = append(rules, f.Rule)
			}
			t.Errorf("%q: flagged %v, want %v (%s)", c.text, got, c.leak, strings.Join(rules, ","))
		}
	}
}
