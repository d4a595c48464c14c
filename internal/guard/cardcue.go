package guard

// Payment cards beside insurance cards (issue 15, fifth pass, dev19): an
// identifier after a cue is let through when a payment-card word is right
// before the cue ("card ending in 4242": a payment card's last four, not
// an identifier; idValue in words.go). An insurance or member card is no
// payment card, and a payment card's number has no letters, so the value
// is still reported when it holds a letter ("Your insurance card (Policy
// W229-448-01) was scanned", "Your card (Member ID XJH448201)") or when the
// card word has an insurance word before it and the cue is a health-plan
// cue ("Your insurance card (Policy 229-448-01)").
//
// An ID card is no payment card either (dev29 "Subject: New ID card for
// subscriber 902114537-01"): "id" and "identification" before the card
// word count like an insurance word (helper d29c).
var insuranceCardWords = wordSetTab("insurance insured medical health member membership medicaid medicare dental vision " +
	"prescription benefits benefit plan seguro medico salud afiliado id identification")

// paymentCardValue reports whether the value k..end after the identifier
// cue starting at token i may be a payment card's digits, so that the
// card-word exemption applies.
func (s *scanner) paymentCardValue(i, k, end int, p *phrase) bool {
	for x := k; x <= end && x < len(s.toks); x++ {
		if s.toks[x].cls&tDigit == 0 {
			return false // a letter in the value: no payment card number
		}
	}
	if p.kind == KindMRN { // "Your patient card (MRN 00412934)": a record number (redteam.go)
		return false
	}
	if p.kind != KindHealthPlan {
		return true
	}
	for x := i - 1; x >= 0 && x >= i-3; x-- {
		if s.fl(x)&wCardCue != 0 && x > 0 && insuranceCardWords.get(s.toks[x-1].h) {
			return false
		}
	}
	return true
}
