package guard

// publiccueday.go: a care event's day offered to all (issue 15, ninth
// pass, dev52, helper MISC9B, 2026-12-05).
//
// date() ties a date to a person when a person cue (visit, test,
// screening, vaccine…) stands near it, and publicdate.go leaves such cues
// winning on purpose ("Free flu vaccine clinic for the public on Oct 3"
// stays reported, fail closed). An employer's or a clinic's scheduled event
// days are named otherwise: the cue is the name of the days themselves
// ("Biometric screening days are November 3–5 at the Harlow Street office,
// open to all employees"). publicCueDay makes such a date the sender's
// calendar when all of these hold:
//
//   - every person cue in date()'s window (eight words before, four after,
//     within the sentence) is followed right away by day/days/día/días:
//     the cue names the event's days, not a visit; or by van/vans/bus
//     (a mobile unit on site: "Free vision screening van on site Mar
//     12–13 for all employees", helper date13, dev72);
//   - the sentence is offered to all (cfPublicSentence, carefacility.go:
//     "open to all employees", "free for all staff", "para todos"; standard
//     mode only);
//   - no reader's word anywhere in the field (recipientWords: "your
//     biometric screening is November 3", "Screening days are November 3–5;
//     your slot is 9 AM" stay reported).
//
// The clinical words of the notice are still reported unless the
// announcement rule (announce.go) finds it a general announcement. Accepted
// risk: a named group's event days ("Dialysis screening days … open to all
// employees") pass their date; the clinical word keeps its own finding.
// Cost: only when a person cue is near a date.
func (s *scanner) publicCueDay(i, j int) bool {
	if s.m != Standard {
		return false
	}
	n := len(s.toks)
	cues := 0
	check := func(k int) bool {
		if s.fl(k)&wDatePerson == 0 {
			return true
		}
		cues++
		if k+1 >= n || s.toks[k+1].sent || s.gap(k+1) != " " {
			return false
		}
		switch s.toks[k+1].low {
		case "day", "days", "dia", "dias":
			return true
		case "van", "vans", "bus":
			return true // "Free vision screening van on site Mar 12–13 for all employees" (helper date13, dev72)
		}
		return false
	}
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if !check(k) {
			return false
		}
		if s.toks[k].sent {
			break
		}
	}
	for k := j + 1; k < n && k <= j+4; k++ {
		if s.toks[k].sent {
			break
		}
		if !check(k) {
			return false
		}
	}
	if cues == 0 || !s.cfPublicSentence(i) && !s.openCueDay(i, j) { // "open to the public" (openevent.go)
		return false
	}
	for k := range s.toks {
		if recipientWords.get(s.toks[k].h) {
			return false
		}
	}
	return true
}
