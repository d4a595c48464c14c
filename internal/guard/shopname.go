package guard

// Shops named with a clinical word (issue 15, helper GAP, dev26g): a false
// positive cut of the clinical lists.
//
// "Your Insomnia Cookies order is on its way", "Your order from Insomnia
// Cookies has shipped": a late-night bakery chain, not a sleep disorder.
// dev24 left it flagged (fail closed). clinicalShopName reports that the
// clinical phrase i..j is one capitalised word that is ordinary English,
// followed by a capitalised word that closes an eatery's name
// (shopCloseWords: Cookies, Bakery, Coffee, Pizza, Ramen…; never a care
// place: Center, Clinic, Pharmacy, Spa, Fitness are not in it, so
// "Insomnia Center" stays reported; nor goods that may be about the
// condition: "Your Depression Books order", "Your Anxiety Candles order"
// stay reported), in a
// notice with no health wording (noticeCue: refill, pharmacy, nurse,
// prescription…). Written in lower case ("insomnia cookies"), alone
// ("Your Insomnia order"), or beside health wording ("Your Insomnia
// Cookies order is ready at the pharmacy") it is still reported.

// shopCloseWords: words that close a food, drink or goods shop's name.
var shopCloseWords = wordSet("cookies cookie bakery bakeshop cafe coffee pizza pizzeria kitchen grill deli bistro " +
	"brewery brewing winery creamery donuts doughnuts bagels tacos burgers ramen sushi noodles diner eatery " +
	"cupcakes cakes chocolates roasters juice smoothies taproom")

// clinicalShopName: the clinical phrase i..j opens a shop's name (see
// above).
func (s *scanner) clinicalShopName(i, j int) bool {
	k := j + 1
	if i != j || k >= len(s.toks) || s.gap(k) != " " {
		return false
	}
	t, nx := &s.toks[i], &s.toks[k]
	if t.cls&tCap == 0 || t.cls&tUpper != 0 || t.cls&tAlpha == 0 || nx.cls&tCap == 0 || nx.cls&tUpper != 0 {
		return false
	}
	if !shopCloseWords[nx.h] || !s.g.gen.english(t.h) {
		return false
	}
	_, cue := s.noticeCue()
	return !cue
}
