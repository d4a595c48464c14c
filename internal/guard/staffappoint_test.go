package guard

import "testing"

// TestStaffAppointments: the sender's news of a clinician (an appointment,
// a welcome with credentials and a field of training, an award in a
// specialty, a talk at a society's meeting) passes when every finding lies
// in a slot of the sentence (staffappoint.go); the same frames tied to the
// reader's care or to the staff member's own health stay reported.
func TestStaffAppointments(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Brightwater Women's Health welcomes Dr. Alma Reyes, MD, FACOG, NCMP, a certified menopause practitioner.",
		"Dr. Keith Osgood was named a 2026 Top Doctor in Urology by Phoenix Magazine.",
		"Our medical director, Dr. Paul Eng, will speak at the American Urological Association's annual meeting.",
		"Cedar Home Infusion welcomes Tom Reale, PharmD, BCSCP, as our new sterile compounding manager.",
		"Damos la bienvenida al Dr. Ignacio Ferrer, urólogo certificado en cirugía robótica.",
		"Centro Médico Ponce anuncia el nombramiento de la Dra. Irma Vega como nueva directora médica.",
	)
	checkFlagged(t, g, true,
		"Dr. Keith Osgood, who treated your prostate cancer, joins our Mesa office.",
		"Welcome Dr. Paul Eng — your new urologist for your ED follow-up Monday.",
		"La Dra. Irma Vega, nueva directora médica, le verá para su control de tiroides el martes.",
		"Cedar Home Infusion welcomes Tom Reale, PharmD, who will mix your vancomycin doses.",
		"Congratulations to Dr. Alma Reyes, MD, FACOG, on completing her own breast cancer treatment.",
		"Dr. Keith Osgood, named a Top Doctor in Urology, will perform the prostate biopsy on March 4.",
		"Please welcome Dr. Ines Kolar, MD, FACE, her new endocrinologist at our clinic.",
		"Kestrel Health Plan confirms the appointment with Dr. Ivo Brandt for your colonoscopy on June 4.",
	)
}
