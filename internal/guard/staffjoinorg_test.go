package guard

import "testing"

// TestStaffJoinOrg: a titled clinician's welcome passes with the sender's
// name after joins / se une a holding a clinical word, and with a
// specialty of two words (staffjoinorg.go); a clinician tied to the
// reader, a patient, a possessive or anything else after the organisation
// stay reported.
func TestStaffJoinOrg(t *testing.T) {
	g := newTestGuard(t)
	checkModeCases(t, g, nil, []modeCase{
		// leaks
		{"Welcome your new cardiologist, Dr. Naomi Park, who will see you at your visit on March 3.", Standard, true},
		{"Welcome Dr. Naomi Park, cardiac electrophysiologist, who will check your pacemaker in March.", Standard, true},
		{"Welcome Dr. Naomi Park, cardiac electrophysiologist, who joins Rhythm Harbor in March. Dr. Park will see you on March 12.", Standard, true},
		{"Welcome Dr. Naomi Park, cardiac electrophysiologist, who joins Tobias Reed's care team in March.", Standard, true},
		{"Welcome Dr. Naomi Park, cardiac electrophysiologist, who joins Rhythm Harbor after her own ablation in March.", Standard, true},
		{"Welcome Dr. Naomi Park, cardiac electrophysiologist, who joins Rhythm Harbor in March to treat Tobias Reed.", Standard, true},
		{"Welcome Tobias Reed, who joins Cardiac Rehab in March.", Standard, true},
		{"Welcome Mr. Tobias Reed, heart failure patient, who joins Rhythm Harbor in March.", Standard, true},
		{"Su médico, la Dra. Lucía Ferrer, ginecóloga obstetra, la atenderá el 5 de marzo.", Standard, true},
		{"Damos la bienvenida a la Dra. Lucía Ferrer, ginecóloga obstetra, que atenderá su embarazo a partir de marzo.", Standard, true},
		{"Damos la bienvenida a la Dra. Lucía Ferrer, ginecóloga obstetra, que se une a nuestro equipo para su control prenatal.", Standard, true},
		{"Damos la bienvenida a la Dra. Lucía Ferrer, ginecóloga obstetra de la paciente Ana Ruiz, que se une a nuestro equipo.", Standard, true},
		{"Damos la bienvenida a la Dra. Lucía Ferrer, ginecóloga obstetra, que se une a nuestro equipo. Su próxima cita prenatal es con ella el 4 de marzo.", Standard, true},
		{"Welcome Dr. Naomi Park, cardiac electrophysiologist, who joins Rhythm Harbor in March.", Strict, true},
		// clean
		{"Welcome Dr. Naomi Park, cardiac electrophysiologist, who joins Rhythm Harbor in March.", Standard, false},
		{"Welcome Dr. Hana Ito, neurophysiologist, who joins Northgate Neurology in June.", Standard, false},
		{"Welcome Dr. Samuel Ortiz, interventional cardiologist, who joins Rhythm Harbor this spring.", Standard, false},
		{"Damos la bienvenida a la Dra. Lucía Ferrer, ginecóloga obstetra, que se une a nuestro equipo.", Standard, false},
		{"Damos la bienvenida a la Dra. Sofía Rangel, endocrinóloga pediatra, que se une a Clínica Del Valle en abril.", Standard, false},
	})
}
