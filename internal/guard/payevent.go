package guard

// payevent.go (helper MISC2, dev41): three numbers of a payment the reader
// made, which name the payment, not the person.
//
//   - payReceiptCode: "Payment of $34.50 received on card ending in 1881.
//     Thank you! Receipt INV-220981.", "… Recibo INV-221340.": a lettered
//     code right after a receipt word ("receipt", "recibo", "comprobante",
//     at most "#", "no" or ":" between) in a notice with a payment word.
//   - payReceiptNumber: "Tu boleta electrónica N° 1048832 por $23.480",
//     "document":"boleta","folio":"1049105", "Tu comprobante N°
//     DON-2026-08813 ya está disponible": a sales or donation receipt's
//     number, a receipt word at most four words before it.
//   - payEventInvoiceKey: "invoice_id":"INV-2025-004417" in a JSON payment
//     event ("event":"invoice.paid", "payment.succeeded", "invoice.issued"):
//     a billing system's event about a subscription, not a patient's bill.
//   - bankLast4: "Your payment of $24.60 is scheduled for Mar 20 from the
//     bank account ending in 0021.": the last four digits of the bank
//     account a payment is drawn from, the counterpart of "card ending in
//     4242", which passes (README "Other judgement calls"). Only "bank",
//     "checking" or "savings" right before "account", "ending in" and four
//     digits, a payment word in the notice.
//
// All three need a notice with no word of a person's record (shoppay.go's
// shopRecordWords: patient, member, claim, account, cuenta, expediente…;
// for bankLast4 the cue's own "account" aside) and no care word beside the
// code (invoicecare.go). Stays reported: "Folio 88213377 de la
// derechohabiente", "Factura FAC-2024-00931 del asegurado" (a record word), "Invoice INV-558812 is past due",
// "Receipt INV-220981 for patient account 4471", "invoice_id" outside a
// payment event or beside "patient_id", "account ending in 0021" without
// "bank", "bank account ending in 002145" (more than four digits), and a
// bank account beside a record word ("member", "claim"). Accepted risk: a
// clinic's receipt or bank-draft notice worded with no record or care word
// passes, as the same notice from a shop must.
//
// They run only on a code another rule is about to report: no bit filter.

var (
	payReceiptWords = wordSetTab("receipt recibo comprobante")
	// payNumberWords: a sales receipt's number ("boleta electrónica N°
	// 1048832", "folio":"1049105", "comprobante N° DON-2026-08813")
	payNumberWords = wordSetTab("boleta boletas folio comprobante recibo receipt")
	payEventHeads  = wordSetTab("invoice payment charge subscription")
	payEventVerbs  = wordSetTab("paid succeeded issued created finalized")
	bankAcctWords  = wordSetTab("bank checking savings")
	hAccount       = hstr("account")
	hEnding        = hstr("ending")
	hEvent         = hstr("event")
)

// payReceiptCode: the code whose letters are token i follows a receipt
// word in a payment notice.
func (s *scanner) payReceiptCode(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if payReceiptWords.get(s.toks[k].h) {
			return !s.payPersonalCode(i) && s.shopPayNotice() && !s.shopRecordNotice() && !s.invoiceCare(i)
		}
		if !codeBetween.get(s.toks[k].h) || s.toks[k+1].sent {
			return false
		}
	}
	return false
}

// payEventInvoiceKey: the identifier cue i..j is the "id" of an
// "invoice_id" key in a JSON payment event.
func (s *scanner) payEventInvoiceKey(i, j int) bool {
	if i != j || i == 0 || s.toks[i].h != hID || s.gap(i) != "_" || !payEventHeads.get(s.toks[i-1].h) {
		return false
	}
	if len(s.t.s) == 0 || s.t.s[0] != '{' {
		return false
	}
	ev := false
	for k := 0; k+2 < len(s.toks); k++ {
		if s.toks[k].h == hEvent && payEventHeads.get(s.toks[k+1].h) && s.gap(k+2) == "." && payEventVerbs.get(s.toks[k+2].h) {
			ev = true
			break
		}
	}
	return ev && !s.shopRecordNotice() && !s.invoiceCare(i)
}

// bankLast4: the cue i..j ends "bank account ending in" and four digits
// follow.
func (s *scanner) bankLast4(i, j int) bool {
	a := -1
	for k := i; k <= j; k++ {
		if s.toks[k].h == hAccount {
			a = k
		}
	}
	if a < 1 || a+2 >= len(s.toks) || s.toks[a+1].h != hEnding || !bankAcctWords.get(s.toks[a-1].h) {
		return false
	}
	v := a + 2
	if s.toks[v].h == hIn {
		v++ // "ending in 0021"; "ending 0923" (billing109.go)
	}
	if v >= len(s.toks) || s.gap(v) != " " || s.toks[v].cls&tDigit == 0 || len(s.toks[v].low) != 4 {
		return false
	}
	if v+1 < len(s.toks) && (s.toks[v+1].cls&tDigit != 0 || s.gap(v+1) == "-") {
		return false
	}
	if !s.shopPayNotice() && !s.bl109DepositNotice() || s.invoiceCare(v) { // a deposit notice: billing109.go
		return false
	}
	for k := range s.toks {
		if k != a && shopRecordWords.get(s.toks[k].h) {
			return false
		}
	}
	return true
}

// payEventInvoiceValue: the number at token first is the value of a
// payment event's "invoice_id" ("INV-2025-004417": the number rules read
// "2025-004417" on their own).
func (s *scanner) payEventInvoiceValue(first int) bool {
	for k := first - 1; k >= 1 && k >= first-3; k-- {
		if s.toks[k].h == hID {
			return s.payEventInvoiceKey(k, k)
		}
	}
	return false
}

// payReceiptNumber: the long number at token first follows a receipt word
// (at most four words before, in its sentence) in a notice with no record
// word and no care word beside it.
func (s *scanner) payReceiptNumber(first int) bool {
	for k := first - 1; k >= 0 && k >= first-4; k-- {
		if payNumberWords.get(s.toks[k].h) {
			return !s.payPersonalCue(k, first) && !s.shopRecordNotice() && !s.invoiceCare(first)
		}
		if s.toks[k].sent {
			break
		}
	}
	return false
}
