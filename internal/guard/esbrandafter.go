package guard

// Spanish names goods before their brand (helper ES, dev30: "Tu termo
// Stanley fue enviado", "Tu botella Stanley", "crema Nivea"), where English
// puts the brand first ("Your Stanley tumbler"). productRun (product.go)
// ends a product phrase at a capitalised word after the goods head unless
// "of/by/de" came between; esBrandAfterHead lets capitalised words follow
// the head directly in a Spanish field (spanish(), lang.go), one to three
// of them, with nothing between (no glue word, no comma: productRun's gap
// test still applies). Everything else productRun checks still holds: a
// shop frame in the sentence, no care word in the notice, no title before
// a family name, no personalisation word ("Tu taza personalizada María").

// esBrandAfterHead reports whether the capitalised token k may continue a
// product phrase whose last goods head is token head.
func (s *scanner) esBrandAfterHead(k, head int) bool {
	if k-head > 3 || !s.spanish() {
		return false
	}
	if k == head+1 && s.fl(k)&wFirst != 0 && s.fl(k)&(wLast|wCommon) == 0 {
		// a given name that is no family name right after the goods is
		// most likely the person the item is for or engraved with ("Tu
		// pulsera María fue enviada"); a brand named like a person is
		// mostly a family name ("termo Stanley")
		return false
	}
	for m := head + 1; m < k; m++ {
		if s.toks[m].cls&(tCap|tUpper) == 0 {
			return false
		}
	}
	return true
}
