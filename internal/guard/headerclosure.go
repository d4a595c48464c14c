package guard

import "strings"

// headerclosure.go: a service stop dated under the sender's own header
// (issue 15, seventeenth pass, helper misc17, dev95's fam-misc: "Vireo
// Home Infusion: deliveries will not run on Dec 25. Plan ahead").
//
// A home-infusion or home-care sender's name holds a date person cue
// ("infusion", "home care"), and date() reads a cue eight words before the
// date inside the same sentence: a colon does not end it, so the sender's
// header tied its own closure day to a person. headerClosureDay reads the
// day as public when
//
//   - every person cue near the date (date()'s window) stands in a header:
//     the text's first words, each capitalised (or "&", "of", "de"), up to
//     a colon, before the date;
//   - the clause from the colon to the date's sentence end names the
//     sender's service stopping or its runs (hcStop: deliveries, routes,
//     couriers, pickups, shipments, entregas, envíos, rutas; or closed,
//     paused, cerrado…) and a negation or a pause (not, no, won't,
//     paused, closed, cerrado…);
//   - no reader's word stands in that clause (your, you, su, tu, usted…).
//
// Stays reported: "Vireo Home Infusion: your nurse visit on Dec 25 moves"
// (a reader's word), "Home infusion on Dec 25 is cancelled" (the cue is in
// the clause, not a header). Test `TestHeaderClosure`.
var (
	hcStop   = wordSetTab("deliveries delivery routes route couriers courier pickups pickup shipments shipping drivers entregas entrega envios envio despachos rutas repartos reparto")
	hcNeg    = wordSetTab("not no won't wont paused pause closed suspended cancelled canceled skip skipped nor sin habra cerrado cerrados cerrada suspendidas suspendidos suspendido pausa")
	hcReader = wordSetTab("you your yours su sus tu tus usted ustedes le les te")
	hcJoin   = wordSetTab("of de del y and la el the en")
)

func (s *scanner) headerClosureDay(i, j int) bool {
	// the header: token 0 up to a colon gap, capitalised words only
	colon := -1
	for k := 0; k < i && k < 8; k++ {
		if k > 0 && s.toks[k].sent {
			return false
		}
		if !s.isCapWord(k) && !hcJoin.get(s.toks[k].h) {
			return false
		}
		if strings.IndexByte(s.gap(k+1), ':') >= 0 {
			colon = k
			break
		}
	}
	if colon < 0 {
		return false
	}
	// the cues: all inside the header
	a, b := s.sentence(i)
	for k := i - 8; k <= j+4; k++ {
		if k < a || k > b || k >= len(s.toks) || k >= i && k <= j || s.fl(k)&wDatePerson == 0 {
			continue
		}
		if k > colon {
			return false
		}
	}
	stop, neg := false, false
	for k := colon + 1; k <= b && k < len(s.toks); k++ {
		h := s.toks[k].h
		if hcReader.get(h) {
			return false
		}
		stop = stop || hcStop.get(h)
		neg = neg || hcNeg.get(h) || s.toks[k].low == "t" && k > 0 && (s.toks[k-1].low == "won" || s.toks[k-1].low == "don")
	}
	return stop && neg && !s.hcOnePerson(colon) // one person's or household's delivery (oneinshape.go)
}
