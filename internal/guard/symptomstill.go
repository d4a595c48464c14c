package guard

// symptomstill.go: "Still coughing after your visit?" — a symptom right
// after "still" in a sentence that asks the reader or names the reader's
// visit (issue 15, ninth pass, helper MISS9B, dev59-leak-099).
//
// symptomCue (symptom.go) took a having or reporting word ("still having
// a cough"); a campaign drops the verb: "Still coughing after your visit?
// Our members get $10 off a follow-up telehealth call", "Still wheezing
// after your visit?". stillAsked lets "still" right before an English
// symptom be the cue when its sentence holds a reader's word
// (recipientWords) or ends with a question mark (a question to the
// reader). Spanish needed no cue ("¿Sigue tosiendo…?": "sigue" is one);
// the gerund "tosiendo" joins symptomsES.
//
// Passes: "Still looking for a gift?" (no symptom), "Cold and cough
// remedies are 15% off" (no cue). Accepted risk: "Prices still swelling?"
// is reported (fail closed); the symptom list is unchanged otherwise.
//
// Speed: runs only on a symptom word (symptomFilter).

// stillAsked: the sentence of the symptom at token i holds a reader's word
// or ends with a question mark.
func (s *scanner) stillAsked(i int) bool {
	lo, hi := s.sentSpan(i)
	for k := lo; k < hi; k++ {
		if recipientWords.get(s.toks[k].h) {
			return true
		}
	}
	g := s.gap(hi)
	return len(g) > 0 && g[0] == '?'
}
