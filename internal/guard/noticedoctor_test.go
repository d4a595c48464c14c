package guard

import "testing"

// TestNoticeCueDoctor: "your doctor" makes a notice about health for
// frame.notice (issue 15, sixth pass), as "physician" did; capitalised it
// is a title, and a doctor who is not "your" one (an announcement) is no
// cue.
func TestNoticeCueDoctor(t *testing.T) {
	checkRule(t, "frame.notice", []ruleCase{
		{"Results of your plenquatrin were reviewed by your doctor.", true},
		{"Your doctor asked us to send you zorvaline information.", true},
		{"Your Doctor Who box set with the Gallifrey poster has shipped.", false},
		{"Your Doctor Who Gallifrey edition has shipped.", false},
		{"Our doctors now use the epicnova app for scheduling.", false},
		{"Meet our doctors: plenty of parking at the wrightwood lot.", false},
	})
}
