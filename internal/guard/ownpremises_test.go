package guard

import "testing"

// TestOwnPremises: the sender's help line in a notice naming no sender but
// speaking of its premises, a security change's "if this wasn't you", a
// booking line, a modifier's questions line, a number signing off the
// notice (ownpremises.go).
func TestOwnPremises(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Se cambió la contraseña de su cuenta. Si no fue usted, llame enseguida al (787) 555-0171.",
		"Se actualizó el correo de su cuenta. Si no fue usted, llame de inmediato al (939) 555-0120.",
		"Nuestras oficinas estarán cerradas el lunes por el Día del Trabajo. Para emergencias, llame al (480) 555-0116.",
		"Our offices are closed Monday for the holiday. For emergencies, call (480) 555-0116.",
		"Harborview Wound & Hyperbaric Center will close early on Friday for staff training. Urgent questions: (805) 555-0172.",
		"Now touring: newly renovated apartments with garden views. Schedule a visit: (601) 555-0139",
		"Now open: Cedar Ridge Physical Therapy – Westminster. Free parking and evening hours. (303) 555-0148",
		"Gracias por su comprensión.\n\nFarmacias La Ceiba\n(787) 555-0164 · Carolina · Caguas",
	)
	checkFlagged(t, g, true,
		"Se cambió la contraseña de su cuenta. Si no fue usted, llame a su hija al (787) 555-0171.",
		"Si no fue usted, llamaremos a su celular registrado al (787) 555-0164.",
		"Your password was changed. If this wasn't you, we'll call you at (602) 555-0133.",
		"If this wasn't you, call your son Marco at (602) 555-0133.",
		"Para emergencias, llame a su hijo Carlos al (480) 555-0116.",
		"For emergencies, call your caregiver Ana at (480) 555-0116.",
		"Our offices are closed Monday. Your surgery is Tuesday. For emergencies, call (480) 555-0116 about your daughter.",
		"Urgent questions: your daughter's cell (805) 555-0172.",
		"Text STOP to opt out. Questions: +1 (646) 555-3300",
		"Schedule a visit: we'll call you at (601) 555-0139",
		"Reminder for Maria Lopez. (303) 555-0148",
		"Call 775-332-0184 about your receipt.",
		"Thank you for shopping with us.\n\nMaria Lopez\n(787) 555-0164 · Carolina · Caguas",
		"Emergency contact\nRosa Perez\n(787) 555-0164 · Carolina",
		"Receipt #004-1182-77. Our offices are closed Monday. For emergencies, call (480) 555-0116.",
	)
}
