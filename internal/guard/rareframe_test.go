package guard

import "testing"

// TestRareFrame: a word in no vocabulary before "patient", "monitoring
// labs", "enzyme replacement" or after "consult for", a capitalised word
// between "as a" and "patient", and a decimal dose after an unknown
// abbreviation (rareframe.go, compose.dose); and their look-alikes.
func TestRareFrame(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"PNH monitoring labs are due. Walk in any weekday before 4.", "frame.clinical"},
		{"Infusion chair booked: Fabry enzyme replacement, every other Monday, 8 AM.", "frame.clinical"},
		{"As a Gaucher patient you can call our care line.", "frame.clinical"},
		{"As a Pompe patient you may join our support line.", "frame.clinical"},
		{"Neurosurgery consult for moyamoya confirmed.", "frame.clinical"},
		{"LDN 4.5 mg (compounded) capsules are ready — 30 count.", "compose.dose"},
		{"TNX 2.5 mg tablets are ready for pickup.", "compose.dose"},
		{"As a Prime member you qualify for free shipping.", ""},
		{"As a New patient you can book online.", ""},
		{"As a valued patient you can now pay online.", ""},
		{"Network monitoring labs are open to students on Monday.", ""},
		{"Solar panel replacement is booked every other Monday, 8 AM.", ""},
		{"Design consult for Zappos confirmed. Parking is in garage B.", ""},
		{"LED 4.5 W bulbs are ready — 30 count.", ""},
		{"USB 2.5 m cables ship today.", ""},
	})
}
