package guard

// idprefix.go: a lettered code after an invoice, statement, account, claim
// or member word (issue 15, night of 2026-12-04, helper MS2: dev27
// "Invoice INV-558812 is past due", dev28 "Your invoice INV-448920 for
// $120.00 is now due").
//
// Invoice, account, claim and member numbers are identifiers (README,
// "Other judgement calls"); written with a letter prefix joined by a hyphen
// ("INV-558812", "STMT-204417", "CLM-2025-44812") the number rules took
// them for a shop's code. A token of 2 to 5 letters joined by a hyphen to
// a number of 4+ digits (more hyphenated numbers may follow), 6+ digits in
// all, is reported
// (rule id.prefixed, kind account; health_plan after a member word) when:
//
//   - an invoice, statement, account, claim or member word comes at most
//     three words before it, with only "#", "number", "no", "is", "id" or
//     ":" between ("Invoice #INV-77120", "Your statement ST-55190"); or
//   - the letters themselves say so (INV, ACCT, ACC, CLM, STMT, MBR, MEM:
//     "Ref: INV-1187300"), unless an order, code, promo, coupon or voucher
//     word comes at most three words before ("use code CLM-558812").
//
// Since red team round 4 (dev28s) a statement, account, claim or member
// code of 5 digits is reported too, and the listed letters in capitals
// before a space and 6+ digits ("INV 558812"); an invoice code of five
// digits or fewer passes, as the corpus has them ("Invoice INV-85728 is
// paid", "Your invoice INV-2207 is ready": clean rows of corpus.jsonl and
// dev15d); a bare number is long from seven digits (numbers.go).
// Order, tracking, confirmation and promo codes ("Order ORD-558812",
// "Tracking TRK-99210", "code SAVE-2025") have no such word and pass.

var (
	idPrefixCues = map[uint64]Kind{
		hstr("invoice"): KindAccount, hstr("invoices"): KindAccount, hstr("statement"): KindAccount,
		hstr("account"): KindAccount, hstr("acct"): KindAccount, hstr("claim"): KindAccount,
		hstr("bill"): KindAccount, hstr("member"): KindHealthPlan, hstr("membership"): KindHealthPlan,
	}
	idPrefixShopCues = wordSetTab("promo coupon voucher discount gift code order orders tracking confirmation")
	idPrefixLetters  = map[uint64]Kind{
		hstr("inv"): KindAccount, hstr("acct"): KindAccount, hstr("acc"): KindAccount, hstr("clm"): KindAccount,
		hstr("stmt"): KindAccount, hstr("mbr"): KindHealthPlan, hstr("mem"): KindHealthPlan,
	}
)

// idPrefixKind: token i is the letter part of a code after an identifier
// word; it returns the kind.
func (s *scanner) idPrefixKind(i int) (Kind, bool) {
	if k, ok := idPrefixLetters[s.toks[i].h]; ok {
		// "use code CLM-558812": a shop's code word before it
		shop := false
		for j := i - 1; j >= 0 && j >= i-3; j-- {
			shop = shop || idPrefixShopCues.get(s.toks[j].h)
		}
		if !shop {
			return k, true
		}
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if kd, ok := idPrefixCues[s.toks[k].h]; ok {
			return kd, true
		}
		if !codeBetween.get(s.toks[k].h) || s.toks[k+1].sent {
			return "", false
		}
	}
	return "", false
}

// scanIDPrefix reports id.prefixed.
func (s *scanner) scanIDPrefix() {
	n := len(s.toks)
	// a number after first: the tokens before the tokens with digits
	// (numToks; helper SPEED16), past the last code read (next)
	next := 0
	for _, x := range s.numToks {
		i := int(x) - 1
		if i < next {
			continue
		}
		t := &s.toks[i]
		if s.toks[i+1].cls&tDigit == 0 || t.cls&tAlpha == 0 || len(t.low) < 2 || len(t.low) > 5 || s.used[i] {
			continue
		}
		// "INV 558812": the listed letters in capitals, a space and 6+ digits
		spaced := s.gap(i+1) == " " && t.cls&tUpper != 0 && t.cls&tDigit == 0 && idPrefixLetters[t.h] != ""
		if s.gap(i+1) != "-" && !spaced {
			continue
		}
		d := &s.toks[i+1]
		if d.cls&tDigit == 0 || len(d.low) < 4 || s.used[i+1] {
			continue
		}
		kind, ok := s.idPrefixKind(i)
		if !ok || s.payReceiptCode(i) || s.webhookRef(i) { // {"invoice":"INV-208811"} in a webhook (webhookref.go) // "… card ending in 1881. Receipt INV-220981." (payevent.go)
			continue
		}
		e, digits := i+1, len(d.low)
		for e+1 < n && s.gap(e+1) == "-" && s.toks[e+1].cls&tDigit != 0 {
			e++
			digits += len(s.toks[e].low)
		}
		if digits < s.idPrefixMinDigits(i) || spaced && digits < 6 || s.idPrefixMinDigits(i) == 6 && s.invoiceSeries(i+1, e) || s.statementPeriod(i, i+1, e) { // "INV-2025-01177" (shoppay.go); "Statement #ST-2024-09" (stmtperiod.go)
			continue
		}
		if s.senderCode(s.scCodeStart(i), e) || s.bizCode(i, e) || s.orgInvoice(i, e) { // … or an invoice to a company (orginvoice.go) // "Invoice #MB-INV-118204" under the sender's initials (sendercode.go); "Statement HWH-55102" (bizcode.go)
			next = e + 1
			continue
		}
		s.addTok(i, e, kind, "id.prefixed", 0.8, "is a lettered code after an invoice, account, claim, statement or member word")
		next = e + 1
	}
}

var (
	hInvLetters     = hstr("inv")
	idPrefixInvoice = wordSetTab("invoice invoices bill")
)

// idPrefixMinDigits: an invoice code needs 6 digits ("Invoice INV-85728 is
// paid" is a clean row of the corpus); a statement, account, claim or
// member code 5 ("Your statement STMT-40917", "Claim CLM-44871": red team
// round 4, dev28s).
//
// An invoice code with a care word in its sentence ("Invoice INV-88213 for
// your visit is ready", "… for your lab work", dev32) needs 5 digits like
// the others: the invoice is then for the recipient's care (invoicecare.go).
func (s *scanner) idPrefixMinDigits(i int) int {
	inv := s.toks[i].h == hInvLetters
	for k := i - 1; !inv && k >= 0 && k >= i-4; k-- {
		if idPrefixInvoice.get(s.toks[k].h) {
			inv = true
		}
		if s.toks[k+1].sent {
			break
		}
	}
	if inv && !s.invoiceCare(i) {
		return 6
	}
	return 5
}
