package guard

import "testing"

// TestJSONProgramEvent: a condition word in an event's or a cause's
// programme value passes (jsonprogramevent.go); a treatment programme's
// value and the same words elsewhere stay reported.
func TestJSONProgramEvent(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		`{"event":"donation.received","program":"cancer-research-fund","amount":"25.00"}`,
		`{"event":"newsletter.subscribed","program":"diabetes-awareness-month"}`,
		`{"event":"enrollment.confirmed","program":"diabetes-educator-certification","cohort":"2027-spring"}`,
		`{"event":"grant.awarded","program":"cancer-survivor-art-show"}`,
	)
	checkFlagged(t, g, true,
		`{"event":"appointment.reminder","program":"IOP-opioid","member":"m_12"}`,
		`{"event":"enrollment.confirmed","program":"oncology-research-trial","member":"m_12"}`,
		`{"event":"donation.received","note":"cancer-research-fund","member":"m_12"}`,
		"Your cancer treatment fund application was received.",
	)
}
