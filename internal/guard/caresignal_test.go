package guard

import "testing"

// TestCareFreeDates: an untied date passes in a notice with no care signal
// and stays reported in one with any (caresignal.go).
func TestCareFreeDates(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Our support line (833-366-7668) is closed on Jan 1 for New Year's Day. Chat is back Jan 2 at 8 AM PT.",
		"You've earned a $15 Stitch & Stride reward. It's already loaded to your account, use it by March 31.",
		"Kids' photo day at Meridian Elm St! Saturday, March 14, 10 AM-2 PM: free 5x7 portrait with any purchase.",
		"Su caja se envía el 14 de diciembre. ¿Desea saltarla o pausar?",
		"A partir del 1 de marzo, el plan mensual de DailyRoot pasa de $27.95 a $29.95.",
		"Father's Day is June 21. Grill sets are 25% off with code GRILL25.",
		"Subject: Photo gifts for Dad\nFather's Day is June 21. Photo mugs are 30% off.",
		"El Día de la Madre es el 10 de mayo: flores con envío gratis.",
		"Larkspur's Glen Ellyn office will close at noon on Wednesday, Dec 23 for a staff event.",
		"Come see the new clog wall on June 3!",
		"Óptica Visión Andina cierra por remodelación del 12 al 25 de enero. Te atendemos en la sede Andino.",
	)
	checkFlagged(t, g, true,
		// care and record words, Spanish and English
		"Your copay goes to $45 on Jan 1, 2026.",
		"We'll see your daughter on Nov 28 at 3 PM.",
		"Your follow-up is on March 3.",
		"Tu turno es el 3 de marzo.",
		"Su visita domiciliaria será el 5 de diciembre.",
		"Thanks for visiting our Oak Park clinic on Jan 12, 2025. How did we do?",
		"Drug take-back day: October 26. Last fill: October 2.",
		// kin and household, not a holiday's name
		"Event at our store: the Lopez household is down for March 3 at 9:40 AM.",
		"Your son's soccer practice moves Sept 1.",
		"Happy Mother's Day! Your mom is set for May 10.",
		// the reader held, expected, seen, reminded
		"Our office has you at 9:45 AM on March 3.",
		"We have you down for Tuesday, March 3 at 10:15.",
		"Nuestra sucursal le espera el 3 de marzo a las 10:00.",
		"Te vemos el 3 de marzo.",
		"Reminder: Tuesday, March 3 at 10 AM.",
		"Please come to our office by March 3 at 9:40 AM.",
		"Report to our Lakeview office on March 3 at 7:45 AM.",
		"We missed you on March 3. Let's find a new time.",
		"Your 30-day supply runs out on March 3.",
		// a clock time beside a reader's word, an odd clock time
		"Your ride to Lakeview is March 3 at 10 AM.",
		"Tuesday, March 3 at 9:40 AM, Lakeview office.",
		// birth dates and records
		"Happy birthday! Our records show 04/17/1962",
		"On file: 3/14/88. Reply STOP to opt out.",
		"Date of service: Dec 4, 2025.",
		// a closure's purpose that is not the sender's
		"Our office will close on 12/31 and reopen on 01/02 for the suture removal.",
		// the helper's own red team after the change (main reported these
		// as untied dates; each needed a word of its own)
		"Tu próxima aplicación es el 3 de marzo.",
		"We drew blood March 3.",
		"Intake on March 3 at 10 AM.",
		"Your telehealth link for March 3 is below.",
		"Your evaluation is March 3.",
		"Su valoración es el 3 de marzo.",
		"Your first injection is March 3.",
		"Your Tuesday March 3 spot is saved.",
		"Your lenses will be in on March 3.",
		"Meeting March 3 at 7 PM: 12 steps.",
		"AA meeting March 3 at 7 PM.",
		"Your sponsor meets you March 3.",
		"Day 1 of your program: March 3.",
	)
	// a care word in another field of the notice keeps the body's date
	fs, err := g.CheckPrepared(Notice{Fields: []Field{{Name: "subject", Text: "Your appointment"}, {Name: "body", Text: "See below: Saturday, March 14."}}}, nil, Standard)
	if err != nil || len(fs) == 0 {
		t.Errorf("care word in the subject: findings %v, %v; want the body's date", fs, err)
	}
	fs, err = g.CheckPrepared(Notice{Fields: []Field{{Name: "subject", Text: "Spring sale"}, {Name: "body", Text: "Doors open Saturday, March 14."}}}, nil, Standard)
	if err != nil || len(fs) != 0 {
		t.Errorf("no care signal in any field: findings %v, %v; want none", fs, err)
	}
}

// withoutCareGate runs f with the notice-level gate off: for the tests of
// a per-date rule's own boundary ("New estimate: Dec 9." is no business
// date), whose dates the gate may then pass in a notice with no care signal.
func withoutCareGate(f func()) {
	careGate = false
	defer func() { careGate = true }()
	f()
}

// TestCareSignalSenderHead: a given name inside the sender's header
// ("Farmacias Santa Lucía", "Iris Optical") is no person, a frame fitting
// party is the sender's event, and "July, 8-9 AM" is hours, not a date;
// the reader's fitting, prescription and a person's header keep the date
// (helper CONTACT9, dev59/dev61c).
func TestCareSignalSenderHead(t *testing.T) {
	checkModeCases(t, newTestGuard(t), nil, []modeCase{
		{"Farmacias Santa Lucía: El 1 y 2 de noviembre las sucursales abrirán de 9:00 a 18:00.", Standard, false},
		{"Iris Optical: Back-to-school frame fitting party at Grandview, Saturday, Aug 8, 10 AM-2 PM. Cookies and a photo booth!", Standard, false},
		{"Harbor Fitness: Free community stretching class in the Ballard gym every Saturday in June, 9-10 AM. Bring a friend.", Standard, false},
		{"Farmacias Santa Lucía: El 1 de noviembre tu receta estará lista.", Standard, true},
		{"Iris Optical: Your fitting is Saturday, Aug 8.", Standard, true},
		{"Iris Optical: Your lens fitting party is Saturday, Aug 8.", Standard, true},
		{"Maria Lopez: Saturday, Aug 8.", Standard, true},
		{"Harbor PT: Your first therapy session is Saturday, June 6, 9-10 AM at the Ballard gym.", Standard, true},
	})
}
