package guard

import "strings"

// Shop numbers after an identifier cue (issue 15, night session, dev25 and
// dev26): two readings of idValue's cues that are an order's, not a
// person's.
//
//   - a compound key whose first part is an order, tracking, shipment or
//     transaction word (vocab/context_words.txt [allow_number]) joined to
//     "id" or "number" by "_", "-" or "." — a webhook's
//     "order_id":"ORD-20431", "tracking-id", "transaction.id" — names the
//     order's number, like "order number" does; "patient_id", "member_id"
//     and "mrn" keep their cue ("Order ID 12345", with a space, is left
//     as it was: "ID 12345" also reads as Idaho and a ZIP code);
//   - "ticket number" (a cue since the guard's first version: a support
//     ticket may be one person's) followed by a short queue number of at
//     most three digits, "Your ticket number is OR-17", "A-42": a pickup or
//     deli queue ticket. A longer number ("ticket number 4471-8820-19")
//     stays reported.

var (
	// a shop's cart and return keys ("cart_id":"CRT-99813",
	// "return_id":"SS-119233", "rma_id"; helper IDS, dev33/dev37p/dev53i):
	// heads of a key only, not [allow_number] words (a "return" number
	// elsewhere is no order's)
	shopKeyMoreHeads = wordSetTab("cart basket return rma exchange")
	shopKeyHeads     = wordSetTab("id number no num")
	shopTicketCue    = wordSetTab("ticket")
)

// shopKey: the one-token cue at i ("id") is the tail of a compound key
// whose head is an order word ("order_id").
func (s *scanner) shopKey(i, j int) bool {
	if i != j || i == 0 || !shopKeyHeads.get(s.toks[i].h) || s.toks[i].sent {
		return false
	}
	switch s.gap(i) {
	case "_", "-", ".":
	default:
		return false
	}
	return (s.fl(i-1)&wAllowNum != 0 || shopKeyMoreHeads.get(s.toks[i-1].h)) && s.toks[i-1].cls&tAlpha != 0 && !s.shopKeyPersonal(i)
}

// shopKeyPersonal: the value after the key at i (within three tokens)
// reads as a person's number (red team, dev28r).
func (s *scanner) shopKeyPersonal(i int) bool {
	for k := i + 1; k < len(s.toks) && k <= i+3; k++ {
		t := &s.toks[k]
		raw := s.t.s[t.s:t.e]
		low := strings.ToLower(raw)
		for _, p := range shopPersonalPrefixes {
			if strings.HasPrefix(low, p) && (len(low) == len(p) || low[len(p)] >= '0' && low[len(p)] <= '9') {
				return true
			}
		}
		if t.cls&tDigit != 0 && t.cls&tAlpha == 0 && len(raw) == 8 && eightDigitDate(raw) {
			return true
		}
		if t.cls&(tDigit|tMixed) != 0 {
			return false
		}
	}
	return false
}

// "mr", "emr", "ehr", "chart": a medical record number under a system's
// key ({"message_id":"MR-00482213"}, dev43r, helper RED2)
var shopPersonalPrefixes = []string{"mrn", "pt", "pat", "pid", "dob", "mbr", "mem", "mr", "emr", "ehr", "chart"}

// eightDigitDate: YYYYMMDD or MMDDYYYY of 1900-2015 (a birth date; a
// recent date is how shops number orders: "order_id":"20261204").
func eightDigitDate(d string) bool {
	num := func(a, b int) int {
		n := 0
		for _, c := range d[a:b] {
			n = n*10 + int(c-'0')
		}
		return n
	}
	ok := func(y, m, dd int) bool { return y >= 1900 && y <= 2015 && m >= 1 && m <= 12 && dd >= 1 && dd <= 31 }
	return ok(num(0, 4), num(4, 6), num(6, 8)) || ok(num(4, 8), num(0, 2), num(2, 4))
}

// queueTicket: the cue at i..j is "ticket number" (or "ticket") and its
// value has at most three digits.
func (s *scanner) queueTicket(i, j, digits int) bool {
	return shopTicketCue.get(s.toks[i].h) && digits <= 3
}
