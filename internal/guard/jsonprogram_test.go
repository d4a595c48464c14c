package guard

import "testing"

// TestJSONProgram: a treatment programme naming what is treated under a
// programme key (jsonprogram.go); loyalty programmes and campaigns pass.
func TestJSONProgram(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{`{"event":"appointment.reminder","program":"IOP-opioid"}`, "compose.json_program"},
		{`{"event":"appointment.reminder","program":"PHP-alcohol"}`, "compose.json_program"},
		{`{"event":"enrollment.updated","program":"opioid-MAT","status":"active"}`, "compose.json_program"},
		{`{"track":"IOP-cocaine"}`, "compose.json_program"},
		{`{"program_code":"opioid-IOP"}`, "compose.json_program"},
		{`{"event":"points.earned","program":"rewards-gold","points":120}`, ""},
		{`{"event":"campaign.sent","campaign":"opioid-awareness-week"}`, ""},
		{`{"event":"newsletter.sent","program":"community-events"}`, ""},
		// red15 (dev87x): an event's or a course's value
		{`{"event":"volunteer.shift","program":"stroke-awareness-walk"}`, ""},
		{`{"event":"employee.training","program":"opioid-prescribing-cme"}`, ""},
		{`{"event":"sponsorship.confirmed","program":"alcohol-free-prom-night"}`, ""},
		{`{"event":"enrollment.updated","program":"IOP-opioid-research-trial"}`, "compose.json_program"},
		{`{"event":"enrollment.updated","program":"employee-opioid-assistance"}`, "compose.json_program"},
	})
}
