package guard

import "strings"

// specialistvisit.go — a surgical or clinical specialist as the reader's
// clinician (issue 15, tenth pass, helper MISS10: dev60 "Beaumont Dental:
// Your consultation with our oral surgeon is confirmed").
//
// "periodontist", "endodontist", "oral surgeon" are no condition, but the
// reader's consultation with one says what care the reader is having.
// Rule compose.specialist_visit (kind procedure) reports the specialist
// when
//
//   - a visit word (consultation, consult, appointment, appt, visit,
//     surgery, procedure, session, follow-up) with "your" at most two words
//     before it is followed by "with", then at most three words (our, the,
//     your, Dr., a name, a modifier), then the specialist ("Your
//     consultation with our oral surgeon", "your appointment with Dr. Lee,
//     our endodontist"); or
//   - the specialist is followed by "will see you" or "sees you" within
//     three words ("our orthopedic surgeon will see you on Monday").
//
// A specialist is "surgeon(s)" (not after "tree") or a word ending in
// -odontist, -ologist, -iatrist, -iatrician or one of specialistWords
// (podiatrist, optometrist, chiropractor, hygienist, obstetrician…);
// cosmetologist and the like are no clinicians (specialistNot).
// "Our oral surgery suite is open to tour", "We welcome our new
// periodontist", "Meet our dermatologists at the fair" pass: no visit of
// the reader's. Accepted risk: "your appointment with our trichologist" at
// a hair salon is blocked.

var (
	specialistVisitFirst = wordSetTab("consultation consultations consult appointment appt visit surgery procedure session followup follow " +
		"surgeon surgeons")
	specialistVisitYour = wordSetTab("your")
	specialistWords     = wordSetTab("surgeon surgeons podiatrist optometrist chiropractor hygienist obstetrician physician clinician " +
		"orthotist prosthetist audiologist midwife anesthetist")
	specialistNot = wordSetTab("cosmetologist astrologist numerologist mixologist genealogist technologist")
	hWith, hSee   = hstr("with"), hstr("see")
)

// specialist: token k names a clinical specialist.
func (s *scanner) specialist(k int) bool {
	t := &s.toks[k]
	if t.cls&tAlpha == 0 || specialistNot.get(t.h) {
		return false
	}
	if t.h == hstr("surgeon") || t.h == hstr("surgeons") {
		return k == 0 || s.toks[k-1].low != "tree"
	}
	if specialistWords.get(t.h) {
		return true
	}
	w := t.low
	for _, e := range []string{"odontist", "ologist", "iatrist", "iatrician"} {
		if strings.HasSuffix(w, e) || strings.HasSuffix(w, e+"s") {
			return len(w) > len(e)+2
		}
	}
	return false
}

// specialistVisit: token i is a visit word or "surgeon".
func (s *scanner) specialistVisit(i int) {
	n := len(s.toks)
	if s.toks[i].h == hstr("surgeon") || s.toks[i].h == hstr("surgeons") {
		// "our orthopedic surgeon will see you"
		if !s.specialist(i) {
			return
		}
		for k := i + 1; k+1 < n && k <= i+3 && s.sameSentence(i, k+1); k++ {
			if (s.toks[k].h == hSee || s.toks[k].low == "sees") && s.toks[k+1].h == hYou {
				s.addTok(i, i, KindProcedure, "compose.specialist_visit", 0.7, "names the reader's specialist clinician")
				return
			}
		}
		return
	}
	your := false
	for j := i - 1; j >= 0 && j >= i-2 && s.sameSentence(j, i); j-- {
		if specialistVisitYour.get(s.toks[j].h) {
			your = true
		}
	}
	if !your {
		return
	}
	w := i + 1
	if w < n && s.toks[w].low == "up" { // "follow-up"
		w++
	}
	if w >= n || s.toks[w].h != hWith || !s.sameSentence(i, w) {
		return
	}
	for k := w + 1; k < n && k <= w+5 && s.sameSentence(i, k); k++ {
		if s.specialist(k) {
			s.addTok(k, k, KindProcedure, "compose.specialist_visit", 0.7, "names the specialist of the reader's visit")
			return
		}
	}
}
