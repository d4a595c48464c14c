package guard

// cardonaccount.go: a payment card on a shop account (issue 15, helper
// RENT44, dev44).
//
// "The card on your Lensly account ending in 8831 expires 06/25" names a
// payment card's last four, like "card ending in 4242" (README "Other
// judgement calls"); idValue reads the cue "account ending in", and the
// card word is too far before it for the card-cue test (two words).
// cardOnAccount reports that the cue at token i is "account" with "card on"
// before it, up to two words between ("your", "the", "my", one capitalised
// shop name): "card on your Lensly account", "card on the account", "tarjeta
// en su cuenta" is not read (Spanish "cuenta" is a record word here).
// The value must be exactly four digits and the card word must have no
// insurance or member word before it (insuranceCardWords, cardcue.go).
//
// Stays reported: "account ending in 0021" without "card on" (a patient or
// member account may be meant), "the card on your member account ending in
// 8831" (a member word between), "card on your account ending in 88312"
// (five digits).
func (s *scanner) cardOnAccount(i, start, end int) bool {
	if s.toks[i].low != "account" || start != end || s.toks[start].nd != 4 || s.toks[start].cls&tAlpha != 0 {
		return false
	}
	for k := i - 1; k >= 1 && k >= i-3; k-- {
		if s.toks[k+1].sent {
			return false
		}
		l := s.toks[k].low
		if l == "on" {
			c := k - 1
			if s.fl(c)&wCardCue == 0 || c > 0 && insuranceCardWords.get(s.toks[c-1].h) {
				return false
			}
			return true
		}
		if l != "your" && l != "the" && l != "my" && (s.toks[k].cls&tCap == 0 || insuranceCardWords.get(s.toks[k].h)) {
			return false
		}
	}
	return false
}
