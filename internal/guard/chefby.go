package guard

import "strings"

// A restaurant named with its chef (helper F32B, dev32: "Sakura Sushi by
// Kenji: your takeout is ready for pickup"). The name rules read the
// chef's given name after "by" as a person. markChefBy marks the chef's
// words as part of the restaurant's name (prodName|prodBrand) when all
// hold, and fails closed otherwise:
//
//   - the heading opens the notice: one or two capitalised words, a
//     capitalised eatery word of brandEatery (Sushi, Grill, Kitchen,
//     Bistro, Tacos…), "by", then one capitalised word — or two when the
//     second is no family name of the lists;
//   - a colon or a dash follows it (a heading, not a sentence about a
//     person: "Sakura Sushi by Kenji Tanaka" with a listed family name, or
//     "… by Kenji, who will see you…", stays reported);
//   - no care word anywhere in the notice (brandCares).
func (s *scanner) markChefBy() {
	n := len(s.toks)
	if n < 5 {
		return
	}
	e := -1
	for k := 1; k <= 2 && k < n; k++ {
		if s.toks[k].cls&tCap != 0 && brandEatery.get(s.toks[k].h) && s.gap(k) == " " {
			e = k
			break
		}
	}
	if e < 0 || s.toks[0].cls&(tCap|tUpper) == 0 || e+2 >= n || s.toks[e+1].low != "by" || s.gap(e+1) != " " {
		return
	}
	for k := 1; k < e; k++ {
		if s.gap(k) != " " || s.toks[k].cls&(tCap|tUpper) == 0 {
			return
		}
	}
	a := e + 2
	if s.toks[a].cls&tCap == 0 || s.toks[a].cls&tAlpha == 0 || s.gap(a) != " " {
		return
	}
	b := a
	if b+1 < n && s.gap(b+1) == " " && s.toks[b+1].cls&tCap != 0 {
		if s.fl(b+1)&wLast != 0 {
			return
		}
		b++
	}
	if g := s.gap(b + 1); b+1 >= n || !strings.ContainsAny(g, ":—–") && !strings.Contains(g, " - ") {
		return
	}
	if len(s.brandCares()) > 0 {
		return
	}
	s.prodMarks()
	for k := 0; k <= b; k++ {
		s.prod[k] |= prodName | prodBrand
	}
}
