package guard

import "testing"

// TestOrgTeamName: a company's name ending in an association word in a job
// ad or a team invitation passes in strict mode; lower-case team wording
// and the name beside health wording stay reported (orgteam.go).
func TestOrgTeamName(t *testing.T) {
	g := newTestGuard(t)
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Summit Mobility is hiring! Join our installer team.", false},
		{"Join the Summit Mobility team at the Albany Chamber Food Truck Festival on Oct 17.", false},
		{"Join our diabetes support team this Thursday at 6 PM.", true},
		{"Join our mobility team this Thursday.", true},
		{"Join the Summit Mobility team at the walk for people living with Parkinson's.", true},
	} {
		fs, err := g.CheckText(c.text, nil, Strict)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(fs) > 0; got != c.want {
			t.Errorf("%q: flagged %v, want %v (%+v)", c.text, got, c.want, fs)
		}
	}
}
