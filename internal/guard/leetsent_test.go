package guard

import "testing"

// TestLeetSent: two words of one sentence written with digits for letters,
// one reading a health word (leetsent.go), a lower-case disguised
// abbreviation before a test word (leet.go), and codes, brands and
// non-health leet that look like them.
func TestLeetSent(t *testing.T) {
	g := newTestGuard(t)
	checkModeCases(t, g, nil, []modeCase{
		{"Rehab note: post-MI pat1ent, ej3ction fracti0n 35%. See you Monday.", Standard, true},
		{"Reminder: c0ntact precauti0ns remain in place for your room.", Standard, true},
		{"Your h1v test result is ready in the portal.", Standard, true},
		{"f0rklift c3rt class moved to dock 4", Standard, false},
		{"b3st s3ll3r candles 2 for $20", Strict, false},
		{"Stream our l33t gamer playlist on mp3 or the W3 site.", Strict, false},
		{"Your order A1B2-77 and model XR7t ship today; free Wi-Fi on the 4x4 shuttle.", Standard, false},
		{"The x5s test drive is ready.", Standard, false},
		{"Your h1v test kit shipped.", Standard, false},
		{"COVID-19 updates: our K9 unit visits the 2nd floor lobby.", Standard, false},
	})
}
