package guard

import "strings"

// Own-label product names after a shop's line-item lead (helper F32B,
// dev31: "Your return of 1 x BrightSmile Whitening Strips was processed",
// "New in store: Velvet Lune eyeshadow palettes", "The remaining item
// (Kessa Linen Towel) ships next week"). A shop's own products are in no
// list; the name rules read their capitalised words as a person
// (name.capitalized). product.go reads such a run after "your/su/tu";
// prodLead opens the same product phrase (productRun, every check of it
// kept: a goods head in the run, a capitalised word, a shop frame in the
// sentence, no care word anywhere in the notice, no title before a family
// name, no personalisation word, no name pair of namepair.go; and no
// listed person's name first, leadPerson) after three more leads:
//
//   - a quantity: "1 x", "2 x", "1x", "x2" is not one (the count must come
//     first);
//   - "item", "items", "article" and an opening parenthesis: the run is
//     the parenthesised words ("(Kessa Linen Towel)");
//   - a shop's heading: "New in store:", "Now in stock:", "Back in
//     stock:", "New arrivals:", "Just in:" — the colon's gap is allowed
//     before the first word.
//
// The first gap (a space after "x", " (" after "item", ": " after a
// heading) is the only one relaxed (scanner.prodLead).

// prodLeadHeadsTab: the hashes of prodLeadHeads' words (prodLeadAt's
// first test; TestProdLeadHeadsTab).
var prodLeadHeadsTab = func() setTab {
	m := map[uint64]bool{}
	for w := range prodLeadHeads {
		m[hstr(w)] = true
	}
	return newSetTab(m)
}()

// prodLeadHeads are the heading words before a colon, by the word before
// them.
var prodLeadHeads = map[string]map[string]bool{
	"store":    {"in": true},
	"stock":    {"in": true},
	"arrivals": {"new": true, "latest": true},
	"in":       {"just": true, "new": true},
}

// prodLeadAt reports whether token p leads a product phrase other than a
// possessive's (see the file comment).
func (s *scanner) prodLeadAt(p int) bool {
	if !s.prodLeadMay(p) {
		return false
	}
	n := len(s.toks)
	if p+1 >= n {
		return false
	}
	t := &s.toks[p]
	g := s.gap(p + 1)
	switch t.low {
	case "x":
		if p == 0 || g != " " || s.toks[p-1].cls&tDigit == 0 {
			return false
		}
		pg := s.gap(p)
		return pg == " " || pg == ""
	case "item", "items", "article":
		return strings.TrimSpace(g) == "("
	}
	if len(t.low) >= 2 && t.low[len(t.low)-1] == 'x' && g == " " {
		// "1x", "2x"
		for i := 0; i < len(t.low)-1; i++ {
			if t.low[i] < '0' || t.low[i] > '9' {
				return false
			}
		}
		return true
	}
	if len(g) == 0 || g[0] != ':' { // the gap first: no map look-up for most words
		return false
	}
	if !prodLeadHeadsTab.get(t.h) { // not a heading word: no string-keyed map look-up (t.h is hstr(t.low); helper SPEED13B)
		return false
	}
	if prev, ok := prodLeadHeads[t.low]; ok && p > 0 && prev[s.toks[p-1].low] {
		return strings.TrimSpace(g) == ":"
	}
	return false
}

// prodLeadMay: prodLeadAt's first test, small enough to inline at
// markProducts' call: a token ending in "x" ("x", "2x"), a word that may be
// item(s)/article (4 letters or more, starting with i or a), or a gap after it
// that opens with a colon. prodLeadAt returns false for every other token
// (a superset: keep it one when prodLeadAt learns a new lead).
func (s *scanner) prodLeadMay(p int) bool {
	if p+1 >= len(s.toks) {
		return false
	}
	t := &s.toks[p]
	l := t.low
	return len(l) > 0 && l[len(l)-1] == 'x' || len(l) >= 4 && (l[0] == 'i' || l[0] == 'a') ||
		t.e < s.toks[p+1].s && s.t.s[t.e] == ':'
}

// cosmeticStrips names strips that are no diabetes supply: "Whitening
// Strips", "wax strips", "nose strips", "LED light strips" (the word
// before "strips", lower case). careWord's [care] "strips" stands
// otherwise ("test strips", "your strips are ready").
var cosmeticStrips = map[string]bool{
	"whitening": true, "wax": true, "waxing": true, "nose": true, "lash": true,
	"brow": true, "light": true, "led": true, "bacon": true, "chicken": true,
}

// stripsNotCare reports whether token k is "strips" after a cosmetic or
// food word (see cosmeticStrips).
func (s *scanner) stripsNotCare(k int) bool {
	return k > 0 && s.toks[k].low == "strips" && cosmeticStrips[s.toks[k-1].low] && s.gap(k) == " "
}

// leadFrame reports whether the lead at p is itself a shop heading ("New
// in store:", "New arrivals:", "Just in:"), which stands for productRun's
// shop frame.
func (s *scanner) leadFrame(p int) bool {
	_, ok := prodLeadHeads[s.toks[p].low]
	return s.prodLead && ok
}

// leadPerson reports whether the words after a lead at p start with a
// person's name: a listed given and family name ("1 x John Smith towel",
// "New arrivals: Maria Lopez gift set") or a listed given name that is no
// family name and no common word ("1 x Maria towel"). A possessive's run
// is not held to this (namepair.go decides there); after a lead, which
// opened no phrase before, the name stays reported (fail closed).
func (s *scanner) leadPerson(p int) bool {
	k := p + 1
	if k >= len(s.toks) {
		return false
	}
	if s.personAfter(k) {
		return true
	}
	f := s.fl(k)
	return s.toks[k].cls&tCap != 0 && f&wFirst != 0 && f&(wLast|wCommon) == 0
}
