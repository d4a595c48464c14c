package guard

import "strings"

// An "RX-" order number under a JSON order key (helper D29A, night of
// 2026-12-04: dev29 {"event":"order.shipped","order_id":"RX-204918",
// "carrier":"FedEx"}).
//
// "rx #" is an identifier cue (context_words.txt), so "RX-204918" reads as
// an Rx number. Under a JSON key that is an order word ("order",
// "order_id", "order-number", "shipment.id": an [allow_number] word,
// alone or joined to id/number/no by "_", "-" or "."; the key starts at
// the opening quote) the value is a shop's order number. rxOrderKey
// reports whether the cue at i..j is such a value: one token "rx" joined
// to the number by "-" (no space), right after `":"`. Under
// "prescription", "rx_number", "rx" or "patient_id", in running text
// ("Rx RX-204918 is ready") and as "Order RX-204918" (no key) the number
// stays reported.
func (s *scanner) rxOrderKey(i, j int) bool {
	if i != j || s.toks[i].low != "rx" || i+1 >= len(s.toks) || s.gap(i+1) != "-" || s.toks[i+1].cls&tDigit == 0 {
		return false
	}
	if i < 1 || strings.ReplaceAll(s.gap(i), " ", "") != `":"` {
		return false
	}
	k := i - 1
	if shopKeyHeads.get(s.toks[k].h) && k >= 1 {
		switch s.gap(k) {
		case "_", "-", ".":
			k--
		default:
			return false
		}
	}
	return s.fl(k)&wAllowNum != 0 && s.toks[k].cls&tAlpha != 0 && strings.HasSuffix(s.gap(k), `"`)
}
