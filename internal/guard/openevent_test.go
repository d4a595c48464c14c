package guard

import "testing"

// TestOpenEventDate: the date of the sender's public event, opening or
// closure passes (openevent.go); the same shapes made the reader's, a
// named person's or kin's keep the date.
func TestOpenEventDate(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"The Little Molars Tooth Fairy Party is Saturday September 6, 10am-noon. Face painting, free toothbrushes, all families welcome!",
		"Keystone O&P's free community foot-health seminar is April 10 at the library. All welcome!",
		"Farmacias Alameda abre nueva farmacia en el centro. ¡Te esperamos el 20 de junio!",
		"Farmacias Alameda presenta el taller gratuito 'Cuida tu piel en verano' el 19 de octubre. Inscripción abierta en tienda.",
		"Caregiver coffee hour: Thursday, Oct 9, 10-11:30 AM at the library community room. Free, open to any family caregiver.",
		"Sports physicals day! Westside Clinic is offering $0 sports physicals for all fall athletes, Sat, Aug 2, 9 AM-1 PM. Bring your signed consent form.",
		"Free flu shots for all Lincoln High students and staff, Wed, Oct 22, 8 AM-2 PM in the gym.",
		"Maple Family Medicine's Halloween costume party is October 31, 4-6 PM. All welcome!",
		"Movie night in the park is Friday, August 22. Bring a blanket; everyone welcome!",
		"Le esperamos en el Festival de la Salud en el parque, domingo 16 de noviembre. Música y juegos gratis para el público.",
		"Free screening day at Riverbend on April 1, open to the public.",
	)
	// the reader's: flagged by the date rules alone (the care gate, which
	// drops the untied dates of a notice with no care signal, is off)
	withoutCareGate(func() {
		checkFlagged(t, g, true,
			"The Tooth Fairy Party for Mia is Saturday, September 6. All families welcome!",
			"Ana's birthday party is Saturday, October 4. All welcome!",
			"Join us for your follow-up on May 24. All welcome.",
			"Farmacias Olmo abre nueva farmacia. Te esperamos el 20 de junio para tu cita.",
			"Free workshop on March 12 for your son. All welcome.",
			"Our nurse will stop by on Dec 4 while the office is closed.",
			"Neighbors welcome: Okafor family's kidney walk on June 3 at Kiwanis Park.",
			"Free community yoga class on June 20 at 10:40 AM. All welcome.",
			"Farmacias Olmo: tu taller gratuito es el 19 de octubre. Inscripción en tienda.",
			"Welcome to the Tooth Fairy Party on Saturday, September 6 with Grandma. All families welcome!",
			"Les esperamos el 9 de mayo en la jornada. Su hijo tiene revisión ese día.",
			"Mrs. Ruiz, the open house is June 3. All welcome.",
			"Free class on May 2, all welcome. Your session is booked for 9 AM.",
			"Welcome, all families! Admission date: March 12.",
		)
	})
}
