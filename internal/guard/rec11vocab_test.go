package guard

import "testing"

// TestREC11Vocab: the eleventh pass's vocabulary additions of helper REC11
// (medications.txt, labs_procedures.txt, clinical_es.txt, supplies.txt,
// dental.go's sealants, learned.go's stop words) and their look-alikes.
func TestREC11Vocab(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		"Reminder: your appointment for your labor and delivery stay is on August 11 at 10:40 AM.",
		"{\"event\":\"order.shipped\",\"tenant\":\"Keystone O&P\",\"order\":\"431535\",\"items\":[\"a Boston brace\"]}",
		"Farmacias Alameda: tu Eutirox 50 ya está disponible para recoger.",
		"Farmacias Alameda: tu SPD (sistema personalizado de dosificación) con Eutirox 50 está preparado.",
		"Riverbend: message about your Tx eval — UNOS listing paperwork is ready",
		"Keystone O&P: your AF0 adjustment is done",
		"Riverbend: Message re: a clotted AV fistula follow-up.",
		"Your statement for a stainless steel crown is ready. Balance $745.72",
		"Your balance of $88.00 for sealants (4 teeth) is due June 1.",
		"Tu corsé de Boston está listo para recoger.",
		"Tu cita de preparación al parto es el martes.",
	)
	checkFlagged(t, g, false,
		"Your Boston Market order is ready for pickup at the counter.",
		"Our crew finished installing the crown molding in your living room.",
		"Your steel crown cap bottle opener set has shipped.",
		"Your order of stainless steel cookware is ready. Balance $74.10",
		"Labor Day sale: 30% off all patio furniture this weekend!",
		"Our TX (Texas) office is closed Monday for the holiday.",
		"Your AV receiver and speaker bundle will arrive Thursday.",
		"Your roof shingles delivery is scheduled for Thursday.",
		"Statement ready for your sealant coating of the driveway. Balance $300.00",
		"Free dental sealant day for all 9th graders: Tue, Jan 28 in the Health Center.",
		"Compramos unos regalos para la fiesta.",
		"Your space heater has shipped.",
		"The restaurant waitlist opens at 5 PM.",
	)
}
