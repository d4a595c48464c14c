package guard

import "testing"

// TestCareProgram: an ambiguous condition naming a care programme the
// reader is asked about is reported (careprogram.go, dev39).
func TestCareProgram(t *testing.T) {
	checkAnyFinding(t, []string{
		"Drive-through flu shot clinic this Saturday 9–1 in Lot E. Bring your insurance card. Open to the public.",
		"Survey: tell us about your experience with our patient portal.",
		"Our depression care list of resources is open to the public.",
		"The Great Depression reading list is on our blog.",
	}, []string{
		"Survey: tell us about your experience with our depression care program.",
		"How satisfied are you with our anxiety treatment program?",
		"Since you're on our depression care list, try our new mindfulness app free for 30 days.",
		"As a member of our anxiety registry, you get early access.",
	})
}
