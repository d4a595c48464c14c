package guard

import "testing"

// TestStaffServed: a staff sentence naming the household its role serves keeps its findings; the welcome alone passes (staffserved.go, red17, dev97x).
func TestStaffServed(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkModeCases(t, g, nil, []modeCase{
		{"Welcome Priya Shah, RN, our new hospice nurse for the Ruiz family at home.", Standard, true},
		{"Welcome Priya Shah, RN, our new hospice nurse, for the family of Ana at home.", Standard, true},
		{"Welcome Priya Shah, RN, our new hospice nurse, who joins us from Tacoma.", Standard, false},
		{"Meet Priya Shah, RN, our new hospice nurse.", Standard, false},
	})
}
