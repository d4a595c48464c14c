package guard

// A product after "price on" (issue 15, helper IDS, dev50-clean-083):
// "Found a lower price on Cherokee Workwear Revolution? Stitch & Stride
// will match it." The capitalised run after "price on" is the goods the
// price is of; name.capitalized read it as a person's name.
//
// priceOnRun passes a capitalised run i..end (with the capitalised words
// right before i, up to three: the run's first word may have been judged
// alone) when:
//   - "price on", "prices on", "deal on", "deals on", "discount on",
//     "savings on" or "sale on" stands right before it;
//   - no possessive follows the run ("a lower price on Marisol Vega's
//     refill" names a person's order);
//   - the run holds at least one ordinary word (general vocabulary) that is
//     in neither name list ("Revolution", "Arch"), so a bare person's name
//     ("price on Bronwyn Achterberg") stays reported.

var (
	priceOnHeads = wordSetTab("price prices deal deals discount discounts savings sale")
	priceOnWord  = wordSetTab("on")
)

// priceOnRun: see the file comment.
func (s *scanner) priceOnRun(i, end int) bool {
	b := i // the run may have opened before i ("Workwear Revolution" after "Cherokee")
	for b > i-3 && b > 0 && s.gap(b) == " " && s.toks[b-1].cls&tCap != 0 && s.toks[b-1].cls&tAlpha != 0 {
		b--
	}
	if b < 2 || end <= b || s.gap(b) != " " || s.gap(b-1) != " " || !priceOnWord.get(s.toks[b-1].h) || !priceOnHeads.get(s.toks[b-2].h) {
		return false
	}
	if k := end + 1; k < len(s.toks) && s.toks[k].low == "s" && (s.gap(k) == "'" || s.gap(k) == "\u2019") {
		return false
	}
	for k := b; k <= end; k++ {
		if s.fl(k)&(wFirst|wLast) == 0 && s.general(k) {
			return true
		}
	}
	return false
}
