package guard

// paydate.go: the date a payment was applied (issue 15, thirteenth pass,
// helper date13, dev69/dev77d).
//
// "Payment received, thank you! We applied $120.00 to your Bloomfield
// account on 10/14/2024" names the day the sender booked money, no one's
// care. The date rule's billing cues (due, statement, payment…) are eight
// words away or absent, and the care gate (caresignal.go) reads "applied"
// as a vaccine's ("la vacuna aplicada"). payDate makes the date cued when
// all of these hold:
//
//   - the date follows "on" or "el" and is no service's date
//     (servicedate.go: "Payment of $40 for the Oct 3 service was
//     received" stays reported);
//   - its sentence holds an amount ("$120.00", "85,00 €"), a booking verb
//     (applied, received, posted, credited, processed, aplicamos, aplicado,
//     recibimos, recibido, acreditado, abonado) and an account or payment
//     word (account, balance, payment, cuenta, saldo, pago);
//   - the notice holds no care or record word outside the sender's header
//     before the first colon: no person cue of the date rule, no health
//     cue, no invoice care word (visit, lab, therapy, consulta…), no word of
//     careWords but the booking verbs, no record or person word (patient,
//     member, MRN, claim, insurance, employee…), no kin word.
//
// Stays reported: "We applied $120.00 to your account for your visit on
// 10/14/2024" (a care word), "… to the account of patient Ana Ruiz on
// 10/14/2024" (a record word), a date with no amount or no booking verb.
var (
	pdBookVerb = wordSetTab("applied received posted credited processed aplicamos aplicado aplicada recibimos recibido recibida acreditado acreditamos abonado abonamos")
	pdAcct     = wordSetTab("account balance payment payments cuenta saldo pago pagos")
)

// payDate: the date at tokens i..j is the day a payment was booked (see
// the file comment).
func (s *scanner) payDate(i, j int) bool {
	if i < 1 || s.toks[i-1].low != "on" && s.toks[i-1].low != "el" {
		return false
	}
	lo, hi := s.sentSpan(i)
	if i-1 <= lo {
		return false
	}
	verb, acct, amount := false, false, false
	for k := lo; k < hi; k++ {
		h := s.toks[k].h
		verb = verb || pdBookVerb.get(h)
		acct = acct || pdAcct.get(h)
		if s.toks[k].cls&tDigit != 0 && (containsMoney(s.gap(k)) || k+1 < len(s.toks) && containsMoney(s.gap(k+1))) {
			amount = true
		}
	}
	if !verb || !acct || !amount || s.serviceDate(i, j) { // "Payment of $40 for the Oct 3 service was received": a service rendered (servicedate.go)
		return false
	}
	head := s.ownHeadEnd()
	for k := head + 1; k < len(s.toks); k++ {
		t := &s.toks[k]
		h := t.h
		if pdBookVerb.get(h) {
			continue
		}
		if otpRecordWords.get(h) || invoiceCareWords.get(h) || oiPerson.get(h) || careWords.get(h) || careKin.get(h) || kinWords.get(h) ||
			t.w != nil && (t.w.flags&wDatePerson != 0 || t.w.flags&wHealthCue != 0 && !recipientWords.get(h)) {
			return false
		}
	}
	return true
}
