package guard

import "testing"

// TestMedicalLeave: the reader's own sick or work-incapacity leave is
// reported in English and Spanish (medleave.go); an unsubscription, a
// sign-up, an employer's leave policy or balance, a clinician on leave and
// a leave with no health word pass.
func TestMedicalLeave(t *testing.T) {
	g := newTestGuard(t)
	g.nm = nil // the rule alone
	checkRuleCases(t, g, Standard, []tpCase{
		{"Su baja médica consta desde marzo.", "compose.medical_leave"},
		{"Le recordamos que su incapacidad temporal sigue abierta.", "compose.medical_leave"},
		{"Hemos recibido el parte de su baja por contingencia común.", "compose.medical_leave"},
		{"HR Desk: your medical leave has been extended through Friday.", "compose.medical_leave"},
		{"Reminder: your work-injury leave ends on Sunday.", "compose.medical_leave"},
	})
	checkModeCases(t, g, nil, []modeCase{
		{"Su baja laboral por accidente de trabajo ha sido prorrogada.", Standard, true},
		{"Your disability leave claim was approved.", Standard, true},
		{"Your FMLA leave was approved.", Standard, true},
		{"Para darse de baja de esta lista, responda BAJA.", Standard, false},
		{"Su baja del servicio de newsletter se procesó correctamente.", Standard, false},
		{"Su alta en el portal de pacientes se completó.", Standard, false},
		{"Your sick leave balance is 32 hours as of this pay period.", Standard, false},
		{"Your parental leave request form is available on the HR portal.", Standard, false},
		{"Your leave request was approved by your manager.", Standard, false},
		{"Your work leave request was approved by your manager.", Standard, false},
	})
}
