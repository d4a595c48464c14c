package guard

// breastform.go: the reader's breast form (an external breast prosthesis)
// named by its cue, brand or size and side (issue 15, eighteenth pass, fix
// helper recall18, dev100's recall family, probe set dev100r, 2026-12-06):
// rule compose.breast_form, kind procedure.
//
// "Your silicone breast form (size 6, left) is in and ready for pickup"
// and "Because you bought the Amoena Natura form last spring, you may be
// due for a replacement" passed: form, shell and shaper are ordinary words
// and prosthetic.go reads a breast prosthesis only by "prosthesis". A breast
// form tied to the reader tells that the reader had a mastectomy.
//
// scanRecallFam18 (recallfam18.go) calls breastFormAt at a form noun
// (form, shell, shaper, equalizer, forma) or a breast-form brand (Amoena,
// Trulife, Jodee). The noun is reported, with the words between, when
//   - the reader owns it: a reader's possessive (your, su, sus, tu, tus)
//     up to four words before it, or a purchase by the reader up to seven
//     words before it in its sentence ("you bought", "you ordered", "you
//     purchased", "compraste", "compró"), and
//   - it is a breast form: a breast word (breast, mastectomy, lumpectomy,
//     seno, mama, mamaria, pecho) or a breast-form brand (Amoena, Trulife,
//     Jodee, Anita Care, Nearly Me) among the words between, or a breast
//     word up to three words after it ("su forma de seno", "la forma
//     mamaria"), or a size and a side after it in its sentence ("(size 6,
//     left)", "talla 4, lado derecho") in a notice with a word of bra
//     fitting (bra, pocketed, camisole, lingerie, boutique, fitter,
//     fitting, sujetador, lencería…).
//
// A brand alone is reported the same way when a model's capitalised name
// follows it ("Because you bought the Amoena Natura last spring"); "Your
// Amoena order has shipped" passes.
//
// Passes: "your seat bolster form (left side) for the 2014 Civic" and
// "your step form (size 6, left) is ready and pour day is Friday" (no
// breast word, brand or bra-fitting word), "your adjustable dress form
// (size 6)" (no side), "su forma de pago fue actualizada", "your
// registration form (page 2, left column)", "Rosewood Fittings now stocks
// Amoena and Trulife forms" (no owner), "Because you bought the Bosch
// Icon wiper blades" (no form). Both modes: a reader's prosthesis is care,
// not marketing by association. Reader-tied (readerTiedRule).
var (
	bfNouns  = wordSetTab("form forms shaper shapers shell shells equalizer equalizers equaliser equalisers forma formas")
	bfBrands = wordSetTab("amoena trulife jodee")
	// bfBrandPair: brands of two words, by their first ("Anita Care",
	// "Nearly Me")
	bfBrandPair = wordSetTab("anita nearly")
	bfBrand2    = wordSetTab("care me")
	bfBreast    = wordSetTab("breast breasts mastectomy lumpectomy postmastectomy seno senos mama mamas mamaria mamario mamarias pecho")
	// bfBuy: the reader's purchase ("you bought", "compraste")
	bfBuyYou = wordSetTab("bought ordered purchased got picked received buying ordering purchasing")
	bfBuyEs  = wordSetTab("compraste compro pediste adquiriste adquirio compraron pidio")
	bfSize   = wordSetTab("size sz talla")
	bfSide   = wordSetTab("left right izquierda izquierdo derecha derecho izq der")
	bfFit    = wordSetTab("bra bras pocketed camisole camisoles lingerie boutique fitter fitters fitting fittings " +
		"sujetador sujetadores brasier brasieres sosten sostenes lenceria mastectomy breast")
	bfArticle = wordSetTab("a an the la el una un")
	hBfYou    = hstr("you")
)

// breastFormAt: token i is a form noun or a breast-form brand.
func (s *scanner) breastFormAt(i int) {
	t := s.toks
	n := len(t)
	h := t[i].h
	brandOnly := bfBrands.get(h)
	if brandOnly && t[i].cls&tCap == 0 {
		return
	}
	if !brandOnly && i+1 < n && !t[i+1].sent && bfNouns.get(t[i+1].h) {
		return // "shell form": the last noun reports the phrase
	}
	if brandOnly && s.bfNounAfter(i) {
		return // "the Amoena Natura form": the noun reports it
	}
	if brandOnly && !(i+1 < n && !t[i+1].sent && s.gap(i+1) == " " && t[i+1].cls&tCap != 0) {
		return // "Your Amoena order has shipped": a shop order, no form's model named
	}
	tie := s.bfTie(i)
	if tie < 0 {
		return
	}
	if !brandOnly && !s.bfBreastForm(tie, i) {
		return
	}
	end := i
	if brandOnly { // the brand's model: "Amoena Natura"
		for end+1 < n && end < i+2 && !t[end+1].sent && s.gap(end+1) == " " && t[end+1].cls&tCap != 0 {
			end++
		}
	}
	a := tie + 1
	for a < i && bfArticle.get(t[a].h) {
		a++ // "the Trulife Everyday Shaper": the article is no part of it
	}
	s.addTok(a, end, KindProcedure, "compose.breast_form", 0.7, "names the reader's breast form")
}

// bfNounAfter: a form noun up to three words after brand i in its sentence.
func (s *scanner) bfNounAfter(i int) bool {
	for k := i + 1; k < len(s.toks) && k <= i+3 && !s.toks[k].sent; k++ {
		if bfNouns.get(s.toks[k].h) {
			return true
		}
	}
	return false
}

// bfTie: the token that ties token i to the reader — a reader's possessive
// up to four words before it, or the purchase verb up to seven words before
// it (after "you", or a Spanish verb of the reader's purchase); -1 if none.
func (s *scanner) bfTie(i int) int {
	lo, _ := s.sentSpan(i)
	for k := i - 1; k >= lo && k >= i-7; k-- {
		h := s.toks[k].h
		if k >= i-4 && ppOwner.get(h) {
			return k
		}
		if bfBuyEs.get(h) || bfBuyYou.get(h) && k > lo && s.toks[k-1].h == hBfYou {
			return k
		}
	}
	return -1
}

// bfBreastForm: the noun i after the tie word is a breast form: a breast
// word or brand between them, a breast word just after it, or a size and a
// side after it in a bra-fitting notice.
func (s *scanner) bfBreastForm(tie, i int) bool {
	t := s.toks
	n := len(t)
	for k := tie + 1; k < i; k++ {
		h := t[k].h
		if bfBreast.get(h) || bfBrands.get(h) || bfBrandPair.get(h) && k+1 < n && bfBrand2.get(t[k+1].h) {
			return true
		}
	}
	_, hi := sentenceSpan(t, i)
	for k := i + 1; k < hi && k <= i+3; k++ {
		if bfBreast.get(t[k].h) {
			return true
		}
	}
	size, side := false, false
	for k := i + 1; k < hi && k <= i+8; k++ {
		h := t[k].h
		if bfSize.get(h) && k+1 < n && t[k+1].cls&tDigit != 0 {
			size = true
		}
		if bfSide.get(h) {
			side = true
		}
	}
	if !size || !side {
		return false
	}
	for k := range t {
		if bfFit.get(t[k].h) {
			return true
		}
	}
	return false
}
