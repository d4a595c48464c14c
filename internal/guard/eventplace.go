package guard

import "strings"

// eventplace.go: an event noun makes an address the sender's venue only
// when no clause about the reader stands between them (issue 15, ninth
// pass, helper MISS9B, dev59-leak-071).
//
// senderAddress (senderdate.go) passed a street whenever an event noun
// (sdEventNouns: event, fair, evento, gala…) stood in the address's
// sentence or the one before it ("Job fair! Brightway Distribution Center,
// 5100 Logistics Dr"). A webhook's {"event":"shipment.created","body":"Your
// package is headed to 9 Quarry Hill Road, Springfield MA 01104"} and
// "Event x. Your package is headed to 9 Quarry Hill Road" ("x." reads as an
// initial, so one sentence) passed with it, though the address's clause
// has the reader's goods as its subject. sdEventNounAt drops the noun when
// a reader's word (recipientWords: your, you, su, tu…) opens a clause
// between the noun and the address (when the noun follows the address:
// before the address in its sentence): the word starts the sentence, or
// the text before it holds '.', '!', '?', ':' or a quote (a JSON value's
// start). A reader's word inside the event's own clause ("Recoja su número
// … en 1800 Hospital Dr": pick up your bib at the race's venue) keeps the
// event's reading. The JSON key itself is not what is dropped: a webhook's
// {"event":"store.relocation","old_address":"840 High St"} names the
// sender's own move and passes as before.
//
// Accepted risks: "Fair day! Your kids can meet us at 300 Orchard Street"
// is now reported (fail closed); "Bring your family to the fair at 300
// Orchard Street" is read by the other vetoes of senderAddress as before.
//
// Speed: it runs only inside senderAddress, after address() found a street.

// sdEventNounAt: token m (outside the address's tokens i..j; lo the start of
// the address's sentence) is an event noun that names the sender's event.
func (s *scanner) sdEventNounAt(m, lo, i, j int) bool {
	if !sdEventNouns.get(s.toks[m].h) || (m >= i && m <= j) {
		return false
	}
	from := m + 1
	if m > j {
		from = lo
	}
	for k := from; k < i; k++ {
		if recipientWords.get(s.toks[k].h) && s.clauseOpener(k) {
			return false
		}
	}
	return true
}

// clauseOpener: token k opens a sentence or a clause: it is the first
// token, its sentence's first, or the text before it holds '.', '!', '?',
// ':' or a quote.
func (s *scanner) clauseOpener(k int) bool {
	if k == 0 || s.toks[k].sent {
		return true
	}
	return strings.ContainsAny(s.gap(k), ".!?:\"\u201c")
}
