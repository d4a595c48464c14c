package guard

// cardlast.go: a health-plan card as an identifier cue leaves the card's
// last digits to memberid.go (issue 15, eighth pass, helper MISS2).
//
// vocab/context_words.txt's [health_plan] section gained the card itself
// as a cue ("Medicare card", "insurance card", "tarjeta del seguro"…:
// "the Medicaid card (ID 1029384756)" was read by no cue, "card" being no
// skip word). "Your insurance card ends in 4471" was already reported as
// the card's last digits (health_plan.last_digits, memberid.go); the new
// cue would have taken it first as a whole identifier (id.health_plan).
// cardLastDigits keeps the older reading: when an ending word (ends,
// ending, termina…) lies between the cue and a value of 3–6 digits, and
// the cue holds an insurance word memberid.go reads, idValue leaves the
// value to memberDigitsAt, which reports it. Every such value is reported
// either way; only the rule differs.

// cardLastDigits: the cue i..j of kind health_plan holds an insurance word,
// an ending word lies between it and the value at k, and the value is 3–6
// digits.
func (s *scanner) cardLastDigits(i, j, k int, p *phrase) bool {
	if p.kind != KindHealthPlan || k >= len(s.toks) || k-j < 2 {
		return false
	}
	v := &s.toks[k]
	if v.nd < 3 || v.nd > 6 || len(v.low) != int(v.nd) {
		return false
	}
	ending := false
	for x := j + 1; x < k; x++ {
		if endingWords.get(s.toks[x].h) {
			ending = true
		}
	}
	if !ending {
		return false
	}
	for x := i; x <= j; x++ {
		if insuranceWords.get(s.toks[x].h) {
			return true
		}
	}
	return false
}
