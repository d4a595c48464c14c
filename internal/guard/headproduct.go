package guard

// headproduct.go: a clinical head inside a product's Title-case name is
// the product (issue 15, eighth pass, helper MISC2, dev51: "Hydra Therapy
// Serum is back in stock!"). compose.head read "Hydra" before "Therapy" as
// an unlisted clinical subject.
//
// headProduct(i, k): token i and the head k ("Therapy", "Treatment",
// "Care", "Repair"…) are capitalised and the next word is a capitalised
// cosmetic noun (honorbrand.go's cosmeticNouns: Serum, Cream, Mask,
// Shampoo…): the three words name one product. Lower case ("your hydra
// therapy serum") and a subject word of a clinical list ("Eczema Therapy
// Cream": its own vocabulary) stay reported. Cost: two class tests, then
// one map lookup.
func (s *scanner) headProduct(i, k int) bool {
	if k+1 >= len(s.toks) || s.toks[i].cls&tCap == 0 || s.toks[k].cls&tCap == 0 || s.gap(k+1) != " " || s.toks[k+1].cls&tCap == 0 {
		return false
	}
	return cosmeticNouns.get(s.toks[k+1].h)
}
