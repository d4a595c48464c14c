package guard

import "testing"

// TestPhoneCTAMoreVetoes: a person's number after a call to action is
// reported when the person is named outside phonecta.go's lists, after
// "ask for", after a semicolon or in the sentence before (phonectaveto.go);
// the sender's line after a sentence about the reader's relative or number
// still passes.
func TestPhoneCTAMoreVetoes(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		"Farmacia Alameda: llame al 612 345 678 para hablar con su hija sobre la recogida.",
		"Farmacia Alameda: llame al 612 345 678 para hablar con su marido antes de las 8.",
		"Sunnyvale Pediatrics: call (408) 555-0191 to reach your babysitter about today's pickup.",
		"Cedar Optical: text or call (312) 555-0140, your roommate's number, when your glasses are ready.",
		"Brightside Dental: please call (503) 555-0144 and ask for Okafor to confirm the ride.",
		"Riverbend Kidney Care: or call (614) 555-0188 and ask for maria about the carpool.",
		"Farmacia Alameda: llame al 612 345 678; es el teléfono de su nieta.",
		"Brightside Dental: your son left us his new number. Call (503) 555-0144.",
		"Farmacia Alameda: su marido ha cambiado de móvil. Llame al 612 345 678.",
		"Cedar Optical: Jordan asked us to pass along a number. Call (312) 555-0166.",
		"Cedar Optical: Thanks! We saved your preferred number. Questions? (312) 555-0170",
		"Farmacia Alameda: reparto a domicilio hoy entre 17:00 y 19:00. Destinatario en portería. Tel. 612 345 678.",
	)
	checkFlagged(t, g, false,
		"Brightside Dental: your son's checkup is due. Call (503) 555-0112 to book.",
		"Farmacia Alameda: su hija puede recoger el pedido con su DNI. Llame al 91 555 23 40 si tiene dudas.",
		"Cedar Optical: want to update your mobile number? Call (312) 555-0170.",
		"Wayfarer: we updated our phone hours. Questions? (415) 555-0127",
		"Brightside Dental: closed Monday for the holiday. Call (503) 555-0112 and ask for the front desk.",
		"Little Molars: your child's next cleaning is due. Book online or call (972) 555-0148.",
	)
}
