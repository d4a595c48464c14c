package guard

// therapyabbr.go: PT, OT and SLP visits (issue 15, night of 2026-12-04,
// helper MS2: dev27 "Your PT eval is confirmed").
//
// PT, OT and SLP written in capitals right before a word of a therapy visit
// (eval, evaluation, re-eval, session, visit, appointment, appt, intake,
// consult, referral, exercises, therapist, treatment) name physical,
// occupational or speech therapy: rule clinical.therapy_abbrev (kind
// procedure). "PT" is also Pacific Time and part-time, "OT" overtime: after
// a time ("8 AM PT session", "10 PT") and before any other word ("PT
// position", "OT hours", "PT/FT") it passes. The sentence must be said to
// the recipient or scheduled (your, you, reminder, scheduled, confirmed,
// moved, tomorrow, a weekday…: "The OT session of the game" passes), and a
// PT session, visit or appointment in a notice with a gym word (gym,
// trainer, training, workout, fitness, membership, studio) is a personal
// trainer's; a PT eval, intake or referral is not.

var (
	therapyAbbrevs = wordSetTab("pt ot slp emdr aba iop ha ci php")
	therapyBits    = tabsFilter(therapyAbbrevs) // its token bit (fb2Therapy, tokfilter.go)
	therapyHeads   = wordSetTab("eval evals evaluation evaluations reeval session sessions visit visits appointment " +
		"appointments appt appts intake consult consultation referral exercises therapist treatment treatments re")
	therapyTimeBefore = wordSetTab("am pm noon midnight")
	therapySchedule   = wordSetTab("reminder scheduled confirmed moved booked rescheduled canceled cancelled tomorrow today " +
		"monday tuesday wednesday thursday friday saturday sunday")
	// heads no gym uses: "PT eval" is never a personal trainer's
	therapyClinicalHeads = wordSetTab("eval evals evaluation evaluations reeval re intake referral therapist treatment treatments consult consultation")
	therapyGym           = wordSetTab("gym trainer trainers training workout workouts fitness membership studio crossfit")
)

// scanTherapyAbbrev reports clinical.therapy_abbrev.
func (s *scanner) scanTherapyAbbrev() {
	if s.fbAll2&fb2Therapy == 0 { // no token passes therapyBits (tokfilter.go)
		return
	}
	s.scanTherapyAbbrevOn()
}

// scanTherapyAbbrevOn is scanTherapyAbbrev past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) scanTherapyAbbrevOn() {
	n := len(s.toks)
	for i := 0; i+1 < n; i++ {
		t := &s.toks[i]
		if t.cls&tUpper == 0 || t.fb2&fb2Therapy == 0 || !therapyAbbrevs.get(t.h) || s.used[i] {
			continue
		}
		if own := careAbbrevHeads[t.h]; own != nil { // HA, CI, PHP, IOP: their own heads (careabbr.go)
			if a, b, ok := s.careAbbrev(i, own); ok {
				s.addTok(a, b, KindProcedure, "clinical.therapy_abbrev", 0.75, "is a care-programme or hearing-care abbreviation in a personal frame")
				i = b
			}
			continue
		}
		g := s.gap(i + 1)
		if g != " " && g != "-" || s.toks[i+1].sent || !therapyHeads.get(s.toks[i+1].h) {
			continue
		}
		e := i + 1
		if s.toks[e].h == hstr("re") { // "PT re-eval"
			if e+1 >= n || s.gap(e+1) != "-" || !therapyHeads.get(s.toks[e+1].h) {
				continue
			}
			e++
		}
		if i > 0 && !t.sent && (therapyTimeBefore.get(s.toks[i-1].h) || s.toks[i-1].cls&tDigit != 0) {
			continue
		}
		// said to the recipient or scheduled ("Your PT eval", "Reminder: PT
		// session tomorrow"), not "The OT session of the game"
		if !s.sentenceHas(i, &recipientWords) && !s.sentenceHas(i, &therapySchedule) {
			continue
		}
		// ABA is also the bar association and a bank routing number: its
		// session or appointment needs a therapy word in the notice
		if t.h == hABA && !therapyClinicalHeads.get(s.toks[i+1].h) && !s.noticeHasAny(&abaTherapyWords) {
			continue
		}
		// a personal trainer's session or appointment at a gym
		if t.h == hstr("pt") && !therapyClinicalHeads.get(s.toks[i+1].h) && s.therapyGymNotice() {
			continue
		}
		if s.p != nil && (s.p.isTemplate(t.h)) {
			continue
		}
		s.addTok(i, e, KindProcedure, "clinical.therapy_abbrev", 0.75, "is a therapy abbreviation before a visit word ('"+s.toks[e].low+"')")
		i = e
	}
}

// noticeHasAny: a token of the field is in set.
func (s *scanner) noticeHasAny(set *setTab) bool {
	for k := range s.toks {
		if set.get(s.toks[k].h) {
			return true
		}
	}
	return false
}

// therapyAttire: clothes a physical therapist asks for ("wear workout
// clothes", "bring gym shoes"): the gym word before them is no gym's.
var therapyAttire = wordSetTab("clothes clothing shoes sneakers attire wear gear shorts")

// therapyGymNotice reports whether the notice has a gym word that is not
// only attire (red team round 4, dev28s: "Reminder: PT session Tuesday 3
// PM. Wear comfortable workout clothes.").
func (s *scanner) therapyGymNotice() bool {
	for k := range s.toks {
		if !therapyGym.get(s.toks[k].h) {
			continue
		}
		if k+1 < len(s.toks) && !s.toks[k+1].sent && therapyAttire.get(s.toks[k+1].h) {
			continue
		}
		return true
	}
	return false
}

var (
	hABA            = hstr("aba")
	abaTherapyWords = wordSetTab("therapist therapists therapy bcba rbt behavior behavioral behaviour autism")
)
