package guard

import "strings"

// goodsing.go: an -ing word in no list before a goods head is the goods'
// kind, not a drug (issue 15, eighth pass, helper MISC2, dev51: "Your order
// of shampoo, conditioner and a detangling brush has shipped."). frame.unknown
// (frame.go, the last resort) read "detangling", a lower-case word in no
// vocabulary, as a generic drug name.
//
// ingGoods(i): the word at i ends in "-ing" (eight letters or more: a
// participle used as an adjective — detangling, volumizing, exfoliating),
// the next word, after one space, is a goods head of goods_heads.txt
// ([goods]: brush, comb, shampoo, scrub, serum…) and the notice is about
// goods (goodsRunNotice: order, shipped, stock, a price…). Drug and
// condition names do not end in "-ing"; a misspelt one is the misspelling
// rules' before this one (frame.misspelling, frame.morphology), and an -ing
// word before a care word ("your xyzoling tablets": tablets is no goods
// head) stays reported. Cost: a suffix test on a word that reached the last
// resort.
func (s *scanner) ingGoods(i int) bool {
	low := s.toks[i].low
	if len(low) < 8 || !strings.HasSuffix(low, "ing") || i+1 >= len(s.toks) || s.gap(i+1) != " " {
		return false
	}
	return s.goodsIn(goodsWords.goods, &goodsWords.goodsBits, i+1) && s.goodsRunNotice()
}
