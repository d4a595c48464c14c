package guard

// chainsite.go: a chain's sites named by its brand after a quantifier
// (issue 15, twenty-first pass, fix helper r107, dev107, probe set
// dev107x). "Skip the wait: check in online before you visit any
// FirstStop clinic." was blocked as compose.head: "FirstStop", a word in
// no vocabulary, came right before "clinic", a head only clinical subjects
// take ("diabetes clinic"). After any, every, all, each (cualquier, cada,
// todas las, todos los) the capitalised words before a site noun (clinic,
// office, location, center…: streetsite.go's ssSiteHeads) are the brand of
// a chain's sites, all of them, not one reader's clinical subject.
//
// chainSite(i, k) holds when token k is a site noun, token i right before
// it is capitalised and no word of a clinical phrase (careAny), and
// i (or a second capitalised word before it, "every Cedar Ridge office")
// follows such a quantifier in the same sentence; compose.go's
// compose.head then does not read it. "your Dialysis clinic", "any
// Oncology clinic" (a clinical word), "the FirstStop clinic" (no
// quantifier) and every other finding of the notice stay as before
// (`TestChainSite`).

// csQuant: the quantifiers before a chain's sites
var csQuant = wordSetTab("any every all each cualquier cualquiera cada")

// chainSite: see the file comment.
func (s *scanner) chainSite(i, k int) bool {
	if k != i+1 || k >= len(s.toks) || !ssSiteHeads.get(s.toks[k].h) || !s.csBrandWord(i) || s.gap(k) != " " {
		return false
	}
	q := i - 1
	if q >= 0 && !s.toks[i].sent && s.gap(i) == " " && s.csBrandWord(q) {
		q-- // "every Cedar Ridge office"
	}
	if q < 0 || s.toks[q+1].sent || s.gap(q+1) != " " {
		return false
	}
	if csQuant.get(s.toks[q].h) {
		return true
	}
	// "todas las", "todos los" before the brand
	return q >= 1 && (s.toks[q].low == "las" || s.toks[q].low == "los") && (s.toks[q-1].low == "todas" || s.toks[q-1].low == "todos") &&
		!s.toks[q].sent && s.gap(q) == " "
}

// csBrandWord: token i is a capitalised word (or one with a capital
// inside: "FirstStop") that is no word of a clinical phrase.
func (s *scanner) csBrandWord(i int) bool {
	t := &s.toks[i]
	if t.cls&(tCap|tUpper) == 0 || t.cls&tDigit != 0 {
		return false
	}
	w := s.toks[i].w
	return w == nil || !w.careAny
}
