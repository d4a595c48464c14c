package guard

// allownumcall.go: a number right after an imperative call is a phone
// number, not the order's (issue 15, eleventh pass, red team RED11,
// dev70x, 2026-12-05).
//
// The long-number path skips a number with an order, receipt or reference
// word near before it (wAllowNum: "Receipt MBR-4481290", "pedido …"), ahead
// of every phone reading. "Farmacia Alameda: para recoger el pedido llame
// al 612 345 678 y hable con él" was so passed as the order's number,
// though "llame al" says it is a line to call, and phoneCTA's vetoes (a
// person: "con él") never ran. When the verb of calling of phoneCTA
// (pcVerbBefore: call, llame al, contact us at…) stands right before the
// number, the order word does not skip it (anCallBefore): the phone readers
// decide, and phoneCTA passes the sender's line as before ("Su pedido está
// listo. Llame al 91 555 23 40", a sender named).
//
// Accepted risk: such a number in a notice naming no sender is reported
// (phoneCTA's pcNamesSender); fail closed. Cost: only for a long number
// with an order word near.

// anCallBefore: an imperative call right before the number at token first.
func (s *scanner) anCallBefore(first int) bool {
	if first < 1 {
		return false
	}
	lo, _ := s.sdSpan(first)
	return s.pcVerbBefore(lo, first)
}
