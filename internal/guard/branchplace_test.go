package guard

import "testing"

// TestBranchPlace: a branch named by its place before a lower-case
// "clinic" passes (branchplace.go, dev39); a clinical modifier, no sender
// determiner or a word of the place list keep the finding.
func TestBranchPlace(t *testing.T) {
	checkAnyFinding(t, []string{
		"We're happy to welcome two nurse practitioners to our Brookfield clinic.",
		"Two new physicians join our Lakeview clinic this month.",
		"Our phone lines are down at the Oak Park clinic today.",
	}, []string{
		"Two new physicians join our Lakeview dialysis clinic to manage your kidney failure.",
		"Your referral to the Zorvex clinic is approved.",
		"Your lupus clinic visit is Monday.",
	})
	g := newTestGuard(t)
	fs, err := g.CheckText("Walk-in hours at our Riverside clinic now run until 8 PM.", nil, Strict)
	if err != nil || len(fs) == 0 {
		t.Errorf("strict: want a finding, got %v %v", fs, err)
	}
}
