package guard

import "testing"

// TestHospFor: the reason of one person's hospital stay after
// "hospitalización por" is reported (hospfor.go); a policy's generic or
// conditional stay passes.
func TestHospFor(t *testing.T) {
	g := newTestGuard(t)
	g.nm = nil // the rule alone
	checkRuleCases(t, g, Standard, []tpCase{
		{"Su reclamación fue objetada: la hospitalización por dengue grave ocurrió dentro del periodo de carencia.", "compose.hospitalized_for"},
		{"Su esposo fue hospitalizado por dengue.", "compose.hospitalized_for"},
		{"Your father was hospitalized for dengue last week.", "compose.hospitalized_for"},
	})
	checkModeCases(t, g, nil, []modeCase{
		{"La póliza paga por cada día de hospitalización por enfermedad o accidente.", Standard, false},
		{"Si es hospitalizado por dengue, la póliza paga 50 dólares por día.", Standard, false},
		{"The plan covers hospitalization for any reason after 30 days.", Standard, false},
		{"The hospitalization for observation is covered.", Standard, false},
	})
}
