package guard

// pelvicfloor.go — pelvic-floor therapy as the reader's care (issue 15,
// sixteenth pass round two, helper recall2b, dev89-leak-008: "Reminder:
// your internal pelvic floor assessment + biofeedback is booked. Wear
// loose clothing; the exam room is private.").
//
// A pelvic-floor physical therapy practice's visit names the reader's
// pelvic condition by its treatment: biofeedback, vaginal dilators, an
// internal exam, a pelvic-floor assessment or retraining. Rule
// compose.pelvic_floor (kind procedure) reports, with a reader's
// possessive (your, ur, su, tu, sus, tus) at most five words before in the
// sentence:
//
//   - biofeedback, a dilator (dilator, dilators, dilatador, dilatadores);
//   - "internal exam/assessment/evaluation/check" ("evaluación interna",
//     "examen interno");
//   - "pelvic floor" or "suelo/piso pélvico" with a care word at most three
//     words either side (exam, assessment, therapy, retraining, session,
//     visit, evaluación, terapia, sesión, cita…).
//
// Passes: "Pelvic floor therapy is now available at our Eastside clinic",
// "Learn about biofeedback for pelvic floor health at our free talk" (no
// reader's possessive before the term).

var (
	pfFirst = wordSetTab("biofeedback dilator dilators dilatador dilatadores internal interna interno pelvic suelo piso")
	pfAlone = wordSetTab("biofeedback dilator dilators dilatador dilatadores")
	pfExam  = wordSetTab("exam exams examination assessment assessments evaluation eval check examen evaluacion revision")
	pfCare  = wordSetTab("exam exams examination assessment assessments evaluation eval therapy retraining rehab rehabilitation " +
		"treatment session sessions visit visits appointment appt training examen evaluacion terapia sesion sesiones cita " +
		"rehabilitacion fisioterapia tratamiento consulta biofeedback")
	hPelvicFloor = hstr("floor")
	pfPelvicES   = wordSetTab("pelvico pelvica")
	hPelvic      = hstr("pelvic")
	pfInternal   = wordSetTab("internal interna interno")
)

// pelvicFloorAt: token i is one of pfFirst.
func (s *scanner) pelvicFloorAt(i int) {
	n := len(s.toks)
	h := s.toks[i].h
	e := i
	switch {
	case pfAlone.get(h):
	case pfInternal.get(h):
		// "internal exam", "evaluación interna", "examen interno"
		if i+1 < n && pfExam.get(s.toks[i+1].h) {
			e = i + 1
		} else if !(i > 0 && pfExam.get(s.toks[i-1].h)) {
			return
		}
	case h == hPelvic:
		if i+1 >= n || s.toks[i+1].h != hPelvicFloor || !s.pfCareNear(i, i+1) {
			return
		}
		e = i + 1
	default: // suelo, piso
		if i+1 >= n || !pfPelvicES.get(s.toks[i+1].h) || !s.pfCareNear(i, i+1) {
			return
		}
		e = i + 1
	}
	if !s.pfOwned(i) {
		return
	}
	s.addTok(i, e, KindProcedure, "compose.pelvic_floor", 0.75, "names a pelvic-floor treatment the reader has")
}

// pfOwned: a reader's possessive at most five words before token i in its
// sentence.
func (s *scanner) pfOwned(i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if trialOwner.get(s.toks[k].h) {
			return true
		}
		if s.toks[k+1].sent {
			break
		}
	}
	return false
}

// pfCareNear: a care word at most three words before a or after b.
func (s *scanner) pfCareNear(a, b int) bool {
	for k := a - 3; k <= b+3; k++ {
		if k < 0 || k >= len(s.toks) || k >= a && k <= b {
			continue
		}
		if pfCare.get(s.toks[k].h) {
			return true
		}
	}
	return false
}
