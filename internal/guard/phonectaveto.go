package guard

// phonectaveto.go: more vetoes of phoneCTA (phonecta.go), from red team
// RED11's probes (dev70x, 2026-12-05). phoneCTA lets the number a reader is
// told to call pass as the sender's line when nothing in the number's own
// sentence makes it a person's. Three shapes of a person's number still
// passed:
//
//   - the person is a relative or a private person named by a word in none
//     of the veto lists: Spanish relatives (relativeNouns: hija, hijo,
//     esposo, nieta…; marido, novio, vecina, cuidadora, suegra…), and
//     babysitter, nanny, sitter, girlfriend, boyfriend, fiancé, roommate,
//     neighbor, companion, recipient, destinatario ("llame al 612 345 678
//     para hablar con su hija", "call … to reach your babysitter");
//   - "ask for" / "pregunte por" then a name the name lists do not know
//     or write in lower case ("ask for Okafor", "ask for maria"): a word
//     that is no ordinary word, or a listed given name or surname;
//   - the number is introduced by the sentence before: a phone word
//     (number, mobile, cell, número, móvil…) with a relative, a
//     third person's pronoun (his, her, him…), a lone given name or a
//     given name before asked/left/wants/gave… (also one that names a
//     place: "Jordan asked us") ("your
//     son left us his new number. Call (503) 555-0144.", "Jordan asked us
//     to pass along a number. Call …"), or in a clause after a semicolon
//     ("llame al 612 345 678; es el teléfono de su nieta"); or, before "Questions?", the
//     reader's number saved or updated ("We saved your preferred number.
//     Questions? (312) 555-0170": the number that follows is the one saved).
//
// What still passes: the sender's number after a sentence naming the
// reader's relative with no phone word ("your son's checkup is due. Call
// (503) 555-0112 to book"), a sentence offering to update the reader's
// number with no relative ("Want to update your mobile number? Call …"),
// "ask for billing / the front desk / a refill" (ordinary words).
//
// senderline.go's "Questions? NUMBER" reading uses the same test of the
// sentence before (pcPrevBefore).
//
// Accepted risks: a sender's line after a sentence with a relative and a
// phone word ("Update your child's phone number in the portal. Call … with
// questions") is reported; fail closed. Cost: only for a number phoneCTA
// is about to pass; a scan of its sentence and the one before.

var (
	// private persons outside kinWords/kinCareWords/relativeNouns
	pcvPeople = wordSetTab("marido novio novia vecino vecina vecinos cuidador cuidadora suegro suegra cunado cunada " +
		"sobrino sobrina yerno nuera ninera canguro acompanante destinatario destinataria " +
		"babysitter sitter nanny girlfriend boyfriend fiance fiancee roommate neighbor neighbour companion recipient")
	pcvAskFor  = wordSetTab("for por")
	pcvAsk     = wordSetTab("ask pregunte pregunta preguntar")
	pcvPhoneN  = wordSetTab("number phone telephone cell cellphone mobile numero telefono celular movil")
	pcvThird   = wordSetTab("his her him hers them their he she ella ellos el")
	pcvSaved   = wordSetTab("saved updated changed added verified guardado guardamos actualizado actualizamos cambiado registrado")
	pcvEdgeFor = wordSetTab("con a para por de")
	// verbs of a person passing on a number
	pcvRelay = wordSetTab("asked left wants wanted said called shared gave pidio dejo quiere")

	// the hashes the vetoes compare with, computed once (SPEED11)
	hPcvEl, hPcvCallback, hPcvMobile, hPcvCell = hstr("el"), hstr("callback"), hstr("mobile"), hstr("cell")
	// pcvMoreFilter: one bit test before pcMoreVeto's person sets (SPEED11)
	pcvMoreFilter = tabsFilter(relativeNouns, pcvPeople)
	// pcvPrevFilter: one bit test before pcPrevVeto's word sets (SPEED11)
	pcvPrevFilter = tabsFilter(pcvPhoneN, poPersonal, kinWords, kinCareWords, relativeNouns, pcvPeople, pcvThird, pcvSaved)
)

// pcMoreVeto: a word of lo..hi outside first..last and skip names a
// private person (see the file comment).
func (s *scanner) pcMoreVeto(lo, hi, first, last, skip int) bool {
	for m := lo; m < hi; m++ {
		if m >= first && m <= last || m == skip {
			continue
		}
		h := s.toks[m].h
		if pcvMoreFilter.may(h) && (relativeNouns.get(h) || pcvPeople.get(h)) { // one bit test first (SPEED11)
			return true
		}
		// "hable con él": el after a preposition, closing the sentence
		if s.toks[m].low == "él" || h == hPcvEl && m > lo && pcvEdgeFor.get(s.toks[m-1].h) && (m+1 == hi || s.toks[m+1].cls&tAlpha == 0) {
			return true
		}
		if pcvAsk.get(h) && m+2 < hi && pcvAskFor.get(s.toks[m+1].h) {
			k := m + 2
			t := &s.toks[k]
			if t.cls&tAlpha != 0 && t.cls&tDigit == 0 && s.fl(k)&(wStop|wTitle) == 0 &&
				(s.fl(k)&(wFirst|wLast) != 0 || !s.general(k)) {
				return true
			}
		}
	}
	return false
}

// pcPrevVeto: the sentence plo..phi, right before the number's (or the
// "Questions?" sentence's), introduces a person's number or the reader's
// saved number (see the file comment).
func (s *scanner) pcPrevVeto(plo, phi int) bool {
	phone, person, your, saved := false, false, false, false
	for m := plo; m < phi; m++ {
		h := s.toks[m].h
		switch {
		case !pcvPrevFilter.may(h): // in none of the sets below (SPEED11)
		case pcvPhoneN.get(h) || poPersonal.get(h) && (h == hPcvCallback || h == hPcvMobile || h == hPcvCell):
			phone = true
			if m > plo && pcYour.get(s.toks[m-1].h) || m-1 > plo && pcYour.get(s.toks[m-2].h) || m-2 > plo && pcYour.get(s.toks[m-3].h) {
				your = true
			}
		case kinWords.get(h) || kinCareWords.get(h) || relativeNouns.get(h) || pcvPeople.get(h) || pcvThird.get(h) && h != hPcvEl:
			person = true
		case pcvSaved.get(h):
			saved = true
		}
		if s.isCapWord(m) && (s.spLoneName(m, plo, phi) ||
			s.fl(m)&wFirst != 0 && m+1 < phi && pcvRelay.get(s.toks[m+1].h)) { // "Jordan asked us", a given name that is also a place
			person = true
		}
	}
	return phone && (person || your && saved)
}

// pcPrevBefore: pcPrevVeto for the sentence before the one holding token
// q (senderline.go's "Questions?" sentence).
func (s *scanner) pcPrevBefore(q int) bool {
	if q < 0 {
		return false
	}
	start, _ := s.sdSpan(q)
	if start <= 0 {
		return false
	}
	plo, _ := s.sdSpan(start - 1)
	return s.pcPrevVeto(plo, start)
}
