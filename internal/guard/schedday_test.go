package guard

import "testing"

// TestSchedDay: a date on the sender's own schedule (its place or service
// as the subject of a schedule verb) or of an event open to everyone
// passes; the same shapes with one reader's appointment, procedure, test,
// relative, arrival or slot on that date stay reported (schedday.go).
func TestSchedDay(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		// the sender's schedule (dev100, dev101, dev103, dev108, dev109)
		{"Clínica Santa Lucía del Ávila informa: el lunes 14/12 no habrá consulta externa por mantenimiento eléctrico. La emergencia funciona 24 horas.", ""},
		{"Hospital Monte Cuscatlán informa: el 2 de noviembre, Día de los Difuntos, la consulta externa permanecerá cerrada. Emergencias y farmacia abiertas 24 horas.", ""},
		{"Our office will close at 3 PM on Friday, December 19 for our staff holiday party. We reopen Monday at 9 AM.", ""},
		{"Lab draw station hours are changing to 7 AM–3 PM weekdays beginning Jan 4.", ""},
		{"The Burnside site closes at 3 PM on Dec 31 for our staff celebration. Happy New Year!", ""},
		// a care word naming the place; the place's own "su horario" (dev99h, dev106, dev116)
		{"The rehab gym is temporarily relocated to Level 2 while the floors are refinished (Dec 7-11).", ""},
		{"A partir del 2 de enero, la sucursal Polanco amplía su horario: lunes a viernes de 8 a 19 h.", ""},
		{"During the university's spring break (Mar 16–20), the clinic is closed. Sessions resume March 23.", ""},
		// an event open to everyone (dev106, dev111, dev116)
		{"Nuestro curso de preparación para el parto comienza el 12 de enero. Abierto a todas las familias de la comunidad.", ""},
		{"Virtual family caregiver meetup, Jan 7 at 7 PM ET: tips for staying organized during the holidays. Open to everyone.", ""},
		{"Free flu vaccine clinic for all members. Saturday, October 10, 8 AM to 1 PM at the Main Street center.", ""},
		{"Tamarack Valley Hospital's annual health fair is Oct 3 at the county fairgrounds. Free blood pressure checks for all attendees.", ""},
		// one reader's appointment, procedure or test on that date
		{"Su colonoscopia es el 14/12.", "date.person"},
		{"The clinic will see you Dec 19 for your biopsy follow-up.", "date.person"},
		{"La biopsia será el 14/12 en el laboratorio.", "date.person"},
		{"The clinic reopens on Jan 4 for the stitches.", "date.untied"},
		{"The clinic reopens on Jan 4 for the cast removal.", "date.untied"},
		{"Your appointment is confirmed for Mon, Dec 14 at 8:30 AM.", "date.person"},
		// a relative or child, the reader's next clause, arrival or slot
		{"Por el feriado del 9 de julio, la consulta del niño no se atenderá; se reprograma para el 10.", "date.person"},
		{"El 25 de diciembre nuestras clínicas cerrarán; su cita se moverá.", "date.untied"},
		{"March 3 at 10:40 AM — our clinic closes at noon that day, so arrive early.", "date.untied"},
		{"The Motion Lab locker room closes March 3–21; your cast must stay dry until then.", "date.untied"},
		{"Free community class for your mom's knee rehab, Dec 17, 2 PM.", "date.untied"},
		{"Your therapy sessions resume March 23.", "date.person"},
		{"Surgery day is Oct 10, for all the family.", "date.person"},
		{"Free flu vaccine clinic for the public on Oct 3.", "date.untied"},
		{"Community workshop for everyone on April 9. Follow-up visit on April 9 at 2 PM.", "date.person"},
		{"Familia Ruiz: jornada de vacunación contra la influenza, sábado 10 de octubre, abierta al público.", "date.untied"},
		{"Free flu vaccine clinic for all members of the Okafor household, Saturday, October 10, 9 AM to 1 PM.", "date.untied"},
		{"Flu vaccine clinic for all members. Maria's dose is Saturday, October 10.", "date.person"},
		{"A partir del 2 de enero, la clínica cambia su horario de diálisis.", "date.untied"},
		{"The biopsy lab will see Maria on Dec 14.", "date.person"},
		// one reader's booking, slot or pending item elsewhere in the notice (dev116s, red23d)
		{"Admission confirmed. Thanks. The hospital lobby opens Dec 14 at 6 AM.", "date.person"},
		{"Cupo reservado. Gracias. El laboratorio reanudará el 4 de enero.", "date.untied"},
		{"The lab reopens Jan 4. The slot is held.", "date.person"},
		{"Visit held. Thanks. Visitas will resume Jan 4.", "date.untied"},
		// an event's "will be held" is no booking
		{"Free community workshop on healthy cooking will be held Dec 17 at 2 PM. Open to everyone.", ""},
		{"Holiday hours: the lab closes Dec 24 and reopens Dec 26.", ""},
	})
}
