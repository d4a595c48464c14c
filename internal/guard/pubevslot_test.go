package guard

import "testing"

// TestPubEventSlot: a free event's topic or presenter, an awareness
// month's or day's name and "abierta a todos" let a public event pass
// (pubevslot.go); the reader's own attendance, a narrowed population, a
// person named in the event or its name, and anything after the slot stay
// reported.
func TestPubEventSlot(t *testing.T) {
	g := newTestGuard(t)
	checkModeCases(t, g, nil, []modeCase{
		// leaks
		{"Ostomy Awareness Day is October 3. Your ostomy class with a wound, ostomy and continence nurse is at 7 PM ET.", Standard, true},
		{"Ostomy Awareness Day is October 3. Join our free webinar with a wound, ostomy and continence nurse at 7 PM ET for patients with a new colostomy.", Standard, true},
		{"Join our free webinar with a wound, ostomy and continence nurse at 7 PM ET for new colostomy patients — open to all.", Standard, true},
		{"Join our free webinar with a wound, ostomy and continence nurse about stoma care after surgery at 7 PM ET — open to all.", Standard, true},
		{"Join our free webinar with nurse Maria Lopez on ostomy care at 7 PM ET — open to all.", Standard, true},
		{"Free webinar with a nurse for Ms. Ruiz on her colostomy at 7 PM — open to all.", Standard, true},
		{"Maria Lopez Ostomy Support Webinar: free, October 3 at 7 PM ET — open to all.", Standard, true},
		{"As an egg donor, you are invited to our free online info session, Wednesday, Jan 14 at 6 PM PT. Open to everyone.", Standard, true},
		{"Join our free online info session on becoming an egg donor, Wednesday, Jan 14 at 6 PM PT with Ana Ruiz. Open to everyone.", Standard, true},
		{"Free online info session on egg donation, Wednesday, Jan 14 at 6 PM for donors who completed retrieval. Open to everyone.", Standard, true},
		{"Sesión informativa gratuita sobre donación de óvulos, miércoles 14 de enero a las 6 p. m. Abierta a todos los pacientes con baja reserva ovárica.", Standard, true},
		{"Sesión informativa gratuita sobre donación de óvulos de la señora Ruiz, miércoles 14 de enero a las 6 p. m. Abierta a todos.", Standard, true},
		{"Como donante de óvulos, usted está invitada a nuestra sesión informativa gratuita el miércoles 14 de enero a las 6 p. m. Abierta a todos.", Standard, true},
		{"February is American Heart Month. Since you had a heart attack in December, join our free hands-only CPR class, Saturday, Feb 21 at 10 AM.", Standard, true},
		{"February is Jonas Whitfield Heart Month. Free hands-only CPR class, Saturday, Feb 21 at 10 AM — open to everyone.", Standard, true},
		{"February is American Heart Month. Free hands-only CPR class, Saturday, Feb 21 at 10 AM — open to everyone. Mr. Reed's defibrillator check follows.", Standard, true},
		{"Febrero es el Mes del Corazón. Clase gratuita de RCP para pacientes con marcapasos, sábado 21 de febrero a las 10 a. m.", Standard, true},
		{"Sesión informativa gratuita sobre donación de óvulos para pacientes de FIV con baja reserva ovárica, miércoles 14 de enero a las 6 p. m.", Standard, true},
		// clean
		{"Ostomy Awareness Day is October 3. Join our free webinar with a wound, ostomy and continence nurse at 7 PM ET — open to all.", Standard, false},
		{"Ostomy Awareness Day is October 3. Join our free webinar with a wound, ostomy and continence nurse at 7 PM ET — open to all.", Strict, false},
		{"Join our free online info session on becoming an egg donor, Wednesday, Jan 14 at 6 PM PT. Open to everyone.", Standard, false},
		{"Join our free online info session on becoming an egg donor, Wednesday, Jan 14 at 6 PM PT. Open to everyone.", Strict, false},
		{"Sesión informativa gratuita en línea sobre donación de óvulos, miércoles 14 de enero a las 6 p. m. Abierta a todos.", Standard, false},
		{"February is American Heart Month. Free hands-only CPR class, Saturday, Feb 21 at 10 AM in our community room — open to everyone.", Standard, false},
		{"February is American Heart Month. Free hands-only CPR class, Saturday, Feb 21 at 10 AM in our community room — open to everyone.", Strict, false},
		{"World Kidney Day is March 12. Join our free webinar with a renal dietitian at 6 PM ET — open to all.", Standard, false},
		{"Día Mundial de la Ostomía: 3 de octubre. Únase a nuestro webinar gratuito con una enfermera de ostomía a las 7 p. m. Abierto a todos.", Standard, false},
		{"Surgery Day is March 3. Join our free webinar with a nurse at 7 PM ET — open to all.", Standard, true},
		{"Noviembre es el Mes de Concientización sobre la Diabetes. Únase a nuestra Caminata Azul el 14 de noviembre — abierta a todos.", Strict, true},
	})
}
