package guard

// Shops and brands named like people (issue 15, helper GAP, dev26g): a
// false positive cut of the name rules.
//
// "New at Trader Joe's", "Mrs. Meyer's Clean Day dish soap", "Your Ben &
// Jerry's delivery", "Your Papa John's order" were names (a title and a
// family name, a given name, an ordinary word and a given name). They are
// among the best-known shops and brands of the US and of the notices
// sealpost's tenants send, so they are listed by name (personBrands,
// written from general knowledge; no list was downloaded) rather than
// guessed from shape: a rule "an ordinary word and a given name with a
// possessive is a shop" would clear "at Uncle Bob's" (a house) and
// "Nurse Maria's" (a clinician). personBrand reports that token i lies in
// one of them, written with capitals (the first word capitalised, the
// others capitalised or glue), and with its possessive "'s" where the
// brand has one (written "'s" in the list: "Trader Joe's", "Mrs. Meyer's",
// "Wendy's"; "Dear Mrs. Meyer," and "Hi Wendy," are persons; a one-word
// entry only after at/from/your/the…: "Claire's order has shipped" is a
// given name as often as the shop), in a
// notice with no care wording (product.go's careNotice: "Your Mrs.
// Meyer's appointment is Monday" is a person's). No name rule reports
// such a token (names(), words.go);
// not in a person's frame either (personBrandPerson: "Package for Bob
// Evans was left", "Your Sara Lee photo book", "Tim Hortons, please call
// us"; red team, dev26r);
// the clinical, identifier and context rules still see it, so a notice
// that repeats the recipient's own name is still caught by the context
// rules. Brands holding a clinical word are not listed ("Raising Cane's":
// "cane" stays the clinical list's to judge, fail closed).

import "strings"

// personBrands: one brand a line, words as normalised (lower case, no
// accents, no punctuation).
const personBrands = `
trader joe 's
mrs meyer 's
mrs meyers
ben jerry 's
ben and jerry 's
papa john 's
papa murphy 's
jimmy john 's
marie callender 's
mrs fields
little debbie
sara lee
betty crocker
chef boyardee
jimmy dean
bob evans
tim hortons
dave buster 's
newman own
burt bees
kate spade
tory burch
michael kors
calvin klein
ralph lauren
tommy hilfiger
vera bradley
kendra scott
marc jacobs
steve madden
sam edelman
stuart weitzman
jimmy choo
tom ford
anne klein
betsey johnson
martha stewart
rachael ray
wendy 's
macy 's
kohl 's
dillard 's
lowe 's
arby 's
hardee 's
denny 's
applebee 's
culver 's
zaxby 's
claire 's
carter 's
kiehl 's
`

var (
	// brandSlotBefore: words before a one-word entry that make it the shop
	brandSlotBefore = wordSet("at from your our the in to shop visit su tu")
	// personBrandList: the entries as word hashes
	personBrandList [][]uint64
	// personBrandPoss: the entry ends in a possessive "'s"
	personBrandPoss []bool
	// personBrandWords: every word of an entry (a filter)
	personBrandWords = map[uint64]bool{}
)

func init() {
	for _, l := range strings.Split(personBrands, "\n") {
		f := strings.Fields(l)
		if len(f) == 0 {
			continue
		}
		poss := f[len(f)-1] == "'s"
		if poss {
			f = f[:len(f)-1]
		}
		personBrandPoss = append(personBrandPoss, poss)
		hs := make([]uint64, len(f))
		for k, w := range f {
			hs[k] = hstr(w)
			personBrandWords[hs[k]] = true
		}
		personBrandList = append(personBrandList, hs)
	}
}

// personBrand: token i lies in a listed shop or brand named like a person.
func (s *scanner) personBrand(i int) bool {
	if !personBrandWords[s.toks[i].h] {
		return false
	}
	for a := i; a >= 0 && a >= i-4; a-- {
		if !personBrandWords[s.toks[a].h] {
			if a < i && !s.possS(a) {
				break
			}
			continue
		}
		for e, b := range personBrandList {
			if b[0] != s.toks[a].h {
				continue
			}
			if end, ok := s.personBrandAt(a, b, personBrandPoss[e]); ok && end >= i {
				if s.personBrandPerson(a, end) {
					return false // red team (dev26r): a person's frame
				}
				// care wording anywhere in the notice: "Your Mrs. Meyer's
				// appointment is Monday" is a person's (product.go)
				return !s.careNotice(a, end)
			}
		}
	}
	return false
}

// possS: token k is the "s" of a possessive ("Joe's").
func (s *scanner) possS(k int) bool {
	g := s.gap(k)
	return s.toks[k].low == "s" && (g == "'" || g == "\u2019")
}

// personBrandAt: entry b is written from token a; it returns the last
// token (the possessive's "s" included).
func (s *scanner) personBrandAt(a int, b []uint64, poss bool) (int, bool) {
	n := len(s.toks)
	if s.toks[a].cls&(tCap|tUpper) == 0 {
		return 0, false
	}
	k := a
	for m, h := range b {
		if k >= n || s.toks[k].h != h {
			return 0, false
		}
		if m > 0 {
			switch s.gap(k) {
			case " ", ". ", " & ", "-", ".", " and ":
			default:
				return 0, false
			}
			if s.toks[k].cls&(tCap|tUpper) == 0 && s.toks[k].low != "and" {
				return 0, false
			}
		}
		k++
		if m < len(b)-1 && k < n && s.possS(k) {
			k++ // a possessive inside the name ("Newman's Own", "Burt's Bees")
		}
	}
	if poss {
		if k >= n || !s.possS(k) {
			return 0, false // "Mrs. Meyer," "Wendy" alone: a person
		}
		k++
	}
	if len(b) == 1 && (a == 0 || s.toks[a].sent || !brandSlotBefore[s.toks[a-1].h]) {
		// "Claire's order has shipped", "Wendy's order is ready": a
		// given name as often as the shop, unless a shop's slot says
		// which ("at Macy's", "your Wendy's order")
		return 0, false
	}
	return k - 1, true
}

var (
	// personSlotBrand: words right before an entry that make it a
	// person's name when no goods word follows ("Package for Bob Evans
	// was left", "Order placed by Jimmy Dean on June 2", "Account holder:
	// Sara Lee"); "Shop for Kate Spade handbags" keeps the brand
	personSlotBrand = wordSet("for by holder recipient name patient customer member attn attention placed signed " +
		"dear hi hello hey welcome thanks congratulations congrats para")
	// personalMark: goods made for a named person ("Your Sara Lee photo
	// book", "Your Bob Evans engraved bracelet"): a subset of
	// goods_heads.txt [personal] without the occasions (birthday, family,
	// baby) a food brand's goods also name
	personalMark = wordSet("photo photos memorial keepsake engraved monogram monogrammed embroidered personalized " +
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
	if a > 0 && !s.toks[a].sent && personSlotBrand[s.toks[a-1].h] {
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
		if personalMark[s.toks[k].h] {
			return true
		}
	}
	if a > 0 && !s.toks[a].sent && strings.HasPrefix(s.gap(a), ",") && (end+1 >= n || s.toks[end+1].sent) &&
		s.sentenceOpensWith(a, personBrandOpeners) {
		// addressed at the end of a thanks or a greeting: "Thanks for
		// your payment, Sara Lee." ("New for your closet: denim, Calvin
		// Klein." is a list of goods)
		return true
	}
	if (a == 0 || s.toks[a].sent) && end+1 < n && strings.HasPrefix(s.gap(end+1), ",") {
		for k := end + 1; k < n && k <= end+2; k++ {
			if recipientWords[s.toks[k].h] || s.toks[k].h == hPlease {
				return true
			}
		}
	}
	return false
}

// personBrandOpeners: a sentence opened by one of these and closed by
// ", <entry>." addresses the entry.
var personBrandOpeners = wordSet("thanks thank hi hello hey dear welcome congratulations congrats sorry gracias hola")

// sentenceOpensWith: the sentence of token a opens with a word of set.
func (s *scanner) sentenceOpensWith(a int, set map[uint64]bool) bool {
	for a > 0 && !s.toks[a].sent {
		a--
	}
	return set[s.toks[a].h]
}
