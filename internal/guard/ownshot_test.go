package guard

import "testing"

// TestOwnShotStrict: in strict mode a vaccine offered as the reader's own
// ("book yours") is reported; standard mode and other ambiguous words are
// unchanged (ownshot.go, helper d29c, dev29 leak-114).
func TestOwnShotStrict(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		m    Mode
		leak bool
	}{
		{"Flu shots are available now at all our locations — book yours today!", Strict, true},
		{"Flu shots are available now at all our locations.", Strict, false},
		{"Flu shots are available now at all our locations.", Standard, false},
	} {
		fs, err := g.CheckText(c.text, nil, c.m)
		if err != nil {
			t.Fatal(err)
		}
		if Blocked(fs) != c.leak {
			t.Errorf("%v %q: blocked %v, want %v (%v)", c.m, c.text, Blocked(fs), c.leak, fs)
		}
	}
}
