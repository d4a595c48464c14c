package guard

// addrpassive.go — an address something was sent to, said in the passive
// (r116m, dev116-leak-024): "Paperwork was mailed today to 9 Orchard Ct,
// Fairview - let us know if it doesn't arrive". sdSentTo (senderdate.go)
// keeps a street from bizAddress's pass when the sender is the subject of
// a send verb ("Our office will mail the kit to 14 Elm St"); a passive
// send — an auxiliary (was, were, has been, is, fue, fueron, ha sido, se…),
// at most one word, a send participle (mailed, sent, shipped, posted,
// dispatched, forwarded, delivered, enviado, remitido, despachado…), at
// most two lowercase words (today, this morning, hoy) and "to"/"a" right
// before the street — names the same destination: the reader's address.
// A "we"/"us"/"our"/"nuestra" word between the participle and the street
// ("was mailed to us at 55 Industrial Pkwy") and the place-noun or
// capitalised name right before the street (sdSentTo's own test) still
// leave the sender's address to bizAddress. The rule only keeps a finding.

var (
	psAux  = wordSetTab("was were been is are be being fue fueron sido ha han se")
	psPart = wordSetTab("mailed sent shipped posted dispatched forwarded delivered couriered " +
		"enviado enviada enviados enviadas remitido remitida remitidos remitidas despachado despachada despachados despachadas " +
		"envio enviaron")
	psOurs = wordSetTab("we us our ours nosotros nuestra nuestro nuestras nuestros")
)

// passiveSendTo: the street starting at token i follows "to"/"a" after a
// passive send verb in the span lo..i.
func (s *scanner) passiveSendTo(lo, i int) bool {
	p := s.sdPrevWord(i)
	if p <= lo {
		return false
	}
	if l := s.toks[p].low; l != "to" && l != "a" {
		return false
	}
	for m, steps := p-1, 0; m > lo && steps < 3; m, steps = m-1, steps+1 {
		t := &s.toks[m]
		if psOurs.get(t.h) || t.cls&(tCap|tUpper|tDigit) != 0 {
			return false
		}
		if psPart.get(t.h) {
			for a := m - 1; a >= lo && a >= m-2; a-- {
				if psAux.get(s.toks[a].h) {
					return true
				}
			}
			return false
		}
	}
	return false
}
