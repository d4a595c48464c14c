package guard

// honorbrand.go: a possessive honorific brand before a product noun is a
// product, not a clinician (issue 15, eighth pass, helper MISC2, dev51:
// "New arrival: Dr. Marlow's Midnight Repair night cream — now 25% off").
// Beauty and food brands are named for a doctor ("Dr. Bronner's", "Dr.
// Marlow's"); name.title read "Dr. Marlow" as a clinician named to the
// reader.
//
// honorificBrand(i): token i is a title ("Dr", "Doctor"), a capitalised name
// follows, then the possessive, then one to four Title-case words (the
// product's name) and a cosmetic or food noun, either the last of them or
// the next word ("Midnight Repair night cream", "Overnight Glow face cream",
// "Glow Serum"). "Dr. Marlow's notes from your visit", "Dr. Patel's Tuesday
// clinic" (no product noun) and "Dr. Marlow's Midnight Repair" alone stay
// reported; clinical words in the product's name are reported by their own
// rules ("Dr. X's Eczema Relief cream").
//
// The rule marks the title, the name and its "s" used; the product's own
// words stay checked by every rule.
//
// Cost: only after a title word and its name, which name.title reads
// anyway; set lookups on at most six tokens.

// cosmeticNouns: the goods a beauty or food brand sells (shared with
// headproduct.go)
var cosmeticNouns = wordSetTab("cream creams serum serums lotion lotions balm balms cleanser cleansers toner toners mask masks " +
	"moisturizer moisturiser moisturizers shampoo shampoos conditioner conditioners soap soaps scrub scrubs mist mists " +
	"butter polish fragrance perfume cologne candle candles tea teas coffee sauce cookies bars elixir essence primer " +
	"foundation concealer lipstick gloss exfoliant peel oil oils")

func (s *scanner) honorificBrand(i int) (end int, ok bool) {
	n := len(s.toks)
	j := i + 1
	if j+2 >= n || s.toks[j+1].low != "s" || (s.gap(j+1) != "'" && s.gap(j+1) != "\u2019") {
		return 0, false
	}
	k := j + 2
	words := 0
	for k < n && words < 4 && s.gap(k) == " " && s.isCapWord(k) && s.toks[k].cls&tUpper == 0 {
		if cosmeticNouns.get(s.toks[k].h) && words > 0 {
			return k, true // "Dr. Bloom's Glow Serum"
		}
		words++
		k++
	}
	if words == 0 {
		return 0, false
	}
	// a lower-case noun, one optional modifier before it ("night cream",
	// "face cream")
	for m := k; m < n && m < k+2 && s.gap(m) == " " && s.toks[m].cls&tAlpha != 0; m++ {
		if cosmeticNouns.get(s.toks[m].h) {
			return m, true
		}
	}
	return 0, false
}
