package guard

// becausebought.go — strict mode: marketing by a past rental or purchase
// of medical equipment (issue 15, tenth pass, helper MISS10: dev60
// "Because you rented a walker, you might like our bath safety bundle").
//
// "walker", "cane", "commode" are listed supplies that need a cue (a
// baby walker, a candy cane); a marketing notice that says the reader
// rented or bought one reveals the reader's mobility or care. Rule
// association.purchase (kind association), strict mode only: "because" or
// "since", then "you", then rented/bought/ordered/purchased (rent, buy,
// order, purchase, got), then at most one article or possessive, then a
// listed clinical or association term (ambiguous ones included) within
// the next two words ("a walker", "a CPAP machine", "your new wheelchair").
//
// "Because you bought a tent", "Since you rented a kayak", "Because you
// ordered a stroller" pass (no listed term), and so does "a cane sugar
// sampler" (an ambiguous term must end its noun phrase: punctuation or a
// joining word after it); standard mode never runs it
// (the rule reads marketing by association, which standard allows).

var (
	becauseBoughtFirst = wordSetTab("because since")
	becauseBoughtVerbs = wordSetTab("rented rent bought buy ordered order purchased purchase got leased")
	becauseBoughtDet   = wordSetTab("a an the your some our new")
	hYou               = hstr("you")
)

// becauseBought: token i is "because"/"since" opening such a clause.
func (s *scanner) becauseBought(i int) {
	n := len(s.toks)
	if i+3 >= n || s.toks[i+1].h != hYou || !becauseBoughtVerbs.get(s.toks[i+2].h) || !s.sameSentence(i, i+3) {
		return
	}
	k := i + 3
	for x := 0; x < 2 && k < n && becauseBoughtDet.get(s.toks[k].h); x++ {
		k++
	}
	for a := k; a < n && a <= k+1 && s.sameSentence(i, a); a++ {
		if e, ok := s.listedTermAt(a); ok {
			s.addTok(a, e, KindAssociation, "association.purchase", 0.7, "is medical equipment the reader rented or bought, named in marketing")
			return
		}
	}
}

// termEnds: the noun phrase ends at token e (punctuation, the text's end,
// or a joining or time word after it).
func (s *scanner) termEnds(e int) bool {
	k := e + 1
	return k >= len(s.toks) || s.gap(k) != " " || termEndWords.get(s.toks[k].h)
}

var termEndWords = wordSetTab("and or last from for in with at this that recently earlier on online")

// listedTermAt: a listed clinical or association term (ambiguous ones
// included) starts at token a; it returns its last token.
func (s *scanner) listedTermAt(a int) (int, bool) {
	w := s.toks[a].w
	if w == nil {
		return 0, false
	}
	best := -1
	for _, p := range w.phrases {
		if p.class != pClinical && p.class != pAssoc {
			continue
		}
		e, ok := a, true
		for _, t := range p.toks[1:] {
			e++
			if e >= len(s.toks) || s.gap(e) != " " || s.toks[e].h != t {
				ok = false
				break
			}
		}
		if ok && p.flags&fAmbig != 0 && !s.termEnds(e) {
			ok = false // "a cane sugar sampler": an ambiguous word inside a longer name
		}
		if ok && e > best {
			best = e
		}
	}
	return best, best >= 0
}
