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
	checkModeCases(t, g, nil, []modeCase{
		{"Flu shots are available now at all our locations — book yours today!", Strict, true},
		{"Flu shots are available now at all our locations.", Strict, true}, // strictservice.go (dev27/dev41: blind sets report it)
		{"Flu shots are available now at all our locations.", Standard, false},
	})
}
