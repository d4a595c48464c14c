package guard

import "strings"

// dialslot.go: the reader's dialysis session, treatment or chair time
// (issue 15, fifteenth pass; helpers org2, dev86o, and recall2, dev83,
// whose two readings of the same family were joined at the merge).
//
// A dialysis unit writes of the reader's treatment slot in words no other
// rule reads as care: "RenalPath Dialysis: Your Thursday session moved to
// 6:00 AM", "Your chair time is now 5:30 AM on Mon/Wed/Fri", "Su sesión
// del jueves se cambió", "Happy 70th birthday from everyone at RenalPath
// Westside! … a little surprise for you at your Thursday session". A gym's
// or a tutor's "your Thursday session" is nothing clinical; the same words
// in a field that names the kidney tell that the reader is on dialysis.
// With no context the header's "Dialysis" was often the only finding; once
// the tenant's name is given (Context.Sender) nothing reported the notice
// (latent14_test.go). scanDialSlot reports (rule compose.dialysis_slot,
// kind procedure) a slot word after a reader's word (your, su, sus, tu,
// tus) at most three words before it in the same sentence:
//
//   - session(s), sesión/sesiones, treatment(s), tratamiento(s), when a
//     token of the field begins with a kidney word (renal, kidney,
//     dialysis, diálisis, hemodialysis, nephro, nefro, riñón: "RenalPath",
//     "Kidney Care");
//   - chair, shift, turno: with a weekday or time word between the reader's
//     word and it ("your Tuesday chair", "su turno de la mañana") under
//     the same kidney test, or as "chair time(s)/schedule" in a field that
//     names dialysis itself. "Your care team will confirm your chair time"
//     after a kidney centre's opening hours change is said to every patient
//     (dev68-clean-238) and passes.
//
// Stays clean: a sign-in session ("Inicie sesión", "your portal session
// expired": a sign-in word right before it, an expiry word right after,
// or a login, class or tour word in the sentence: "your Thursday session
// of our kidney-health class"), a session of no reader ("Our Saturday
// sessions now start at 5:00 AM"), and a session in a field that never
// names the kidney.
//
// Gate: fb3DialSlot (dsStartFilter: the slot words).
var (
	dsDialysis   = wordSetTab("dialysis dialisis hemodialysis hemodialisis")
	dsSignIn     = wordSetTab("sign signin login log portal browser web app inicie iniciar inicio cerrar chat video")
	dsExpiry     = wordSetTab("expired expires expire timed ended caducada caduco expiro")
	dsChairAfter = wordSetTab("time times schedule")
	// dsSessions: the slot words that need only the kidney test
	dsSessions = wordSetTab("session sessions sesion sesiones treatment treatments tratamiento tratamientos")
	// dsSlotNouns: the slot words that need a weekday or time word before
	// them, or "time"/"schedule" after "chair" in a field naming dialysis
	dsSlotNouns = wordSetTab("chair shift turno")
	// dsBetween: the words that may stand between the reader's word and a
	// slot noun, naming when
	dsBetween = wordSetTab("monday tuesday wednesday thursday friday saturday sunday lunes martes miercoles jueves viernes sabado domingo " +
		"mondays tuesdays wednesdays thursdays fridays saturdays morning afternoon evening usual regular next upcoming " +
		"de del la manana tarde noche proxima habitual")
	// dsVeto: a login, a class or a tour in the sentence
	dsVeto        = wordSetTab("login log portal online browser app password expired webinar class classes tour zoom clase taller")
	dsKidney      = []string{"renal", "kidney", "dialysis", "dialisis", "hemodialysis", "hemodialisis", "nephro", "nefro", "rinon"}
	dsStartFilter = tabsFilter(dsSessions, dsSlotNouns)
	hChair        = hstr("chair")
)

// scanDialSlot reports compose.dialysis_slot.
func (s *scanner) scanDialSlot() {
	if s.fbAll3&fb3DialSlot == 0 { // no slot word in the field
		return
	}
	s.scanDialSlotOn()
}

// scanDialSlotOn is scanDialSlot past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) scanDialSlotOn() {
	n := len(s.toks)
	kidney, dial := -1, -1 // not asked
	for i := 1; i < n; i++ {
		t := &s.toks[i]
		e := i
		slot := false
		switch {
		case dsSessions.get(t.h):
		case dsSlotNouns.get(t.h):
			slot = true
			if t.h == hChair && i+1 < n && s.gap(i+1) == " " && dsChairAfter.get(s.toks[i+1].h) {
				e = i + 1
			}
		default:
			continue
		}
		if s.used[i] || dsSignIn.get(s.toks[i-1].h) || e+1 < n && !s.toks[e+1].sent && dsExpiry.get(s.toks[e+1].h) {
			continue
		}
		own, when := -1, false
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			if recipientPossessive.get(s.toks[k].h) {
				own = k
				break
			}
			if s.toks[k].sent {
				break
			}
			when = when || dsBetween.get(s.toks[k].h)
		}
		if own < 0 || slot && !when && e == i { // a chair, shift or turno needs a weekday or time word, or "chair time"
			continue
		}
		a, b := s.sentence(i)
		veto := false
		for m := a; m <= b && !veto; m++ {
			veto = dsVeto.get(s.toks[m].h)
		}
		if veto {
			continue
		}
		if kidney < 0 {
			kidney, dial = s.dsFieldNames()
		}
		if kidney == 0 || slot && !when && dial == 0 { // "your chair time" alone: only where the field names dialysis
			continue
		}
		s.addTok(i, e, KindProcedure, "compose.dialysis_slot", 0.7, "names the reader's own slot at a dialysis unit")
	}
}

// dsFieldNames: whether a token of the field begins with a kidney word
// (1 or 0), and whether one is a word of dialysis itself (1 or 0).
func (s *scanner) dsFieldNames() (kidney, dial int) {
	for m := range s.toks {
		if dsDialysis.get(s.toks[m].h) {
			return 1, 1
		}
		low := s.toks[m].low
		for _, w := range dsKidney {
			if strings.HasPrefix(low, w) {
				kidney = 1
			}
		}
	}
	return kidney, 0
}
