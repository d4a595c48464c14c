package guard

import "testing"

// TestResultCat: a result category system's name with its value
// (resultcat.go), in prose and in a webhook's payload; the system named
// without a value, and Bethesda the place, pass.
func TestResultCat(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{`Bayview: {"patient":"p-1","birads":"4","notify":"sms"}`, "compose.result_category"},
		{`{"event":"report.final","category":"PI-RADS 5"}`, "compose.result_category"},
		{"The report came back Bosniak IIF.", "compose.result_category"},
		{"Category: Lung-RADS 4B. A follow-up scan is advised.", "compose.result_category"},
		{"Resultado: TI-RADS 3.", "compose.result_category"},
		{"Gleason score 7 on the biopsy.", "compose.result_category"},
		{"What does a BI-RADS category mean? Our radiologists explain in a short video.", ""},
		{"Our new office is at 7 Wisconsin Ave, Bethesda.", ""},
	})
}
