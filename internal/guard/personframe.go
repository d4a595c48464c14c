package guard

// A listed brand written in a person's frame is a person (issue 15, night
// of 2026-12-04; helper RED's red team, dev26r). vocab/brands.txt lists
// shops and brands named like people ("Trader Joe's", "Sara Lee", "Kate
// Spade", "Tim Hortons"), and brandlist.go takes them as brands in shop
// wording. The same words are a person's name when the sentence treats
// them as one: personBrandPerson is one of brandAccept's refusals.
// (Helper GAP first listed such brands in personbrand.go; the list went
// into vocab/brands.txt when brandlist.go landed.)

import "strings"

var (
	// personSlotBrand: words right before an entry that make it a
	// person's name when no goods word follows ("Package for Bob Evans
	// was left", "Order placed by Jimmy Dean on June 2", "Account holder:
	// Sara Lee"); "Shop for Kate Spade handbags" keeps the brand
	personSlotBrand = wordSetTab("for by holder recipient name patient customer member attn attention placed signed " +
		"dear hi hello hey welcome thanks congratulations congrats para")
	// personalMark: goods made for a named person ("Your Sara Lee photo
	// book", "Your Bob Evans engraved bracelet"): a subset of
	// goods_heads.txt [personal] without the occasions (birthday, family,
	// baby) a food brand's goods also name
	personalMark = wordSetTab("photo photos memorial keepsake engraved monogram monogrammed embroidered personalized " +
		"personalised custom customized tribute urn remembrance sympathy condolence initials grabado grabada personalizado personalizada")
	hPlease = hstr("please")
)

// personBrandPerson: the entry a..end is written in a person's frame
// (red team, dev26r), so it is a name after all:
//
//   - after a word of a person's slot (personSlotBrand) with no word
//     after it but a stop word or punctuation ("Package for Bob Evans
//     was left at the front desk", "Your statement for Betty Crocker is
//     attached");
//   - before a personalisation word within three words ("Your Sara Lee
//     photo book has shipped");
//   - opening a sentence and addressed, a comma and then you/your/please
//     ("Tim Hortons, please call us back about your account");
//   - closing, after a comma, a sentence opened by thanks or a greeting
//     ("Thanks for your payment, Sara Lee.").
func (s *scanner) personBrandPerson(a, end int) bool {
	n := len(s.toks)
	if a > 0 && !s.toks[a].sent && personSlotBrand.get(s.toks[a-1].h) {
		k := end + 1
		if k >= n || s.toks[k].sent || s.toks[k].cls&tAlpha == 0 || s.fl(k)&wStop != 0 ||
			strings.ContainsAny(s.gap(k), ",;:!?()") {
			return true
		}
	}
	for k := end + 1; k < n && k <= end+3; k++ {
		if s.toks[k].sent || s.gap(k) != " " && s.gap(k) != "-" {
			break
		}
		if personalMark.get(s.toks[k].h) {
			return true
		}
	}
	if a > 0 && !s.toks[a].sent && strings.HasPrefix(s.gap(a), ",") && (end+1 >= n || s.toks[end+1].sent) &&
		s.sentenceOpensWith(a, &personBrandOpeners) {
		// addressed at the end of a thanks or a greeting: "Thanks for
		// your payment, Sara Lee." ("New for your closet: denim, Calvin
		// Klein." is a list of goods)
		return true
	}
	if (a == 0 || s.toks[a].sent) && end+1 < n && strings.HasPrefix(s.gap(end+1), ",") {
		for k := end + 1; k < n && k <= end+2; k++ {
			if recipientWords.get(s.toks[k].h) || s.toks[k].h == hPlease {
				return true
			}
		}
	}
	return false
}

// personBrandOpeners: a sentence opened by one of these and closed by
// ", <entry>." addresses the entry.
var personBrandOpeners = wordSetTab("thanks thank hi hello hey dear welcome congratulations congrats sorry gracias hola")

// sentenceOpensWith: the sentence of token a opens with a word of set.
func (s *scanner) sentenceOpensWith(a int, set *setTab) bool {
	for a > 0 && !s.toks[a].sent {
		a--
	}
	return set.get(s.toks[a].h)
}
