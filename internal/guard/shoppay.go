package guard

// shoppay.go: references of a shop payment, a shop's e-invoice series and
// reward codes (issue 15, seventh pass, helper BIZ: dev34 "Reward code
// RX-BONUS-500 added: 500 points", dev35 "Pago con Yape recibido ✅ S/
// 58.90. Operación 00318842.", "tu pago con oxxo pay esta pendiente,
// referencia 9300 1234 5678 90", "Su factura electrónica FAC-2024-00931",
// "invoice":"FAC-2024-00931").
//
// README "Other judgement calls": order, tracking, confirmation and promo
// numbers pass; account, member, claim, invoice and reference numbers do
// not — but the corpora label a bare shop invoice of five digits clean
// ("Invoice INV-85728 is paid", idprefix.go). Decided here:
//
//   - A payment reference passes (shopPayRef, numbers.go; shopPayID for
//     "Transaction ID …", words.go): a payment-reference word (operación,
//     referencia, folio, clave de rastreo, transacción, transaction,
//     reference, ref, payment) at most four words before the number in its
//     sentence, a shop-payment word in the notice (pago, payment, Yape,
//     OXXO, SPEI, Boleto, PIX, Bizum, Plin, Nequi, transferencia…), no card
//     word near (a card number is account.card's), no care word near
//     (invoiceCare: "pago de tu consulta") and no word of a person's
//     record anywhere in the notice (patient, member, afiliado, claim,
//     account, cuenta, expediente, póliza, policy, beneficiary…). The same
//     digits beside such a word stay reported.
//   - An invoice series passes (invoiceSeries, numbers.go and idprefix.go):
//     invoice letters (FAC, FACT, FA, FE, FT, INV) joined by a hyphen to a
//     year (2000–2099), a hyphen and at most five digits ("FAC-2024-00931",
//     "INV-2025-01177"). The year is no identifying digit, so this is the
//     five-digit invoice that the corpora label clean; the same care and
//     record words keep it reported. "INV-558812" (six digits) and claim,
//     account and member codes with a year ("CLM-2024-00931") stay
//     reported.
//   - A reward code passes (rewardCode, words.go): the value after an "RX"
//     cue starts with a word of 4+ capital letters ("RX-BONUS-500", not
//     the digits of a prescription number) and a reward word (reward,
//     points, bonus, loyalty, puntos, recompensa) is in its sentence, with
//     no record word in the notice and no prescription word (prescription,
//     refill, receta) in the sentence.
//
// All three run only on a number or code another rule is about to report:
// no bit filter.

var (
	payRefCues = wordSetTab("operacion operation referencia reference ref folio transaccion transaction " +
		"rastreo payment pago comprobante voucher")
	shopPayWords = wordSetTab("pago pagos payment payments paid pagado pagada pagar pagaste yape plin oxxo spei boleto " +
		"pix bizum nequi daviplata transferencia transfer mercadopago paypal sinpe")
	// shopRecordWords: a person's record; the number is then theirs
	shopRecordWords = wordSetTab("patient patients paciente pacientes member members miembro afiliado afiliada " +
		"asegurado asegurada claim claims reclamo reclamacion account accounts cuenta expediente poliza policy " +
		"mrn beneficiary beneficiario beneficiaria subscriber suscriptor chart diagnosis diagnostico historia " +
		// helper RED (dev40r, redcuts.go)
		"policyholder policyholders enrollee enrollees insured derechohabiente derechohabientes beneficiarios " +
		"asegurados afiliados socio socia socios copay copays copago copagos coinsurance coseguro deductible deducible " +
		"hsa fsa eps titular titulares")
	invoiceSeriesLetters = wordSetTab("fac fact fa fe ft inv")
	rewardWords          = wordSetTab("reward rewards points bonus loyalty puntos recompensa recompensas")
	rewardRxWords        = wordSetTab("prescription prescriptions refill refills receta recetas medication medicamento")
	hRx                  = hstr("rx")
)

// shopRecordNotice: a word of a person's record anywhere in the notice.
func (s *scanner) shopRecordNotice() bool {
	for k := range s.toks {
		if shopRecordWords.get(s.toks[k].h) {
			return true
		}
	}
	return false
}

// shopPayNotice: a shop-payment word anywhere in the notice.
func (s *scanner) shopPayNotice() bool {
	for k := range s.toks {
		if shopPayWords.get(s.toks[k].h) {
			return true
		}
	}
	return false
}

// shopPayRef: the number starting at token first is a shop payment's
// reference (see the file comment).
func (s *scanner) shopPayRef(first int) bool {
	cue := false
	for k := first - 1; k >= 0 && k >= first-4; k-- {
		if payRefCues.get(s.toks[k].h) {
			cue = !s.payPersonalCue(k, first) // "Comprobante NSS 12345678901" (red3cuts.go)
			break
		}
		if s.toks[k].sent {
			break
		}
	}
	return cue && !s.cueNear(first, first, wCardCue, 4, 0) && !s.invoiceCare(first) &&
		s.shopPayNotice() && !s.shopRecordNotice()
}

// invoiceSeries: tokens d0..e (digits joined by hyphens) are a shop's
// invoice series after invoice letters (see the file comment).
func (s *scanner) invoiceSeries(d0, e int) bool {
	if e != d0+1 || d0 == 0 || s.gap(d0) != "-" || s.gap(e) != "-" || !invoiceSeriesLetters.get(s.toks[d0-1].h) && !s.bl109InvoiceF(d0-1) { // "factura F-2026-…": billing109.go
		return false
	}
	y, q := s.toks[d0].low, s.toks[e].low
	if len(y) != 4 || y[0] != '2' || y[1] != '0' || s.toks[d0].cls&tDigit == 0 || len(q) > 5 || s.toks[e].cls&tDigit == 0 {
		return false
	}
	for _, c := range y + q {
		if c < '0' || c > '9' {
			return false
		}
	}
	return !s.invoiceCare(d0) && !s.invoiceRecordNotice() // "in your account" is none (invoiceaccount.go)
}

// shopPayID: "Transaction ID 71234509": the identifier cue at i..j follows
// a payment-reference word (shopPayRef's conditions).
func (s *scanner) shopPayID(i, start int) bool {
	if i == 0 || s.toks[i].sent || !payRefCues.get(s.toks[i-1].h) || s.toks[start].cls&tDigit == 0 {
		return false
	}
	return s.shopPayRef(start)
}

// rewardCode: "Reward code RX-BONUS-500": the value at start after an "RX"
// cue at i is a reward code (see the file comment).
func (s *scanner) rewardCode(i, start int) bool {
	v := &s.toks[start]
	if s.toks[i].h != hRx || v.cls&tUpper == 0 || v.cls&tDigit != 0 || len(v.low) < 4 {
		return false
	}
	reward := false
	lo := i
	for lo > 0 && !s.toks[lo].sent {
		lo--
	}
	for k := lo; k < len(s.toks) && (k <= i || !s.toks[k].sent); k++ {
		if rewardRxWords.get(s.toks[k].h) {
			return false
		}
		reward = reward || rewardWords.get(s.toks[k].h)
	}
	return reward && !s.shopRecordNotice() && !s.redRewardDigits(start) && !s.redRewardCare(start) // redcuts.go
}
