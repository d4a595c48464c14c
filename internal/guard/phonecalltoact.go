package guard

// phonecalltoact.go: a call to action's number (issue 15, ninth pass,
// dev59, helper MISC9B, 2026-12-05).
//
// "Call (614) 555-0152 to set up an account", "Call 614-555-0150 to learn
// more", "Llame al 55 5010 2020 para agendar": a sentence that opens with
// the imperative "call" (call, llame, llámanos), the number right after it
// (or after "al"), and a purpose clause right after the number ("to" /
// "para" and a word) tells the reader to call the sender: nobody is told to
// call their own number. sphCallToAct is one more structure of
// senderPhone (senderphone.go), so its vetoes all hold: no reader's word
// in the sentence ("Call 614-555-0150 to reach your son's school"), no
// personal line word, title, name cue, kin word or lone given name, no
// extension, and no care in the notice (shCareOutside: "Call … to book your
// infusion" never gets here).
//
// The purpose clause must name no care or booking word (caresignal.go's
// careWords, senderdate.go's sdCare and sdHeld): "Llame al 55 1234 5678
// para confirmar", "Call … to reschedule" stay reported.
//
// Accepted risk: a third party's number told in the imperative with no
// name ("Call 614-555-0150 to reach the county office") passes; it is an
// office's, not a person's.
func (s *scanner) sphCallToAct(lo, hi, first, last int) bool {
	p := first - 1
	if p > lo && s.toks[p].low == "al" {
		p--
	}
	if p != lo || !sphCall.get(s.toks[p].h) || s.toks[p].cls&tCap == 0 {
		return false
	}
	q := last + 1
	if q+1 >= hi || s.toks[q].low != "to" && s.toks[q].low != "para" {
		return false
	}
	if s.toks[q+1].cls&tAlpha == 0 || s.fl(q+1)&wStop != 0 {
		return false
	}
	// a purpose of the reader's care ("to confirm", "para confirmar", "to
	// schedule", "to reschedule"): a booking's line, left reported
	for m := q + 1; m < hi; m++ {
		h := s.toks[m].h
		if careWords.get(h) || sdCare.get(h) || sdHeld.get(h) {
			return false
		}
	}
	return true
}
