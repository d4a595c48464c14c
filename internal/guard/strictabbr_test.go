package guard

import "testing"

// TestConditionAbbr: strict marketing aimed at a condition by its
// abbreviation (strictabbr.go), and the abbreviations' other senses.
func TestConditionAbbr(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Strict, []tpCase{
		{"Ridgeline: Guys managing ED - add our Performance Bundle to your next order and save 15%.", "compose.condition_abbr"},
		{"Men with ED love our new bundle. Order today.", "compose.condition_abbr"},
		{"Dealing with ED? Save 20% on your next order.", "compose.condition_abbr"},
		{"Living with RA? Save 15%.", "compose.condition_abbr"},
		{"Managing UC? Try our gentle gut blend.", "compose.condition_abbr"},
		{"Men with low T: try our new energy formula.", "compose.condition_abbr"},
		{"Guys, our ED (Every Day) deals are back!", ""},
		{"Managing ED programs for schools: join our webinar.", ""},
		{"Living with UC roommates? Try our storage bins.", ""},
		{"Managing IT for your business? Try our cloud bundle.", ""},
	})
	checkRuleCases(t, g, Standard, []tpCase{
		{"Guys managing ED: our Performance Bundle is back.", ""},
	})
}
