package guard

import "testing"

// TestTeamThanks: the sender's "Thank you, team!" after its team's honour
// is no word to the reader (teamthanks.go, r107, dev107, dev107x); a
// thanks to a person, or one that goes on to someone's care, is.
func TestTeamThanks(t *testing.T) {
	g := newTestGuard(t)
	ctx := &Context{AllowURLs: []string{"https://portal.example/m/"}}
	checkModeCases(t, g, ctx, []modeCase{
		{"Our infusion nursing team earned national accreditation again this year. Thank you, team!", Standard, false},
		{"Our oncology nursing team earned Magnet recognition again this year. Thank you, team!", Standard, false},
		{"Our infusion nursing team earned national accreditation again this year. Thank you, team, for your care of my mother!", Standard, true},
		{"Our infusion nursing team earned national accreditation again this year. Thank you, Maria!", Standard, true},
		{"Our infusion nursing team earned national accreditation. Thank you for your infusion visit!", Standard, true},
		{"Our infusion nursing team will visit you Tuesday. Thank you, team!", Standard, true},
		{"Thank you, team! Your chemotherapy infusion moves to Friday.", Standard, true},
	})
}
