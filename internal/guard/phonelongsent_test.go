package guard

import (
	"strings"
	"testing"
)

// Tests of phonelongsent.go (helper fuzzslow): a number in a sentence past
// phoneClearReach stays reported; the sender's own line in an ordinary
// sentence is cleared as before; the reader's and a person's numbers stay
// reported at any length.
func TestPhoneLongSentence(t *testing.T) {
	g := fuzzG(t)
	long := strings.Repeat("and more words ", 400) // 1,200 tokens, no sentence break
	for _, tc := range []struct {
		text  string
		phone bool // a phone finding is expected
	}{
		// the sender's own line, an ordinary sentence: cleared as before
		{"Questions about your order? Call our customer service team at (614) 555-0152.", false},
		// the same past the reach: kept (fails closed)
		{"Questions about your order? Call our customer service team " + long + "at (614) 555-0152.", true},
		{long + "(617) 555-0142", true},
		// leaks that stay caught in short and long sentences
		{"Call Maria Lopez at (617) 555-0142 about her biopsy results.", true},
		{"Your mobile number (617) 555-0142 is on file for your HIV refill.", true},
		{"Pickup for 614-555-0150 is ready.", true},
		{"Maria's cell is 617-555-0142.", true},
		{"Reach your daughter at (617) 555-0142 " + long, true},
		{strings.Repeat("(617) 555-0142 ", 400), true},
	} {
		fs, err := g.Check(Notice{Fields: []Field{{Name: "f", Text: tc.text}}}, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, f := range fs {
			if f.Kind == KindPhone {
				got = true
			}
		}
		if got != tc.phone {
			short := tc.text
			if len(short) > 80 {
				short = short[:80] + "…"
			}
			t.Errorf("%q: phone finding %v, want %v", short, got, tc.phone)
		}
	}
}
