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

// TestBranchTown: a branch named by a town of the gazetteer (towns.go)
// after our/the, "new" or the sender's possessive passes; a town named by
// a clinical word, an unknown word, a lower-case town and the reader's own
// clinic of a condition keep the finding.
func TestBranchTown(t *testing.T) {
	checkAnyFinding(t, []string{
		"SwiftCare: Positive news! We've expanded parking at our Buda clinic with 40 new spaces.",
		"The SwiftCare Pulse: new Leander clinic, shorter waits with online check-in.",
		"Your order for lobby furniture has been delivered to the Kyle clinic.",
		"Wayfarer's San Francisco clinic now offers walk-in hours on Saturdays.",
		"Bloomfield is moving! Starting March 3, our Hawthorne clinic will be at the new site.",
		"Phones are down at the Naperville clinic this morning.",
	}, []string{
		"Your referral to the Zorvex clinic is approved.",
		"Your referral to the Derma clinic is approved.",
		"Your referral to the Lyme clinic is approved.",
		"Your referral to the buda clinic is approved. Bring your inhaler.",
		"Your Buda clinic referral for your asthma is approved.",
		"Your referral to our Leander dialysis clinic is approved.",
	})
}
