package guard

import "testing"

// TestCareNounDate: a date beside a carer, a relative's transport, an
// expiring prescription, a no-show or an arrival instruction is the
// reader's care (caredate.go); the shop's own look-alikes pass.
func TestCareNounDate(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Your caregiver starts Monday, March 2.", "date.person"},
		{"Your glasses prescription expires March 3.", "date.person"},
		{"Your mother's transport is booked for Dec 4.", "date.person"},
		{"No-show fee for March 3: $25.", "date.person"},
		{"Please be here 15 minutes early on March 3.", "date.person"},
		{"El transporte de su madre está reservado para el 4 de diciembre.", "date.person"},
		{"Su cuidadora empieza el lunes 2 de marzo.", "date.person"},
		{"Your wheelchair van pickup is booked for Dec 11.", "date.person"},
		{"Your paratransit ride is booked for Dec 11.", "date.person"},
		{"Late fee for March 3: $25.", ""},
		{"Please be here 15 minutes early on March 3 for the concert.", ""},
		{"Your rental car pickup is booked for Dec 4.", ""},
		{"Your warranty expires March 3.", ""},
		{"Your subscription renews March 3.", ""},
	})
}
