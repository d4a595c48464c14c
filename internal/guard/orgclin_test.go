package guard

import "testing"

// TestOrgClinIEM: a professional body's field, the AuD degree and
// musicians' in-ear monitors pass; the same words about the reader stay
// reported (orgclin.go, lookalike_abbr.go; helper DEVANN, dev33, dev37v).
func TestOrgClinIEM(t *testing.T) {
	checkModeCases(t, newTestGuard(t), nil, []modeCase{
		{"SoundWell is a proud sponsor of the American Academy of Audiology conference this year.", Standard, false},
		{"We are members of the Idaho Academy of Audiology.", Standard, false},
		{"Your AUD treatment starts Monday.", Standard, true},
		{"Your aud relapse plan is attached.", Standard, true},
		{"Musicians! 15% off custom-fit ACS Pro17 in-ear monitors through April 30.", Standard, false},
		{"Custom in-ear monitors for drummers, now 20% off.", Standard, false},
		{"Your ACS follow-up: cardiac monitor results are ready.", Standard, true},
		{"Your in-ear monitor for heart rhythm arrives Monday.", Standard, true},
	})
}
