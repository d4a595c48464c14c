package guard

import "testing"

// TestHeadAward: a care head inside an award's name ("… care team of the
// year") is the award; the reader's care team stays reported.
func TestHeadAward(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkFlagged(t, g, false,
		"Congratulations to our emergency department nurses, named the state's rural care team of the year.",
		"Congratulations to our intensive care nurses, named the region's nursing team of the year.",
	)
	checkFlagged(t, g, true,
		"Your rural care team will call you on Monday.",
		"Congratulations to our emergency department nurses who treated you for your stroke.",
		"Your hospice care team will visit on March 3.",
	)
}
