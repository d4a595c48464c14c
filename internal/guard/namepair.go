package guard

// Personal names on personalised goods (issue 15, helper GAP, dev26g).
//
// After "your"/"su"/"tu", capitalised words are read as a product's name,
// not a person's ("Your Garmin Forerunner strap", "your Hoka Clifton
// shoes": afterProductDeterminer in words.go, product.go), and a given
// name opening the run is no person unless a listed family name follows.
// So "Your Priya Raman photo book has shipped" passed when neither word
// was in the name lists (dev20r; "Your Priya Smith order" was reported).
// Goods that carry a person's name are few and known: photo books and
// albums, canvas prints, mugs, blankets, engraved jewellery, ornaments,
// keepsakes. personalNamePair reports that tokens i, i+1 (right after the
// possessive) are a person's name printed on such goods when
//
//   - both are capitalised (not in capitals), alphabetic, 3+ letters, in no
//     vocabulary but the name lists (unknownCap), and neither is ordinary
//     English or Spanish ("Dyson Airwrap", "Yeti Rambler", "Vitamix
//     Ascent" have an ordinary word or a listed one);
//   - the second is not a word of the larger English lists either
//     ("Stanley Quencher", "Bearaby Napper" are products; a family name
//     rarely is an English word) unless it is a listed family name
//     ("Your Nkechi Brooks photo book", "Your Tanvi Fisher memorial
//     blanket"; red team, dev26r), and a third capitalised word does not
//     follow (a longer run is a product line: "Nespresso Vertuo Next");
//   - within the next three words, before any other punctuation, stands a
//     personalisation word of goods_heads.txt [personal] (photo, keepsake,
//     engraved, custom, memorial…) or a personalised goods head
//     (namedGoods: mug, canvas, blanket, bracelet, necklace, ornament,
//     album, calendar…); and
//   - they are no shop, brand or place by orgnames.go (orgRun) and no
//     pet's name.
//
// Brands in the same slot stay products: "Your Nespresso Vertuo pods",
// "Your Dyson Airwrap". Judgement calls: books, posters, jerseys and
// puzzles are not named goods here — their names are authors, artists,
// players and characters ("Your Haruki Murakami book", "Your Shohei Ohtani
// jersey", "Your Sherlock Holmes jigsaw puzzle": another person, not the
// reader); two made-up brand words before named goods ("Your Swarovski
// Millenia necklace", "Your Marimekko Unikko mug") are reported (fail
// closed; the tenant approves its brand): 4 of 30 such brand probes
// written against this rule.

// namedGoods: goods that carry a person's name printed or engraved.
var namedGoods = wordSetTab("mug mugs canvas canvases blanket blankets pillow pillows bracelet bracelets necklace necklaces " +
	"pendant pendants locket lockets ornament ornaments album albums photobook photobooks keychain keychains " +
	"calendar calendars stocking stockings plaque plaques onesie onesies bib bibs towel towels portrait portraits cake cakes")

// personalNamePair: tokens i, i+1 after a possessive are a person's name
// on personalised goods (see above).
func (s *scanner) personalNamePair(i int) bool {
	n := len(s.toks)
	if i < 1 || i+2 >= n || !recipientPossessive.get(s.toks[i-1].h) || s.gap(i) != " " || s.gap(i+1) != " " {
		return false
	}
	for k := i; k <= i+1; k++ {
		t := &s.toks[k]
		// the second may be a listed family name that is also an English
		// word ("Brooks", "Fisher", "Wood"; red team, dev26r) when the
		// first is in no name list (two listed names are the older name
		// rules' to judge: "Your Duncan Hines cake mix")
		last := k == i+1 && s.fl(i)&(wFirst|wLast) == 0 && s.fl(k)&wLast != 0 && !s.used[k] && (t.w == nil || len(t.w.phrases) == 0)
		if t.cls&tCap == 0 || t.cls&(tUpper|tDigit) != 0 || !last && (!s.unknownCap(k) || s.general(k)) {
			return false
		}
	}
	if s.isCapWord(i+2) || s.g.gen.extended(s.toks[i+1].h) && (s.fl(i+1)&wLast == 0 || s.fl(i)&(wFirst|wLast) != 0) {
		// a longer run is a product line; a second word of the larger
		// English lists is a product's ("Stanley Quencher", "Bearaby
		// Napper"): family names rarely are, unless the family-name list
		// holds it ("Your Nkechi Brooks photo book", red team, dev26r)
		return false
	}
	found := false
	for k := i + 2; k < n && k <= i+4; k++ {
		if g := s.gap(k); g != " " && g != "-" || s.toks[k].sent {
			break
		}
		if goodsWords.personal[s.toks[k].h] || namedGoods.get(s.toks[k].h) {
			found = true
			break
		}
	}
	return found && !s.orgRun(i, i+1) && !s.petName(i)
}
