package guard

// Cosmetic and supplement ingredients before the goods they are sold in
// (issue 15, night of 2026-12-04). The letter-shape rule (frame.shape,
// shape.go) and the unknown-word rule (frame.unknown) take words that are
// spelt like drugs and are in no ordinary list; shops sell "retinol serum",
// "squalane oil", "bakuchiol cream", "avobenzone sunscreen", "peptide eye
// cream" to anyone. consumerGoods reports that token i is one of
// consumerIngredients (sysvocab.go: the words dictionary.term already
// leaves alone) or consumerIngredientsMore, followed within three words of
// its sentence by a form it is sold in (consumerForms: serum, cream, oil,
// cleanser, sunscreen…) or a goods head of vocab/goods_heads.txt, with no word in the sentence that keeps a vitamin
// a medication (everydayCue, everyday.go: refill, prescription, rx, dose,
// doctor…). suspicious() (frame.go) then leaves it: "Your azelaic acid
// refill is ready" keeps its finding, listed drugs ("tretinoin cream",
// "benzoyl peroxide wash") are the clinical lists' and never reach here.
//
// Red team (helper RED2, dev28r): a prescription cream says so beside its
// payer or prescriber. A word of consumerRxCues in the ingredient's
// sentence (insurance, copay, authorization, pharmacy, pharmacist,
// dermatologist, prescriber…) keeps the finding, as everydayCue does:
// "Your retinoid cream has been approved by your insurance". Only the
// sentence: a drugstore's newsletter names its pharmacy in another one
// ("Retinol serum and more skincare deals this week. Pharmacy hours are 9
// to 5."), and the frame.notice rule would then take the ingredient.

var consumerIngredientsMore = wordSetTab("avobenzone oxybenzone octinoxate octocrylene homosalate panthenol allantoin tocopherol " +
	"squalene bisabolol centella cica arbutin kojic mandelic polyglutamic ectoin resveratrol adenosine")

// consumerForms: the forms cosmetics and supplements are sold in (beside
// vocab/goods_heads.txt's goods heads)
var consumerForms = wordSetTab("serum serums cream creams oil oils cleanser cleansers toner toners lotion lotions sunscreen sunscreens " +
	"spf mask masks balm balms gel gels moisturizer moisturiser mist spray wash shampoo conditioner gummies gummy powder " +
	"capsules softgels drops essence ampoule stick scrub peel pads eye night day body face facial lip hair skincare " +
	"crema aceite suero mascarilla protector")

func (s *scanner) consumerGoods(i int) bool {
	h := s.toks[i].h
	if !consumerIngredients.get(h) && !consumerIngredientsMore.get(h) {
		return false
	}
	lo, hi := s.sentSpan(i)
	goods := false
	for k := i + 1; k < hi && k <= i+3; k++ {
		if consumerForms.get(s.toks[k].h) || s.goodsIn(goodsWords.goods, &goodsWords.goodsBits, k) {
			goods = true
			break
		}
	}
	if !goods {
		return false
	}
	for k := lo; k < hi; k++ {
		if everydayCue.get(s.toks[k].h) || consumerRxCues.get(s.toks[k].h) {
			return false
		}
	}
	return true
}

// consumerRxCues: a payer's or prescriber's words (red team, dev28r)
var consumerRxCues = wordSetTab("insurance insurer copay authorization pharmacy pharmacist pharmacists " +
	"dermatologist dermatology prescriber farmacia seguro")
