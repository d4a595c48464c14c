package guard

// ownclaim.go: the sender's "our line" said to be the reader's own number
// (issue 15, fifteenth pass, helper latent14, dev73x/dev81l, 2026-12-05).
//
// "Cascade Allergy: Our line 555-0151 is the one you registered as your
// own" was caught only through the sender's name: ownNumber (ownnumber.go)
// passed the number for "Our line", and after "our <phone noun> <number>"
// it reads only the words before the number for its vetoes ("Share our
// number 555-0160 with neighbors who …"), so what the sentence says after
// it went unread. The number is the reader's. onClaimAfter vetoes
// ownNumber when a copula or a verb of matching follows the number (is,
// was, matches, equals, es, coincide, corresponde) and the rest of its
// sentence claims it for the reader: a reader's possessive pronoun
// (yours, suyo, suya, tuyo, tuya), or you, your, su, usted, tu within two
// words before a word of registering or a personal line (registered,
// gave, provided, entered, listed, own, file, home, cell, mobile,
// personal; registró, dio, proporcionó, propio, propia, celular, casa).
//
// Passes: "Save our line 503-555-0151 as your own contact for the clinic"
// (no copula after the number), "Our line 503-555-0151 is the one to call
// for after-hours help" and "… is open 8 AM to 5 PM for your refills" (no
// claim). Cost: only inside ownNumber, for a number about to pass.

var (
	ocCopula = wordSetTab("is was matches match equals es era coincide corresponde")
	ocYours  = wordSetTab("yours suyo suya tuyo tuya")
	ocClaim  = wordSetTab("registered gave given provided entered listed own file home cell mobile personal " +
		"registro dio proporciono propio propia celular casa")
)

// onClaimAfter: the number ending at token last is followed by a copula
// and a claim of it for the reader, within its sentence ending before hi.
func (s *scanner) onClaimAfter(last, hi int) bool {
	k := last + 1
	if k >= hi || !ocCopula.get(s.toks[k].h) {
		return false
	}
	for m := k + 1; m < hi; m++ {
		h := s.toks[m].h
		if ocYours.get(h) {
			return true
		}
		if recipientWords.get(h) {
			for j := m + 1; j < hi && j <= m+2; j++ {
				if ocClaim.get(s.toks[j].h) {
					return true
				}
			}
		}
	}
	return false
}
