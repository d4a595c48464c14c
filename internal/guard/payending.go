package guard

// payending.go: the last four digits of the account a payment went to
// (issue 15, thirteenth pass, helper date13, dev15d/dev63/dev77d).
//
// "card ending in 4242" passes (README, "Other judgement calls"); "account
// ending in 0021" stays reported because a patient's or member's account
// may be meant (cardonaccount.go). A payment receipt names the account the
// money went to by its last four: "Your payment of $25.00 was applied to
// account ending 4417", "Autopay is set up for account ending 4417. Your
// next scheduled payment is $35.00 on 03/01". payEnding passes the value
// when all of these hold:
//
//   - the cue is "account" (or "cuenta") and "ending", "ending in" or
//     "terminada en" stands between it and the value;
//   - the value is one token of exactly four digits;
//   - the notice is about a payment: a payment word (payment, payments,
//     autopay, paid, pago, pagos, pagado) and an amount ("$25.00", "€");
//   - the notice holds no record word (patient, member, MRN, claim,
//     policy, insurance, Medicaid…: otpRecordWords) and no care word (a
//     person cue of the date rule, a health cue, invoicecare.go's visit,
//     lab, therapy…, careWords) outside the sender's header before the
//     first colon ("Hartwell Cardiology:", ownHeadEnd); "scheduled"
//     right before a payment word is the payment's ("Your next scheduled
//     payment is $35.00").
//
// A care service or medical equipment (peCareGoods: ambulance, wheelchair,
// oxygen, hospice…) is a care word too (red13/dev77x).
// Stays reported: "Your payment of $25.00 was applied to patient account
// ending 4417" (a record word), "… for your visit … account ending 4417",
// "account ending 44170" (five digits), "account 4417" (no "ending"), an
// account ending in a notice with no payment or no amount.
var (
	peEnding  = wordSetTab("ending terminada terminado")
	pePayment = wordSetTab("payment payments autopay paid pago pagos pagado pagada")
	// peCareGoods: a care service or medical equipment the payment was
	// for, in no other list ("for the ambulance ride", red13/dev77x)
	peCareGoods = wordSetTab("ambulance ambulances ambulancia paramedic paramedics wheelchair wheelchairs walker crutches " +
		"oxygen oxigeno cpap bipap nebulizer hospice nicu")
)

// payEnding: the value at start..end after cue token i is the last four of
// the account a payment went to (see the file comment).
func (s *scanner) payEnding(i, start, end int) bool {
	if s.toks[i].low != "account" && s.toks[i].low != "cuenta" || start != end || s.toks[start].nd != 4 || s.toks[start].cls&tAlpha != 0 {
		return false
	}
	ending := false
	for k := i + 1; k < start; k++ {
		if s.toks[k].sent {
			return false
		}
		ending = ending || peEnding.get(s.toks[k].h)
	}
	if !ending {
		return false
	}
	n := len(s.toks)
	pay, amount := false, false
	head := s.ownHeadEnd()
	for k := 0; k < n; k++ {
		t := &s.toks[k]
		h := t.h
		if k <= head || (t.low == "scheduled" || t.low == "programado" || t.low == "next") && k+1 < n && pePayment.get(s.toks[k+1].h) {
			continue // the sender's header ("Hartwell Cardiology:"); "Your next scheduled payment"
		}
		if otpRecordWords.get(h) || invoiceCareWords.get(h) || oiPerson.get(h) || careWords.get(h) && h != hApplied || careKin.get(h) || kinWords.get(h) || peCareGoods.get(h) ||
			t.w != nil && (t.w.flags&wDatePerson != 0 || t.w.flags&wHealthCue != 0 && !recipientWords.get(h)) {
			return false
		}
		pay = pay || pePayment.get(h)
		if t.cls&tDigit != 0 && (containsMoney(s.gap(k)) || k+1 < n && containsMoney(s.gap(k+1))) {
			amount = true
		}
	}
	return pay && amount
}

var hApplied = hstr("applied")

// containsMoney: a gap holds a currency sign.
func containsMoney(g string) bool {
	for _, r := range g {
		if r == '$' || r == '\u20ac' {
			return true
		}
	}
	return false
}
