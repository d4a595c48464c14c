package guard

import "testing"

// TestLastFirstLower: "last, first" in lower case before a dash at
// check-in is a name (lastfirstlower.go, dev39).
func TestLastFirstLower(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"chen, wei - check-in complete. please have a seat.", "name.last_first"},
		{"garcia, maria - checked in. we'll call you shortly.", "name.last_first"},
		{"okafor, ngozi - you're next in line.", "name.last_first"},
		{"reminder - check-in is now online.", ""},
		{"front desk - check-in opens at 7:30 am.", ""},
	})
}

// TestLastFirstLowerFor: "last, first" in lower case after "for" in an
// order is a name (lastfirstlower.go, dev36).
func TestLastFirstLowerFor(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Order #G-77120 for ramirez, luis is packed and ready.", "name.last_first"},
		{"Pickup #331 for nguyen, anna is at the front desk.", "name.last_first"},
		{"Order #G-77120 for pickup is packed.", ""},
		{"Order #C-1 for home, office or store pickup.", ""},
	})
}
