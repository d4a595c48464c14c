package guard

import "testing"

// TestSpacedLab: a lab abbreviation spelled out with a digit among its
// letters, right before a result word (spacedlab.go, words.go spaced);
// seats, batteries and runs that join to no listed word pass.
func TestSpacedLab(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Results for your A 1 C test are in.", "clinical.lab_test.spaced"},
		{"Your H b A 1 c result is ready.", "clinical.lab_test.spaced"},
		{"Your H I V 2 test is ready.", "clinical.condition.spaced"},
		{"A 1 C battery is included in the box.", ""},
		{"Your A 1 C battery pack has shipped.", ""},
		{"Row A 1 C seats are confirmed for the concert.", ""},
		{"Your B 2 B check is ready.", ""},
		// helper MISC3 (dev45): hyphens, "lab", a value, "your … came back"
		{"Your A-1-C lab is back: 9.1", "clinical.lab_test.spaced"},
		{"Lab result: A-1-C 6.9", "clinical.lab_test.spaced"},
		{"Your A-1-C came back at 8.2%", "clinical.lab_test.spaced"},
		{"Seat A-1-C is confirmed for the 7 PM show", ""},
		{"Seat A-1-C 7", ""},
		{"Unit A-1-C lease renewal is attached.", ""},
	})
}
