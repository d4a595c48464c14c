package guard

import "testing"

// TestSenderDate: the sender's own dates and places pass; the same shapes
// about the reader's care or the reader's address stay reported
// (senderdate.go, dev37d).
func TestSenderDate(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Summer Sale: 30% off all frames through July 4.",
		"Valentine's at Lumen Optical: buy any two frames, get the second 40% off. In store only, Feb 10-16.",
		"San Valentín: 40% de descuento en el segundo armazón. Solo en tienda, 10 al 16 de febrero.",
		"Óptica Sol abre su nueva tienda en Polanco el 2 de mayo.",
		"Register now for the Peak Fuel Desert Dash 5K, Nov 9 at Kiwanis Park.",
		"Inscríbete a la carrera Trail Fuel 10K el 12 de octubre en Papago Park.",
		"BrightPath caregiver appreciation BBQ Saturday June 14, 11-2 at Reid Park. Families welcome!",
		"Policy update: mileage reimbursement rises to 70 cents per mile from Jan 1.",
		"Your 2025 W-2 is available in the HR portal. Paper copies mail by Jan 31.",
		"Ya puede ver su estado de cuenta en el portal. Monto a pagar: $58.00. Fecha límite: 10 de abril.",
		"Peak Fuel: Transparent Labs Bulk Black is backordered until Oct 3. We'll ship the rest of order PF-71502 today.",
		"Our Maple Grove branch has moved two doors down to 7810 Main St, Suite 4. Visit us from Monday!",
		"Your orientation is at our Northside office, 2200 Lake St, Room B.",
		"Your stroller is ready for pickup at Little Harbor Baby Westlake, 1120 Westlake Ave N.",
		"Harborview Dental Group Billing Office · 410 Fairview Ave N, Seattle WA",
		// HTML written in a plain-text field: a block tag ends the sentence,
		// an inline tag is no word
		"<p>Your orientation is at our Northside office, 2200 Lake St, Room B.</p><p>Bring your badge.</p>",
		"<p>Your stroller is ready for pickup at <b>Little Harbor Baby Westlake</b>, 1120 Westlake Ave N.</p>",
	)
	checkFlagged(t, g, true,
		"Your appointment on March 3 is confirmed.",
		"We'll see you on May 2 for your cleaning.",
		"This statement is for your visit on March 1.",
		"Our sale ends Jan 15. Your Hearing Test is Jan 16.",
		"The MRI at our Summit clinic has moved to Dec 9.",
		"Our store will hold your glasses until your appointment on Oct 3.",
		"Our office will see Juan on May 2.",
		"Your order will be delivered to 1450 E Broadway Blvd.",
		"Pickup at your home, 1120 Westlake Ave N, on Monday.",
		"Our Northside office, 2200 Lake St, is where your daughter's therapy takes place.",
		"Maria Lopez · 88 Charles St, Boston MA",
		"<p>Our Northside office will ship your order to 2200 Lake St, Room B.</p>",
	)
}

// TestCaminoStreet: a street type first ("N Camino Seco") is an address; a
// home-care visit's address stays reported even beside "our"; a year after
// an article is no house number.
func TestCaminoStreet(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		"BrightPath: your caregiver's Monday shift starts at 8 AM at 3921 N Camino Seco, Tucson.",
		"Our caregiver starts at 3921 N Camino Seco on May 2.",
		"Maria's new address: 1200 Calle del Norte, Tucson.",
	)
	checkFlagged(t, g, false,
		"Visit our Tucson store at 1200 Calle del Norte, Tucson.",
		"BrightPath Home Care Staffing has been named a 2026 Best Place to Work by the Arizona Daily Star.",
	)
}

// TestSenderDateAfterMerge: the cases the merge with the red team and the
// branch-site rules showed: an arrival instruction keeps a date the
// reader's; a care word inside a shop's name is no home-care visit.
func TestSenderDateAfterMerge(t *testing.T) {
	g := newTestGuard(t)
	checkModeCases(t, g, nil, []modeCase{
		{"March 3 at 10:40 AM — our clinic closes at noon that day, so arrive early.", Standard, true},
		{"Our new Stitch & Shift Riverside store is now open at 12 Front St.", Standard, false},
		{"Your caregiver's shift starts at 8 AM at 3921 N Camino Seco, Tucson.", Standard, true},
	})
}

// TestSenderDateSpanish: helper DATES2's cases (dev42, dev43d): the
// sender's Spanish events, sales, closures, outages, deadlines and Latin
// American addresses pass; the same shapes about the reader's care, the
// reader's address or a named person stay reported.
func TestSenderDateSpanish(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Carrera Solidaria Hospital del Sur: domingo 19 de abril, largada 8 h desde la Costanera.",
		"Te esperamos en la Feria Navideña el 13 y 14 de diciembre en la Plaza Mayor.",
		"Black Friday: 25% en armazones. Solo 28 y 29 de noviembre. Código: BF25.",
		"Óptica Visión Andina sede Usaquén cierra por remodelación del 12 al 25 de enero.",
		"Recordatorio: el portal estará fuera de servicio el sábado 6 de diciembre de 11 p.m. a 3 a.m. por mantenimiento programado.",
		"Buscamos cajeros para Monterrey. Postúlate antes del 15 de enero.",
		"A partir del 1 de marzo la clínica de Laredo ya no abrirá los sábados.",
		"Nuestra sede se muda a Carr. 2 Km 11.7, Plaza Río Hondo, local 84.",
		"<p>20% en regalos navideños.</p><p>Farmacias Del Valle · Av. Insurgentes Sur 1602, CDMX</p>",
		"Feria de salud gratuita el 9 de diciembre, 9–14 h, Av. Constitución 400.",
		"SuministraChile abre su primer punto de retiro en Concepción: Av. Paicaví 1020, local 3.",
		"Stitch & Shift: ahora abrimos los domingos de 11 a 5 en 880 Lakeview Blvd.",
		"A partir del lunes 7 de abril la tienda abre a las 8.",
		"Mercy Valley Foundation: the 5K Fun Run is March 20! Packet pickup is Friday at the foundation office.",
		"Your curbside order is ready at Store #88 (2901 Kenwood Rd). Park in a marked spot.",
		"Hello from Stitch & Shift! We're now open Sundays 11–5 at 880 Lakeview Blvd.",
		"Returns now go to our new address: Northpoint Direct Returns, 2200 Commerce Pkwy, Dock 4, Lebanon, TN 37090.",
	)
	checkFlagged(t, g, true,
		"Su cita es el 8 de diciembre a las 10 a.m.",
		"Le esperamos el 6 de diciembre para su consulta.",
		"Solo el 28 y 29 de noviembre atenderemos su consulta de control.",
		"Su examen será del 12 al 25 de enero en nuestra sede Chapinero.",
		"Su cita en la Feria de Salud es el 9 de diciembre, 9–14 h, Av. Constitución 400.",
		"Juan Pérez se muda a Av. Paicaví 1020, local 3, desde el 10 de enero.",
		"La paciente se muda a la Cra. 70 #44-25 desde el 15 de enero.",
		"Entregaremos su receta en Cra. 70 #44-25 desde el 15 de enero.",
		"Nuestra enfermera visitará Av. Paicaví 1020 el sábado 6 de diciembre.",
		"Juan Pérez · Av. Vicuña Mackenna 2850, San Joaquín, Santiago",
		"Stitch & Shift: your caregiver's shift starts at 3921 N Camino Seco.",
		"Su plan de tratamiento comienza a partir del lunes 7 de abril.",
		"You're invited to your follow-up exam on 10/23 at 600 Water St.",
		"Admission: Juan Pérez, March 20, 1800 Hospital Dr.",
		"Your prescription is ready at Store #88 (2901 Kenwood Rd).",
		"We're now open Sundays at 880 Lakeview Blvd for your therapy sessions.",
		"Packet pickup for your lab test is Friday at the foundation office, 1800 Hospital Dr.",
	)
}

// TestSenderDateRedAndDates2: after the merge of red2's booked slots and
// dates2's Spanish events: an invitation to an event is no booking; a JSON
// system time with seconds is no odd clock time of a booking; a day held
// for the reader at the sender's office stays reported.
func TestSenderDateRedAndDates2(t *testing.T) {
	g := newTestGuard(t)
	checkModeCases(t, g, nil, []modeCase{
		{"Te esperamos en la Feria Navideña el 13 y 14 de diciembre en la Plaza Mayor.", Standard, false},
		{`{"event":"loyalty.points_earned","tenant":"farmacias-del-valle","points":230,"ts":"2026-12-01T18:22:05Z"}`, Standard, false},
		{"Our office has reserved March 3 at 9:40 AM for your account.", Standard, true},
		{"Nuestra oficina lo espera el 3 de marzo a las 9:40.", Standard, true},
	})
}
