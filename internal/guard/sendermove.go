package guard

// sendermove.go: a date in the sentence of the sender's move (dev36-clean-165
// "Our Elm Street pharmacy is moving to 410 Oak Ave on May 1. Same hours,
// more parking.", dev36-clean-239 "Nuestra farmacia de la calle Olmo se
// muda a Av. Roble 410 el 1 de mayo."; issue 15, helper T36B).
//
// senderDate (senderdate.go) asks for a sender noun in the date's
// sentence; a move names the sender's place by a care-site word (pharmacy,
// clinic, lab) that is no sender noun. sdSenderMove gives the frame when
// the date's sentence holds a move verb (moving, moves, relocating,
// relocates, muda, mudará, traslada, trasladará) with our/nuestra/
// nuestro/we/nos at most eight tokens before it, or a first-person move
// (mudamos, trasladamos). The rest of senderDate still runs: any care word
// or date person cue in the notice, a reader's word not followed by a goods
// noun ("Your chemo infusion moves to our Hill Rd site on Oct 7", "your
// refill is moving"), an arrival or an odd clock time keeps the date
// reported.
var (
	sdMoveVerbs = wordSetTab("moving moves relocating relocates muda mudara traslada trasladara")
	sdMoveFirst = wordSetTab("mudamos trasladamos")
	sdMoveWe    = wordSetTab("our we nuestra nuestro nuestras nuestros nos")
)

// sdSenderMove: the sentence lo..hi is the sender's move. A sentence that
// starts right after a street abbreviation's period ("se muda a Av. Roble
// 410 el 1 de mayo") is read together with the one before.
func (s *scanner) sdSenderMove(lo, hi int) bool {
	for n := 0; n < 2 && lo > 0 && sdStreetWords.get(s.toks[lo-1].h) && len(s.toks[lo-1].low) <= 4 && s.toks[lo-1].low != "way" && s.gap(lo) == ". "; n++ {
		lo, _ = s.sentSpan(lo - 1)
	}
	for m := lo; m < hi; m++ {
		h := s.toks[m].h
		if sdMoveFirst.get(h) {
			return true
		}
		if !sdMoveVerbs.get(h) {
			continue
		}
		for k := m - 1; k >= lo && k >= m-8; k-- {
			if sdMoveWe.get(s.toks[k].h) {
				return true
			}
		}
	}
	return false
}
