package guard

import "testing"

// TestPolicyPayer: a policy number after a payer's name is reported; a
// policy with no value passes (policypayer.go).
func TestPolicyPayer(t *testing.T) {
	checkModeCases(t, newTestGuard(t), nil, []modeCase{
		{"Confirmamos su póliza BlueCross 8HJ-22019-447 para los servicios de laboratorio.", Standard, true},
		{"Your policy Aetna W4K-88123-019 is active.", Standard, true},
		{"Su póliza Blue Cross H22-91034-776 fue actualizada.", Standard, true},
		{"Your auto policy with State Farm has been renewed.", Standard, false},
		{"Your policy documents are ready in the portal.", Standard, false},
		{"Su póliza de auto fue renovada.", Standard, false},
	})
}
