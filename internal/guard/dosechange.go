package guard

// dosechange.go — a dose change of the reader's medication (issue 15,
// fourteenth pass, helper RECALL14, probe set dev80r, from dev78's seed
// "Your provider adjusted your test cyp to 120 mg weekly"): rule
// compose.dose_change, kind medication.
//
// The drug is often written as an abbreviation or a nickname no list
// holds (test cyp, test e, TRT, HCG, T). The dose is read instead: a
// number with a dose unit (mg, mcg, IU, UI, mL, units, unidades, cc) right
// after "to", "a", "now", "is", "at", "es", "ahora", "será" ("to 120 mg",
// "is now 100 mg", "a 120 mg", "ahora es 500 UI"), in a sentence where the reader's possessive (your, su, tu)
// stands before the number together with a change verb (adjusted,
// increased, lowered, changed, reduced, bumped, titrated; ajustó, aumentó,
// bajó, cambió, redujo…) or a dose word (dose, dosage, dosis). "We
// adjusted your delivery window to 2–4 PM", "Your plan was adjusted to
// $29" pass (no dose unit); mL, cc, units and unidades need the dose word
// ("Your order was updated to 3 units" passes); "Vitamin D 1000 IU, 20% off" passes (no
// possessive, no change).
//
// Red-team tightening (red14b, dev81x): a shop's product in the sentence
// (subscription, gummies, chews, caffeine, coffee, cold brew, serving…)
// makes the strength a product's ("We increased the caffeine in your cold
// brew subscription to 200 mg per can", "Your Vitamin C subscription was
// updated to 500 mg gummies").
//
// Cost: runs from scanReaderFamilies (readerfamily.go) at a dose unit.

var (
	doseChangeFirst = wordSetTab("mg mcg iu ui ml units unidades cc")

	doseLink   = wordSetTab("to a now is at es ahora sera")
	doseChange = wordSetTab("adjusted adjust adjusting increased increase increases increasing decreased decrease decreases lowered lower lowers raised raise raises changed change changes " +
		"reduced reduce bumped upped titrated titrate moved updated tapered taper " +
		"ajusto ajustamos ajustado ajustaron aumento aumentamos aumentado subio subimos bajo bajamos redujo reducimos reducido cambio cambiamos cambiado")
	doseWord = wordSetTab("dose doses dosage dosing dosis")
	// doseNeedWord: units an order or a bottle also has; a dose word must
	// stand before them
	doseNeedWord = wordSetTab("ml units unidades cc")
	// doseShop: a shop's product, whose strength is no dose of the reader's
	doseShop = wordSetTab("subscription subscriptions gummies gummy chews caffeine coffee brew espresso serving servings cans " +
		"suscripcion gomitas cafe cafeina")
)

// doseChangeAt: token i is a dose unit.
func (s *scanner) doseChangeAt(i int) {
	t := s.toks
	lo, _ := sentenceSpan(t, i)
	j := i - 1
	if j <= lo || t[j].cls&tDigit == 0 {
		return
	}
	for j-1 > lo && t[j-1].cls&tDigit != 0 && (s.gap(j) == "." || s.gap(j) == ",") { // "0.5 mg"
		j--
	}
	k := j - 1
	if k <= lo || !doseLink.get(t[k].h) {
		return
	}
	poss, change := false, false
	for m := lo; m < k; m++ {
		h := t[m].h
		poss = poss || recipientPossessive.get(h)
		change = change || doseChange.get(h) || doseWord.get(h)
	}
	if doseNeedWord.get(t[i].h) { // "to 3 units" of an order: a dose word must say it
		change = false
		for m := lo; m < i; m++ {
			change = change || doseWord.get(t[m].h)
		}
	}
	if poss && change && !s.wholeSentenceHas(i, &doseShop) {
		s.addTok(j, i, KindMedication, "compose.dose_change", 0.7, "names a change of the reader's medication dose")
	}
}
