package guard

// paykin.go: a relative's payment and its date (issue 15, fourteenth pass,
// helper red14, dev77x/dev80x, 2026-12-05).
//
// "We received $250.00 from your son toward your balance on 10/14/2024":
// the date rule's billing cues (received, balance) clear the date, and
// paydate.go, which steps back at a kin word, is not needed for it. The
// notice tells the reader that a named relative paid their account on
// that day — a relationship and a date of the reader's care account.
// payKinDate makes the date a person's date when its sentence holds an
// amount ("$250.00", "85,00 €"), a booking or payment word (paydate.go's
// pdBookVerb and pdAcct: received, applied, payment, saldo…) and one
// relative right after the reader's word ("your son", "your wife's", "de
// su hijo": hourskin.go's oneRelative, read on the two words after the
// reader's word).
//
// Stays clean: "We received your payment of $250.00 on 10/14/2024",
// "Recibimos su pago de $250.00 el 14/10/2024", "Family plan: we received
// $250.00 toward your balance on 10/14/2024" (a household, no relative).
// Cost: only for a date; one pass over its sentence.

// pkGuardian: a legal guardian paying for the reader ("We received $250.00
// from your guardian toward your balance on 10/14/2024"; red14b, dev81x)
var pkGuardian = wordSetTab("guardian guardians conservator tutor tutora")

// payKinDate: the date at tokens i..j is the day a relative of the reader
// paid (see the file comment).
func (s *scanner) payKinDate(i, j int) bool {
	lo, hi := s.sentSpan(i)
	pay, amount, kin := false, false, false
	for k := lo; k < hi; k++ {
		if k >= i && k <= j {
			continue
		}
		h := s.toks[k].h
		pay = pay || pdBookVerb.get(h) || pdAcct.get(h)
		if s.toks[k].cls&tDigit != 0 && (containsMoney(s.gap(k)) || k+1 < len(s.toks) && containsMoney(s.gap(k+1))) {
			amount = true
		}
		if recipientWords.get(h) && k+1 < hi && !kin {
			kin = s.oneRelative(k+1, min(k+3, hi)) || k+1 < hi && pkGuardian.get(s.toks[k+1].h)
		}
	}
	return pay && amount && kin
}
