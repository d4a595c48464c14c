package guard

import "testing"

// TestSrPersonTail: a sender-role run whose later word is a family name or an unknown word of five letters or more is a person's; a brand's ordinary words pass (srperson.go, red17, dev97x).
func TestSrPersonTail(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkModeCases(t, g, nil, []modeCase{
		{"Your call with Woodfield Tran is confirmed for Tuesday at 3 PM.", Standard, true},
		{"Goldfield Achebe: your order is ready for pickup.", Strict, true},
		{"Download the new Brightwater Nakamura app.", Standard, true},
		{"Every Hollyfield Mensah location is open today.", Standard, true},
		{"Your chat with Ridgeline Comp is saved.", Standard, false},
		{"Download the new Ridgeline Comp app to see your documents.", Standard, false},
		{"Every Cascadia Breathe location is open today.", Standard, false},
		{"Your call with Stonevale Care is confirmed for Tuesday at 3 PM.", Standard, false},
	})
}
