package guard

// Insurance member-id digits (issue 15, third pass): "Your insurance card
// ends in 4471", "member ID ending 0932". The last digits of a payment
// card pass ("card ending in 4242"); the last digits of an insurance or
// benefits card or member number identify a health plan member
// (health_plan.last_digits): a number of 3–6 digits after "ends/ending
// (in)" or "last (four/4) digits" with an insurance word (insurance,
// member, medicaid, medicare, subscriber, benefits, policy, seguro,
// afiliado, póliza) up to six words before it in the same sentence.

var (
	insuranceWords = wordSetTab("insurance insurer member medicaid medicare subscriber benefits benefit policy seguro afiliado poliza")
	endingWords    = wordSetTab("ends ending end last terminan termina terminado")
)

// memberDigitsAt: token i, a number of 3–6 digits, after an ending cue
// and an insurance word.
func (s *scanner) memberDigitsAt(i int) {
	t := &s.toks[i]
	if t.nd < 3 || t.nd > 6 || len(t.low) != int(t.nd) {
		return
	}
	ending := false
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if !s.sameSentence(k, i) {
			return
		}
		h := s.toks[k].h
		if k >= i-4 && endingWords.get(h) {
			ending = true
		}
		if ending && insuranceWords.get(h) {
			s.addTok(i, i, KindHealthPlan, "health_plan.last_digits", 0.75, "are the last digits of an insurance or member number")
			return
		}
	}
}
