package guard

import "strings"

// idQuantity (called from idValue in words.go) tells that the value read
// after an identifier cue word is a quantity, not an identifier, when the
// cue word is an ordinary product word ("tin", "case", "bin", "records"):
//
//   - a percentage: the value is followed at once by "%" ("DVD bin — 30% off"),
//     unless the cue labels it with ":" or "#" ("your account: 20% off …" stays
//     reported, as it was before);
//   - an ordinal standing alone ("Hospital Records 20th-anniversary box set");
//   - a count of at most three digits opened by "(" and closed by ")" or by
//     a count unit ("gift tin (24 ct)", "drink case (24)").
//
// A count right after the reader's possessive and the cue ("Your case (917)
// is open": the reader's case number) stays reported (RED, dev53r).
// Anything longer, joined to more digits or letters ("case (24-7781)"), or
// not in one of these shapes stays reported: an SSN, MRN or member number has
// more than three digits and no "%", "th" or "ct" after it.
func (s *scanner) idQuantity(start, end int) bool {
	v := &s.toks[start]
	after := s.gap(end + 1)
	if strings.HasPrefix(after, "%") && v.cls&tDigit != 0 && !strings.ContainsAny(s.gap(start), ":#") {
		return true
	}
	if start != end {
		return false
	}
	if v.cls&tDigit == 0 {
		return isOrdinal(v.low) && (end+1 >= len(s.toks) || after == "-" || after == " ")
	}
	if v.nd > 3 || !strings.HasSuffix(s.gap(start), "(") {
		return false
	}
	if start >= 2 && recipientPossessive.get(s.toks[start-2].h) {
		return false // "Your case (917) with Adult Protective Services" (RED, dev53r)
	}
	if strings.HasPrefix(after, ")") {
		return true
	}
	if after == " " && end+1 < len(s.toks) {
		switch s.low(end + 1) {
		case "ct", "count", "pcs", "pc", "pieces", "pack", "pk", "oz", "ml", "cans", "bottles":
			return true
		}
	}
	return false
}
