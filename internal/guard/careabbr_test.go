package guard

import "testing"

// TestCareAbbrev: IOP, PHP, HA and CI before their own heads in a personal
// frame (careabbr.go).
func TestCareAbbrev(t *testing.T) {
	g := newTestGuard(t)
	checkRuleIn(t, g, Standard, "clinical.therapy_abbrev", true,
		"Your IOP schedule for next week is posted. Attendance is required for insurance coverage.",
		"Follow-up for bilat SNHL scheduled; please bring your current HA settings printout.",
		"Reminder: bring your HA settings printout to your fitting on Friday.",
		"Your right HA repair is done; bring both ears to your next check.",
		"Your CI mapping session is confirmed for Thursday at 10 am.",
		"Your PHP intake is Monday at 9 am; please arrive 15 minutes early.",
		"Your IOP group meets Tuesday at 6 pm in Room 3.",
		"Attendance at your IOP sessions this week was 2 of 3.",
		"Your IOP check for glaucoma is scheduled for Monday at 8:30.",
		"Su programa IOP comienza el lunes a las 6 pm.",
	)
	checkRuleIn(t, g, Standard, "clinical.therapy_abbrev", false,
		"Our IOP program brochure is available at the front desk for anyone interested.",
		"The HA charger recall list is posted on our website.",
		"Your HA settings were backed up to the cloud.", // Home Assistant: no hearing word
		"Your PHP session expired; sign in again.",
		"Your CI pipeline failed on main.",
		"Your CI activation link for the build server is ready.",
	)
}

// checkRuleIn checks each text on g in mode m: with want, rule must be among
// its findings; without, it must not be.
func checkRuleIn(t *testing.T, g *Guard, m Mode, rule string, want bool, texts ...string) {
	t.Helper()
	for _, n := range texts {
		fs, err := g.CheckText(n, nil, m)
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, f := range fs {
			if f.Rule == rule {
				got = true
			}
		}
		if got != want {
			t.Errorf("%q: %s %v, want %v (%+v)", n, rule, got, want, fs)
		}
	}
}
