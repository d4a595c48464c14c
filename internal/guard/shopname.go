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
// prescription…), in a sentence with a shop's frame word (order,
// shipped, delivery, ready…) and in a notice with no word of a meeting,
// class or group (gatheringWords: session, meeting, class, registration,
// RSVP, group, pass…): "Your Dementia Cafe session is Tuesday", "Your
// Diabetes Kitchen registration is complete" are a support group's and a
// class's (red team, dev26r). Written in lower case ("insomnia cookies"), alone
// ("Your Insomnia order"), or beside health wording ("Your Insomnia
// Cookies order is ready at the pharmacy") it is still reported.

// shopCloseWords: words that close a food, drink or goods shop's name.
var shopCloseWords = wordSetTab("cookies cookie bakery bakeshop cafe coffee pizza pizzeria kitchen grill deli bistro " +
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
	if !shopCloseWords.get(nx.h) || !s.g.gen.english(t.h) {
		return false
	}
	if _, cue := s.noticeCue(); cue {
		return false
	}
	// red team (dev26r): a shop's name sits in a shop's frame (order,
	// shipped, delivery, ready…: goods_heads.txt [frame]) and the notice
	// is no gathering's ("Your Dementia Cafe session is Tuesday", "Your
	// Diabetes Kitchen registration is complete": a support group or a
	// class named like an eatery)
	return (s.shopFrame(i, k) || s.shopLoyalty()) && !s.gatheringNotice()
}

// shopLoyaltyWords: a shop's wording that goods_heads.txt's [frame] does
// not hold ("Insomnia Cookies: your rewards balance is 40 points").
var shopLoyaltyWords = wordSetTab("rewards reward points coupon coupons deal deals offer offers menu catering gift giftcard")

// shopLoyalty: a word of shopLoyaltyWords anywhere in the notice.
func (s *scanner) shopLoyalty() bool {
	for k := range s.toks {
		if shopLoyaltyWords.get(s.toks[k].h) {
			return true
		}
	}
	return false
}

// gatheringWords: words of a meeting, class or group rather than a shop's
// order (shopname.go; red team, dev26r).
var gatheringWords = wordSetTab("session sessions meeting meetings meetup meetups group groups class classes " +
	"workshop workshops rsvp registration registered register coaching coach shift shifts program programme " +
	"peer peers caregiver caregivers spot seat seats pass passes join joining joined welcome meets meet " +
	"member members circle attend attending volunteer volunteers visit visits sesion reunion grupo clase taller")

// gatheringNotice: a word of gatheringWords anywhere in the notice.
func (s *scanner) gatheringNotice() bool {
	for k := range s.toks {
		if gatheringWords.get(s.toks[k].h) {
			return true
		}
	}
	return false
}
