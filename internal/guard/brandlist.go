package guard

// Listed brand, product and title names in shop, restaurant and media
// wording (issue 15, night of 2026-12-04: dev25, dev26; a false-positive
// cut, no finding).
//
// Shop notices name goods, restaurants, books and films whose names read
// like a person's: an honorific and a word ("Dr Pepper", "Dr. Bronner's",
// "Mr. Clean", "Mrs. Meyer's", "Nurse Jackie", "Dr. Strangelove"), a given
// name in the possessive ("Wendy's", "Ben & Jerry's", "Marie Callender's"),
// two capitalised words in no vocabulary ("Krispy Kreme", "Häagen-Dazs").
// The name rules (names(), words.go) and the street rule (a "1 x Dr Pepper"
// read as house number and "Dr") report them. markBrands marks such names
// in s.prod (prodName|prodBrand: no name rule reports the token, and no
// street address ends in it) when:
//
//   - the name is one of vocab/brands.txt, matched as a whole phrase with
//     its capitals as listed (or wholly in capitals; a title's dot is
//     optional, a hyphen matches a space), and not followed by a family
//     name of the lists ("Captain Morgan Freeman"); or one of the shapes
//     of titleShape and quotedShape: a title, a capitalised word that is
//     no given or family name of the lists, an optional "'s" and a goods
//     head within four words ("Dr. Bronner's peppermint castile soap",
//     "Dr. Zorbalt beard balm 2-pack"); a title and capitalised words
//     closed by an eatery word ("Dr. Bar & Grill", "Mr. Kim's Kitchen"; a
//     clinical title before a listed name is not taken: "Dr. Lee's
//     Kitchen"); a quoted title after a media, ticket or business word or
//     before "by" or a media head, and the author after "by" ("tickets
//     for 'Dr. Strangelove'", "taquería 'El Paciente Hambriento'", "'The
//     Silent Patient' by Alex Michaelides"; not a given and a family name
//     alone in quotes, not in a notice with a personalisation word);
//   - the notice says nothing about care: no word outside the names read
//     is a care word of product.go (careWord: a clinical, supply,
//     association or tenant term, a date-person, name-cue or health-cue
//     word such as appointment, visit, patient, doctor, or a [care] word
//     of goods_heads.txt such as refill, prescription, pharmacy), except
//     "while supplies last" and a film's "screening" beside a cinema word;
//   - the name is in shop, restaurant or media wording: a commerce word
//     (goods heads, shop frames, order words of goods_heads.txt, and
//     brandShopWords: reservation, table, guests, menu, tickets, seats,
//     cart, aisle…) in its sentence for a name with a title, anywhere in
//     the notice for the others;
//   - nothing makes it a person (brandAccept): not after a greeting, a
//     name cue, a title or a word that goes before a person (with, see,
//     meet, call, ask, contact, dear, attn, per, under; for/to before a
//     title name unless a media word comes first; "by" before a title name
//     only after a media word or a quotation), not addressed ("Mr. Clean,
//     your package has shipped", "Dr. Pepper, party of 2"), not before a
//     person's verb or noun ("Dr. Pepper will see you", "Dr. Martens is
//     running late", "Dr. Praeger's office"), no person's pronoun or
//     person's verb said to the reader later in a title name's sentence
//     ("Dr. Martens is ready to see you now"); a name made only of listed
//     given and family names ("Paul Smith", "Dr. Quinn") also not after
//     for/to/customer, not before "'s", not ending its clause, and with a
//     title only beside a media word or before a product word or number;
//     a possessive brand that opens with a given name ("Wendy's") before a
//     customer's word (order, pickup, package…) only after a determiner or
//     preposition ("Your Wendy's order", not "Wendy's order is ready").
//
// Everything else keeps its finding (fail closed): "Your appointment with
// Dr. Martens", "Dr. Pepper will see you at 3 PM", "Mrs. Meyer's refill is
// ready at the pharmacy", "Wendy's lab results", "Hi Wendy, your order has
// shipped". Clinical terms are never touched: the marks silence name and
// street rules only, and context matching (the recipient's own name) runs
// as before.

import (
	"bufio"
	"strings"
)

// prodBrand marks a token of a listed or shaped brand name (brandlist.go);
// such a token also carries prodName.
const prodBrand uint8 = 1 << 3

// brandEntry is one name of vocab/brands.txt as tokens.
type brandEntry struct {
	h     []uint64 // token hashes (lower case)
	text  []string // tokens as spelled (normalised, capitals kept)
	gap   []string // canonical gap before each token (brandGap; [0] unused)
	tail  bool     // the name ends in an apostrophe ("Dunkin'", "Thomas'")
	title bool     // [title] section: the name begins with an honorific
	media bool     // [media] section: a title of a game, film or book (brandline.go)
	name  string   // the line as listed (tests)
}

// brandVocab is vocab/brands.txt by first token, longest entries first.
type brandVocab struct {
	first   map[uint64][]*brandEntry
	bits    hashFilter // the keys of first (markBrands' first test)
	entries []*brandEntry
}

var brandWords = loadBrands()

// brandTitleWords are the honorifics whose dot a brandGap drops.
var brandTitleWords = wordSetTab("dr mr mrs ms sgt capt prof st jr sr dra sra")

func loadBrands() *brandVocab {
	data, err := vocabFS.ReadFile("vocab/brands.txt")
	if err != nil {
		panic("guard: vocab/brands.txt: " + err.Error()) // embedded: cannot happen
	}
	bv := &brandVocab{first: map[uint64][]*brandEntry{}}
	title, media := false, false
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l == "" || l[0] == '#' {
			continue
		}
		switch l {
		case "[title]":
			title, media = true, false
			continue
		case "[brand]":
			title, media = false, false
			continue
		case "[media]":
			title, media = false, true
			continue
		}
		if l[0] == '[' {
			panic("guard: vocab/brands.txt: unknown section " + l)
		}
		e := parseBrand(l)
		if e == nil {
			panic("guard: vocab/brands.txt: no word in " + l)
		}
		e.title, e.media = title, media
		bv.entries = append(bv.entries, e)
		bv.first[e.h[0]] = append(bv.first[e.h[0]], e)
	}
	for h, es := range bv.first {
		bv.bits.add(h)
		// longest first: "Mrs. Meyer's Clean Day" before "Mrs. Meyer's"
		for a := 1; a < len(es); a++ {
			for b := a; b > 0 && len(es[b].h) > len(es[b-1].h); b-- {
				es[b], es[b-1] = es[b-1], es[b]
			}
		}
	}
	return bv
}

// parseBrand tokenises a listed name as notices are tokenised.
func parseBrand(l string) *brandEntry {
	nt := normalize(l, nil, nil)
	toks := tokenize(&nt, nil)
	if len(toks) == 0 {
		return nil
	}
	e := &brandEntry{name: l}
	prev := 0
	for k, t := range toks {
		e.h = append(e.h, t.h)
		e.text = append(e.text, nt.s[t.s:t.e])
		if k == 0 {
			e.gap = append(e.gap, "")
		} else {
			e.gap = append(e.gap, brandGap(nt.s[prev:t.s], toks[k-1].low))
		}
		prev = int(t.e)
	}
	e.tail = strings.HasPrefix(brandGap(nt.s[prev:], ""), "'")
	return e
}

// brandGap is the gap between two words of a name with spaces removed, a
// hyphen read as a space, a curly apostrophe as a straight one and the dot
// after a title dropped ("Dr. Pepper" = "Dr Pepper", "Häagen-Dazs" =
// "Haagen Dazs").
func brandGap(g, before string) string {
	if g == " " {
		return ""
	}
	g = strings.ReplaceAll(g, "\u2019", "'")
	var b strings.Builder
	for i := 0; i < len(g); i++ {
		if c := g[i]; c != ' ' && c != '-' {
			b.WriteByte(c)
		}
	}
	out := b.String()
	if strings.HasPrefix(out, ".") && brandTitleWords.get(hstr(before)) {
		out = out[1:]
	}
	return out
}

// word lists of the acceptance checks (see the file comment)
var (
	// commerce words besides those of goods_heads.txt
	brandShopWords = wordSetTab("reservation reservations reserved reserve table guests menu combo meal meals tickets ticket " +
		"seats seat showtime showtimes film movie cinema theater theatre streaming episode episodes season seasons series " +
		"cart checkout sale deal deals coupon aisle store stores shop shopping bag bags dozen count oz ml pint liter litre " +
		"pack flavor flavors flavour scoop cone bundle grocery groceries restock sold arrivals collection catering drive thru " +
		"curbside window takeout carryout dine blu vinyl playset figure cereal snack snacks " +
		"reserva mesa personas boletos entradas carrito oferta tienda compra pedido " +
		"buying buy purchasing ordering comprar comprando compraste " +
		"cocktail cocktails drinks bar lounge mixology tiki coctel cocteles cocteleria licuado licuados bebidas") // "Thanks for buying Cetaphil!" (brandline.go)
	// cinema words: with one of them, "screening" is a film's
	brandCinema = wordSetTab("film films movie movies cinema theater theatre tickets ticket seats seat showtime 35mm 70mm imax")
	// words before a person, not a product
	brandPersonBefore = wordSetTab("with see seeing saw meet meeting met call ask contact dear attn cc per thank thanks under " +
		"con ver llame pregunte")
	// words after a person's name: a person's verb (after up to two
	// auxiliaries) or a person's office
	// before a person-like brand ("Paul Smith"): a recipient's name
	brandPersonFor = wordSetTab("for to para attention recipient customer member cliente socio name nombre")
	// what a customer owns ("Wendy's order"), and the words that make a
	// possessive brand before it a shop's ("your Wendy's order", "from
	// Wendy's")
	brandOwned = wordSetTab("order orders pickup package packages delivery purchase purchases cart account refund return " +
		"returns items item subscription reservation receipt payment invoice pedido compra cuenta entrega")
	brandDet = wordSetTab("your our the a an this that from at of de del en to via mi tu su")
	// a person's pronouns, and the reader after a person's verb
	brandPronoun = wordSetTab("he she him his hers himself herself ella")
	brandYou     = wordSetTab("you usted te le")
	// media words besides goods_heads.txt's [media]
	brandMediaWords = wordSetTab("season seasons episode episodes series streaming stream blu dvd film films movie show " +
		"game games videogame videogames juego juegos videojuego videojuegos guide switch steam wii xbox playstation ps4 ps5 nintendo")
	brandAux        = wordSetTab("will would can could has have had is was just also already may might")
	brandPersonVerb = wordSetTab("see sees saw seeing call calls called calling said says say wrote writes asked asks ask " +
		"wants wanted notes noted left reviewed reviewing review signed approved prescribed recommended recommends " +
		"suggests suggested replied responded messaged texted emailed mentioned examined examine discuss discussed meet met " +
		"running late available unavailable away vacation leave retiring retired joined joins welcomes " +
		"placed bought purchased paid pick picks picking picked collect collects collected ordered sent atendera atiende llamara llamo")
	brandPersonNoun = wordSetTab("office team staff practice assistant nurse clinic desk schedule calendar patient patients " +
		"colleague partner consultorio equipo")
	// after a comma at a sentence's start: the name is addressed
	brandVocativeNext = wordSetTab("your you su usted tu please we thanks thank")
	// eatery words that close a restaurant's name after a title
	brandEatery = wordSetTab("grill kitchen bakery diner cafe bistro deli tavern pub bar pizza pizzeria taqueria cantina " +
		"burgers tacos bbq smokehouse steakhouse brewery brewing creamery donuts bagels noodles ramen sushi wings subs " +
		"sandwiches eatery trattoria osteria cocina restaurant restaurante cafeteria chophouse roadhouse grille patisserie")
)

// brandTok reports whether token i lies in a brand name of markBrands.
func (s *scanner) brandTok(i int) bool {
	return i >= 0 && i < len(s.prod) && s.prod[i]&prodBrand != 0
}

// markBrands finds the brand names of the token list (see the file
// comment) and marks their tokens in s.prod.
func (s *scanner) markBrands() {
	n := len(s.toks)
	type cand struct {
		a, b, quote  int
		line, media  int  // last token of a product line (brandline.go), of a [media] title; or -1
		lend         int  // last token of a listed [title] or [brand] name; or -1
		title, multi bool // multi: a listed name of two words or more
	}
	var cs []cand
	colonAt := -1 // the next ": " of the text (colonAhead)
	ci := 0       // cursor into capToks (nextCap)
	for i := 0; i < n; i++ {
		// (the words with no capital passed over: capToks, helper SPEED16)
		if i = s.nextCap(i, &ci); i == n {
			break
		}
		t := &s.toks[i]
		if t.cls&tAlpha == 0 {
			continue
		}
		c := cand{a: -1, quote: -1, line: -1, media: -1, lend: -1}
		// a listed name at i (read before a quotation: a [media] title
		// inside quotes keeps its mark, brandline.go)
		var listed *brandEntry
		lend := -1
		if t.fb&fbBrand != 0 { // brandWords.bits (tokfilter.go)
			for _, e := range brandWords.first[t.h] {
				// brandMatch's test of the second word, inlined (h-spd2)
				if len(e.h) > 1 && (i+1 >= n || s.toks[i+1].h != e.h[1]) {
					continue
				}
				if end, ok := s.brandMatch(i, e); ok {
					listed, lend = e, end
					break
				}
			}
		}
		if g := s.gap(i); g != " " && quoteOpen(g) || i == 0 && (g == "'" || g == "\"") { // also at the notice's start (red team, dev28r); quoteOpen's first test inline (helper SPEED15)
			// a quoted title first: "'Doctor Sleep' by Stephen King"
			if end, last, ok := s.quotedShape(i); ok {
				c.a, c.b, c.quote = i, end, last
			}
		}
		if listed != nil && listed.media {
			// a media title of the list ("Tropic of Cancer", "Trauma
			// Center: New Blood"): taken only in media wording
			if c.a < 0 {
				c.a, c.b, c.multi = i, lend, true
				if i > 0 && quoteOpen(s.gap(i)) && lend+1 <= n && s.quotedTitleEnd(lend) {
					c.quote = lend // "Your Steam key for 'Surgeon Simulator' is ready"
				}
			}
			c.media = lend
		} else if c.a < 0 && listed != nil {
			c.a, c.b, c.title, c.multi, c.lend = i, lend, listed.title, len(listed.h) >= 2, lend
			// the product line after a listed brand ("Olay Regenerist",
			// "Neutrogena Ultra Sheer", brandline.go)
			c.line = s.brandLine(lend)
		}
		if c.a < 0 {
			// a title with a colon subtitle before a platform or media
			// word ("Lara Croft: Tomb Raider (DVD)", brandline.go)
			// (colonTitle's first test by one search of the text for the
			// next ": ", helper SPEED15)
			if s.colonAhead(i, &colonAt) {
				if end, ok := s.colonTitle(i); ok {
					c.a, c.b, c.multi = i, end, true
				}
			}
		}
		if c.a < 0 && s.fl(i)&wTitle != 0 {
			if end, ok := s.titleShape(i); ok {
				c.a, c.b, c.title = i, end, true
			}
		}
		if c.a < 0 && i+2 < n && s.toks[i+1].cls&(tCap|tUpper) != 0 {
			// brand, product line and model number ("Anker PowerCore
			// 10000", mediaquote.go)
			if end, ok := s.modelShape(i); ok {
				c.a, c.b = i, end
			}
		}
		if c.a >= 0 {
			cs = append(cs, c)
			i = max(c.b, c.line)
		}
	}
	if len(cs) == 0 {
		return
	}
	// the care words of the notice outside every name ("Johnnie Walker
	// and Jack Daniel's": "walker" is the brand's)
	var cares []int
	for _, k := range s.brandCares() {
		if s.consumerQualified(k) {
			continue // "audífonos inalámbricos" (brandline.go)
		}
		inside := false
		for _, c := range cs {
			if k >= c.a && k <= max(c.b, c.quote) {
				inside = true
			}
		}
		if !inside {
			cares = append(cares, k)
		}
	}
	for _, c := range cs {
		b := max(c.b, c.line)
		if len(cares) > 0 || !s.brandAccept(c.a, b, c.b, c.quote, c.title, c.multi) {
			continue
		}
		// a [media] title needs media wording, unless it is quoted and its
		// author follows "by" ("'The Silent Patient' by Alex Michaelides
		// has shipped": h-red2's rule, merged with h-br2's [media] list)
		if c.media >= 0 && !(c.quote >= 0 && c.b > c.quote) && !s.brandMediaTitle(c.a, c.b) {
			continue
		}
		s.prodMarks()
		for k := c.a; k <= b; k++ {
			s.prod[k] |= prodName | prodBrand
		}
		s.markListed(c.a, c.lend, c.media)
		if c.quote >= 0 {
			// a quoted title a media noun governs: its artist, and its
			// clinical words after a film, recording or rental noun
			// (mediaquote.go)
			if gov, film := s.mediaQuoteGov(c.a, c.quote); gov {
				if film {
					s.markListed(c.a, -1, c.quote)
				}
				if a := s.mediaArtist(c.a); a >= 0 {
					for k := a; k < c.a; k++ {
						s.prod[k] |= prodName | prodBrand
					}
				}
			}
		}
	}
}

// brandMatch reports whether entry e is written at token i, and its last
// token.
func (s *scanner) brandMatch(i int, e *brandEntry) (int, bool) {
	n := len(s.toks)
	end := i + len(e.h) - 1
	if end >= n {
		return i, false
	}
	exact, upper := true, true
	for k := range e.h {
		t := &s.toks[i+k]
		if t.h != e.h[k] {
			return i, false
		}
		if k > 0 && brandGap(s.gap(i+k), s.toks[i+k-1].low) != e.gap[k] {
			return i, false
		}
		if s.t.s[t.s:t.e] != e.text[k] {
			exact = false
		}
		if t.cls&tUpper == 0 && t.cls&(tAlpha|tMixed) != 0 {
			upper = false
		}
	}
	if !exact && !upper {
		return i, false
	}
	if e.tail && !strings.HasPrefix(brandGap(s.gap(end+1), ""), "'") {
		return i, false
	}
	// "Captain Morgan Freeman": a family name after it makes a person
	if end+1 < n && s.nameGap(end+1) && s.isCapWord(end+1) && s.fl(end+1)&wLast != 0 && s.fl(end+1)&wCommon == 0 {
		return i, false
	}
	return end, true
}

// titleShape reads the shapes of a title brand at title token i: a
// capitalised word that is no given or family name of the lists, an
// optional "'s" and a goods head within four words ("Dr. Bronner's
// peppermint castile soap", "Dr. Zorbalt beard balm 2-pack"); or
// capitalised words closed by an eatery word ("Dr. Bar & Grill", "Mr.
// Kim's Kitchen"; after a clinical title no given or family name of the
// lists).
func (s *scanner) titleShape(i int) (int, bool) {
	n := len(s.toks)
	if s.toks[i].cls&tCap == 0 || i+1 >= n || !s.isCapWord(i+1) {
		return i, false
	}
	if g := s.gap(i + 1); g != " " && g != ". " && g != "." {
		return i, false
	}
	isName := func(k int) bool { return s.fl(k)&(wFirst|wLast) != 0 && s.fl(k)&wCommon == 0 }
	// the possessive before goods
	if i+3 < n && s.toks[i+2].low == "s" && (s.gap(i+2) == "'" || s.gap(i+2) == "\u2019") && !isName(i+1) {
		for k := i + 3; k < n && k <= i+6; k++ {
			if g := s.gap(k); g != " " && g != "-" || s.toks[k].cls&tAlpha == 0 {
				break
			}
			if s.goodsIn(goodsWords.goods, &goodsWords.goodsBits, k) {
				return i + 2, true
			}
		}
	}
	// a maker's name before goods ("Order ready: Dr. Zorbalt beard balm
	// 2-pack"), as product.go reads it after "your": a word that is no
	// given or family name of the lists, then lower-case words and a
	// goods head within four words
	if i+2 < n && s.toks[i+1].cls&tAlpha != 0 && !isName(i+1) && s.fl(i+1)&wStop == 0 {
		for k := i + 2; k < n && k <= i+5; k++ {
			t := &s.toks[k]
			if g := s.gap(k); g != " " && g != "-" || t.cls&tAlpha == 0 || t.cls&(tCap|tUpper) != 0 && k > i+2 {
				break
			}
			if s.goodsIn(goodsWords.goods, &goodsWords.goodsBits, k) {
				return i + 1, true
			}
		}
	}
	// a restaurant's name
	clinical := prodClinicalTitle.get(s.toks[i].h)
	if end, ok := s.bizTitle(i); ok { // "Restaurante El Doctor Taquero" (mediaquote.go)
		return end, true
	}
	for k := i + 1; k < n && k <= i+5; k++ {
		t := &s.toks[k]
		if k > i+1 {
			if g := s.gap(k); g != " " && g != " & " && !(t.low == "s" && (g == "'" || g == "\u2019")) {
				break
			}
		}
		if t.low == "s" && k > i+1 {
			continue
		}
		if !s.isCapWord(k) || s.fl(k)&wStop != 0 && !prodGlue.get(t.h) {
			break
		}
		if k > i+1 && brandEatery.get(t.h) {
			return k, true
		}
		if clinical && isName(k) {
			break
		}
	}
	return i, false
}

// quotedShape reads a quoted title opening at token i: the quotation
// closes within eight tokens of the sentence and a media, ticket or
// business word stands right before it (or one glue word before that:
// "tickets for 'X'"), or "by" or a goods head comes right after it. It
// returns the last token to mark (the author's name after "by", if any)
// and the quotation's last token.
func (s *scanner) quotedShape(i int) (int, int, bool) {
	n := len(s.toks)
	last := -1
	for m := i; m < n && m < i+8 && (m == i || !s.toks[m].sent); m++ {
		nx := ""
		if m+1 < n {
			nx = s.toks[m+1].low
		}
		if quoteClose(s.gap(m+1), nx, m+1 >= n) && !(s.toks[m].low == "n" && strings.HasSuffix(s.gap(m), " '")) { // "'Pills 'n' Thrills'" (mediaquote.go)
			last = m
			break
		}
	}
	if last < 0 {
		return i, -1, false
	}
	before := func(k int) bool {
		h := s.toks[k].h
		return s.goodsIn(goodsWords.media, &goodsWords.mediaBits, k) || brandMediaWords.get(h) || brandShopWords.get(h) || orgBefore.get(h) || orgAfter.get(h) || brandEatery.get(h)
	}
	ok := i >= 1 && before(i-1) || i >= 2 && (prodGlue.get(s.toks[i-1].h) || s.toks[i-1].low == "for") && before(i-2)
	gov, _ := s.mediaQuoteGov(i, last) // a media noun of its sentence (mediaquote.go)
	ok = ok || gov
	end := last
	if a := last + 1; a < n && !s.toks[a].sent {
		if (s.toks[a].low == "by" || gov && s.toks[a].low == "de") && a+2 < n {
			// the author: two or three capitalised words
			k := a + 1
			for k < n && k <= a+3 && s.isCapWord(k) && (k == a+1 || s.nameGap(k)) && s.fl(k)&wStop == 0 {
				k++
			}
			if k-a-1 >= 2 {
				end, ok = k-1, true
			}
		} else if s.goodsIn(goodsWords.media, &goodsWords.mediaBits, a) {
			ok = true // "'Emma' hardcover"
		}
	}
	if !ok || last == i+1 && (s.personAfter(i) || s.quotedPerson(i)) {
		// "Tickets for 'Maria Lopez'": a given and a family name of the
		// lists in quotes is a person's
		return i, -1, false
	}
	// personalised goods ("Your engraved 'Maria Lopez' keychain") are
	// product.go's: a personalisation or occasion word anywhere keeps
	// every name rule
	for k := range s.toks {
		if goodsWords.personal[s.toks[k].h] {
			return i, -1, false
		}
	}
	return end, last, true
}

// quotedPerson reports whether the two quoted words at i, i+1 read as a
// person's name the name rules would take: each a given or family name of
// the lists that is no common word, or a capitalised word in no
// vocabulary ("Tickets for 'Aroha Ngata'", "Your DVD 'Chidi Okonkwo'";
// red team, dev28r); a title and a listed name that are no listed title
// too ("Tickets for 'Dr. Kowalski'"). "'Doctor Sleep'", "'Silent Spring'" hold ordinary
// words, "'Dreamboat Annie'" a word of the larger English lists.
func (s *scanner) quotedPerson(i int) bool {
	if s.fl(i)&wTitle != 0 && s.isCapWord(i+1) && s.fl(i+1)&(wFirst|wLast) != 0 && s.fl(i+1)&wCommon == 0 {
		// "Tickets for 'Dr. Kowalski'", "'Nurse Priya'": a title and a
		// listed name, unless the pair is a listed title ("'Doctor
		// Foster'", "'Nurse Jackie'")
		for _, e := range brandWords.first[s.toks[i].h] {
			if _, ok := s.brandMatch(i, e); ok && len(e.h) == 2 {
				return false
			}
		}
		return true
	}
	for k := i; k <= i+1; k++ {
		f := s.fl(k)
		if !s.isCapWord(k) || f&wStop != 0 {
			return false
		}
		if !(f&(wFirst|wLast) != 0 && f&wCommon == 0 || s.unknownCap(k) && !s.general(k) && !s.g.gen.extended(s.toks[k].h)) {
			return false
		}
	}
	return true
}

// brandCares returns the care words of the notice (product.go's
// careWord, less "while supplies last" and a film's "screening" beside a
// cinema word); markBrands takes none outside the names it read.
//
// The answer depends only on the token list, the vocabulary and the
// context (careWord reads no mark of a pass), so it is computed once per
// token list, by the first of markBrands, markEsShopDon and markChefBy to
// ask, into scanner.cares (detect resets caresOK); callers only read the
// slice (helper SPEED2). markGoodsRun, the last to ask, reads the cache
// or, without one, walks brandCareAt itself up to the first care word it
// does not excuse (goodsRunCares).
func (s *scanner) brandCares() []int {
	if s.caresOK {
		return s.cares
	}
	s.cares, s.caresOK = s.brandCaresRead(s.cares[:0]), true
	return s.cares
}

// brandCaresRead appends the care words of the notice to cares (see
// brandCares).
func (s *scanner) brandCaresRead(cares []int) []int {
	cinema, cinemaRead := false, false // read only for a care word "screening(s)"
	for k := range s.toks {
		if s.brandCareAt(k, &cinema, &cinemaRead) {
			cares = append(cares, k)
		}
	}
	return cares
}

// brandCareAt reports whether token k is one of brandCares' care words;
// cinema and cinemaRead carry brandCinemaIn's answer along one walk
// (brandCaresRead, or goodsRunCares when nothing has read brandCares).
func (s *scanner) brandCareAt(k int, cinema, cinemaRead *bool) bool {
	if !s.careWord(k, false) || s.householdRefill(k) || s.kinHoliday(k) { // "hand soap refill" (frame.go; helper F32B); "Mother's Day" (kinholiday.go)
		return false
	}
	switch low := s.toks[k].low; {
	case low == "supplies" && k > 0 && s.toks[k-1].low == "while":
		return false
	case (low == "screening" || low == "screenings") && s.brandCinemaIn(cinema, cinemaRead):
		return false
	}
	return true
}

// brandCinemaIn reports whether a cinema word is in the notice, reading
// the tokens once (*read) for brandCaresRead.
func (s *scanner) brandCinemaIn(cinema, read *bool) bool {
	if !*read {
		*read = true
		for k := range s.toks {
			if brandCinema.get(s.toks[k].h) {
				*cinema = true
				break
			}
		}
	}
	return *cinema
}

// brandAccept reports whether the name a..b (its quotation ending at
// quote, or -1) is taken as a brand by its words around (see the file
// comment); the care words are markBrands'.
func (s *scanner) brandAccept(a, b, ne, quote int, title, multi bool) bool {
	n := len(s.toks)
	if quote < 0 && !title && s.personBrandPerson(a, b) && !(b > ne && s.brandColonList(a)) {
		return false // a person's frame (personframe.go: red team, dev26r)
	}
	// ne: the listed name's last token before its product line
	// (brandline.go); the line's words are no person's
	person := quote < 0 && s.personLike(a, ne)
	named := quote < 0 && s.nameIn(a, ne)
	det := a > 0 && s.sameSentence(a-1, a) && brandDet.get(s.toks[a-1].h) && !brandPersonFor.get(s.toks[a-1].h)
	// the word before (not the word before a quotation: "tickets for
	// 'Dr. Strangelove'")
	if a > 0 && s.sameSentence(a-1, a) && !quoteOpen(s.gap(a)) {
		p := &s.toks[a-1]
		if s.fl(a-1)&(wGreeting|wNameCue|wTitle) != 0 || brandPersonBefore.get(p.h) {
			return false
		}
		if title && p.low == "by" && quote < 0 && !(a >= 2 && s.goodsIn(goodsWords.media, &goodsWords.mediaBits, a-2)) {
			return false
		}
		if named && brandPersonFor.get(p.h) {
			return false // "Order for Paul Smith", "Ship to Kate Spade"
		}
		if title && quote < 0 && brandPersonFor.get(p.h) && !(a >= 2 && (s.goodsIn(goodsWords.media, &goodsWords.mediaBits, a-2) || brandCinema.get(s.toks[a-2].h))) {
			return false // "Table for Dr. Martens, party of 4" (not "tickets for Dr. Strangelove")
		}
	}
	// "Wendy's order is ready for pickup", "Paul Smith order is ready": a
	// name holding a given or family name, before a word a customer owns
	// and after no determiner or preposition, may be that person's
	if named && b+1 < n && !s.toks[b+1].sent && brandOwned.get(s.toks[b+1].h) && !det && !s.brandJSONItem(a, b) {
		return false
	}
	// "Sara Lee has 2 items in the pickup bag": a person-like name that
	// has what a customer owns within three words (red team, dev28r)
	if named && quote < 0 && b+1 < n && !s.toks[b+1].sent && (s.toks[b+1].low == "has" || s.toks[b+1].low == "have") {
		for k := b + 2; k < n && k <= b+4 && !s.toks[k].sent; k++ {
			if brandOwned.get(s.toks[k].h) {
				return false
			}
		}
	}
	// the words after
	nx := b + 1
	if nx < n {
		g := s.gap(nx)
		if t := strings.TrimLeft(g, "'\u2019\" "); (strings.HasPrefix(t, ",") || strings.HasPrefix(t, "-") || strings.HasPrefix(t, "\u2013") || strings.HasPrefix(t, "\u2014")) &&
			(a == 0 || s.toks[a].sent) && (brandVocativeNext.get(s.toks[nx].h) || title && s.toks[nx].cls&(tCap|tUpper) == 0) {
			// "Mr. Clean, your package has shipped", "Mr. Clean - your …";
			// a title name then a lower-case word: "Dr. Pepper, party of 2"
			// (not a list of brands: "Dr. Martens, Timberland and Clarks")
			return false
		}
		if !s.toks[nx].sent && !strings.ContainsAny(g, ",;:") {
			if s.toks[nx].low == "s" && (g == "'" || g == "\u2019") {
				if person || named && !det && b == ne {
					// "Kate Spade's Clinique order is ready" (brandline.go)
					return false // "Kim Crawford's order has shipped"
				}
				if nx+1 < n && s.gap(nx+1) == " " {
					nx++ // "Dr. Quinn's office"
				}
			}
			if brandPersonNoun.get(s.toks[nx].h) {
				return false // "Dr. Praeger's office"
			}
			k := nx
			for m := 0; m < 2 && k+1 < n && brandAux.get(s.toks[k].h) && !s.toks[k+1].sent; m++ {
				k++
			}
			if brandPersonVerb.get(s.toks[k].h) {
				return false // "Dr. Pepper will see you"
			}
		} else if b == ne && (person || named && !det && !s.brandListItem(a, b)) && !s.brandJSONItem(a, b) {
			// a person's name ends the clause ("Ship to: Paul Smith.",
			// "Ship to: Kate Spade."; not "from Wendy's!")
			return false
		}
	} else if b == ne && (person || named && !det) && !s.brandJSONItem(a, b) {
		return false
	}
	if title && quote < 0 && s.brandPersonLater(b) {
		return false // "Dr. Martens is ready to see you now"
	}
	if person && title && !s.brandMedia(a, b) {
		// "Nurse Betty", "Dr. Quinn", "Dr. Brandt": a title and a listed
		// name are a show's or a book's beside a media word, a maker's
		// only before a product word ("Dr. Brandt pore refiner primer")
		// or a number ("Don Julio 1942", "Don Simón (6 bricks)")
		p := b + 1
		if p >= n || s.toks[p].sent {
			return false
		}
		word := s.gap(p) == " " && s.toks[p].cls&tAlpha != 0 && s.toks[p].cls&(tCap|tUpper) == 0 && s.fl(p)&wStop == 0 && len(s.toks[p].low) >= 3
		number := (s.gap(p) == " " || s.gap(p) == " (") && s.toks[p].cls&(tDigit|tMixed) != 0
		if !word && !number {
			return false
		}
	}
	if multi && !title && !person {
		// a listed name of two words or more that is no listed person's
		// ("Trader Joe's in Cambridge is now open until 10 pm"): the
		// name alone says it is the shop (the rule of personbrand.go, merged here)
		return true
	}
	if quote >= 0 && b > quote {
		// a quoted title and its author after "by" say it is a book or a
		// film, at the notice's start too ("'The Silent Patient' by Alex
		// Michaelides has shipped"; red team, dev28r)
		return true
	}
	if quote >= 0 && s.mediaQuoted(a, quote) {
		// a quoted title a media noun governs needs no other shop
		// wording ("Your digital rental of 'Insomnia' (2002)",
		// mediaquote.go)
		return true
	}
	return s.brandContext(a, b, title)
}

// brandPersonLater reports whether the sentence after a title name at b
// speaks of a person: a pronoun of a person (he, she, him, his…) or a
// person's verb said to the reader ("… is ready to see you", "… will
// meet you at the shop").
func (s *scanner) brandPersonLater(b int) bool {
	for k := b + 1; k < len(s.toks) && !s.toks[k].sent; k++ {
		h := s.toks[k].h
		if brandPronoun.get(h) {
			return true
		}
		if brandPersonVerb.get(h) && k+1 < len(s.toks) && !s.toks[k+1].sent && brandYou.get(s.toks[k+1].h) {
			return true
		}
	}
	return false
}

// nameIn reports whether the name a..b reads like a person's besides
// being a brand's: a word but a title and a possessive "s" is a given or
// family name of the lists that is no common word ("Kate Spade",
// "Wendy's", "Harris Teeter", "Mrs. Meyer's"), or two of its words are
// capitalised words in no vocabulary, as the name rules read a person
// ("Giorgio Armani", "Krispy Kreme").
func (s *scanner) nameIn(a, b int) bool {
	unknown := 0
	for k := a; k <= b; k++ {
		f := s.fl(k)
		if k == a && f&wTitle != 0 || s.toks[k].low == "s" {
			continue
		}
		if f&(wFirst|wLast) != 0 && f&wCommon == 0 {
			return true
		}
		if s.unknownCap(k) && !s.general(k) {
			unknown++
		}
	}
	return unknown >= 2
}

// personLike reports whether every word of the name a..b but a title and
// a possessive "s" is a given or family name of the lists that is no
// common word ("Paul Smith", "Nurse Betty"); a name ending in the
// possessive ("Mrs. Meyer's", "Trader Joe's") is a brand's form and is not.
func (s *scanner) personLike(a, b int) bool {
	if s.toks[b].low == "s" {
		return false
	}
	names := 0
	for k := a; k <= b; k++ {
		f := s.fl(k)
		if k == a && f&wTitle != 0 {
			continue
		}
		if f&(wFirst|wLast) == 0 || f&wCommon != 0 {
			return false
		}
		names++
	}
	return names > 0
}

// brandMedia reports whether the sentence of the name a..b holds a media
// or cinema word (book, DVD, vinyl, tickets, season, episode…).
func (s *scanner) brandMedia(a, b int) bool {
	from, to := a, b+1
	for from > 0 && !s.toks[from].sent {
		from--
	}
	for to < len(s.toks) && !s.toks[to].sent {
		to++
	}
	for k := from; k < to; k++ {
		if k >= a && k <= b {
			continue
		}
		if s.goodsIn(goodsWords.media, &goodsWords.mediaBits, k) || brandCinema.get(s.toks[k].h) || brandMediaWords.get(s.toks[k].h) || brandMediaVerbs.get(s.toks[k].h) { // mediadownload.go
			return true
		}
	}
	return false
}

// brandContext reports whether the name a..b stands in shop, restaurant
// or media wording: a commerce word in its sentence (a name with a title)
// or anywhere in the notice (the others).
func (s *scanner) brandContext(a, b int, title bool) bool {
	if s.brandJSONItem(a, b) && s.brandJSONItems(a) {
		return true // {"items":["Sara Lee Bread"]} (brandjson.go)
	}
	from, to := 0, len(s.toks)
	if title {
		from = a
		for from > 0 && !s.toks[from].sent {
			from--
		}
		to = b + 1
		for to < len(s.toks) && !s.toks[to].sent {
			to++
		}
	}
	for k := from; k < to; k++ {
		if k >= a && k <= b {
			continue
		}
		h := s.toks[k].h
		if brandShopWords.get(h) || brandEatery.get(h) || goodsWords.gift[h] || s.goodsIn(goodsWords.goods, &goodsWords.goodsBits, k) ||
			s.goodsIn(goodsWords.frame, &goodsWords.frameBits, k) || s.goodsIn(goodsWords.container, &goodsWords.containerBits, k) {
			return true
		}
	}
	return false
}
