package guard

// vaporpart.go — a medical-cannabis vaporizer's part for the reader (issue
// 15, sixteenth pass, helper recall16, dev88-leak-096: "Your Volcano Hybrid
// vaporizer replacement valve came in — grab it at the counter on your
// next visit.").
//
// A dispensary's vaporizer is sold to everyone, but a replacement part
// ordered for the reader's own device says the reader uses it (at a
// medical dispensary, a treatment). Rule compose.vapor_part (kind device)
// reports the vaporizer word (vaporizer, vaporiser, vaporizador; the
// medical vaporizers Volcano Hybrid/Medic/Classic and Mighty/Mighty+ by
// their capitalised names) when a part word stands in its sentence
// (valve, mouthpiece, capsule, balloon, screen, chamber, replacement,
// repuesto, válvula, boquilla, cápsula, globo…), a reader's possessive
// stands at most three words before the vaporizer or part word (or the
// sentence says the reader ordered it: "the valve you ordered"), and the
// field has no word of a sale
// (sale, off, %, deal, coupon, oferta…) unless it has one of an arrival
// (came, arrived, ready, pickup, shipped, llegó, listo, recoja…).
//
// Passes: "Sale: Volcano Hybrid vaporizers 15% off this weekend for all
// customers", "New in store: replacement valves and mouthpieces for all
// vaporizer models" (no reader), "Get your replacement valve for any
// vaporizer, 10% off" (a sale, no arrival).

var (
	vaporFirst  = wordSetTab("vaporizer vaporizers vaporiser vaporisers vaporizador vaporizadores volcano mighty")
	vaporModels = wordSetTab("hybrid medic classic digit digital")
	vaporParts  = wordSetTab("valve valves mouthpiece mouthpieces capsule capsules balloon balloons screen screens chamber chambers " +
		"replacement replacements part parts filter pad pads cooling repuesto repuestos valvula valvulas boquilla boquillas capsula capsulas globo globos pieza piezas")
	vaporSale   = wordSetTab("sale sales off deal deals coupon discount shop promo oferta ofertas descuento promocion")
	vaporArrive = wordSetTab("came arrived arrive arrives ready pickup pick grab shipped ships ordered counter " +
		"llego llegaron listo lista recoja recojala recogerla enviado mostrador")
	hMighty = hstr("mighty")
	// "the valve you ordered": an order of the reader's
	vaporOrdered = wordSetTab("ordered requested reserved pidio encargo solicito")
)

// vaporOwned: a reader's possessive at most three words before the
// vaporizer word or a part word of its sentence ("your Volcano Hybrid",
// "para su vaporizador"), or a reader's word with an order verb in the
// sentence ("the valve you ordered"); a bare "yours" or "you" in a shop's
// notice ("come grab yours") is not enough.
func (s *scanner) vaporOwned(i int) bool {
	if s.trialOwned(i) {
		return true
	}
	lo, hi := s.sentSpan(i)
	ordered, reader := false, false
	for k := lo; k < hi; k++ {
		h := s.toks[k].h
		if vaporParts.get(h) && s.trialOwned(k) {
			return true
		}
		ordered = ordered || vaporOrdered.get(h)
		reader = reader || recipientWords.get(h)
	}
	return ordered && reader
}

// vaporPartAt: token i is one of vaporFirst.
func (s *scanner) vaporPartAt(i int) {
	n := len(s.toks)
	t := &s.toks[i]
	e := i
	if t.cls&tAlpha != 0 && (t.low == "volcano" || t.h == hMighty) {
		if t.cls&(tCap|tUpper) == 0 || i+1 >= n {
			return
		}
		switch {
		case vaporModels.get(s.toks[i+1].h) && s.gap(i+1) == " ":
			e = i + 1
		case t.h == hMighty && len(s.gap(i+1)) > 0 && s.gap(i + 1)[0] == '+':
		default:
			return
		}
	}
	if !s.sentenceHas(i, &vaporParts) || !s.vaporOwned(i) {
		return
	}
	if s.fieldHas(vaporSale) && !s.fieldHas(vaporArrive) {
		return
	}
	s.addTok(i, e, KindDevice, "compose.vapor_part", 0.7, "names a part ordered for the reader's medical inhalation device")
}
