package guard

// holdevent.go: "hold" an event is no held slot (issue 15, ninth pass,
// dev59, helper MISC9B, 2026-12-05).
//
// careHeldSlot (caretreat.go) keeps a notice's untied dates when a booking
// word (booked, reserved, held, hold…) and a care word share the date's
// sentence ("Your IV hydration drip is booked for March 3"). "Clearline
// Infusion Pharmacy will hold a community open house at our Carmel
// pharmacy on Thursday, May 14" holds an event: "hold"/"holds"/"holding"
// followed by "a" or "an" and, within the next three words, no word of a
// slot (slot, spot, place, seat, time, appointment, chair, bed, dose…:
// "we will hold a slot for your infusion", "hold an appointment" stay a
// booking). holdEvent makes careHeldSlot skip such a "hold"; the care word
// still counts everywhere else (careSignal reads the sender's name through
// caresendername.go, any other care word of the notice ties the date).
//
// Accepted risk: "hold a [care event]" with a care word after the article
// ("hold a flu clinic on May 14") still lets careSignal decide on the
// notice's words, as for any public event.
var holdSlotWords = wordSetTab("slot slots spot spots place places seat seats time times appointment appointments chair chairs " +
	"bed beds dose doses room rooms table")

func (s *scanner) holdEvent(m int) bool {
	switch s.toks[m].low {
	case "hold", "holds", "holding":
	default:
		return false
	}
	n := len(s.toks)
	if m+1 >= n || s.toks[m+1].sent || s.toks[m+1].low != "a" && s.toks[m+1].low != "an" {
		return false
	}
	for k := m + 2; k < n && k <= m+4 && !s.toks[k].sent; k++ {
		if holdSlotWords.get(s.toks[k].h) {
			return false
		}
	}
	return true
}
