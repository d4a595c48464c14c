package guard

// Shop slots (helper GOODS2, dev57g, 2026-12-05): a capitalised run in a
// product or shop slot of a shop notice is a product, brand or shop, not a
// person, when the notice as a whole is a shop's and names no reader.
//
// The notice-level signal (all must hold, else nothing is marked):
//
//   - it is about goods (goodsRunNotice: a price or a goods cue word: order,
//     cart, pickup, stock, ship, sale, off, tienda, pedido…);
//   - it holds no care word (goodsRunCares with no runs: brandCares'
//     clinical, supply, association and tenant terms, patient, member,
//     refill, prescription…; a drug brand in the product slot keeps every
//     finding);
//   - it addresses no reader: no greeting word (Hi, Dear, Hola,
//     Estimado…), no vocative at a sentence's end (careVocative,
//     caresignal.go: "…, John."), no person's slot before a capitalised or
//     upper-case word anywhere ("for Maria Lopez", "Pickup for GARCIA,
//     ANA", "para Ana", "to Rosa"), no "<Name>'s order/prescription/receta"
//     and no title of address (Mr./Ms./Dr. before a word of a listed name
//     with no goods noun after it).
//
// A run (up to four capitalised words, or a brand honorific of
// shopSlotHonor — Aunt, Tía, Doña, Don, Mr., Dr, Mister, Grandma, Abuela… —
// and the words after it) is then marked as goods when it sits in a slot:
// before a product or food noun (goods_heads.txt's goods, goodsRunHeads,
// shopSlotNouns: "Aunt Anne's pretzel cart", "Tía Carmen tostadas"), after
// one ("Salsa Doña Chela", "mole Doña María"), with a shop noun in it
// ("Tienda Don Memo", "Pho Hoa Express"), after "order from" ("Your order
// from Lao Gan Ma"), or as an item of a list joined by and/y/&/comma with
// such a run ("Paula's Choice and Mario Badescu"). Runs after a person's
// slot word (for, to, by, para, dear…) or refused by goodsRunNot (a house
// number, a colon, a dose unit, a personalised goods word) are never taken.
//
// Marks are prodName|prodBrand|prodGoods (s.prod): dropGoodsRun drops the
// name findings lying wholly in them.
//
// Known costs: a person named in a list of goods of a notice with no
// greeting, no care word and no person's slot ("Siosaia Taufa 2-pack")
// passes, as under goodsrun.go. German lists ("und") are not read.

import "strings"

// shopSlotHonor: honorifics and kin words that open brand and shop names
// ("Aunt Anne's", "Tía Rosa", "Doña María", "Mr. Pretzels", "Dr Pepper").
var shopSlotHonor = wordSetTab("aunt auntie uncle tía tia tío tio doña dona don mr mrs dr mister miss sir lady " +
	"grandma grandpa abuela abuelita abuelo mama papa mamá papá captain chef señor señora")

// shopSlotNouns: food, shop and goods nouns of a product slot that
// goods_heads.txt and goodsRunHeads do not hold (no care word:
// TestShopSlotNouns).
var shopSlotNouns = wordSetTab("bread pretzel pretzels cart tostadas tortillas tortilla salsa chiles chile mole rice " +
	"meatballs cookie cookies treats snack snacks cakes cake pizza cones cone syrup toothpaste bath chips olives " +
	"soda mayo tea candles candle soaps soap bags bag catering pan chocolate café cafe coffee tins cheddar " +
	"noodles dumplings sauce crisp conchas galletas tenis sneakers cereal cereales leche jugo juice pints " +
	"icecream helado dulces candy gum crackers cheese queso productos producto products product marca marcas")

// shopSlotShops: shop nouns inside a run that make it a shop's name.
var shopSlotShops = wordSetTab("tienda abarrotes casa taqueria taquería tortillería tortilleria panadería panaderia " +
	"kitchen express house cafe café bakery market mercado deli grill cocina restaurante restaurant shop store " +
	"boutique pizzeria pizzería carnicería carniceria")

// shopSlotReaderBefore: words before a capitalised or upper-case word that
// name a person (the notice then addresses a reader and nothing is taken).
var shopSlotReaderBefore = wordSetTab("for to para dear hi hello hola hey estimado estimada querido querida " +
	"attn attention customer cliente recipient patient paciente member")

// shopSlotBought: goods participles before a product of three words or
// more ("your returned Baby Bjorn Bouncer Bliss").
var shopSlotBought = wordSetTab("returned ordered purchased bought exchanged")

// shopSlotDays: day names after "for"/"para", no person ("confirmed for
// Wednesday").
var shopSlotDays = wordSetTab("monday tuesday wednesday thursday friday saturday sunday today tomorrow " +
	"lunes martes miércoles miercoles jueves viernes sábado sabado domingo")

// shopSlotPersonThing: "<Name>'s order" — a person's order or care.
var shopSlotPersonThing = wordSetTab("order orders prescription prescriptions receta recetas refill refills pedido pickup account")

// shopSlotCue: shop words that make a notice a shop's beside goodsRunCue
// and a price ("ya están en el pasillo 4", "coupon", "2 for").
var shopSlotCue = wordSetTab("aisle aisles pasillo pasillos coupon coupons cupón cupon oferta ofertas deal deals " +
	"bogo promo checkout register caja")

// shopSlotBits filters the word sets read per token (TestHashFilterFill).
var shopSlotBits = func() *hashFilter {
	f := &hashFilter{}
	for _, m := range []setTab{shopSlotHonor, shopSlotNouns, shopSlotShops, shopSlotCue} {
		m.each(f.add)
	}
	return f
}()

func shopSlotHas(m *setTab, h uint64) bool { return shopSlotBits.may(h) && m.get(h) }

// markShopSlot marks the runs in product and shop slots of a shop notice
// that names no reader (see the file comment).
func (s *scanner) markShopSlot() {
	n := len(s.toks)
	note := s.goodsNote // markGoodsRun's goodsRunNotice, just before on the same tokens (0: not asked)
	s.goodsNote = 0
	if n < 4 || n > 120 || !(note == 2 || note == 0 && s.goodsRunNotice()) && !s.shopSlotCueIn() { // both cheap: a price, or a filtered cue word
		return
	}
	if !s.shopSlotAnyIn() { // no candidate run sits in a slot: no run can be marked
		return
	}
	const max = 16
	var runs [max][2]int
	var slot [max]bool
	nr := 0
	ci := 0 // cursor into capToks (nextCap)
	for k := 0; k < n && nr < max; k++ {
		// (the words with no capital passed over: capToks, helper SPEED16)
		if k = s.nextCap(k, &ci); k == n {
			break
		}
		if s.toks[k].cls&tCap == 0 {
			continue
		}
		if !s.shopSlotStart(k) {
			continue
		}
		a, b := k, s.shopSlotRunEnd(k)
		k = b
		if a > 0 && !s.toks[a].sent && (goodsRunPersonBefore.get(s.toks[a-1].h) && !s.shopSlotFrom(a-1)) {
			continue
		}
		a2 := a // "Dr Pepper": the honorific is no street abbreviation
		if a < b && shopSlotHas(&shopSlotHonor, s.toks[a].h) {
			a2 = a + 1
		}
		if s.goodsRunNot(a2, b) || a > 0 && s.toks[a-1].cls&tDigit != 0 && s.gap(a) == " " || s.shopSlotPerson(a, b) {
			continue
		}
		// a lone word that is no honorific run needs a list partner or a
		// noun; a lone honorific is no run
		if a == b && shopSlotHas(&shopSlotHonor, s.toks[a].h) {
			continue
		}
		runs[nr] = [2]int{a, b}
		slot[nr] = s.shopSlotIn(a, b)
		nr++
	}
	for changed := true; changed; {
		changed = false
		for r := 0; r+1 < nr; r++ {
			if slot[r] != slot[r+1] && s.goodsRunJoined(runs[r][1], runs[r+1][0]) {
				slot[r], slot[r+1], changed = true, true, true
			}
			// "Ryse Loaded Pre in Kool-Aid Tropical Punch - 30 servings":
			// a product in a flavour or colour
			if !slot[r] && slot[r+1] && runs[r+1][0] == runs[r][1]+2 && s.toks[runs[r][1]+1].low == "in" &&
				!s.toks[runs[r+1][0]].sent && s.shopSlotBrandLike(runs[r][0], runs[r][1]) && runs[r][1] > runs[r][0] {
				slot[r], changed = true, true
			}
		}
	}
	// the notice-level checks read the whole notice: only once a run sits
	// in a slot (the run checks above read only their neighbours)
	some := false
	for r := 0; r < nr; r++ {
		some = some || slot[r]
	}
	if !some || !s.shopSlotNoReader() || s.goodsRunCares(nil, nil) {
		return
	}
	for r := 0; r < nr; r++ {
		if !slot[r] {
			continue
		}
		s.prodMarks()
		for j := runs[r][0]; j <= runs[r][1]; j++ {
			s.prod[j] |= prodName | prodBrand | prodGoods
		}
	}
}

// shopSlotNoReader reports whether the notice addresses no reader by name
// (see the file comment).
func (s *scanner) shopSlotNoReader() bool {
	n := len(s.toks)
	for k := 0; k < n; k++ {
		t := &s.toks[k]
		if s.fl(k)&wGreeting != 0 && !s.shopSlotThanks(k) && (shopSlotReaderBefore.get(t.h) || k+1 < n && !s.toks[k+1].sent && s.toks[k+1].cls&(tCap|tUpper) != 0) {
			return false // "Hi Maria", "Hola Ana", "Dear …" (not "Thanks for shopping", "Everyone welcome")
		}
		if shopSlotReaderBefore.get(t.h) {
			if t.low != "for" && t.low != "to" && t.low != "para" {
				return false
			}
			if k+1 < n && !s.toks[k+1].sent && s.toks[k+1].cls&(tCap|tUpper) != 0 && s.fl(k+1)&wMonth == 0 && !shopSlotDays.get(s.toks[k+1].h) {
				return false // "for Maria Lopez", "Pickup for GARCIA, ANA"
			}
		}
		if t.cls&(tCap|tUpper) != 0 && s.careVocative(k) {
			return false
		}
		if t.cls&(tCap|tUpper) != 0 && k+1 < n && strings.HasPrefix(s.gap(k+1), "'s ") && shopSlotPersonThing.get(s.toks[k+1].h) {
			return false
		}
		if k+1 < n && t.cls&(tCap|tUpper) != 0 && (t.low == "mr" || t.low == "mrs" || t.low == "ms" || t.low == "dr") && s.toks[k+1].w != nil && s.toks[k+1].w.flags&(wFirst|wLast) != 0 && !s.shopSlotNounAt(k+2) {
			return false // "Mr. Daniel Okafor": a title of address
		}
	}
	return true
}

// shopSlotFrom: "from" after an order word ("Your order from …", "pickup
// order from …") or "en"/"at" after a purchase word: a shop's slot.
func (s *scanner) shopSlotFrom(p int) bool {
	l := s.toks[p].low
	if l != "from" && l != "en" && l != "at" {
		return false
	}
	for q := p - 1; q >= 0 && q >= p-2; q-- {
		switch s.toks[q].low {
		case "order", "orders", "compra", "shopping", "pedido":
			return true
		}
	}
	return false
}

func (s *scanner) shopSlotStart(k int) bool {
	t := &s.toks[k]
	if t.cls&tCap == 0 || t.cls&tUpper != 0 && len(t.low) > 2 {
		return false
	}
	if shopSlotHas(&shopSlotHonor, t.h) {
		return true
	}
	return s.isCapWord(k) && s.fl(k)&(wStop|wTitle|wGreeting|wNameCue) == 0
}

func (s *scanner) shopSlotWord(k int) bool {
	t := &s.toks[k]
	if t.cls&tCap == 0 || !s.isCapWord(k) || s.fl(k)&(wGreeting|wNameCue) != 0 {
		return false
	}
	return s.fl(k)&(wStop|wTitle) == 0 || t.low == "la" || t.low == "el" || shopSlotHas(&shopSlotHonor, t.h)
}

func (s *scanner) shopSlotGap(k int) bool {
	g := s.gap(k)
	return g == " " || g == "-" || g == ". " && shopSlotHas(&shopSlotHonor, s.toks[k-1].h)
}

// shopSlotNounAt reports whether token k is a product, food or goods noun.
func (s *scanner) shopSlotNounAt(k int) bool {
	if k < 0 || k >= len(s.toks) || s.toks[k].cls&tAlpha == 0 {
		return false
	}
	h := s.toks[k].h
	switch s.toks[k].low {
	case "can", "cans", "will", "may":
		return false // "Dr. Pepper can meet you": a modal verb
	}
	return shopSlotHas(&shopSlotNouns, h) || goodsRunHas(&goodsRunHeads, h) || s.goodsIn(goodsWords.goods, &goodsWords.goodsBits, k)
}

// shopSlotIn reports whether the run a..b sits in a product or shop slot.
func (s *scanner) shopSlotIn(a, b int) bool {
	n := len(s.toks)
	if b+1 < n && !s.toks[b+1].sent && (s.gap(b+1) == " " || s.gap(b+1) == "'s ") &&
		(s.shopSlotNounAt(b+1) || b+2 < n && !s.toks[b+2].sent && s.gap(b+2) == " " && s.toks[b+1].cls&(tCap|tUpper) == 0 && s.shopSlotNounAt(b+2)) &&
		s.shopSlotBrandLike(a, b) { // the noun first: it is the cheaper test
		return true // "Tía Carmen tostadas", "Aunt Anne's pretzel"
	}
	if a > 0 && !s.toks[a].sent && s.gap(a) == " " && s.shopSlotNounAt(a-1) {
		return true // "mole Doña María", "audífonos Sennheiser"
	}
	if b-a >= 2 && a > 0 && !s.toks[a].sent && s.gap(a) == " " && shopSlotBought.get(s.toks[a-1].h) {
		return true // "your returned Baby Bjorn Bouncer Bliss"
	}
	if b > a && b+2 < n && !s.toks[b+1].sent && s.toks[b+1].cls&tDigit != 0 && s.toks[b+1].nd <= 3 &&
		(s.gap(b+1) == " - " || s.gap(b+1) == ", ") && goodsRunHas(&goodsRunUnits, s.toks[b+2].h) && s.shopSlotBrandLike(a, b) {
		return true // "Kool-Aid Tropical Punch - 30 servings"
	}
	if b > a && s.shopSlotNounAt(b) && s.shopSlotBrandLike(a, b) {
		return true // "Dr Pepper Cream Soda"
	}
	if b > a && (s.shopSlotNounAt(a) || shopSlotHas(&shopSlotShops, s.toks[a].h) || shopSlotHas(&shopSlotShops, s.toks[b].h)) {
		return true // "Chocolate Abuelita", "Tienda Don Memo", "Pho Hoa Express"
	}
	if b > a && a > 0 && !s.toks[a].sent && s.shopSlotFrom(a-1) {
		return true // "Your order from Lao Gan Ma"
	}
	if s.shopSlotOf(a, b) {
		return true // "purchase of Turmeric Curcumin", "order GV-770981 (Collagen Peptides)" (shopslotof.go)
	}
	return false
}

// shopSlotThanks: "Thanks for shopping", "Gracias por su compra" — a
// greeting word that addresses no one by name.
func (s *scanner) shopSlotThanks(k int) bool {
	switch s.toks[k].low {
	case "thanks", "thank", "gracias":
		if k+1 < len(s.toks) && !s.toks[k+1].sent {
			switch s.toks[k+1].low {
			case "for", "por", "you":
				return s.toks[k+1].low != "you" || k+2 < len(s.toks) && s.toks[k+2].low == "for"
			}
		}
	}
	return false
}

// shopSlotPerson reports whether the run a..b is a person's: after a
// possessive ("Your Mr. Nguyen mug", "Your Zainab Qureshi calendar": the
// reader's personalised goods), holding a listed given and family name
// ("1 x John Smith towel", "Doña María Hernández"), an English title
// before a listed name ("Dr. Hoffman candle set"), or addressed before a
// comma and the reader's possessive ("Tienda Don Julio, su pedido").
func (s *scanner) shopSlotPerson(a, b int) bool {
	if a > 0 && !s.toks[a].sent && (careReaderPossessive.get(s.toks[a-1].h) || s.toks[a-1].low == "my") {
		return true
	}
	for j := a; j < b; j++ {
		if s.personAfter(j) {
			return true
		}
	}
	switch s.toks[a].low {
	case "mr", "mrs", "ms", "dr", "miss", "sir", "lady", "mister":
		// an English title before a listed name: "Dr. Hoffman candle set"
		if a < b && s.fl(a+1)&(wFirst|wLast) != 0 && s.fl(a+1)&wCommon == 0 {
			return true
		}
	}
	if b+1 < len(s.toks) && !s.toks[b+1].sent && s.gap(b+1) == ", " {
		l := s.toks[b+1].low
		if careReaderPossessive.get(s.toks[b+1].h) || l == "you" || l == "usted" || l == "your" {
			return true // "Tienda Don Julio, su pedido está listo": the reader addressed
		}
	}
	return false
}

// shopSlotBrandLike reports whether a run before a goods noun reads as a
// brand rather than a person's name in no list ("Adaeze Nwosu stroller
// frame"): it opens with a brand honorific ("Tía Carmen tostadas"), has
// three words or more, or holds a word of ordinary English ("Little
// Debbie snack cakes").
func (s *scanner) shopSlotBrandLike(a, b int) bool {
	if shopSlotHas(&shopSlotHonor, s.toks[a].h) || b-a >= 2 {
		return true
	}
	for j := a; j <= b; j++ {
		if s.toks[j].cls&tAlpha != 0 && s.fl(j)&(wFirst|wLast) == 0 && s.general(j) {
			return true
		}
	}
	return false
}

// shopSlotCueIn reports whether a token is a shop word of shopSlotCue.
func (s *scanner) shopSlotCueIn() bool {
	for k := range s.toks {
		if shopSlotHas(&shopSlotCue, s.toks[k].h) {
			return true
		}
	}
	return false
}

// shopSlotS: the "s" of a possessive inside a run ("Aunt Anne's",
// "Paula's Choice"): the tokenizer splits it off after an apostrophe.
func (s *scanner) shopSlotS(k int) bool {
	g := s.gap(k)
	return s.toks[k].low == "s" && (g == "'" || g == "’")
}

// shopSlotRunEnd is the last token of the run that starts at k (at most
// five words: capitalised words, honorifics and a possessive's "s").
func (s *scanner) shopSlotRunEnd(k int) int {
	n, b := len(s.toks), k
	for b+1 < n && b-k < 4 && !s.toks[b+1].sent && (s.shopSlotGap(b+1) && s.shopSlotWord(b+1) || s.shopSlotS(b+1)) {
		b++
	}
	return b
}

// shopSlotAnyIn reports whether a candidate run of markShopSlot sits in a
// product or shop slot (shopSlotIn), before markShopSlot's dearer run
// tests (goodsRunNot, shopSlotPerson). It reads the same runs as
// markShopSlot with only the cheap refusals, so every run markShopSlot
// keeps is among them: when none sits in a slot, no run of markShopSlot
// does and joining (which only spreads a slot) marks nothing either.
func (s *scanner) shopSlotAnyIn() bool {
	n := len(s.toks)
	ci := 0 // cursor into capToks (nextCap)
	for k := 0; k < n; k++ {
		// (the words with no capital passed over: capToks, helper SPEED16)
		if k = s.nextCap(k, &ci); k == n {
			break
		}
		if s.toks[k].cls&tCap == 0 {
			continue
		}
		if !s.shopSlotStart(k) {
			continue
		}
		a, b := k, s.shopSlotRunEnd(k)
		k = b
		if a > 0 && !s.toks[a].sent && (goodsRunPersonBefore.get(s.toks[a-1].h) && !s.shopSlotFrom(a-1)) {
			continue
		}
		if a == b && shopSlotHas(&shopSlotHonor, s.toks[a].h) {
			continue
		}
		if s.shopSlotIn(a, b) {
			return true
		}
	}
	return false
}
