package guard

// senderopship.go: two more of the sender's operations read by
// senderopdate.go's senderOpDate (issue 15, twentieth pass, dev105's fam
// ops20, fix helper ops20, probe set dev105o): a shipment's estimated
// arrival and the sender's terms changing on a date. dev105 found
// "ClearView: Su pedido #CV-208771 fue enviado. Llegada estimada: 9 de
// diciembre." blocked for its date (the English "Estimated arrival" is a
// shipping cue of the vocabulary; the Spanish "llegada", a person's
// arrival as readily, is none) and "Lumina: Our Terms of Service are
// changing Jan 1, 2027. Review the changes: …" (its date stayed reported
// beside the brand's misspelling finding, so the care gate never dropped
// it).
//
//   - soEstArrival: the date follows, at most an "el" / "on" / "by"
//     between, an estimate of arrival or delivery: "llegada / entrega
//     estimada / prevista / aproximada", "fecha estimada / prevista de
//     llegada / entrega", "estimated / expected arrival / delivery", "ETA";
//     the notice names an order or a shipment (pedido, orden, envío,
//     enviado, paquete, compra, order, package, shipment, shipped…).
//   - soTermsChange: the date's sentence names the sender's terms or
//     policy (terms of service / use, terms and conditions, privacy policy
//     / notice, user agreement, términos y condiciones, términos de
//     servicio / uso, política / aviso de privacidad) and a word of change
//     before the date (changing, change, changes, update, updated,
//     updating, effective, cambian, cambiarán, cambiará, actualizan,
//     actualizamos, vigor, vigentes…).
//
// Both refuse, as senderopdate.go's shapes do, a reader's word in the
// date's sentence ("Llegada estimada de su resultado de biopsia") and any
// other veto of soVeto anywhere in the notice (a care word, a drug, a
// person cue, kin, a title, a given name, a possessive): "Su pedido de
// insulina glargina fue enviado. Llegada estimada: …" keeps its date. The
// reader's own order word ("Su pedido", "Your order") outside the date's
// sentence is the shape's, not a veto, and so is "Seguimiento:" before a
// link or "seguimiento de su pedido" (soTrackAt; careWords reads the word
// as a follow-up visit).
// Tests `TestSenderOpShip`.

var (
	// soEstimate, soArriveNoun: "llegada estimada", "estimated arrival"
	soEstimate   = wordSetTab("estimada estimado prevista previsto aproximada aproximado estimated expected est approximate")
	soArriveNoun = wordSetTab("llegada entrega arrival delivery")
	// soShipWord: an order or a shipment named in the notice
	soShipWord = wordSetTab("pedido pedidos orden ordenes envio enviado enviada enviamos paquete paquetes compra compras " +
		"order orders package packages shipment shipments shipped parcel tracking seguimiento")
	// soTermsHead, soTermsOf: "terms of service", "términos y condiciones"
	soTermsHead = wordSetTab("terms terminos")
	soTermsOf   = wordSetTab("service servicio use uso conditions condiciones")
	// soPolicyOf: "privacy policy", "política de privacidad"
	soPolicyOf = wordSetTab("policy notice agreement politica aviso acuerdo")
	// soChangeWord: a word of change before the date
	soChangeWord = wordSetTab("changing change changes changed update updated updating updates effective revised " +
		"cambian cambiaran cambiara cambia cambio actualizan actualizaran actualizamos actualizaremos actualizado actualizados " +
		"vigor vigentes vigente")
)

// soEstArrival: the date at tokens i..j is a shipment's estimated arrival
// (see the file comment).
func (s *scanner) soEstArrival(i, j int) bool {
	k := i - 1
	if k >= 0 && (s.toks[k].low == "el" || s.toks[k].low == "on" || s.toks[k].low == "by") {
		k--
	}
	if k < 1 {
		return false
	}
	a, b := &s.toks[k-1], &s.toks[k]
	est := soEstimate.get(a.h) && soArriveNoun.get(b.h) || soArriveNoun.get(a.h) && soEstimate.get(b.h) || b.low == "eta" && b.cls&tUpper != 0
	if !est && k >= 3 && soArriveNoun.get(b.h) && a.low == "de" && soEstimate.get(s.toks[k-2].h) && s.toks[k-3].low == "fecha" {
		est = true // "Fecha estimada de llegada: 9 de diciembre"
	}
	if !est {
		return false
	}
	lo, hi := s.sentSpan(i)
	if !s.soSpanClear(lo, hi, i, j, true) {
		return false
	}
	ship := false
	for m := range s.toks {
		ship = ship || soShipWord.get(s.toks[m].h)
	}
	if !ship {
		return false
	}
	for m := range s.toks {
		if m >= i && m <= j || s.soTrackAt(m) {
			continue
		}
		if s.soVeto(m, false) {
			return false
		}
	}
	return true
}

// soTrackAt: token m is a shipment's tracking word, "Seguimiento:" before a
// link or "seguimiento de su pedido" (careWords' follow-up otherwise).
func (s *scanner) soTrackAt(m int) bool {
	if l := s.toks[m].low; l != "seguimiento" && l != "tracking" || m+1 >= len(s.toks) {
		return false
	}
	switch n := s.toks[m+1].low; n {
	case "https", "http", "www":
		return true
	case "de", "del":
		k := m + 2
		if k < len(s.toks) && careReaderPossessive.get(s.toks[k].h) {
			k++
		}
		return k < len(s.toks) && soShipWord.get(s.toks[k].h) && s.toks[k].low != "seguimiento"
	}
	return false
}

// soTermsChange: the date at tokens i..j is the day the sender's terms or
// policy change (see the file comment).
func (s *scanner) soTermsChange(i, j int) bool {
	lo, hi := s.sentSpan(i)
	terms, change := false, false
	for m := lo; m < i; m++ {
		t := &s.toks[m]
		if soTermsHead.get(t.h) && m+2 < hi && (s.toks[m+1].low == "of" || s.toks[m+1].low == "and" || s.toks[m+1].low == "de" || s.toks[m+1].low == "y") && soTermsOf.get(s.toks[m+2].h) {
			terms = true
		}
		if (t.low == "privacy" || t.low == "user") && m+1 < hi && soPolicyOf.get(s.toks[m+1].h) {
			terms = true // "privacy policy", "user agreement"
		}
		if soPolicyOf.get(t.h) && m+2 < hi && s.toks[m+1].low == "de" && s.toks[m+2].low == "privacidad" {
			terms = true // "política de privacidad"
		}
		change = change || terms && soChangeWord.get(t.h)
	}
	return terms && change && s.soSpanClear(lo, hi, i, j, true)
}
