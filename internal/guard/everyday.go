package guard

// everyday.go: everyday supplements, hygiene products and product codes
// that the clinical lists name (issue 15, fifth pass: remaining
// development cases).
//
// The medication list holds "vitamin b12" and "vitamin d3" (flag a: a
// cue such as "your" makes them a medication), the medical word lists hold
// "antibacterial", and "sanitizer" is in no vocabulary, so "Your vitamin
// B12 gummies have shipped", "Su gel antibacterial ya fue enviado" and
// "Your hand sanitizer refill is ready" were flagged; "SKU HRT-4420 is
// back in stock" was flagged because a product code's letters are a
// clinical abbreviation. dropEveryday, run by detect before finish,
// removes such findings of one field's scan:
//
//   - a medication finding that is exactly "vitamin" (or "vitamina") and
//     one short letter-or-digit token ("vitamin B12", "vitamin D3",
//     "vitamina C"), or that short token alone after "vitamin(s)" ("vitamin
//     B12 bundle", where the lab list's "b12" is reported), when no
//     telling cue is in its sentence. Everyday
//     vitamins, minerals, fish oil, probiotics and protein are sold to
//     anyone and tell nothing. Telling cues (fail closed, the finding
//     stays): the pharmacy's words for a dispensed drug (refill,
//     prescription, rx, pickup, receta, copay), an injection or shot, a
//     dose or unit (mg, mcg, iu, units, dose, dosis), a condition word
//     (deficiency, anemia, anaemia, pregnancy, pregnant, prenatal,
//     deficiencia, embarazo), a clinician (doctor, dr, prescribed) and
//     a lab word (level, levels, nivel). So "Your vitamin B12 refill is
//     ready" and "Your vitamin D3 50,000 IU capsules" stay flagged: a
//     prescription strength or a refilled vitamin may be a treatment.
//     Prenatal vitamins are otc.go's (otc.personal): they speak of a
//     pregnancy. Iron and folic acid are left to the lists as they are
//     (ferrous sulfate and folic acid stay medications: often prescribed
//     for anaemia and pregnancy; fail closed);
//   - a finding of any kind whose span is one hygiene word (sanitizer,
//     sanitiser, antibacterial, antimicrobial, antiseptic, desinfectante)
//     beside a hygiene head (hand, gel, soap, wipes, wash, foam, spray,
//     jabon, manos, toallitas): "hand sanitizer", "gel antibacterial",
//     "antibacterial soap". Strict mode's association terms are not
//     touched (their rule is association.term);
//   - a clinical finding of one upper-case token of 2 to 5 letters joined
//     by a hyphen to a number and following a product-code word (sku,
//     item, model, part, style, product, article, ref, art): "SKU
//     HRT-4420", "Item ECG-3300". Without the code word ("Your HRT-4420
//     refill") the finding stays.
//
// The rule adds nothing and only reads findings another rule made, so a
// notice without findings pays nothing.

var (
	// everydayCue: words in a sentence that keep a vitamin a medication
	everydayCue = wordSetTab("refill refills prescription prescriptions rx pickup copay receta recetas resurtido " +
		"injection injections shot shots inyeccion inyecciones mg mcg iu ui units dose doses dosis " +
		"deficiency deficient anemia anaemia anemic pregnancy pregnant prenatal deficiencia embarazo embarazada prenatales " +
		"doctor dr prescribed recetada recetado medico level levels nivel niveles")
	// hygieneWords: product words of the clinical or medical lists, or of
	// no vocabulary, that name hygiene goods beside a hygiene head
	hygieneWords = wordSetTab("sanitizer sanitizers sanitiser sanitisers antibacterial antimicrobial antiseptic desinfectante")
	// hygieneHeads: the goods they qualify
	hygieneHeads = wordSetTab("hand hands gel gels soap soaps wipes wipe wash foam spray sprays lotion " +
		"jabon jabones manos toallitas espuma")
	// vitaminWords: "vitamin" in English and Spanish
	vitaminWords = wordSetTab("vitamin vitamins vitamina vitaminas")
	// codeWords: words before a product code
	codeWords = wordSetTab("sku skus item model part style product article ref art upc")
)

// dropEveryday removes the findings of s.fs that name an everyday
// supplement, a hygiene product or a product code (see the file comment).
func (s *scanner) dropEveryday() {
	if len(s.fs) == 0 {
		return
	}
	s.dropEverydayOn()
}

// dropEverydayOn is dropEveryday past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) dropEverydayOn() {
	k := 0
	for _, f := range s.fs {
		if !f.readerTied() && s.everyday(f) { // readertied.go
			continue
		}
		s.fs[k] = f
		k++
	}
	s.fs = s.fs[:k]
}

// everyday reports whether finding f is an everyday supplement, hygiene
// product or product code.
func (s *scanner) everyday(f ifind) bool {
	if f.kind == KindAssociation { // strict mode's association wording stays as it is
		return false
	}
	i, j := s.tokSpan(f.a, f.b)
	if i < 0 {
		return false
	}
	switch {
	case f.kind == KindMedication && j == i+1 && vitaminWords.get(s.toks[i].h) && len(s.toks[j].low) <= 3,
		// "B12" alone after "vitamin" (the lab list's "b12"): "vitamin B12 bundle"
		i == j && i > 0 && !s.toks[i].sent && s.gap(i) == " " && vitaminWords.get(s.toks[i-1].h) && len(s.toks[i].low) <= 3 &&
			(f.kind == KindMedication || f.kind == KindLabTest || f.kind == KindProcedure):
		if vitaminTells(s.toks[j].low) { // vitamin D2, vitamin K (redteam.go)
			return false
		}
		lo, hi := s.sentSpan(i)
		for m := lo; m < hi; m++ {
			if everydayCue.get(s.toks[m].h) || everydayMore.get(s.toks[m].h) {
				return false
			}
		}
		return true
	case i == j && hygieneWords.get(s.toks[i].h):
		return hygieneHeads.get(s.toks[max(i-1, 0)].h) && i > 0 && !s.toks[i].sent ||
			i+1 < len(s.toks) && !s.toks[i+1].sent && hygieneHeads.get(s.toks[i+1].h)
	case i == j && i > 0 && i+1 < len(s.toks) && s.toks[i].cls&tUpper != 0 && s.toks[i].cls&tAlpha != 0 &&
		len(s.toks[i].low) >= 2 && len(s.toks[i].low) <= 5 && s.toks[i+1].cls&tDigit != 0 &&
		s.gap(i+1) == "-" && codeWords.get(s.toks[i-1].h) && !s.toks[i].sent && !tellingCodes.get(s.toks[i].h): // "Item HIV-4420" (redteam.go)
		switch f.kind {
		case KindMedication, KindCondition, KindLabTest, KindProcedure:
			return true
		}
	case i == j && f.kind == KindCondition && s.skuMiddle(i): // {"sku":"HB-STD-01"} (skumiddle.go)
		return true
	case i == j && (f.kind == KindProcedure || f.kind == KindLabTest) && s.typedIDTag(i): // {"thread_id":"thr_41XzA"} (typedid.go)
		return true
	case (f.kind == KindLabTest || f.kind == KindProcedure) && s.orderCodeLetters(i, j, f.kind): // "Order #A1C-88213" (ordercode.go)
		return true
	}
	return false
}

// tokSpan returns the first and last token inside the normalised byte span
// [a, b), or -1, -1 when none is. The tokens run in text order, so a
// binary search skips those that start before a (none of them is inside).
func (s *scanner) tokSpan(a, b int) (int, int) {
	i, j := -1, -1
	lo, hi := 0, len(s.toks)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if int(s.toks[m].s) < a {
			lo = m + 1
		} else {
			hi = m
		}
	}
	for k := lo; k < len(s.toks); k++ {
		t := &s.toks[k]
		if int(t.s) >= b {
			break
		}
		if int(t.s) >= a && int(t.e) <= b {
			if i < 0 {
				i = k
			}
			j = k
		}
	}
	return i, j
}
