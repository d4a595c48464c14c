package guard

// caresched.go: a care schedule that changes from a date on (issue 15,
// fourteenth pass, helper red14, dev77x/dev80x, 2026-12-05).
//
// policydate.go clears the date of a rule for everyone ("Effective Sept
// 1, all infusions will require a photo ID") and keeps it when the subject
// after the comma is a care event with no "all" ("Effective Sept 1, wound
// checks are weekly"). Keeping is not reporting: "Effective" is a billing
// cue of the date rule and a Spanish notice with "curas" carries no care
// signal, so "Effective Sept 1, wound checks are weekly" and "A partir del
// 3 de octubre, las curas serán semanales" passed. Both tell one reader
// how often their own care happens from that day. careSchedDate makes the
// date a person's date when all of these hold:
//
//   - the sentence opens with policydate.go's opener, the date's words and
//     a comma (policyOpener), and the date lies between them;
//   - after the comma, an optional article (the, los, las) and at most
//     four lower-case words, one of them a care event (pdCareSubject,
//     careWords, invoiceCareWords or a health cue: "wound checks",
//     "dressing changes", "las sesiones de terapia"), then a verb of
//     being or moving (are, will, serán, move, pasan…);
//   - after that verb, a frequency or a weekday (weekly, daily, twice,
//     every other, semanales, diarias, los martes, Tuesdays);
//   - no determiner of everyone (all, every, todas…) in the subject, and
//     no sender's word (we, our, nuestro…) and no word of availability
//     (available, offered, open, disponibles, walk-in) in the sentence.
//
// Stays clean: "Effective Sept 1, our lab opens at 7", "Starting Oct 3,
// all infusions will require a photo ID", "A partir del 3 de octubre,
// todas las curas requieren cita previa", "Starting Oct 3, flu shots are
// available on Saturdays". Cost: only for a date, only after
// policyOpener matched.

var (
	// csVerb: the subject's verb before the schedule
	csVerb = wordSetTab("are is will be move moves moving change changes switch switches shift shifts become becomes " +
		"seran sera son es pasan pasaran pasa cambian cambiaran")
	// csFreq: how often, or on which days
	csFreq = wordSetTab("weekly daily monthly biweekly fortnightly twice thrice nightly hourly " +
		"mondays tuesdays wednesdays thursdays fridays saturdays sundays " +
		"semanal semanales diaria diarias diario diarios mensual mensuales quincenal quincenales " +
		"lunes martes miercoles jueves viernes sabados domingos")
	// csOpen: the care is offered to all, not scheduled for one
	csOpen = wordSetTab("available offered open opens walk walkin disponible disponibles abierto abierta abiertas abiertos")
	// csArticle: an article before the subject
	csArticle = wordSetTab("the los las el la")
)

// careSchedDate: the date at token i starts a care schedule of one reader
// (see the file comment).
func (s *scanner) careSchedDate(i int) bool {
	open, comma, hi, ok := s.policyOpener(i)
	if !ok || i <= open || i >= comma {
		return false
	}
	for q := open; q < hi; q++ {
		h := s.toks[q].h
		if oeWe.get(h) || oeUs.get(h) || csOpen.get(h) {
			return false
		}
	}
	q := comma
	if q < hi && csArticle.get(s.toks[q].h) {
		q++
	}
	care, verb := false, -1
	for words := 0; q < hi && words <= 4; q++ {
		t := &s.toks[q]
		if q > comma && s.gap(q) != " " && s.gap(q) != "-" {
			return false
		}
		if pdUniversal.get(t.h) {
			return false // "all infusions will…": a rule for everyone (policydate.go)
		}
		if words > 0 && csVerb.get(t.h) {
			verb = q
			break
		}
		if t.cls&tAlpha == 0 || t.cls&tDigit != 0 || t.cls&(tCap|tUpper) != 0 {
			return false
		}
		if pdCareSubject.get(t.h) || careWords.get(t.h) || invoiceCareWords.get(t.h) || t.w != nil && t.w.flags&wHealthCue != 0 {
			care = true
		}
		words++
	}
	if !care || verb < 0 {
		return false
	}
	for q := verb + 1; q < hi; q++ {
		t := &s.toks[q]
		if csFreq.get(t.h) || t.low == "every" && q+1 < hi && (s.toks[q+1].low == "other" || s.toks[q+1].low == "week") || t.low == "cada" {
			return true
		}
	}
	return false
}
