package guard

// A race's distance is no house number (helper PORTAL, dev39:
// "Registration is open for the Foundation 5K Fun Run", "the Hospital 10K
// Charity Run").
//
// address() takes a number of up to six digits, mixed forms included
// ("221B"), then capitalised words and a street suffix; "Run" is one
// ("Deer Run"). A number written with a trailing "k" or "K" ("5K", "10k",
// "21K") is a distance in kilometres, never a house number, so it starts
// no street address. "12A Deer Run" and "5 Fox Run" stay reported.

// raceDistance: token t is digits followed by one k.
func raceDistance(t *token) bool {
	if t.cls&tMixed == 0 || len(t.low) < 2 || len(t.low) > 4 || t.low[len(t.low)-1] != 'k' {
		return false
	}
	for k := 0; k < len(t.low)-1; k++ {
		if t.low[k] < '0' || t.low[k] > '9' {
			return false
		}
	}
	return true
}
