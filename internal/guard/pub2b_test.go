package guard

import "testing"

// TestPolicyTail: a policy's start date closing its sentence after
// ", effective" passes; the reader's own missed visit in the same shape
// stays reported (policytail.go, caredate.go).
func TestPolicyTail(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Updated no-show policy: missed visits without 24 hours' notice will be charged $40, effective March 1.",
		"Updated no-show policy: a fee of $40 applies, effective Feb 1.",
		"Updated cancellation policy: visits cancelled with less than 24 hours' notice will be charged $35, effective March 1.",
	)
	checkFlagged(t, g, true,
		"Updated no-show policy: your missed visit will be charged $40, effective Feb 1.",
		"No-show fee for March 3: $25. See our policy.",
		"No-show policy exception for Maria, effective Feb 1.",
		"No-show policy applied to your son's visit, effective Feb 1.",
		"No-show fee of $40 for your visit, effective Feb 1.",
	)
}

// TestEsCialAdj: a Spanish -cial adjective of an ordinary -cia noun is
// no unknown word; the reader's care beside it stays reported (esadj.go).
func TestEsCialAdj(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"¿Sabés que tenemos plan de salud dental? Sumá a tus hijos con cuota preferencial. Más info en la app.",
	)
	checkFlagged(t, g, true,
		"Sumá a tu familia con cuota preferencial: tu resultado de VIH está listo.",
		"Tu receta de metformina con cuota preferencial está lista.",
	)
}

// TestLearnedStopWords: a rule's name ("substance policy") and a verb
// before its object ("can affect headaches") are no learned clinical
// pair; the reader's condition stays reported (learned.go).
func TestLearnedStopWords(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Controlled-substance policy update: all refill requests now require 3 business days' notice.",
		"Our newsletter: how weather changes can affect headaches, and a new staff spotlight.",
	)
	checkFlagged(t, g, true,
		"Dr. Lee noted that weather changes affect your headaches and migraine.",
		"Your controlled-substance refill of oxycodone is ready.",
	)
}

// TestNurseLine: "our nurse line" is the sender's telephone service, no
// care word for the sender's phone rules; the reader's care beside it
// stays reported (ownevent.go, senderlisting.go).
func TestNurseLine(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Our nurse line hours are changing: Mon–Fri 8am–6pm starting Jan 5. After hours, call (312) 555-0199 for the on-call service.",
	)
	checkFlagged(t, g, true,
		"Our nurse line will call you Jan 5 about your biopsy. After hours, call (312) 555-0199.",
		"The nurse line reviewed your insulin doses on Jan 5. After hours, call (312) 555-0199.",
		"Our nurse line will call you at 3:15 PM on Jan 5. After hours, call (312) 555-0199.",
		"Nurse Kim will call you Jan 5 at 3pm. After hours, call (312) 555-0199.",
	)
}

// TestLibraryNamedAfterPerson: a public library named after a person is a
// place (orgnames.go); a person before a library word elsewhere, and a
// guest addressed after a hotel, stay reported.
func TestLibraryNamedAfterPerson(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Join our free public lecture on June 12, 6:30pm at the Harold Washington Library. All welcome!",
		"Conferencia gratuita, jueves 20 de marzo, 6 pm, Biblioteca Rudy Lozano. ¡Todos bienvenidos!",
	)
	checkFlagged(t, g, true,
		"Maria Lopez, your library card renewal and migraine follow-up are due.",
		"Hotel Maria Lopez: your stay and dialysis on March 3.",
		"Biblioteca: María López, su préstamo vence el 3 de marzo.",
		"Biblioteca Rudy Lozano: María López, su resultado de VIH está listo.",
	)
}
