package guard

import "testing"

// TestSenderLine: senderline.go's readings of the sender's own words pass; the reader's
// and a patient's versions of the same shapes stay reported.
func TestSenderLine(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Storm tips from Larkspur Oxygen: keep a spare battery charged. Our line is open 24/7 at (602) 555-0181.",
		"Farmacia Luján: Su pedido está listo en el servi-carro de Ponce. Toque bocina o llame al (787) 555-0171 al llegar.",
		"Back-to-school reminder for all families: sports forms are due. Questions? Call (913) 555-0174.",
		"Northgate Blood Center: our Elm St center is closed Monday. Questions? (920) 555-0175",
		"Snow on I-35 this morning. If you can't make it in safely, call (512) 555-0176 and we'll reschedule with no fee.",
		"Farmacia Luján cambia de horario los domingos. ¿Preguntas? Llame al (787) 555-0178.",
		"For urgent needs, call the Truman Medical Centers nurse line at (816) 555-0160.",
		"Nuevo: Farmacias Benítez San Germán, Calle Luna 33, frente a la Plaza Santo Domingo. Teléfono (787) 555-0145.",
	)
	// still reported
	checkFlagged(t, g, true,
		"Receipt #004-1182-77 | Questions? Call 702-555-0147",
		"Your oxygen delivery is set for Friday; we'll call you at (503) 555-0170 on file before the driver arrives.",
		"Our line is open 24/7, or we'll call you back at your number (602) 555-0183.",
		"Your chemotherapy is moved to Friday. Questions? Call (913) 555-0188.",
		"Si no fue usted, llame a su hija Marta al (787) 555-0185.",
		"If your mother needs a ride, call (512) 555-0176 and we'll help.",
		"Text Maria or call (512) 555-0176.",
		"Call the Truman Medical Centers nurse line at (816) 555-0160 and ask for her.",
		"Teléfono de casa del paciente: (787) 555-0187.",
	)
}
