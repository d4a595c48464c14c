package guard

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
	shopKeyHeads  = wordSet("id number no num")
	shopTicketCue = wordSet("ticket")
)

// shopKey: the one-token cue at i ("id") is the tail of a compound key
// whose head is an order word ("order_id").
func (s *scanner) shopKey(i, j int) bool {
	if i != j || i == 0 || !shopKeyHeads[s.toks[i].h] || s.toks[i].sent {
		return false
	}
	switch s.gap(i) {
	case "_", "-", ".":
	default:
		return false
	}
	return s.fl(i-1)&wAllowNum != 0 && s.toks[i-1].cls&tAlpha != 0
}

// queueTicket: the cue at i..j is "ticket number" (or "ticket") and its
// value has at most three digits.
func (s *scanner) queueTicket(i, j, digits int) bool {
	return shopTicketCue[s.toks[i].h] && digits <= 3
}
