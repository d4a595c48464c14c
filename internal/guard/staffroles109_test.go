package guard

import "testing"

// TestStaffRoles109: staff news naming a social worker, a partera, a
// counsellor, a technologist, a supplier or a professor is the sender's
// (staffroles109.go, r109, dev109-dev111, dev109x); the same roles beside
// the reader's care, a patient's name or a reader's word stay reported.
func TestStaffRoles109(t *testing.T) {
	g := newTestGuard(t)
	ctx := &Context{AllowURLs: []string{"https://portal.example/m/"}}
	checkModeCases(t, g, ctx, []modeCase{
		{"Meet our new social worker, Dana Liu, who starts Monday.", Standard, false},
		{"Meet our new school social worker, Ms. Dana Liu, who starts Monday.", Standard, false},
		{"Damos la bienvenida a nuestra nueva trabajadora social, Lorena Vidal.", Standard, false},
		{"¡Bienvenida la partera certificada Tamsin Okoye a nuestro equipo!", Standard, false},
		{"Dr. Michael Adeyemi, genetic counsellor, joins our team.", Standard, false},
		{"Technologist Maya Ferris earned her advanced certification. Congratulations, Maya!", Standard, false},
		{"La tecnóloga Maya Ferris obtuvo su certificación avanzada.", Standard, false},
		{"Welcome to Priscilla Yoon, our new rehab technology supplier.", Standard, false},
		{"Prof. Amara Diallo received a national award for her research.", Standard, false},
		{"Your social worker, Dana Liu, will call you Monday.", Standard, true},
		{"Tu trabajadora social, Lorena Vidal, te llamará mañana.", Standard, true},
		{"Your technologist Maya Ferris will scan your heart tomorrow.", Standard, true},
		{"Hi Dana Liu, your social worker visit is on Tuesday.", Standard, true},
		{"La partera Tamsin Okoye atenderá su parto la próxima semana.", Standard, true},
		{"Social worker note: Dana Liu was admitted after a fall and lives alone.", Standard, true},
		{"Prof. Amara Diallo, your biopsy results are ready in the portal.", Standard, true},
		{"Prof. Amara Diallo, your referral for vocal cord nodules is approved.", Standard, true},
		// a department after outpatient/inpatient (sr109Dept, sr109InOutJob)
		{"Please welcome Dr. Anita Sorensen, PharmD, our new outpatient pharmacy manager.", Standard, false},
		{"Dr. Marcus Lindqvist has been appointed chief of outpatient imaging.", Standard, false},
		{"Our new inpatient pharmacy supervisor, Kofi Mensah, starts next week.", Standard, false},
		{"Please welcome Dr. Anita Sorensen, your outpatient pharmacy manager, who will review your chemo refills.", Standard, true},
		{"Dr. Marcus Lindqvist reviewed your outpatient imaging results.", Standard, true},
		{"Congratulations to Ana Ruiz, RDN, on her recovery from outpatient surgery!", Standard, true},
		{"Kofi Mensah was admitted as an inpatient after his overdose; the pharmacy supervisor was told.", Standard, true},
	})
}
