package guard

// Order codes whose letter prefix is an identifier cue (issue 15, helper
// IDS, dev50): a shop numbers its orders with its initials, "Stitch &
// Stride: order #SS-118204 shipped", "su pedido #SS-118450",
// {"order_id": "SS-118611"}, and "SS" is also the Social Security cue of
// "SS# 123-45-6789", so idValue reported every such order as an SSN. The
// same holds for a shop "SN-…" (serial number), "DL-…" (driver license),
// "TIN-…", "EIN-…", "SIN-…".
//
// orderCodePrefix passes the cue at i when all of these hold:
//   - the cue is one token among orderCodeCues (ss, sn, dl, tin, ein, sin),
//     written in capitals and joined to the value by a bare hyphen;
//   - the value is one group of 5 to 8 digits with nothing joined after
//     it (no SSN shape 3-2-4, no nine digits, no last four);
//   - an order, pedido, return, RMA or shipment word stands right before
//     it ("order #SS-…", "pedido SS-…", "Order number: SS-…") or is the head
//     of the JSON key it is the value of ("order_id": "SS-…",
//     "return_id": …);
//   - no Social Security, serial or license word is in the field
//     (orderCodeTelling: ssn, social, security, seguridad, soc, serial,
//     license, licencia, driver…).
//
// Record prefixes (MRN, MR, PT, DOB, MBR, ID, RX) are not among the cues:
// under an order key they stay reported (shopid.go's shopPersonalPrefixes).
// A real SSN beside the order code ("SS# 123-45-6789", "SSN 123456789")
// is reported by its own cue and by the number rules.

var (
	orderCodeCues    = wordSetTab("ss sn dl tin ein sin")
	orderCodeOrder   = wordSetTab("order orders pedido pedidos shipment shipments envio return returns rma devolucion exchange cambio")
	orderCodeKeyTail = wordSetTab("id number no num nro")
	orderCodeTelling = wordSetTab("ssn ssns social security seguridad soc itin taxpayer serial license licence licencia driver drivers conducir")
)

// orderCodePrefix: the identifier cue i (one token) opens an order code
// whose digits are the token start; see the file comment.
func (s *scanner) orderCodePrefix(i, j, start, end int) bool {
	if i != j || start != i+1 || end != start || !orderCodeCues.get(s.toks[i].h) || s.toks[i].cls&tUpper == 0 || s.gap(start) != "-" {
		return false
	}
	if v := &s.toks[start]; v.cls&tDigit == 0 || v.cls&(tAlpha|tMixed) != 0 || v.e-v.s < 5 || v.e-v.s > 8 {
		return false
	}
	if !s.orderCodeBefore(i) {
		return false
	}
	for k := range s.toks {
		if orderCodeTelling.get(s.toks[k].h) {
			return false
		}
	}
	return true
}

// orderCodeBefore: an order word right before the code at i ("order #",
// "pedido", "Order number:") or at the head of its JSON key
// ("order_id": "…").
func (s *scanner) orderCodeBefore(i int) bool {
	if i == 0 || s.toks[i].sent && !orderCodeKeyTail.get(s.toks[i-1].h) {
		return false
	}
	k := i - 1
	switch g := s.gap(i); g {
	case " ", " #", "#", " # ", ": ", ": #", " #: ", " no. ", "\": \"", "\":\"":
	default:
		return false
	}
	if orderCodeKeyTail.get(s.toks[k].h) {
		if k == 0 {
			return false
		}
		switch s.gap(k) {
		case " ", "_", "-", ".":
		default:
			return false
		}
		k--
	}
	return orderCodeOrder.get(s.toks[k].h)
}
