package guard

import "strings"

// dialysissession.go: the reader's treatment sessions at a kidney or
// dialysis centre (issue 15, fifteenth pass, helper recall2, dev83:
// "Happy 70th birthday from everyone at RenalPath Westside! … a little
// surprise for you at your Thursday session").
//
// In-centre dialysis runs in fixed sessions (Monday-Wednesday-Friday or
// Tuesday-Thursday-Saturday, a chair and a shift). A gym's or a tutor's
// "your Thursday session" is nothing clinical; the same words from a
// sender whose name says kidney or dialysis tell that the reader is on
// dialysis. dialysisSession reports (rule clinical.dialysis_session, kind
// procedure), in both modes, a reader's word (your, su, tu) followed
// within three words (weekdays, morning, afternoon, evening, usual,
// regular, next, del/de and the like: dsBetween) by a session word
// (session, sessions, treatment, treatments, chair, shift, sesión,
// sesiones, turno, tratamiento) when a token of the notice begins with a
// kidney word (renal, kidney, dialysis, diálisis, nephro, nefro, riñón:
// "RenalPath", "Kidney Care") and no word of a login, a class or a tour
// is in the sentence ("your portal session expired", "your Thursday
// session of our kidney-health class"). A chair, shift or turno needs a
// weekday or time word before it ("your Tuesday chair"): "Your care team
// will confirm your chair time" after a centre's opening hours change is
// said to every patient (dev68-clean-238) and passes.
//
// Passes: "your Thursday session" from a sender with no kidney word, "The
// Thursday session of our free kidney-health class" (no reader's word
// before it). Cost: only on a reader's word that scanVitals already
// stops at; the notice's tokens are read only after a session word.
var (
	dsNouns   = wordSetTab("session sessions treatment treatments chair shift sesion sesiones turno tratamiento")
	dsBetween = wordSetTab("monday tuesday wednesday thursday friday saturday sunday lunes martes miercoles jueves viernes sabado domingo " +
		"mondays tuesdays wednesdays thursdays fridays saturdays morning afternoon evening usual regular next upcoming " +
		"de del la manana tarde noche proxima habitual")
	dsSlotNouns = wordSetTab("chair shift turno")
	dsVeto      = wordSetTab("login log portal online browser app password expired webinar class classes tour zoom clase taller")
	dsKidney    = []string{"renal", "kidney", "dialysis", "dialisis", "nephro", "nefro", "rinon"}
)

// dialysisSession: token i is a reader's word (see the file comment).
func (s *scanner) dialysisSession(i int) {
	n := len(s.toks)
	switch s.toks[i].low {
	case "your", "su", "tu":
	default:
		return
	}
	k := i + 1
	for ; k < n && k <= i+3 && !s.toks[k].sent && dsBetween.get(s.toks[k].h); k++ {
	}
	if k >= n || k > i+4 || s.toks[k].sent || !dsNouns.get(s.toks[k].h) {
		return
	}
	if k == i+1 && dsSlotNouns.get(s.toks[k].h) { // "your chair time" alone: the centre's wording to all
		return
	}
	a, b := s.sentence(i)
	for m := a; m <= b; m++ {
		if dsVeto.get(s.toks[m].h) {
			return
		}
	}
	for m := 0; m < n; m++ {
		low := s.toks[m].low
		for _, w := range dsKidney {
			if strings.HasPrefix(low, w) {
				s.addTok(i, k, KindProcedure, "clinical.dialysis_session", 0.7, "names the reader's treatment sessions at a kidney or dialysis centre")
				return
			}
		}
	}
}
