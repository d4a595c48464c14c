package guard

import "strings"

// stillat.go: a question whether the reader still lives at an address
// (issue 15, fourteenth pass, helper red14, dev77x/dev80x, 2026-12-05).
//
// "Still at 22 Oak St? Call us at 617-555-0191." passed: the help line's
// "us" after the question let the sender's-address rules (bizAddress in
// words.go: senderPlace, the business cues) read the address as the
// sender's. "Still at … ?" asks the reader whether the address on file is
// still theirs. stillAtQuestion vetoes bizAddress, as homeCareAddress and
// sentToAddress do, when the address closes a question (a "?" after it,
// inside the run the address rule took: "22 Oak St? Call"), "still",
// "todavía", "sigue" or "sigues" stands at most five words before the
// address, and no sender's word (we, our, nuestro…) comes before it.
// "Visit us at 22 Oak St or call us" (no question), "Our clinic is still
// at 22 Oak St?" (the sender's) and "Still looking for a pharmacy? Call us
// at …" (no address) are untouched. Cost: only inside bizAddress, after
// address() found a street.

// saStill: the question's opening word
var saStill = wordSetTab("still todavia sigue sigues")

// stillAtQuestion: the address at tokens i..j closes a "still at …?"
// question (see the file comment).
func (s *scanner) stillAtQuestion(i, j int) bool {
	q := false // the address's run may reach past the question mark ("22 Oak St? Call")
	for k := i + 1; k <= j+1 && !q; k++ {
		if k < len(s.toks) {
			q = strings.Contains(s.gap(k), "?")
		} else {
			q = strings.HasPrefix(strings.TrimSpace(s.t.s[s.toks[j].e:]), "?")
		}
	}
	if !q {
		return false
	}
	lo, _ := s.sentSpan(i)
	still := false
	for k := lo; k < i; k++ {
		if oeWe.get(s.toks[k].h) || oeUs.get(s.toks[k].h) {
			return false // "Our clinic is still at 22 Oak St?": the sender's
		}
		still = still || k >= i-5 && saStill.get(s.toks[k].h)
	}
	return still
}
