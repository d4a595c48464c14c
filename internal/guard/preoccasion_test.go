package guard

import "testing"

// TestPreOccasion: "pre-" and an ordinary activity before a subject head
// is an occasion; a clinical word after "pre-" or a drug screen stays.
func TestPreOccasion(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Employers: NowCare Occupational Health now offers same-day pre-employment screenings at Eastside and Westgate. Call (614) 555-0152 to set up an account.",
		"Pre-travel screenings are offered at all our locations.",
	)
	checkFlagged(t, g, true,
		"NowCare Occupational Health: your pre-employment drug screen came back. Call (614) 555-0152.",
		"Your pre-diabetes screening is Monday.",
		"Your Zorvex screening is Monday.",
	)
}
