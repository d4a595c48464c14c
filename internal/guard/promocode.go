package guard

// Promo and coupon codes shaped like a Medicare Beneficiary Identifier
// (2026-12-04): "Use code 4KQ7-NM2-RT88 at checkout", "Promo code …",
// "Coupon …", "código de promoción / cupón / descuento …". An MBI-shaped
// code (id.mbi) passes when a promo, coupon, voucher or discount-code cue
// comes right before it in the same sentence (up to two filler words
// between: "Your coupon code is …", "Su código de descuento es …") and
// nothing in the notice makes it a person's number: no health-plan word
// (Medicare, MBI, beneficiary, member, insurance, afiliado…), no personal
// record word (patient, ID, DOB, expediente…) and no clinical word
// (prescription, refill, pharmacy, receta…) anywhere in the notice. With
// any of those it is still reported (fail closed). The cued-identifier
// detector reports "Member ID 4KQ7-NM2-RT88" on its own, before this rule.

var (
	// promoCueWords name a shop code on their own: "coupon 4KQ7-…",
	// "código de descuento 4KQ7-…".
	promoCueWords = wordSetTab("promo promos promocode promotional promotion promocion promocional coupon cupon voucher vale discount descuento offer oferta rebate bonificacion giftcard referral")
	// promoCodeWords are "code" in both languages; they count only after a
	// promo word ("promo code") or a shop verb ("use code", "con el código").
	promoCodeWords = wordSetTab("code codigo")
	promoVerbs     = wordSetTab("use using enter apply redeem with usa use usar utilice utiliza ingrese ingresa introduzca introduce aplique aplica canjee canjea con")
	// promoFiller may stand between the cue and the code, or between a verb
	// and "code": "coupon code is …", "use el código …", "your promo code: …".
	promoFiller = wordSetTab("is es the el la your su tu this este esta our nuestro number numero no de del")
	// promoBlockWords make an MBI-shaped code a person's number wherever
	// they appear in the notice: health plan, personal record, clinical.
	promoBlockWords = wordSetTab("medicare medicaid medigap mbi hicn beneficiary beneficiaries beneficiario beneficiaria " +
		"member miembro afiliado afiliada asegurado asegurada insured insurance insurer subscriber policy poliza seguro " +
		"patient paciente dob birth nacimiento id identifier identification identificacion expediente record chart " +
		"prescription prescriptions rx refill refills receta recetas pharmacy farmacia pharmacist farmaceutico " +
		"medication medications medicamento medicamentos diagnosis diagnostico treatment tratamiento therapy terapia " +
		"symptoms sintomas doctor medico physician nurse enfermera clinic clinica hospital appointment cita consulta " +
		"lab laboratorio dose dosis")
)

// promoCode reports whether the MBI-shaped code at tokens i..j is a shop
// code: a promo cue right before it and no health-plan, personal or
// clinical word in the notice.
func (s *scanner) promoCode(i, j int) bool {
	if !s.promoCueBefore(i) {
		return false
	}
	for k := range s.toks {
		if (k < i || k > j) && promoBlockWords.get(s.toks[k].h) {
			return false
		}
	}
	return true
}

// promoCueBefore: a promo word, or "code" after a promo word or a shop
// verb, right before token i in the same sentence (fillers skipped).
func (s *scanner) promoCueBefore(i int) bool {
	k := s.skipPromoFiller(i-1, i)
	if k < 0 {
		return false
	}
	h := s.toks[k].h
	if promoCueWords.get(h) {
		return true
	}
	if !promoCodeWords.get(h) {
		return false
	}
	k = s.skipPromoFiller(k-1, i)
	return k >= 0 && (promoCueWords.get(s.toks[k].h) || promoVerbs.get(s.toks[k].h))
}

// skipPromoFiller walks back from token k over up to two filler words and
// returns the first other token in the same sentence as i, or -1.
func (s *scanner) skipPromoFiller(k, i int) int {
	for n := 0; k >= 0 && s.sameSentence(k, i); k-- {
		if !promoFiller.get(s.toks[k].h) || n == 2 {
			return k
		}
		n++
	}
	return -1
}
