package guard

import "testing"

// TestSenderOpDate: the dates of the sender's own operations — a
// department's hours from a date on, the sender's policy from a date on,
// an automatic order's next run, an account's sign-in, the last day at an
// old place, a webhook's send stamp — pass; the same frames tied to the
// reader's care, a relative or a named person keep the date
// (senderopdate.go, date19, dev103 fam-date19, dev103d).
func TestSenderOpDate(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkModeCases(t, g, nil, []modeCase{
		// a department's hours from a date on (soHoursFrom, policydate.go)
		{"A partir del 1 de febrero, la consulta externa atenderá de lunes a sábado de 7:00 a. m. a 7:00 p. m.", Standard, false},
		{"Desde el 10 de marzo, el laboratorio atenderá los domingos de 8:00 a. m. a 12:00 p. m.", Standard, false},
		{"A partir del 2 de enero, la farmacia funcionará de lunes a viernes de 9:00 a 18:00.", Strict, false},
		{"A partir del 1 de febrero, la consulta de Ana Ruiz atenderá los lunes de 7:00 a. m. a 11:00 a. m.", Standard, true},
		{"A partir del 1 de febrero, la consulta externa atenderá a Juan los lunes de 7:00 a. m. a 9:00 a. m.", Standard, true},
		{"A partir del 1 de febrero, su consulta atenderá los lunes de 7:00 a. m. a 9:00 a. m.", Standard, true},
		{"A partir del 1 de febrero, la consulta externa atenderá sus controles los lunes.", Standard, true},
		{"Desde el 1 de febrero, el horario de la consulta externa será de lunes a sábado de 7:00 a 19:00.", Standard, false},
		{"Desde el 1 de febrero, el horario de su diálisis será los lunes de 7:00 a 11:00.", Standard, true},
		// the sender's policy from a date on, at the sentence's end (soWeFrom)
		{"Reminder: we no longer accept paper checks as of March 1.", Standard, false},
		{"Please note that we will stop accepting personal checks on June 1.", Standard, false},
		{"Reminder: our pharmacy will stop accepting paper checks on March 1.", Standard, false},
		{"Recordatorio: ya no aceptamos cheques a partir del 1 de marzo.", Standard, false},
		{"Recordatorio: ya no aceptamos cheques para su cirugía a partir del 1 de marzo.", Standard, true},
		{"Reminder: we no longer accept paper checks for your visit on March 1.", Standard, true},
		{"We no longer accept paper checks. Your visit on March 1 is still due.", Standard, true},
		{"Reminder: we will no longer see Maria after March 1.", Standard, true},
		// an automatic order's next run (soAutoOrder)
		{"Your automatic reorder is scheduled for April 3. To skip or change it, reply SKIP.", Standard, false},
		{"Your next subscription box is scheduled for Friday, June 5.", Standard, false},
		{"Su próximo pedido automático está programado para el 3 de abril.", Standard, false},
		{"Your automatic refill is scheduled for April 3.", Standard, true},
		{"Your automatic reorder for your wound care is scheduled for April 3.", Standard, true},
		{"Your automatic reorder is scheduled for April 3 after your visit.", Standard, true},
		// an account's sign-in (soSignIn)
		{"A new device signed in to your Cradle & Compass account on Dec 2 at 8:14 PM. If this wasn't you, reset your password.", Standard, false},
		{"Un nuevo dispositivo inició sesión en su cuenta el 4 de enero. Si no fue usted, cambie su contraseña.", Standard, false},
		{"A new device signed in to your account on Dec 2 to view your lab results.", Standard, true},
		{"Maria signed in to your account on Dec 2 at 8:14 PM.", Standard, true},
		{"A new device signed in to your account on Dec 2 after your visit.", Standard, true},
		// the last day at the sender's old place (soMoveLastDay)
		{"Our Seaside office is moving! The last day at the old location is Feb 27. New address: 45 Dune Rd, Seaside.", Standard, false},
		{"Nos mudamos. El último día en la sede actual es el 27 de febrero.", Standard, false},
		{"Our office is moving! Your last visit at the old location is Feb 27.", Standard, true},
		{"Our office is moving! The last day of your infusions at the old location is Feb 27.", Standard, true},
		{"Nos mudamos. El último día de Ana en la sede actual es el 27 de febrero.", Standard, true},
		// red20, dev104x: another sentence ties that day to the reader
		{"Our Seaside office is moving! The last day at the old location is Feb 27. Please come to your appointment there that day.", Standard, true},
		{"Nos mudamos. El último día en la sede actual es el 27 de febrero. Ese día tiene usted su cita a las 9.", Standard, true},
		{"A new device signed in to your account on Dec 2. You were admitted that day.", Standard, true},
		{"Su próximo pedido automático está programado para el 3 de abril. Ese día le llamará la enfermera.", Standard, true},
		{"Reminder: we no longer accept checks from Okafor as of March 1.", Standard, true},
		{"Nos mudamos. El último día en la sede actual es el 27 de febrero. Ese día cerramos a las 14:00.", Standard, false},
		{"Our office is moving! The last day at the old location is Feb 27. That day we close at noon.", Standard, false},
		{"Reminder: we no longer accept checks from Acme Payroll as of March 1.", Standard, false},
		// a webhook's send or creation stamp (webhookid.go's whStampWords)
		{`{"evento":"cita.confirmada","ref_cita":"cit_40118","canal":"whatsapp","fecha_envio":"2026-12-03T14:10:00-06:00"}`, Standard, false},
		{`{"evento":"cita.creada","canal":"sms","fecha_creacion":"2026-12-01T10:00:00-06:00"}`, Standard, false},
		{`{"evento":"cita.confirmada","fecha_cita":"2026-12-03T14:10:00-06:00"}`, Standard, true},
		{`{"evento":"cita.confirmada","fecha_nacimiento":"1984-03-07","fecha_envio":"2026-12-03T14:10:00-06:00"}`, Standard, true},
	})
}
