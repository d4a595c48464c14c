package guard

// requestcode.go: the sender's codes named by what they identify — an
// activation code, an order's case, a request's number (issue 15, ninth
// pass, helper DATE9, dev54/dev61d).
//
// An identifier cue reaches its value over words that say the value is
// something else. Three structures, each read from the words between the
// cue and the value:
//
//   - activationCode: "Activate your account with code PHH-48Z2". The cue
//     is account/cuenta (KindAccount) as the object of an activation verb
//     (activate, activar, active, verify, set up, create, register) and a
//     code word ("with code", "con el código") stands between it and the
//     value: the value is the code that opens the account, not its number.
//     No record word in the notice (otpRecordWords; "patient" in "patient
//     portal"/"portal del paciente" is the portal's name).
//   - orderCase: "Order status update: case 26-0417-DT is in final
//     inspection", "Your item is ready for pickup at our front desk. Case
//     code KL-26-0913." The cue is case/caso (optionally with code, number,
//     no) in a notice about an order (order, item, pickup, shipment,
//     warehouse, inspection, pedido, artículo, envío…), with no care word
//     near the value (invoiceCare), no record word of a person in the
//     notice (invoiceRecordNotice: patient, member, claim, policy…) and no
//     care signal in the value's sentence (a health cue, a one-word
//     clinical term, a reader's care noun of careWords).
//   - requestCode: "Your records request REQ-20261104", "Su solicitud de
//     expediente SOL-2026-0441": a letter prefix joined by a hyphen to the
//     digits right after request/solicitud, or after a record word that
//     follows "solicitud de"/"petición de" or precedes "request": the code
//     of the request, not the record's number. The prefix is required.
//
// What stays reported: "Your account number is 88213047", "Case 26-0417
// about your biopsy results", "Your claim case 26-0417-DT for the MRI",
// "Su número de récord médico 00-458213", "Your records request for MRN
// 4482913" (the MRN cue touches the value), "Su expediente 00-458213".
// Accepted risk: a record's own number written with a letter prefix right
// after "records request" passes. Cost: only for an identifier cue about to
// be reported.

var (
	acVerbs      = wordSetTab("activate activating activation activar active activa actives activen verify verifique set setup create register registrar")
	acCodeWords  = wordSetTab("code codigo clave pin")
	ocOrderWords = wordSetTab("order orders item items pickup shipment shipments shipped warehouse inspection package packages parcel " +
		"product products pedido pedidos articulo articulos envio envios paquete paquetes producto productos inspeccion")
	rcRequest = wordSetTab("request requests solicitud solicitudes peticion")
	rcRecord  = wordSetTab("record records expediente expedientes historial historia medical")
	rcCaseOf  = wordSetTab("code codigo number numero no num")
)

// activationCode: the account cue i..j is the object of an activation verb
// and a code word stands between it and the value at start.
func (s *scanner) activationCode(i, j, start int, p *phrase) bool {
	if p.kind != KindAccount || start <= j+1 {
		return false
	}
	code := false
	for k := j + 1; k < start; k++ {
		if acCodeWords.get(s.toks[k].h) {
			code = true
		}
	}
	if !code {
		return false
	}
	verb := false
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if acVerbs.get(s.toks[k].h) {
			verb = true
			break
		}
		if s.toks[k+1].sent {
			break
		}
	}
	if !verb {
		return false
	}
	for k := range s.toks {
		h := s.toks[k].h
		if !otpRecordWords.get(h) {
			continue
		}
		if (s.toks[k].low == "patient" || s.toks[k].low == "paciente") && s.portalName(k) {
			continue // "the Pine Hollow Health patient portal", "portal del paciente"
		}
		return false
	}
	return true
}

// portalName: "patient" at k names a portal ("patient portal", "portal
// del paciente").
func (s *scanner) portalName(k int) bool {
	n := len(s.toks)
	if k+1 < n && !s.toks[k+1].sent && s.toks[k+1].low == "portal" {
		return true
	}
	return k >= 2 && !s.toks[k].sent && s.toks[k-1].low == "del" && s.toks[k-2].low == "portal"
}

// orderCase: the case cue i..j names an order's case (see the file
// comment).
func (s *scanner) orderCase(i, j, start int) bool {
	if s.toks[i].low != "case" && s.toks[i].low != "caso" {
		return false
	}
	for k := i + 1; k <= j; k++ {
		if !rcCaseOf.get(s.toks[k].h) {
			return false
		}
	}
	order := false
	for k := range s.toks {
		if ocOrderWords.get(s.toks[k].h) {
			order = true
			break
		}
	}
	if !order || s.invoiceCare(start) || s.invoiceRecordNotice() {
		return false
	}
	lo, hi := s.sentSpan(start)
	for m := lo; m < hi; m++ {
		t := &s.toks[m]
		if careWords.get(t.h) || t.w != nil && (t.w.flags&wHealthCue != 0 && !recipientWords.get(t.h) || careOneWord(t.w)) {
			return false
		}
	}
	return true
}

// requestCode: the value whose letter prefix is at pre (joined by a hyphen
// to digits) follows a request's noun (see the file comment).
func (s *scanner) requestCode(pre int) bool {
	if pre < 1 || pre+1 >= len(s.toks) {
		return false
	}
	v := &s.toks[pre]
	if v.cls&tUpper == 0 || v.cls&tDigit != 0 || v.e-v.s < 2 || v.e-v.s > 4 || s.gap(pre+1) != "-" || s.toks[pre+1].cls&tDigit == 0 {
		return false
	}
	if g := s.gap(pre); g != " " && g != " #" && g != " # " {
		return false
	}
	b := pre - 1
	if s.toks[pre].sent {
		return false
	}
	if rcRequest.get(s.toks[b].h) {
		return !scRecordSegs.get(v.h) && !scRecordExtra.get(v.h) // "records request REQ-20261104", not "MRN-…" (senderveto.go)
	}
	if rcRecord.get(s.toks[b].h) && b >= 2 && s.toks[b-1].low == "de" && rcRequest.get(s.toks[b-2].h) && !s.toks[b].sent && !s.toks[b-1].sent &&
		!s.rcRecordPrefix(pre, b) {
		return true // "solicitud de expediente SOL-2026-0441"
	}
	return false
}
