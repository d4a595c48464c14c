package guard

import "testing"

func TestSenderTeam(t *testing.T) {
	fp10bRun(t, []struct {
		text string
		want bool
	}{
		{"UV index in Atlanta hits 10 this week. Reapply sunscreen every 2 hours outdoors. —The Okafor Dermatology team", false},
		{"You have a new secure message from Okafor Dermatology. Log in to read it.", false},
		// still reported
		{"From Okafor Dermatology: your biopsy results are ready.", true},
		{"You have a new secure message from Okafor Dermatology: your biopsy results are ready.", true},
		{"You have a new secure message from Okafor Dermatology about your melanoma biopsy.", true},
		{"Your psoriasis biologic refill is ready. —The Okafor Dermatology team", true},
		{"Your appointment with Okafor Dermatology is Tuesday. Thanks, the team", true},
	})
}
