package guard

// namedgoods.go: goods named after a person (issue 15, dev54, helper
// STAFF9, probe set dev61s). Shops name products for a woman or a doctor
// ("For every pair of Carmen clogs sold …", "the Dr. Bennett lab coat",
// "the Dr. Lumen Vitamin C serum"); name.given and name.title read the
// product's name as a person named to the reader.
//
// markNamedGoods takes as a product's name (the goods head is the goods
// notice: no cue word is asked, "Just in: … the Dr. Bennett lab coat, now in
// petite sizes" has none):
//
//   - a capitalised word alone, or a capitalised title ("Dr", "Doctor") and
//     the capitalised word after it, then up to three more capitalised words
//     after a title (the product's own name: "Vitamin C"),
//   - followed by up to two lower-case words of which the last is a goods
//     head (goods_heads.txt [goods], goodsrun.go's goodsRunHeads, the
//     cosmetic nouns of honorbrand.go): "clogs", "lab coat", "serum",
//   - after a word of a product's noun phrase that is no person's slot:
//     the, our, new, every, all, this, these, those, a, an, of ("pair of"),
//     never your/su/for/to/with or a greeting.
//
// Only the name's tokens are marked (prodName: the name rules skip them);
// the goods head and its modifiers stay checked by every rule ("lab" of
// "lab coat" is judged as before). A personalisation or occasion word of
// goods_heads.txt [personal] in the phrase or within three words after the
// head ("the Carmen name necklace", "the Rosa memorial candle") refuses
// the phrase, so personalised goods keep their name finding; "your
// Carmen clogs", "your Dr. Bennett appointment" (no determiner of the list,
// no goods head) and "Dr. Bennett will see you" stay reported.
//
// Cost: a class test per token; a set lookup only for a capitalised word
// inside a sentence after a word of at most five letters opening with one
// of the list's first letters, the goods lookups only after a listed
// determiner.

// namedGoodsBefore: the words a goods noun phrase may open with.
var namedGoodsBefore = wordSetTab("the our new every all this these those a an of")

// namedGoodsFirst: the first letters of namedGoodsBefore's words.
func namedGoodsFirst(c byte) bool { return c == 't' || c == 'o' || c == 'n' || c == 'e' || c == 'a' }

func (s *scanner) markNamedGoods() {
	n := len(s.toks)
	ci := 0 // cursor into capToks (nextCap)
	for k := 1; k+1 < n; k++ {
		// (the words with no capital passed over: capToks, helper SPEED16)
		if k = s.nextCap(k, &ci); k+1 >= n {
			break
		}
		t := &s.toks[k]
		if t.cls&tCap == 0 || t.sent {
			continue
		}
		if pl := s.toks[k-1].low; len(pl) == 0 || len(pl) > 5 || !namedGoodsFirst(pl[0]) || t.cls&tAlpha == 0 ||
			s.gap(k) != " " || !namedGoodsBefore.get(s.toks[k-1].h) {
			continue
		}
		if s.inProduct(k) {
			continue
		}
		j := k // the name's last token
		if s.fl(k)&wTitle != 0 {
			g := s.gap(k + 1)
			if g != ". " && g != " " || !s.isCapWord(k+1) {
				continue
			}
			j = k + 1
		}
		m := j + 1
		if j > k { // after a title: the product's own capitalised words
			for w := 0; w < 3 && m < n && s.gap(m) == " " && s.toks[m].cls&tAlpha != 0 && s.toks[m].cls&(tCap|tUpper) != 0 &&
				!s.toks[m].sent; w++ {
				m++
			}
		}
		head := -1
		for w := 0; w < 2 && m < n && s.gap(m) == " " && s.toks[m].cls&tAlpha != 0 && s.toks[m].cls&(tCap|tUpper) == 0 &&
			s.fl(m)&wStop == 0; w++ {
			h := s.toks[m].h
			if goodsWords.personal[h] {
				break
			}
			if cosmeticNouns.get(h) || goodsRunHas(&goodsRunHeads, h) || s.goodsIn(goodsWords.goods, &goodsWords.goodsBits, m) {
				head = m
				break
			}
			m++
		}
		if head < 0 || s.namedGoodsPersonal(head) || s.ngOrderAfter(head) {
			continue
		}
		s.prodMarks()
		for x := k; x <= j; x++ {
			s.prod[x] |= prodName
		}
		k = head
	}
}

// namedGoodsPersonal: a personalisation or occasion word within three
// words after the head.
func (s *scanner) namedGoodsPersonal(head int) bool {
	for m := head + 1; m < len(s.toks) && m <= head+3 && !s.toks[m].sent; m++ {
		if goodsWords.personal[s.toks[m].h] {
			return true
		}
	}
	return false
}
