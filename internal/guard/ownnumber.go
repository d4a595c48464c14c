package guard

import "strings"

// ownnumber.go: the sender's own contact number, named rather than
// ordered (issue 15, twelfth pass, helper PHONE12, dev69/dev71/dev73p,
// 2026-12-05).
//
// phoneCTA (phonecta.go) passes a number the reader is told to call in the
// imperative ("call …", "llame al …", "Questions? …"). Notices name their
// own line in many more ways, and dev69/dev71 blocked such clean notices
// for the number alone: "Our on-call nurse line (555-0160, option 1) is
// available nights and weekends", "Hearthside intake line: 555-0160",
// "Our financial counselors are at 555-0133 ext 4", "Share our number
// 555-0160 with neighbors", "Text us when you arrive: (828) 555-0185",
// "After hours, leave a message at 555-0142", "Phone stays (717)
// 555-0192", "Same phone: (503) 555-0148", a footer "Farmacia Los Cocos ·
// 809-555-0110", "Pedidos al 809-555-0110", "por WhatsApp al …", "Línea
// de enfermería: (210) 555-0136". The local number (555-0142) had no
// sender reading at all; it now gets phoneCTA's and this one.
//
// ownNumber passes the number when its sentence, before it, holds one of:
//   - the sender's possessive (our, nuestro/a/os/as) or "us" after a verb
//     of contact (call, text, reach, ring, let, write… us);
//   - a line, desk or office named by its function (line, hotline, desk,
//     office, team, staff, service(s), support, counter, pharmacy,
//     counselors, triage, intake, billing, scheduling, reception, fax,
//     needs, emergencies, help; línea, oficina, recepción, citas, pedidos,
//     informes, whatsapp, emergencias, atención…), with no colon between
//     it and the number's label (a function word of the sender's header,
//     "Farmacia Los Cocos: Pedido de …, teléfono …", names no number);
//   - "same phone/number", a phone noun opening the sentence before
//     stays/remains/sigue ("Phone stays …");
//   - an imperative "leave (a message) at", "deje (un mensaje) al";
// or the number closes a footer line: a capitalised run reading as no
// person, a separator (· | – — • -), the number, then the line's end.
//
// It fails closed on the reader's or a person's number; vetoes over the
// number's sentence: a kin, caregiver or relative word, a private person
// (pcvPeople), who/quien, a title or name cue, a lone given name or a
// person's capitalised run, for/para before a given name or "you"
// ("pickup for Jordan", "listed for you"), client(s), señora/don, a lower-case possessive of no
// place ("our client's new number"), a personal-line word (mobile, cell,
// home, file, contact, patient, direct…, unless inside a capitalised run
// with another word — "Hearthside Home Health", "Member Services" — or,
// for patient/member/nurse/pharmacist, naming a function: "our patient
// line", "a staff member"), a record word (records, chart, profile, account,
// system, expediente, cuenta…), a saved/updated word, my/mi/me, a third
// person's pronoun, a verb of the sender calling or sending (sent, texted,
// called, tried, left, reached, received, listed, llamaremos, intentamos,
// enviamos…), "your/su/tu" within four words before a phone, record or
// personal word ("your direct line", "su número de WhatsApp"), a phone
// noun before you/usted/nos ("the number you gave us"), a calling verb
// before you/te/le ("reach you", "contact you"), con usted; before the
// number only: will/'ll/would/we or a Spanish clitic right before a calling
// verb ("the driver will call 555-0158", "le llamaremos"), and the word
// right before the number being to (but "phoned in to", "questions go
// to"), from, desde, de, a, for or para ("sent to …", "Text from 555-0174", "desde el
// …"). The sentence before is read as phoneCTA reads it (pcPrevVeto: a
// phone word with a relative or a third person). The notice must name a
// sender (pcNamesSender), as for phoneCTA.
//
// Tightened by red12 (dev73x): a person named by role (onPersonRole:
// recipient, guarantor, caller…), "our member/patient at …", a third
// person's calling verb before the number (on3Call: "our nurse texts …",
// "envió … al"), and "same phone" beside your/you (onSame, onYours) veto.
//
// Accepted risks: a function word beside the reader's number with none of
// the vetoes ("Billing: 555-0142") passes — the wording is the sender's
// line; "Our number changed to …" is reported (fail closed: "changed").
// Cost: only for a number about to be reported; a few scans of its
// sentence.

// what names the number the sender's (onTrigger)
const (
	onNone  = iota
	onWeak  // "Same phone:", "Phone stays": the notice may not tell of the reader's details saved
	onNamed // a function word, a footer, "Questions?", "leave a message at"
	onOurs  // our, us: the sender speaks of itself, no sender's name needed
)

var (
	// the sender speaking of itself
	onOur = wordSetTab("our ours nuestro nuestra nuestros nuestras")
	// verbs whose object "us" is the sender to be reached
	onUsVerbs = wordSetTab("call text reach contact ring message let give write phone email find join visit")
	// a line, desk or office named by its function
	onFunc = wordSetTab("line lines hotline helpline desk frontdesk office offices team staff department service services support " +
		"counter pharmacy pharmacist pharmacists counselor counselors counsellors nurse nurses triage intake billing scheduling " +
		"reception receptionist switchboard operator answering fax helpdesk needs emergencies help info information refill refills requests " +
		"linea lineas oficina oficinas recepcion departamento central mostrador farmacia consultorio citas pedidos informes " +
		"informacion reservas whatsapp dudas preguntas emergencias urgencias consultas atencion servicio servicios equipo enfermeria ventas caja soporte")
	onAlVerbs = wordSetTab("escribanos escribenos escribanos llamando llamandonos escribiendo")
	onStays   = wordSetTab("stays remains unchanged sigue")
	onLeave   = wordSetTab("leave deje dejenos")
	onRecord  = wordSetTab("record records chart profile account accounts system registro registros expediente cuenta ficha sistema")
	onWho     = wordSetTab("who whom whose quien quienes")
	// verbs of the sender calling, sending or receiving, beside pcSenderVerbs
	onSenderVerbs = wordSetTab("listed tried left reached received placed dialed spoke spoken talked confirmed recibido recibimos intentamos dejamos " +
		"escribimos escribiremos marcamos hablamos confirmamos avisamos")
	// calling verbs a subject other than the reader makes the sender's act
	onCallVerbs = wordSetTab("call calls text texts phone contact reach message dial ring llamar llama llamara llamaremos escribir llamando")
	onSubj      = wordSetTab("will ll would shall we well going le te lo la les not couldnt cannot cant didnt unable could")
	// after will/'ll: the sender's line staying open, not the sender acting
	onWillOK = wordSetTab("be remain remains stay stays open reopen close")
	onClitic = wordSetTab("le les te")
	// title, name-cue or personal words that may name a function ("our
	// patient line", "a staff member", "on-call nurse"); never direct,
	// private, cell, home…
	onRoles = wordSetTab("patient patients member members nurse nurses pharmacist pharmacists paciente pacientes enfermera enfermero")
	// a possessive naming no person ("the office's main line")
	onPlaceOwn = wordSetTab("clinic practice center centre hospital store branch location company pharmacy office team clinica farmacia")
	onClient   = wordSetTab("client clients cliente clientes senora senor sra sr don dona srta")
	onAsk      = wordSetTab("questions requests calls inquiries concerns")
	onSeps     = "·|–—•-"
	// onFilter: one bit test before the sets onVeto reads (SPEED11)
	onFilter = tabsFilter(kinWords, kinCareWords, relativeNouns, pcvPeople, onWho, poPersonal, pcPersonal, onRecord, pcvSaved,
		pcvThird, pcSenderVerbs, onSenderVerbs, pcYour, pcPhoneN, pcCallAny)
	onContact = wordSetTab("contact contacts details profile info information datos contacto perfil")
	// red12 (dev73x): a person the number belongs to, named by role
	// ("the recipient at 555-0181", "the guarantor"), anywhere in the sentence
	onPersonRole = wordSetTab("recipient recipients guarantor guarantors caller callers reader holder cardholder subscriber " +
		"subscribers applicant resident residents household enrollee beneficiary destinatario titular")
	// a client named by role after our/nuestro, before at/al/del/de: "our
	// member at 555-0142", "nuestro paciente del 809-…"
	onClientRole = wordSetTab("member members patient patients paciente pacientes socio socios afiliado afiliados")
	onAt         = wordSetTab("at al del de on en with con")
	// a third person's calling or sending verb right before the number (at
	// most "al"/"a"/"to" between): "our nurse texts 555-0142", "nuestra
	// farmacia envió su receta al …" (the imperative "call", "text", "llama"
	// stays the sender's)
	on3Call = wordSetTab("calls texts phones dials rings messages emails llamo envio enviamos envia enviara enviaremos")
	// onProfFilter: one bit test before onProfile's sets (SPEED11)
	onProfFilter                             = tabsFilter(pcvSaved, onRecord, pcPhoneN, onContact)
	hOnSame, hOnUs, hOnCon, hOnUsted, hOnYou = hstr("same"), hstr("us"), hstr("con"), hstr("usted"), hstr("you")
)

// ownNumber: the number at tokens first..last is the sender's own contact
// number, named in its sentence or closing a footer (see the file
// comment).
func (s *scanner) ownNumber(first, last int) bool {
	if first < 1 || last >= len(s.toks) {
		return false
	}
	lo, hi := s.sdSpan(first)
	kind := s.onTrigger(lo, first)
	plo := lo // the first token of the sentences read
	book := false
	if kind == onNone {
		switch {
		case s.onBookColon(lo, hi, first, last): // "Schedule a visit: …" (ownpremises.go)
			kind, book = onNamed, true
		case s.onSignOff(lo, hi, first, last), s.onModQuestions(lo, hi, first, last): // "… easier parking. (678) 555-0133.", "Urgent questions: …" (ownpremises.go)
			kind = onNamed
		case s.onFooter(first, last), s.onFooterLead(first, last): // "Farmacias La Ceiba\n(787) 555-0164 · Bayamón" (ownpremises.go)
			kind = onNamed
		case s.onQuestions(lo, hi, first, last):
			kind, plo = onNamed, lo-1
		case s.onHoursLine(lo, first, last): // "Weekend phone support: 9 AM–5 PM at …" (ownline.go)
			kind, book = onNamed, true
		default:
			return false
		}
	}
	vhi := hi
	if s.onOurPhone(lo, first) {
		vhi = first // "Share our number 555-0160 with neighbors who …": only the words before it
	}
	if !s.onNamesSender(first, kind) && !(kind == onOurs && s.ctaOurCall(lo, first)) && !s.ownPremises(first, last) && !(book && !s.cfRefNumber(first, last) && !s.careSignal()) && !(kind == onNamed && s.onHoursLine(lo, first, last)) || s.onVeto(lo, vhi, first, last) || s.pcMoreVeto(lo, vhi, first, last, -1) || s.onClaimAfter(last, hi) {
		return false
	}
	if (kind == onWeak || s.onSame(lo, first)) && s.onYours(lo, hi) {
		return false // "Same phone as the one on your intake form, 555-0142?" (red12)
	}
	if kind == onWeak && s.onProfile(0, len(s.toks)) {
		return false // "Profile updated. Same phone: …": the reader's number kept
	}
	if plo > 0 {
		if pplo, _ := s.sdSpan(plo - 1); s.pcPrevVeto(pplo, plo) || s.onProfile(pplo, plo) {
			return false
		}
	}
	if hi < len(s.toks) {
		if _, nhi := s.sdSpan(hi); s.onProfile(hi, nhi) {
			return false
		}
	}
	return true
}

// onNamesSender: the notice names a sender (phoneCTA's pcNamesSender),
// not by the number's own label alone ("Fax: 254-6123", "Billing:
// 555-0142": a header of function words right before the number); with
// "our" or "us" also by one capitalised word that is no ordinary word and
// no listed name ("A new Hearthside statement … call our billing office").
func (s *scanner) onNamesSender(first, kind int) bool {
	if s.pcNamesSender() {
		if first > 4 || !strings.Contains(s.gap(first), ":") {
			return true
		}
		for m := 0; m < first; m++ {
			if s.pcNameWord(m) && !onFunc.get(s.toks[m].h) && !pcPhoneN.get(s.toks[m].h) {
				return true
			}
		}
		return false
	}
	if kind != onOurs {
		return false
	}
	for m := range s.toks {
		if s.pcNameWord(m) && s.fl(m)&(wFirst|wLast) == 0 && !s.general(m) {
			return true
		}
	}
	return false
}

// onProfile: a sentence of lo..hi tells of the reader's contact details
// saved or updated: a saved/updated word with a contact, profile, record
// or phone word ("Your contact details were updated").
func (s *scanner) onProfile(lo, hi int) bool {
	saved, contact := false, false
	for m := lo; m < hi; m++ {
		h := s.toks[m].h
		switch {
		case !onProfFilter.may(h):
		case pcvSaved.get(h):
			saved = true
		case onRecord.get(h) || pcPhoneN.get(h) || onContact.get(h):
			contact = true
		}
	}
	return saved && contact
}

// onQuestions: "Questions? NUMBER" with the questions word opening a block
// of HTML or a line ("<p>Questions? 555-0160</p>"), which phoneCTA's
// pcQuestions does not read.
func (s *scanner) onQuestions(lo, hi, first, last int) bool {
	if first != lo || hi != last+1 || lo < 1 {
		return false
	}
	q := lo - 1
	return (slQuestions.get(s.toks[q].h) || s.toks[q].low == "dudas") && strings.Contains(s.gap(first), "?") &&
		(q == 0 || s.toks[q].sent || s.toks[q].gapNL || s.sdTag(q-1))
}

// onOurPhone: "our number", "nuestro nuevo número" right before the
// number (at most two words between the phone noun and it).
func (s *scanner) onOurPhone(lo, first int) bool {
	for m := first - 1; m >= lo && m >= first-3; m-- {
		if pcPhoneN.get(s.toks[m].h) {
			for k := m - 1; k >= lo && k >= m-2; k-- {
				if onOur.get(s.toks[k].h) {
					return true
				}
			}
		}
	}
	return false
}

// onTrigger: a word of lo..first names the sender's line: onOurs (our,
// us), onNamed (a function word, leave a message, escríbanos al), onWeak
// (same phone, phone stays), or onNone.
func (s *scanner) onTrigger(lo, first int) int {
	kind := onNone
	for m := lo; m < first; m++ {
		t := &s.toks[m]
		h := t.h
		switch {
		case onOur.get(h):
			return onOurs
		case h == hOnUs && m > lo && onUsVerbs.get(s.toks[m-1].h) && s.pcReaderSubject(lo, m-1):
			return onOurs
		case onFunc.get(h) && !s.onColonAfter(m, first):
			kind = onNamed
		case onLeave.get(h) && s.pcReaderSubject(lo, m):
			kind = onNamed // "leave a message at …"
		case m == first-2 && s.toks[m+1].low == "al" && onAlVerbs.get(h) && s.pcReaderSubject(lo, m):
			kind = onNamed // "escríbanos al …", "haga su pedido llamando al …"
		case kind == onNone && h == hOnSame && m+1 < first && pcPhoneN.get(s.toks[m+1].h):
			kind = onWeak // "Same phone: …"
		case kind == onNone && m == lo && pcPhoneN.get(h) && m+1 < first && onStays.get(s.toks[m+1].h):
			kind = onWeak // "Phone stays …"
		}
	}
	return kind
}

// onColonAfter: a colon stands after token m and before the number's
// label ("Farmacia Los Cocos: Pedido de …, teléfono …": the function word
// is in the sender's header, not naming the number; "Pharmacy counter:
// 555-0177" names it).
func (s *scanner) onColonAfter(m, first int) bool {
	for k := m + 1; k < first; k++ {
		if strings.Contains(s.gap(k), ":") {
			return true
		}
	}
	return false
}

// onFooter: the number closes a line opened by a capitalised run that
// reads as no person, with a separator between ("Farmacia Los Cocos ·
// 809-555-0110", "Greenfield Family Practice | (515) 555-0190").
func (s *scanner) onFooter(first, last int) bool {
	g := strings.TrimSpace(strings.TrimSuffix(s.gap(first), "("))
	if g == "" || !strings.Contains(onSeps, g) || strings.Contains(s.gap(first), "\n") {
		return false
	}
	if n := last + 1; n < len(s.toks) && !s.toks[n].gapNL && !s.sdTag(n) {
		if g2 := strings.TrimSpace(s.gap(n)); g2 == "" || !strings.Contains(onSeps, g2) {
			return false
		}
	}
	e := first - 1
	m := e
	for m > 0 && s.isCapWord(m-1) && s.toks[m-1].cls&tDigit == 0 && !s.toks[m].gapNL && !s.toks[m].sent && !s.sdTag(m-1) {
		if g := s.gap(m); g != " " && g != " & " && g != "&" {
			break
		}
		m--
	}
	if !s.isCapWord(m) || s.toks[m].cls&tDigit != 0 || m > 0 && !s.toks[m].gapNL && !s.toks[m].sent && !s.sdTag(m-1) {
		return false // the run opens no line
	}
	if s.spPerson(m, e) {
		return false
	}
	for k := m; k <= e; k++ {
		if s.pcNameWord(k) {
			return true
		}
	}
	return false
}

// onVeto: a word of lo..hi outside first..last makes the number the
// reader's or a person's (see the file comment).
func (s *scanner) onVeto(lo, hi, first, last int) bool {
	for m := lo; m < hi; m++ {
		if m >= first && m <= last {
			continue
		}
		t := &s.toks[m]
		h := t.h
		if s.fl(m)&(wTitle|wNameCue) != 0 && !s.onInRun(m, lo, hi) && !s.onFuncWord(m, lo, hi, first) {
			return true
		}
		if onFilter.may(h) {
			if kinWords.get(h) || kinCareWords.get(h) || relativeNouns.get(h) || pcvPeople.get(h) || onWho.get(h) || pcvSaved.get(h) ||
				pcvThird.get(h) && h != hPcvEl || pcSenderVerbs.get(h) || onSenderVerbs.get(h) {
				return true
			}
			if (poPersonal.get(h) || pcPersonal.get(h)) && !s.onInRun(m, lo, hi) && !s.onFuncWord(m, lo, hi, first) || onRecord.get(h) && !s.onInRun(m, lo, hi) {
				return true
			}
			if pcYour.get(h) {
				for k := m + 1; k < hi && k <= m+4; k++ {
					if k2 := s.toks[k].h; pcPhoneN.get(k2) || onRecord.get(k2) || poPersonal.get(k2) {
						return true // "your direct line", "su número de WhatsApp"
					}
				}
			}
			if pcPhoneN.get(h) && (m+1 < hi && pcYou2.get(s.toks[m+1].h) || m+2 < hi && pcYou2.get(s.toks[m+2].h)) {
				return true // "the number you gave us"
			}
			if pcCallAny.get(h) && m+1 < hi && pcYou.get(s.toks[m+1].h) {
				return true // "we'll call you", "reach you"
			}
		}
		if onPersonRole.get(h) || onOur.get(h) && m+2 < hi && onClientRole.get(s.toks[m+1].h) && onAt.get(s.toks[m+2].h) {
			return true // "the recipient at 555-0181", "our member at 555-0142" (red12)
		}
		if m < first && m >= first-4 && on3Call.get(h) {
			return true // "our nurse texts 555-0142", "envió su receta al …" (red12)
		}
		if h == hOnUsted && m > lo && s.toks[m-1].h == hOnCon {
			return true // "comunicarnos con usted"
		}
		if m < first && onCallVerbs.get(h) && m > lo && (m+1 >= first || !onOur.get(s.toks[m+1].h) && s.toks[m+1].h != hOnUs) &&
			(onSubj.get(s.toks[m-1].h) || m-1 > lo && onSubj.get(s.toks[m-2].h)) {
			return true // "the driver will call 555-0158", "our team could not reach 555-0160"
		}
		if m < first && m+1 < first && (t.low == "will" || t.low == "ll" || t.low == "shall" || onClitic.get(h)) && !onWillOK.get(s.toks[m+1].h) {
			return true // "we'll confirm by text at …", "le escribimos al …"
		}
		if m < first && len(t.low) > 6 && strings.HasSuffix(t.low, "remos") {
			return true // "confirmaremos su pedido por WhatsApp al …"
		}
		if s.isCapWord(m) && (s.spLoneName(m, lo, hi) || s.spPersonRun(m, lo, hi)) {
			return true
		}
		if t.low == "s" && m > lo && (s.gap(m) == "'" || s.gap(m) == "\u2019") && (s.spLoneName(m-1, lo, hi) ||
			s.toks[m-1].cls&tCap == 0 && !onFunc.get(s.toks[m-1].h) && !onPlaceOwn.get(s.toks[m-1].h)) {
			return true // "Emma's pickup", "our client's new number"
		}
		if onClient.get(h) {
			return true
		}
		if (t.low == "for" || t.low == "para") && m+1 < hi && s.fl(m+1)&wFirst != 0 && s.isCapWord(m+1) {
			return true // "pickup for Jordan, phone …"
		}
		if h == hOnYou && m > lo && (s.toks[m-1].low == "for" || s.toks[m-1].low == "para") {
			return true // "… listed for you"
		}
	}
	p := first - 1
	if p >= lo {
		switch s.toks[p].low {
		case "from", "desde", "de", "a", "for", "para":
			return true // "Text from 555-0174", "desde el …"
		case "el":
			return p > lo && (s.toks[p-1].low == "desde" || s.toks[p-1].low == "a")
		case "to":
			if p-1 < lo {
				return true
			}
			switch s.toks[p-1].low {
			case "in":
				return false // "phoned in to"
			case "go", "goes":
				for k := p - 2; k >= lo && k >= p-4; k-- {
					if onAsk.get(s.toks[k].h) {
						return false // "Billing questions go to"
					}
				}
			}
			return true // "sent to …", "phoned to …"
		}
	}
	return false
}

// onInRun: token m sits in a run of two or more capitalised words holding
// a word that is no personal, phone or title word ("Hearthside Home
// Health", "ClearPath Rx Member Services"): a sender's name, not a label.
func (s *scanner) onInRun(m, lo, hi int) bool {
	if !s.isCapWord(m) {
		return false
	}
	a, e := m, m
	for a > lo && !s.toks[a].sent && s.isCapWord(a-1) && s.gap(a) == " " {
		a--
	}
	for e+1 < hi && !s.toks[e+1].sent && s.isCapWord(e+1) && s.gap(e+1) == " " {
		e++
	}
	if a == e {
		return false
	}
	for k := a; k <= e; k++ {
		h := s.toks[k].h
		if k != m && !poPersonal.get(h) && !pcPersonal.get(h) && !pcPhoneN.get(h) && s.fl(k)&(wTitle|wFirst) == 0 && s.toks[k].cls&tDigit == 0 {
			return true
		}
	}
	return false
}

// onFuncWord: a title, name-cue or personal word m that names a function
// of the sender, not a person: after our/nuestro or a function word ("our
// patient line", "a staff member", "on-call nurse"), before a function
// word ("nurse advice line"), or right before the number ("Weekend on-call
// nurse: 555-0156"); never before "'s".
func (s *scanner) onFuncWord(m, lo, hi, first int) bool {
	if m+1 < hi && s.toks[m+1].low == "s" || !onRoles.get(s.toks[m].h) {
		return false
	}
	return m > lo && (onOur.get(s.toks[m-1].h) || onFunc.get(s.toks[m-1].h)) || m+1 < hi && onFunc.get(s.toks[m+1].h) ||
		m+1 == first && onFunc.get(s.toks[m].h) && m > lo && !pcYour.get(s.toks[m-1].h)
}

// onYours: a reader's possessive or "you" in lo..hi ("Same phone as the
// one on your intake form"): a weak trigger ("same phone") then names the
// reader's number (red12, dev73x).
func (s *scanner) onYours(lo, hi int) bool {
	for m := lo; m < hi; m++ {
		if h := s.toks[m].h; pcYour.get(h) || h == hOnYou || h == hOnUsted {
			return true
		}
	}
	return false
}

// onSame: "same phone/number" in lo..first, whatever else triggered.
func (s *scanner) onSame(lo, first int) bool {
	for m := lo; m+1 < first; m++ {
		if s.toks[m].h == hOnSame && pcPhoneN.get(s.toks[m+1].h) {
			return true
		}
	}
	return false
}
