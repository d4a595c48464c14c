package guard

// Product noun phrases in shop wording (issue 15, fifth pass, 2026-12-04).
//
// A shop notice names the goods it ships, and goods are named after people,
// titles and conditions: "Your Dr Pepper Zero 12-pack was added to your
// order", "Your Stephen King 'Doctor Sleep' paperback has shipped", "Your
// Heart 'Dreamboat Annie' LP", "Your Fever-Tree tonic water 8-pack", "Su
// pedido de Dr. Martens ha sido enviado". markProducts finds such phrases
// once per token list and marks their tokens, so that
//
//   - no name rule reports a capitalised word, a title ("Dr", "Nurse") or a
//     quoted title inside one (names(), words.go), and
//   - an ambiguous clinical word (flag a of the clinical lists: "fever",
//     "cold", "walker") is not reported inside a quoted title, a hyphenated
//     capitalised brand or as a family name after a given name ("Fever-Tree",
//     "'Cold Mountain'", "Johnnie Walker"; phrases(), words.go). An
//     unambiguous clinical word is never exempt.
//
// A product phrase is "your"/"su"/"tu", then a run of capitalised words,
// titles, quoted titles, numbers ("12-pack", "1460", "season 2"), ordinary
// lower-case words and glue words (and, of, &, de, del, y; "by" after a
// media head or a quoted title: "'Doctor Sleep' by Stephen King"), holding a
// goods head (vocab/goods_heads.txt: pack, boots, soap, DVD, LP, paperback,
// gift box…; or an order head with of/de after: "su pedido de …") and at
// least one capitalised or quoted word, in a sentence with a shop frame
// (shipped, delivered, out for delivery, back in stock, added to your order,
// en camino…; a gift head is its own frame: "gift box"). It fails closed —
// no phrase is taken and every rule runs as before — when:
//
//   - the notice holds a care or health word anywhere: a term of the
//     built-in clinical, supply or association lists or a tenant term
//     (outside the exemptions above), a date-person, name-cue or health-cue
//     word of context_words.txt (appointment, referral, results, patient,
//     physician, prescription…; the possessives themselves excepted), or a
//     [care] word of goods_heads.txt (pen, strips, refill, vitamin,
//     recommended…): "Your Dr. Patel appointment", "Your Ozempic pen pack",
//     "Your prescription from Dr. Kim has shipped";
//   - a title (Dr, Mrs, Nurse, Dra…) is followed by a family name of the
//     name lists that is no common word and not approved by the tenant:
//     "Your Dr. Lee gift box has shipped", "Your Mrs. Garcia gift box" are
//     persons ("Dr. Martens", "Dr Pepper", "Mr. Clean" are not in the
//     family-name list), except in a quoted title of media; a clinical
//     title (Dr, Doctor, Nurse…) before a given name of the lists is a
//     clinician unless the goods are media ("Nurse Maria gift box";
//     "Nurse Jackie season 2 DVD" passes);
//   - the phrase carries a personalisation word (custom, engraved, name,
//     monogrammed…), or a quoted given name before goods that are not media
//     ("'Maria' necklace", "'Maria' gift box"; "'Emma' hardcover" is a
//     title, and a season word such as "« Noël »" is no name);
//   - an order head is followed by of/de and a given and a family name of
//     the name lists ("su pedido de Juan Pérez" is his order);
//   - the run is cut by a comma or other punctuation, by a stop word that
//     is no glue word (capitalised too: "Your Stephen King Paperback Has
//     Shipped To Maria Lopez"), after the goods head by a word that is no
//     goods head or of/de/by complement, or by any other word ("for",
//     "to", "from"): "Your order for Maria Lopez",
//     "Maria Lopez, your order shipped" and "Hi Stephen, your …" keep their
//     findings, which lie outside the phrase.
//
// The goods heads are this file's own list (goods_heads.txt), kept apart
// from the product-versus-care heads of ambiguous lower-case words after
// "your" (producthead.go), so both can be merged.

import (
	"bufio"
	"strings"
)

// token marks of a product phrase (scanner.prod)
const (
	prodName     uint8 = 1 << iota // in a product phrase: no name rule reports it
	prodClinical                   // in a quoted title or hyphenated brand: an ambiguous clinical word is not reported
)

// goodsVocab is vocab/goods_heads.txt by section.
type goodsVocab struct {
	goods, media, gift, container, frame, care, personal map[uint64]bool
	// a filter per section (helper SPEED2) of the hashes goodsIn can find
	// there: each word and each form whose crude singular (singularHash) it
	// is — the word plus "s", plus "es", a word ending in "y" with "ies"
	// for it (goodsForms, TestGoodsFormBits). goodsIn tests it first, so a
	// word in no section costs one bit test, not two map lookups and the
	// singular's hash.
	goodsBits, mediaBits, giftBits, containerBits, frameBits, careBits, personalBits hashFilter
}

// goodsForms: the forms of w whose hash or crude singular's hash is w's.
func goodsForms(w string) []string {
	fs := []string{w, w + "s", w + "es"}
	if strings.HasSuffix(w, "y") {
		fs = append(fs, w[:len(w)-1]+"ies")
	}
	return fs
}

var goodsWords = loadGoodsVocab()

func loadGoodsVocab() *goodsVocab {
	data, err := vocabFS.ReadFile("vocab/goods_heads.txt")
	if err != nil {
		panic("guard: vocab/goods_heads.txt: " + err.Error()) // embedded: cannot happen
	}
	g := &goodsVocab{}
	sec := map[string]*map[uint64]bool{"goods": &g.goods, "media": &g.media, "gift": &g.gift,
		"container": &g.container, "frame": &g.frame, "care": &g.care, "personal": &g.personal}
	bits := map[string]*hashFilter{"goods": &g.goodsBits, "media": &g.mediaBits, "gift": &g.giftBits,
		"container": &g.containerBits, "frame": &g.frameBits, "care": &g.careBits, "personal": &g.personalBits}
	var curBits *hashFilter
	for _, m := range sec {
		*m = map[uint64]bool{}
	}
	var cur map[uint64]bool
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l == "" || l[0] == '#' {
			continue
		}
		if l[0] == '[' {
			m, ok := sec[strings.Trim(l, "[]")]
			if !ok {
				panic("guard: vocab/goods_heads.txt: unknown section " + l)
			}
			cur, curBits = *m, bits[strings.Trim(l, "[]")]
			continue
		}
		if cur == nil {
			panic("guard: vocab/goods_heads.txt: word before any section")
		}
		cur[hstr(l)] = true
		for _, f := range goodsForms(l) {
			curBits.add(hstr(f))
		}
	}
	return g
}

// the possessives that open a product phrase
var hYour, hSu, hTu = hstr("your"), hstr("su"), hstr("tu")

// words of the product phrase that are neither goods nor names
var (
	// glue words inside a product's name ("Anne of Green Gables", "Ben &
	// Jerry's", "caja de regalo", "Cien años de soledad")
	prodGlue = wordSetTab("and of the n de del y e la el los las")
	// clinical titles: followed by a family name they name a clinician
	prodClinicalTitle = wordSetTab("dr dra doctor doctora nurse enfermera enfermero")
	// possessives never count as the health cue they are listed as
)

// goodsIn reports whether the token's word or its crude singular is in m.
// f is the section's filter (goodsVocab.goodsBits…).
func (s *scanner) goodsIn(m map[uint64]bool, f *hashFilter, k int) bool {
	t := &s.toks[k]
	if !f.may(t.h) {
		return false // neither the word nor its crude singular is in the section
	}
	if m[t.h] {
		return true
	}
	if h := singularHash(t.low); h != 0 && m[h] {
		return true
	}
	return false
}

// inProduct reports whether token i lies in a product phrase.
func (s *scanner) inProduct(i int) bool {
	return i >= 0 && i < len(s.prod) && s.prod[i]&prodName != 0
}

// productClinical reports whether tokens i..j all lie in a quoted title or
// hyphenated brand of a product phrase.
func (s *scanner) productClinical(i, j int) bool {
	if j >= len(s.prod) {
		return false
	}
	for k := i; k <= j; k++ {
		if s.prod[k]&prodClinical == 0 {
			return false
		}
	}
	return true
}

// markProducts finds the product phrases of the token list (see the file
// comment) and marks their tokens in s.prod.
func (s *scanner) markProducts() {
	s.prod = s.prod[:0]
	toks, txt := s.toks, s.t.s
	for p := 0; p < len(toks); p++ {
		// the words the three tests below refuse (most) passed over in a
		// loop of their own, with no call to spill its values for (helper
		// SPEED16)
		// (the loop's test is prodLeadMay and the tests after it folded
		// into one: a colon after, an "x" at the end, or item(s)/article,
		// each of which prodLeadMay holds; helper speed20)
		for ; p < len(toks); p++ {
			t := &toks[p]
			if h := t.h; h == hYour || h == hSu || h == hTu {
				break
			}
			if p+1 < len(toks) {
				if l := t.low; len(l) > 0 && l[len(l)-1] == 'x' || t.e < toks[p+1].s && txt[t.e] == ':' ||
					len(l) >= 4 && (l == "item" || l == "items" || l == "article") {
					break
				}
			}
		}
		if p == len(toks) {
			break
		}
		lead := false
		if h := s.toks[p].h; h != hYour && h != hSu && h != hTu {
			if !s.prodLeadMay(p) { // prodLeadAt's first test, inlined
				continue
			}
			// (and its readings' own first tests, which prodLeadMay keeps
			// loose to be inlined: a colon after, an "x" at the end, or
			// item(s)/article; helper SPEED15)
			if t := &s.toks[p]; !(t.e < s.toks[p+1].s && s.t.s[t.e] == ':') && t.low[len(t.low)-1] != 'x' && t.low != "item" && t.low != "items" && t.low != "article" {
				continue
			}
			if lead = s.prodLeadAt(p); !lead { // prodlead.go
				continue
			}
		}
		if lead && s.leadPerson(p) { // prodlead.go
			continue
		}
		s.prodLead = lead
		end, ok := s.productRun(p)
		s.prodLead = false
		if !ok {
			continue
		}
		if len(s.prod) == 0 {
			if cap(s.prod) < len(s.toks) {
				s.prod = make([]uint8, len(s.toks))
			} else {
				s.prod = s.prod[:len(s.toks)]
				clear(s.prod)
			}
		}
		for k := p + 1; k <= end; k++ {
			s.prod[k] |= prodName | s.prodRun[k-p-1]&prodClinical
		}
	}
}

// quoteOpen reports whether the gap before a token opens a quotation: a
// guillemet or low quote, or an ASCII quote right before the word with a
// space or another mark before it (not the apostrophe of "Bronner's").
func quoteOpen(g string) bool {
	if g == " " { // most gaps: nothing to trim, no quote (helper SPEED13)
		return false
	}
	// the last byte before trailing spaces: an ASCII byte other than a
	// quote (". ", ", ") ends neither a quote nor «, ‹ or „ (helper
	// SPEED15; TestQuoteOpenFast)
	k := len(g) - 1
	for k >= 0 && g[k] == ' ' {
		k--
	}
	if k < 0 || g[k] < 0x80 && g[k] != '\'' && g[k] != '"' {
		return false
	}
	t := strings.TrimRight(g, " ")
	if strings.HasSuffix(t, "«") || strings.HasSuffix(t, "‹") || strings.HasSuffix(t, "„") {
		return true
	}
	n := len(g)
	if n == 0 || g[n-1] != '\'' && g[n-1] != '"' {
		return false
	}
	return n >= 2 && (g[n-2] == ' ' || g[n-2] == '\'' || g[n-2] == '"' || g[n-2] >= 0x80)
}

// quoteClose reports whether the gap after a token closes a quotation
// (gap is the text after it, next the low form of the next token).
func quoteClose(g, next string, last bool) bool {
	g = strings.TrimLeft(g, "!?.") // "'Mamma Mia!'"
	t := strings.TrimLeft(g, " ")
	if strings.HasPrefix(t, "»") || strings.HasPrefix(t, "›") {
		return true
	}
	if g == "" || g[0] != '\'' && g[0] != '"' {
		return false
	}
	// "Grey's": the apostrophe of a possessive, not a closing quote
	return len(g) > 1 || last || next != "s"
}

// run marks of productRun (scanner.prodRun), besides prodClinical
const (
	prodTitle   uint8 = 1 << (iota + 4) // a title before a name ("Dr" of "Dr Pepper")
	prodCapital                         // a capitalised word (an ambiguous clinical word may be a name)
)

// productRun reads the run after the possessive at p into s.prodRun (one
// mark a token from p+1) and returns the last token of the phrase and
// whether it is a product phrase. The shape is read first; the care words
// are looked up only for a run that has a goods head, a capitalised or
// quoted word and a shop frame.
func (s *scanner) productRun(p int) (int, bool) {
	n := len(s.toks)
	const maxRun = 14
	if !s.prodCandidate(p, maxRun) || s.personalNamePair(p+1) { // a name on named goods (namepair.go)
		return p, false
	}
	s.prodRun = s.prodRun[:0]
	head, lastHead, caps := -1, -1, 0
	media, gift := false, false
	quoted := -1 // last token of the quoted title the run is in, or -1
	quoteFirst, quoteLast := -1, -1
	titleName, titleGiven := false, false
	complement := false // of/de/by after the goods head: names may follow
	closed := -1        // the last token of the last quoted title
	end := p
run:
	for k := p + 1; k < n && k <= p+maxRun; k++ {
		t := &s.toks[k]
		if t.sent && closed != k-1 {
			break // a title's own "!" or "?" ends no sentence
		}
		g := s.gap(k)
		open := quoted < 0 && quoteOpen(g)
		if !(s.prodLead && k == p+1) && !s.prodGap(k, g, open || quoted >= 0 || closed == k-1) {
			break
		}
		if open {
			// the closing mark within 8 tokens of the same sentence
			for m := k; m < n && m < k+8 && (m == k || !s.toks[m].sent); m++ {
				nx := ""
				if m+1 < n {
					nx = s.toks[m+1].low
				}
				if quoteClose(s.gap(m+1), nx, m+1 >= n) {
					quoted, quoteFirst, quoteLast = m, k, m
					if m == k+1 && s.quotedPerson(k) {
						// "Your DVD 'Chidi Okonkwo'": two quoted name
						// words are a person's (red team, dev28r)
						return p, false
					}
					break
				}
			}
		}
		f := s.fl(k)
		inQuote := quoted >= 0
		var mark uint8
		title := f&wTitle != 0 && t.cls&(tCap|tUpper) != 0 && k+1 < n && s.isCapWord(k+1) && !s.toks[k+1].sent
		if title {
			mark |= prodTitle
			if s.fl(k+1)&wCommon == 0 && !s.p.approvedSingle(s.toks[k+1].h) {
				// (a word the tenant approved is their brand: "Meyer")
				if s.fl(k+1)&wLast != 0 {
					// "Dr. Lee", "Mrs. Garcia": a person, unless in a quoted
					// title of media ("'Doctor Strange' Blu-ray")
					if !inQuote {
						return p, false
					}
					titleName = true
				}
				if prodClinicalTitle.get(t.h) && s.fl(k+1)&wFirst != 0 {
					// "Nurse Maria" is a nurse unless the goods are media
					// ("Nurse Jackie season 2 DVD")
					titleGiven = true
				}
			}
		}
		if t.cls&tCap != 0 && t.cls&tUpper == 0 {
			mark |= prodCapital
		}
		switch {
		case inQuote:
			// a quoted title: any words; the care and clinical checks
			// still apply, an ambiguous clinical word is marked,
			// unless the title is about living with it ("'Surviving
			// Withdrawal'", redteam.go)
			if !s.quoteCare(quoteFirst, quoteLast) {
				mark |= prodClinical
			}
			caps++
		case title:
			// "Dr Pepper", "Nurse Jackie", "Mrs. Meyer's": a title in a name
		case t.cls&tAlpha != 0 && t.cls&(tCap|tUpper) != 0:
			if f&wStop != 0 && !prodGlue.get(t.h) {
				// "Has", "To" of a Title Case line end the phrase
				// ("Your Stephen King Paperback Has Shipped To Maria Lopez")
				break run
			}
			if lastHead >= 0 && !complement && !s.goodsIn(goodsWords.goods, &goodsWords.goodsBits, k) && !s.esBrandAfterHead(k, lastHead) {
				// after the goods head only "of/by/de …" names the
				// product further ("… paperback by Stephen King"); in
				// Spanish the brand itself may follow (esbrandafter.go)
				break run
			}
			caps++
			if s.hyphenBrand(k) || s.surnameAfterGiven(k) {
				mark |= prodClinical
			}
		case t.cls&(tDigit|tMixed) != 0:
		case t.low == "s" && g == "'":
		case len(t.low) == 1 && s.gap(k+1) == "-":
			// "t-shirt"
		case s.goodsIn(goodsWords.goods, &goodsWords.goodsBits, k) || s.goodsIn(goodsWords.container, &goodsWords.containerBits, k) || goodsWords.gift[t.h]:
		case prodGlue.get(t.h):
			complement = complement || lastHead >= 0
		case t.low == "by" && (lastHead >= 0 && s.goodsIn(goodsWords.media, &goodsWords.mediaBits, lastHead) || quoteFirst >= 0):
			// "… paperback by Stephen King", "'Doctor Sleep' by Stephen King"
			complement = true
		case t.cls&tAlpha != 0 && f&(wStop|wMonth) == 0 && len(t.low) >= 3 && lastHead < 0:
			// a lower-case word before the goods head ("peppermint castile
			// soap", "season 2 DVD"); after the head such a word ends the
			// phrase ("… paperback arrives Monday")
		default:
			break run
		}
		if goodsWords.gift[t.h] {
			gift = true
		}
		if !inQuote {
			switch {
			case s.goodsIn(goodsWords.goods, &goodsWords.goodsBits, k) || s.stripsNotCare(k): // prodlead.go
				if head < 0 {
					head = k
				}
				lastHead = k
				if s.goodsIn(goodsWords.media, &goodsWords.mediaBits, k) {
					media = true
				}
			case s.goodsIn(goodsWords.container, &goodsWords.containerBits, k) && k+1 < n && (s.toks[k+1].low == "of" || s.toks[k+1].low == "de" || s.toks[k+1].low == "del"):
				if s.personAfter(k + 2) {
					// "su pedido de Juan Pérez" is Juan Pérez's order
					return p, false
				}
				if head < 0 {
					head = k
				}
			}
		}
		s.prodRun = append(s.prodRun, mark)
		end = k
		if k == quoted {
			quoted, closed = -1, k
		}
	}
	if head < 0 || caps == 0 {
		return p, false
	}
	// trailing glue is not part of the phrase
	for end > head && (prodGlue.get(s.toks[end].h) || s.toks[end].low == "by") {
		end--
	}
	if quoteFirst >= 0 && !media && !s.quotedNotName(quoteFirst, quoteLast) {
		// a quoted given name before goods that are not media is most
		// likely a personalised item ("'Maria' necklace", "'Maria' gift box")
		return p, false
	}
	if (titleGiven || titleName) && !media {
		return p, false
	}
	if !gift && !s.leadFrame(p) && !s.shopFrame(p, end) {
		return p, false
	}
	for k := p + 1; k <= end; k++ {
		mark := s.prodRun[k-p-1]
		if goodsWords.personal[s.toks[k].h] {
			return p, false
		}
		// an ambiguous clinical word is allowed in a quoted title, a
		// hyphenated brand or capitalised inside the name ("Johnnie
		// Walker"); only the first two are exempt from its own rule
		if mark&prodTitle == 0 && s.careWord(k, mark&(prodClinical|prodCapital) != 0) {
			return p, false
		}
	}
	if s.careNotice(p, end) {
		return p, false
	}
	return end, true
}

// prodCandidate is productRun's cheap first test: a capitalised word or
// an opening quotation mark after the possessive at p, before anything
// that ends a run (a sentence, a comma or colon, a stop word other than the
// glue words) and within max tokens. Most "your" are followed by
// lower-case words only ("your receipt in the portal", "your payment of
// …"), and cost a few comparisons here.
func (s *scanner) prodCandidate(p, max int) bool {
	for k := p + 1; k < len(s.toks) && k <= p+max; k++ {
		t := &s.toks[k]
		if g := s.gap(k); g != " " && !(s.prodLead && k == p+1) {
			// strings.ContainsAny(g, "'\"\u00ab\u2039\u201e"): the ASCII
			// quotes by a table, the others by their bytes (helper SPEED15)
			if prodQuoteBytes.in(g) || strings.Contains(g, "\u00ab") || strings.Contains(g, "\u2039") || strings.Contains(g, "\u201e") {
				return true
			}
			if t.sent || prodStopBytes.in(g) { // strings.ContainsAny(g, ",;:()")
				return false
			}
		}
		if t.cls&(tCap|tUpper) != 0 {
			return true
		}
		if t.w != nil && t.w.flags&wStop != 0 && !prodGlue.get(t.h) && t.low != "by" {
			return false
		}
	}
	return false
}

// prodGap reports whether the gap before token k may sit inside a product
// phrase: spaces, a hyphen, "&", a possessive apostrophe, quotation marks,
// a slash, or the dot of an abbreviated title ("Dr. Martens").
func (s *scanner) prodGap(k int, g string, quoted bool) bool {
	if g == " " || g == "-" || g == " & " || g == "'" || g == "/" {
		return true
	}
	if g == ". " || g == "." {
		return s.fl(k-1)&wTitle != 0 || len(s.toks[k-1].low) == 1
	}
	if len(g) > 6 {
		return false
	}
	for i := 0; i < len(g); i++ {
		switch c := g[i]; {
		case c == ' ' || c == '\'' || c == '"':
		case c >= 0x80:
			// guillemets and other quotation marks left by normalisation
		case c == '!' || c == '?' || c == '.' || c == ',':
			// punctuation inside a quoted title ("Mamma Mia!")
			if !quoted {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// hyphenBrand reports whether capitalised token k is joined by a hyphen to
// another capitalised word ("Fever-Tree", "Ben-Hur").
func (s *scanner) hyphenBrand(k int) bool {
	if k+1 < len(s.toks) && s.gap(k+1) == "-" && s.isCapWord(k+1) {
		return !remedyHalves.get(s.toks[k+1].h) // "Hives-Away", "Cane-Tip": a remedy (redteam.go)
	}
	return k > 0 && s.gap(k) == "-" && s.isCapWord(k-1) && !remedyHalves.get(s.toks[k-1].h)
}

// personAfter reports whether tokens k, k+1 are a given name and a family
// name of the name lists, neither a common word ("Juan Pérez").
func (s *scanner) personAfter(k int) bool {
	if k+1 >= len(s.toks) || !s.nameGap(k+1) || !s.isCapWord(k) || !s.isCapWord(k+1) {
		return false
	}
	a, b := s.fl(k), s.fl(k+1)
	return a&wFirst != 0 && b&wLast != 0 && (a|b)&wCommon == 0
}

// surnameAfterGiven reports whether capitalised token k is a family name
// right after a capitalised given name ("Johnnie Walker"): the last part of
// a person-like brand, not the clinical word it also spells.
func (s *scanner) surnameAfterGiven(k int) bool {
	return k > 0 && s.fl(k)&wLast != 0 && s.nameGap(k) && s.fl(k-1)&wFirst != 0 &&
		s.toks[k-1].cls&tCap != 0 && s.toks[k-1].cls&tUpper == 0
}

// quotedNotName reports whether the quoted title from..last holds no given
// name: a given name of the name lists that is no common word counts,
// unless the title has other words and it is ordinary English or Spanish
// ("'Dreamboat Annie'" has a name; "'Emma'", "'Maria'" are one; a season
// word of the [gift] list such as "« Noël »" is none).
func (s *scanner) quotedNotName(from, last int) bool {
	for k := from; k <= last; k++ {
		f := s.fl(k)
		if f&wFirst == 0 || f&wCommon != 0 || goodsWords.gift[s.toks[k].h] {
			continue
		}
		if from == last || !s.general(k) {
			return false
		}
	}
	return true
}

// careWord reports whether token k is a care or health word: a term of the
// built-in clinical or association lists or of the tenant's list starting
// at k (an ambiguous single word is allowed where ambigOK is set), a
// date-person, name-cue or health-cue word (not a possessive), or a [care]
// word of goods_heads.txt.
func (s *scanner) careWord(k int, ambigOK bool) bool {
	t := &s.toks[k]
	f := s.fl(k)
	if f&(wDatePerson|wNameCue) != 0 {
		return true
	}
	if s.cocktailDrug(k) { // the cocktail, not the antibiotic (cocktaildrug.go)
		return false
	}
	if f&wHealthCue != 0 && !recipientPossessive.get(t.h) {
		return true
	}
	if s.goodsIn(goodsWords.care, &goodsWords.careBits, k) && !s.stripsNotCare(k) { // prodlead.go
		return true
	}
	if len(s.p.terms) > 0 && len(s.p.terms[t.h]) > 0 {
		for _, ph := range s.p.terms[t.h] {
			if s.matchPhrase(k, ph) > 0 {
				return true
			}
		}
	}
	check := func(ps []*phrase, one bool) bool {
		for _, ph := range ps {
			if ph.class != pClinical && ph.class != pAssoc && ph.class != pTenant {
				continue
			}
			if one && len(ph.toks) != 1 {
				continue
			}
			if one || s.matchPhrase(k, ph) > 0 {
				if ambigOK && ph.flags&fAmbig != 0 && len(ph.toks) == 1 {
					continue
				}
				return true
			}
		}
		return false
	}
	if t.w != nil && t.w.careAny && check(t.w.phrases, false) { // careAny: some phrase check can take
		return true
	}
	if len(t.low) >= 4 {
		if sh := singularHash(t.low); sh != 0 {
			if w2 := s.v.get(sh); w2 != nil && w2.careAny && check(w2.phrases, true) {
				return true
			}
		}
	}
	return false
}

// careNotice reports whether a token of the notice outside the phrase
// p..end (whose words were checked in productRun) is a care word, a
// clinical title used as one ("our nurse") counting as well. The
// possessive is skipped: a term it starts ("your doctor") runs into the
// phrase, whose words were checked in their place ("Your 'Doctor
// Strange' Blu-ray").
func (s *scanner) careNotice(p, end int) bool {
	for k := range s.toks {
		if k >= p && k <= end {
			continue
		}
		if s.careWord(k, false) {
			return true
		}
	}
	return false
}

// shopFrame reports whether the sentence of the phrase p..end holds a shop
// frame word (shipped, delivered, stock, order, en camino…).
func (s *scanner) shopFrame(p, end int) bool {
	a := p
	for a > 0 && !s.toks[a].sent {
		a--
	}
	for k := a; k < len(s.toks) && (k == a || k <= end || !s.toks[k].sent); k++ {
		if k > p && k <= end && s.goodsIn(goodsWords.container, &goodsWords.containerBits, k) {
			continue // "your order of …" is no frame by itself
		}
		if s.goodsIn(goodsWords.frame, &goodsWords.frameBits, k) {
			return true
		}
	}
	return false
}
