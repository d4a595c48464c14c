package guard

import "testing"

// TestSenderDateTradeUse: care words used as words of the sender's trade
// (sdTradeUse, senderdate.go, helper DATES5) beside the reader's care.
func TestSenderDateTradeUse(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Asunto: ¡Lo logramos!\n\nGracias a 3.812 donantes compramos el nuevo tomógrafo para el hospital. La inauguración será el 15 de diciembre a las 11 h. Están todos invitados.",
		"Bicicleteada Solidaria por la Costanera, sábado 8 de marzo a las 9 h. Inscripción $10.000, todo lo recaudado va al nuevo lactario del hospital.",
		"Hello from Stitch & Shift! We're now open Sundays 11–5 at 880 Lakeview Blvd. Come see the new clog wall.",
		"Subject: Your Alder & Pine order has shipped\n\nGood news! Order #AP-598679 left our lab on Sep 3 via USPS Priority.",
		"{\"event\": \"kit.received\", \"order_id\": \"CD179589\", \"received_at\": \"2026-10-06T16:08:00Z\", \"lab_site\": \"Austin\"}",
		"Asunto: Nuevo horario de atención\n\nA partir del 9 de septiembre, nuestro equipo de atención al cliente estará disponible de 7 AM a 10 PM.",
		"We're hiring! Brightway is adding cashiers and shift leads at 14 stores. Apply by Mar 31.",
		"Golf Classic update: tee times are posted! Shotgun start at 8 AM on Mar 12. Check your foursome.",
		"<p>Our <strong>Franklin</strong> office opens <strong>Aug 5</strong>!</p><ul><li>610 Columbia Ave, Suite 200</li></ul><p>See the new office</p>",
	)
	checkFlagged(t, g, true,
		"Su ingreso al hospital es el 15 de diciembre a las 7 h.",
		"Tu control en el hospital es el 10 de marzo a las 10 h.",
		"Your son's surgery at the hospital is on April 12 at 10 AM.",
		"Dr. Kim will see you on June 2 at our Westgate office.",
		"See you on Oct 31 for your hearing test!",
		"Your biopsy was received at our lab on May 6.",
		"Su muestra de sangre llegó a nuestro laboratorio el 4 de octubre.",
		"{\"event\": \"sample.received\", \"patient_id\": \"P-88120\", \"received_at\": \"2026-10-06T16:08:00Z\", \"lab_site\": \"Austin\"}",
		"{\"event\": \"visit.booked\", \"visit_date\": \"2026-10-06\", \"lab_site\": \"Austin\"}",
		"A partir del 15 de enero, el cliente Juan Pérez tendrá nueva enfermera.",
		"Your lab appointment is Apr 20 at 8 AM. Check in at the front desk 15 minutes early.",
		"Golf Classic: tee times Mar 12 at 8 AM at our clinic. Check in at the desk.",
		"Your caregiver's shift lead visits you at home on Apr 15.",
	)
}

// TestSenderMailBoxSpanish: the sender's PO box after "Envíe sus pagos a",
// "… dirección de pago es", "our old PO Box" (sendersite.go's
// senderMailBox, helper DATES5, dev41) beside the reader's box.
func TestSenderMailBoxSpanish(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"¿Paga con cheque? Nuestra nueva dirección de pago es PO Box 61822, Nashville, TN 37206.",
		"La dirección de pago de ClearPath cambió. Envíe sus cheques a PO Box 77120, Charlotte, NC 28271.",
		"Heads up: our old PO Box 33018 is closing. Please send all payments to PO Box 77120, Charlotte, NC 28271.",
	)
	checkFlagged(t, g, true,
		"Su dirección postal registrada es PO Box 4471, Austin, TX 78701.",
		"Your old PO Box 22018 is closing, so we updated your file.",
		"We will mail your check to PO Box 991, Tampa, FL 33601.",
		"Your mailing address on file is PO Box 7781, Reno, NV 89501.",
		"Le enviamos su reembolso a PO Box 88120, Denver, CO 80202.",
	)
}

// TestSenderAddressVisitUs: "Visítanos en", "Visit us at", "Find us at"
// before the sender's address (senderAddress, helper DATES5, dev42).
func TestSenderAddressVisitUs(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Del Valle Guadalajara Chapultepec ahora es 24 horas. Visítanos en Av. Chapultepec Sur 210.",
		"Stitch & Shift is now open on Sundays. Find us at 88 Charles St.",
	)
	checkFlagged(t, g, true,
		"Visítanos en Av. Universidad 1330 el 3 de marzo para tu consulta.",
		"Visit us at 12 Elm St, Apt 4.",
		"Visit us at 1200 Pike St for your MRI on March 3.",
	)
}

// TestClockZoneNoStreet: "5 PM CT" is a clock time and its time zone, not
// a street ending in "Ct" (words.go, helper DATES5, dev41).
func TestClockZoneNoStreet(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"You have a balance of $42.50 with Smile Harbor Dental. Call 1-888-555-0176 (Mon-Fri, 8 AM-5 PM CT).",
	)
	checkFlagged(t, g, true,
		"Your caregiver visits you at 5 Pine Ct on Monday at 8 AM.",
		"Your address on file: 12 Birch Ct, Springfield, IL 62704.",
	)
}
