package guard

import "testing"

// TestLawAcronym: a privacy law's acronym after a name cue is no name
// (lawacronym.go); a capitalised name after the cue keeps its finding.
func TestLawAcronym(t *testing.T) {
	g := newTestGuard(t)
	g.nm = nil // the rules alone
	checkModeCases(t, g, nil, []modeCase{
		{"New: BillWise now requires a signed HIPAA authorization before we contact any provider on your behalf.", Standard, false},
		{"Please return the signed COBRA election form by the deadline.", Standard, false},
		{"signed Cobra Smith", Standard, true},
		{"signed Hipaa Jones", Standard, true},
		{"Patient: Maria Lopez", Standard, true},
	})
}
