package guard

// electrolytegoods.go: electrolyte drinks named as products (issue 15,
// helper DEVANN, dev33/dev37v: "PF Daily Electrolytes: 30 stick packs,
// lemon-lime, $24.99").
//
// "electrolytes" (vocab/labs_procedures.txt) is a blood test: "Your
// electrolytes panel results are ready", "Dr. Kim reviewed your
// electrolytes" are reported. Sports-nutrition shops sell drinks and
// powders whose product names end in the same word ("Nuun Sport
// Electrolytes", "LMNT Electrolytes", "Liquid I.V. Electrolytes").
// electrolyteGoods reports that the one-token lab word at i is such a
// product name: the word is written capitalised, the word before it in its
// sentence is capitalised or in capitals (the brand or line: "Daily",
// "Sport", "LMNT", "I.V."), the notice has goods evidence (flavour, sticks,
// servings, tablets, powder, tube, packs, a drink mix, or an amount of
// money before a number: electrolyteGoodsWords) and no word of lab work
// anywhere in the notice (panel, results, level, test, lab, blood, draw,
// potassium, sodium, doctor, clinic, reviewed, repeat …:
// electrolyteLabCues).
//
// Spanish (helper MISC2, dev41): "Electrolitos LMNT Mango Chile, edición
// limitada" names the brand after the word; "Electrolitos"/"Electrolito",
// capitalised, passes when a capitalised or upper-case word follows it in
// its sentence, on the same goods and lab-cue tests (the cognate reading,
// compose.go, asks electrolyteGoods first).
//
// Fail closed: a lower-case "electrolytes" ("your electrolytes") is never
// a product here, and a product name in a notice that also speaks of a
// panel, results or a doctor is reported.
//
// Accepted risk: "Your Daily Electrolytes order of 30 sticks has shipped"
// passes even if the drink was recommended by a clinician; the notice
// itself says nothing of a test or a condition.

var (
	electrolyteWords      = wordSetTab("electrolyte electrolytes")
	electrolyteWordsES    = wordSetTab("electrolitos electrolito")
	electrolyteGoodsWords = wordSetTab("flavour flavours flavor flavors stick sticks serving servings tablet tablets " +
		"tube tubes powder powders pack packs packet packets sachet sachets drink drinks mix mixes tub tubs canister " +
		"canisters scoop scoops sabor sabores sobres")
	electrolyteLabCues = wordSetTab("panel panels result results level levels test tests testing lab labs blood bloodwork " +
		"draw drawn potassium sodium chloride bicarbonate metabolic bmp cmp doctor dr physician clinic clinician " +
		"nurse reviewed repeat abnormal patient portal order_lab analisis resultados prueba pruebas sangre medico")
)

// electrolyteGoods reports whether the one-token lab word at i names an
// electrolyte drink product.
func (s *scanner) electrolyteGoods(i int) bool {
	if electrolyteWordsES.get(s.toks[i].h) && s.cls(i)&(tCap|tUpper) != 0 {
		// Spanish order, the brand after the word: "Electrolitos LMNT
		// Mango Chile" (helper MISC2, dev41)
		if i+1 >= len(s.toks) || s.gap(i+1) != " " || s.cls(i+1)&tAlpha == 0 || s.cls(i+1)&(tCap|tUpper) == 0 || s.toks[i+1].sent {
			return false
		}
	} else {
		if !electrolyteWords.get(s.toks[i].h) || s.cls(i)&(tCap|tUpper) == 0 || s.toks[i].sent || i == 0 {
			return false
		}
		if g := s.gap(i); g != " " && g != ". " || s.cls(i-1)&tAlpha == 0 || s.cls(i-1)&(tCap|tUpper) == 0 {
			return false
		}
	}
	goods := false
	for k := range s.toks {
		t := &s.toks[k]
		if electrolyteLabCues.get(t.h) {
			return false
		}
		if electrolyteGoodsWords.get(t.h) || t.cls&tDigit != 0 && k > 0 && len(s.gap(k)) > 0 && s.gap(k)[len(s.gap(k))-1] == '$' {
			goods = true
		}
	}
	return goods
}
