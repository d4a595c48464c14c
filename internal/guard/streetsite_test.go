package guard

import "testing"

// TestStreetSite: a street's name before a site noun is no clinical
// subject; a condition before "clinic" stays reported (streetsite.go, fpb,
// dev106w).
func TestStreetSite(t *testing.T) {
	g := newTestGuard(t)
	checkModeCases(t, g, nil, []modeCase{
		{"Our Northgate office is closing permanently on Feb 5. All visits move to our Commerce Blvd clinic.", Standard, false},
		{"Our Harbor Pkwy office now opens at 8am.", Standard, false},
		// leaks
		{"Your visit to our lupus clinic moves to Jan 29.", Standard, true},
		{"Your crown visit moves to Jan 29 at our Commerce Blvd clinic for your root canal.", Standard, true},
	})
}
