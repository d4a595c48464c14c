package guard

import "testing"

// TestLawAcronym24: a law's acronym after "signed" and before a
// capitalised word keeps the name cue (lawacronym24.go).
func TestLawAcronym24(t *testing.T) {
	g := newTestGuard(t)
	g.nm = nil // the rules alone
	checkModeCases(t, g, nil, []modeCase{
		{"New: BillWise now requires a signed HIPAA authorization before we contact any provider on your behalf.", Standard, false},
		{"Please return the signed COBRA election form by the deadline.", Standard, false},
		// dev117p leaks: a surname after the acronym
		{"Please return the form signed COBRA SMITH by Friday.", Standard, true},
		{"Please return the form signed HIPAA JONES before surgery.", Standard, true},
		{"Please return the form signed COBRA GARCIA by Friday.", Standard, true},
		{"Consent signed GDPR Lopez on file.", Standard, true},
		{"Release signed ERISA MARTINEZ, see attached.", Standard, true},
	})
}
