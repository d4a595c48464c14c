package guard

// hoursdate.go: the date the sender's opening hours change (issue 15,
// thirteenth pass, helper date13, dev72/dev77d).
//
// "Our lab draw station hours change Oct 1: 7 AM–3 PM weekdays" is a
// schedule for everyone; "lab" and "draw" are person cues of the date rule
// ("your lab draw is Oct 1"), and weakcue.go reads "our lab" as the
// sender's only when nothing follows it. hoursDate reads the date's
// governor instead: the date comes right after (on, el, a partir del
// allowed between) a change verb (change, changes, changing, will change,
// cambia, cambian, cambiará, cambiarán) whose subject is hours or horario
// (at most one word between: "hours will change"), in a sentence that
// holds the sender's first person (our, nuestro, nuestra…) before the hours
// and no reader's word (you, your, su, tu, le, lo…). date() then takes the
// date as cued even beside a person cue.
//
// Stays reported: "Your lab hours change Oct 1" (a reader's word), "Our
// lab has your draw on Oct 1" (no hours), "Lab draw Oct 1" (no governor);
// another date of the notice is judged on its own ("Our lab hours change
// Oct 1; your blood draw is Oct 2" keeps Oct 2).
var (
	hdChange = wordSetTab("change changes changing cambia cambian cambiara cambiaran")
	hdHours  = wordSetTab("hours horario horarios")
	hdSkip   = wordSetTab("on el a partir del de starting")
)

// hoursDate: the date at token i is when the sender's hours change (see
// the file comment).
func (s *scanner) hoursDate(i int) bool {
	lo, hi, v, ok := s.hoursChange(i)
	if !ok {
		return false
	}
	we := false
	for m := lo; m < hi; m++ {
		h := s.toks[m].h
		if recipientWords.get(h) || h == hLo {
			return false
		}
		we = we || m < v && oeUs.get(h)
	}
	return we
}

// hoursChange: the date at token i follows a change verb whose subject is
// hours or horario ("hours will change Oct 1", "horario cambia el 1 de
// octubre"); it returns the sentence's span and the verb's first token.
// hoursDate and hoursKinDate (hourskin.go) read the rest of the sentence.
func (s *scanner) hoursChange(i int) (lo, hi, v int, ok bool) {
	lo, hi = s.sentSpan(i)
	k := i - 1
	for k > lo && hdSkip.get(s.toks[k].h) && k >= i-3 {
		k--
	}
	if k <= lo || !hdChange.get(s.toks[k].h) {
		return 0, 0, 0, false
	}
	v = k
	if v-1 > lo && (s.toks[v-1].low == "will" || s.toks[v-1].low == "are" || s.toks[v-1].low == "van") {
		v--
	}
	if !hdHours.get(s.toks[v-1].h) && !(v-2 >= lo && hdHours.get(s.toks[v-2].h)) {
		return 0, 0, 0, false
	}
	return lo, hi, v, true
}
