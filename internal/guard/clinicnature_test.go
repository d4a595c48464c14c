package guard

import "testing"

// TestClinicNatureName: a clinic named by a tree, landform or water word
// is the sender's own ("Linden Clinic Billing:"); a clinical subject before
// "Clinic" and an unknown word stay reported (clinicnature.go, helper MISC2,
// dev52).
func TestClinicNatureName(t *testing.T) {
	checkModeCases(t, newTestGuard(t), nil, []modeCase{
		{"Linden Clinic Billing: a new statement is ready.", Standard, false},
		{"Oficina de facturación de Linden Clinic: tiene un nuevo estado de cuenta.", Standard, false},
		{"Join the Linden Clinic community 5K on May 9. Everyone is welcome; registration is $20.", Standard, false},
		{"Harbor Clinic Billing: your statement is ready.", Standard, false},
		{"Join the Maple Clinic community fun run. Everyone is welcome.", Standard, false},
		{"Your next visit at the Zorvex Clinic is confirmed.", Standard, true},
		{"Linden Clinic Billing: your statement for the HIV test is ready.", Standard, true},
		{"Your Lupus Clinic statement is ready.", Standard, true},
	})
}
