package guard

// subjname_listed.go: listed given names after an explicit "Subject:"
// (issue 15, helper GAPS, dev37g: "Subject: Bartholomew, your results are
// in", "Subject: Grzegorz, your order is ready").
//
// subjname.go takes a word in no list before ", your" only when it ends in
// a vowel (brands in no list mostly end in a consonant: "Subject: Netflix,
// your payment failed" passes), and a listed given name only when neither
// the general nor the larger English lists hold it (dashGivenName). Names
// that end in a consonant are therefore read from the given-name list
// (vocab/first_names.txt, which gained a line of consonant-final names of
// several cultures: Grzegorz, Przemysław, Bartholomew, Tadhg, Chidubem,
// Xochitl …), and after the literal "Subject:" a listed given name that the
// larger English lists hold (a saint's or a place's name) is taken as well,
// as long as it is no general English word, stop or common word, month,
// place, greeting or generic addressee ("Subject: Chase, your card is
// ready", "Subject: Heads up, your…" pass).

// subjListedGiven reports whether token i is a listed given name that is
// no general English word, no stop or common word, month, place, greeting
// or generic addressee, and no product word.
func (s *scanner) subjListedGiven(i int) bool {
	t := &s.toks[i]
	f := s.fl(i)
	if f&wFirst == 0 || f&(wStop|wCommon|wPlace|wStateName|wStateCode|wMonth|wGreeting|wGenericAddressee) != 0 || vocativeNotName.get(t.h) {
		return false
	}
	if s.g.gen.english(t.h) || s.inProduct(i) {
		return false
	}
	return s.p == nil || !s.p.isTemplate(t.h) && !s.p.approvedWord(t.h)
}
