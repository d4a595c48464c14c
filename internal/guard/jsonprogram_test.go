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
	})
}
