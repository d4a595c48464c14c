package guard

// addrdatefrag.go: a short date's second number is no house number (issue
// 15, twenty-third pass, fix helper r116f, dev116 clean-099, 2026-12-06).
//
// "Desde el 15/12 lo atenderemos en Av. España 1450": address() read "12"
// (the month of "15/12") as a house number with "Av." within its five
// words and reported "12 lo atenderemos en Av. España" as a street. The
// number right after "/" and a number is part of a date when both are a
// valid day and month of at most two digits (either order) and the next
// word is lower-case and no street word ("atendemos", "lo", "we"): a street
// name after a house number is capitalised or a street suffix, so an
// Australian unit ("3/10 Smith St") is still an address. The real address
// later in the text is read as before (senderplace.go and the rest).

// addrDateFrag: number token i is the second half of a day/month date
// (the file comment).
func (s *scanner) addrDateFrag(i int) bool {
	if i < 1 || i+1 >= len(s.toks) || s.gap(i) != "/" {
		return false
	}
	a, b := &s.toks[i-1], &s.toks[i]
	if a.nd == 0 || a.nd > 2 || int(a.e-a.s) != int(a.nd) || b.nd == 0 || b.nd > 2 || int(b.e-b.s) != int(b.nd) {
		return false
	}
	x, y := atoiSmall(a.low), atoiSmall(b.low) // lensrx.go
	if !(x >= 1 && x <= 31 && y >= 1 && y <= 12 || x >= 1 && x <= 12 && y >= 1 && y <= 31) {
		return false
	}
	n := &s.toks[i+1]
	return n.cls&(tCap|tUpper) == 0 && n.nd == 0 && s.fl(i+1)&wStreetSuffix == 0
}
