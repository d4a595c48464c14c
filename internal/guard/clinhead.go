package guard

import "strings"

// clinhead.go: a clinical word inside the sender's own trade name heading an
// ordinary notice, with no tenant context (issue 15, seventeenth pass,
// helper head17, dev96 fam2-head / dev99h, 2026-12-06).
//
// A tenant whose trade name is "<Brand> <clinical word> [<business noun>]"
// ("Cedarline Pain Clinic:", "LimbWorks Prosthetics Workshop:", "NephroWay
// Dialysis Studio:", "SomnaCove Sleep:") heads every notice with it: codes,
// statements, shipping, surveys, policy, hours, news. With no
// context.sender the clinical word is a condition, a supply, a procedure or
// a learned clinical head ("Cedarline Pain"), and sendername.go's readings
// miss the header: the business noun is in none of its lists ("Workshop",
// "Studio", "Suites", "Collective"), the brand is inside the learned
// finding so it is no "own word", the clinical word is no specialty ("Pain",
// "Prosthetics", "Headache"), or there is no business noun at all.
//
// dropClinHead reads the structure instead (chRun): a run of capitalised
// words in the header slot (opening the field or a line, or after
// "Subject:" and an optional "Your", "News from"), followed by ":", a dash,
// the line's end, a document word ("newsletter", "statement", "receipt")
// or a verb of the sender's news ("welcomes", "is sponsoring"); the run is
// a brand word (no listed given name, no title, no care word of its own;
// it may sit inside a learned or frame finding that runs into the clinical
// word), possibly more brand words, one or two clinical words (covered by a
// finding), then business nouns (sendername.go's and bnNouns, and
// chNouns: workshop, studio, suites, collective, works…). With no business
// noun the brand must be a coined camel-case word ("SomnaCove Sleep:",
// "OxyNest Oxygen:"). No word of the run is a listed given or family name
// (a person heading the notice: "Fairbanks Moreno:") and no clinical word
// names the reader's most sensitive care (chSensitive: HIV, methadone,
// addiction, psychiatry… stay reported, as senderhead.go decided).
//
// Spanish order (chNameES): an opening business noun, glue, the clinical
// words, then the brand ("Clínica del Dolor Cedarline:"). A condition
// finding over two words that are no business noun is a disease's name
// (chDisease: "Sleep Apnea Clinic") and stays.
//
// Then the findings wholly inside the run (clinical, compose, dictionary,
// frame and name rules) are dropped when the notice speaks of no reader's
// care: no finding of a reader-tied rule in the field, no clinical,
// compose, dictionary or frame finding outside the run, no care word
// outside it (chCareOutside, after senderhead.go's snCareContentOutside:
// scheduling words such as "appointment" or "reminder" say when, not what),
// every "your/su/tu" followed within three words by the reader's account,
// order or message (chAdmin; "su bloqueo nervioso" fails closed), and, for
// a name whose clinical word is no specialty, no concrete visit of the
// reader (chVisitWhen: "Ashgrove Cancer Center: your appointment is
// confirmed for Monday at 9" stays, dev66r). "Cedarline Pain Clinic:
// your nerve block is Tuesday", "PinkSlip Oncology: your chemo starts
// Monday", "Quillby Hearing Lab: your new hearing aids are ready" keep
// every finding. Accepted risk (as senderhead.go): a tenant whose name
// states a clinical word passes in the header of its own ordinary notices,
// where the From line shows the same name.
//
// Speed: runs from finish only when the field has a finding of those rules;
// a few token lookups at the header's start.

// chNouns: business nouns closing a trade name past sendername.go's snClose
// and biznoun.go's bnNouns.
var chNouns = wordSetTab("workshop workshops studio studios suite suites collective works atelier co company house hub loft " +
	"shop store institute network practice practices team specialists specialist clinicians partners associates " +
	"centre centres center centers lab labs group care health services solutions supply supplies")

// chDoc: a document word after the name ("<Brand> newsletter:", "Your
// <Brand> statement").
var chDoc = wordSetTab("newsletter newsletters bulletin boletin statement statements receipt receipts invoice invoices bill update updates news")

// chSubjectSkip: words between "Subject:" and the name ("Your", "News
// from").
var chSubjectSkip = wordSetTab("your su tu news update updates from de noticias an a message")

// chSensitive: clinical words of the reader's most sensitive care that keep
// a trade name reported (senderhead.go's red-team decision).
var chSensitive = wordSetTab("hiv vih aids sida std stds sti stis hcv hepatitis methadone suboxone addiction addictions detox opioid opioids " +
	"recovery abortion psychiatry psychiatric psychology mental behavioral behavioural eating transgender gender prep " +
	"adiccion adicciones psiquiatria psicologia aborto")

// chKind: a finding's rule the header reading covers.
func chKind(rule string) bool {
	return strings.HasPrefix(rule, "clinical.") || strings.HasPrefix(rule, "compose.") || strings.HasPrefix(rule, "frame.") || rule == "dictionary.term"
}

// dropClinHead removes the findings inside a trade-name header (see the
// file comment).
func (s *scanner) dropClinHead(fs []ifind) []ifind {
	return s.dropTradeHead(fs, 3, s.chRun, func(a, e int) bool {
		return s.chCareOutside(a, e) || s.chVisitWhen(a, e) && !s.chSpecialtyName(fs, a, e)
	})
}

// dropTradeHead removes the clinical and name findings inside the trade-name
// run that run finds (clinhead.go, condjoin.go), unless a finding is tied to
// the reader, a clinical finding lies outside the run, or care reports the
// reader's care beside it (read with the run as the sender's own trade name).
func (s *scanner) dropTradeHead(fs []ifind, minToks int, run func([]ifind) (int, int, bool), care func(a, e int) bool) []ifind {
	any := false
	for i := range fs {
		if fs[i].readerTied() {
			return fs
		}
		if chKind(fs[i].rule) {
			any = true
		}
	}
	if !any || len(s.toks) < minToks {
		return fs
	}
	a, e, ok := run(fs)
	if !ok || s.r19NotSender(fs, a, e) { // red19a.go
		return fs
	}
	in := func(f *ifind) bool {
		lo, hi := s.tokOverlap(f.a, f.b)
		return hi > lo && lo >= a && hi-1 <= e
	}
	for i := range fs {
		if chKind(fs[i].rule) && !in(&fs[i]) {
			return fs // the reader's care outside the name
		}
	}
	saved, savedN := s.sn, s.snN
	s.snN = 0
	s.snAdd(a, e, false) // snOwnTrade reads the header's span
	cared := care(a, e)
	s.sn, s.snN = saved, savedN
	if cared {
		return fs
	}
	k := 0
	for _, f := range fs {
		if (chKind(f.rule) || strings.HasPrefix(f.rule, "name.")) && !f.readerTied() && in(&f) {
			continue
		}
		fs[k] = f
		k++
	}
	return fs[:k]
}

// chRun: the trade-name run a..e in the header slot (see the file comment).
func (s *scanner) chRun(fs []ifind) (a, e int, ok bool) {
	n := len(s.toks)
	for st := 0; st < n; st++ {
		g0 := strings.TrimSpace(s.gap(0))
		opens := st == 0 && (g0 == "" || g0 == "[") || s.toks[st].gapNL
		if !opens {
			continue
		}
		a = st
		if (s.toks[a].low == "subject" || s.toks[a].low == "asunto") && a+1 < n && strings.HasPrefix(s.gap(a+1), ":") {
			a++
		}
		yours := false
		for a < n && a < st+4 && chSubjectSkip.get(s.toks[a].h) && s.gap(a+1) == " " {
			yours = yours || recipientPossessive.get(s.toks[a].h)
			a++
		}
		if a >= n {
			continue
		}
		if e, ok = s.chName(fs, a); ok && (!yours || e+1 < n && chDoc.get(s.toks[e+1].h)) {
			return a, e, true // "Your <Brand> statement": the sender's document
		}
		if e, ok = s.chNameES(fs, a); ok {
			return a, e, true
		}
	}
	return 0, 0, false
}

// chOpenES: Spanish business nouns opening a trade name before its clinical
// word ("Clínica del Dolor Cedarline", "Taller de Prótesis LimbWorks").
var chOpenES = wordSetTab("clinica clinicas centro centros taller talleres estudio laboratorio instituto consultorio unidad servicio servicios")

// chNameES: a Spanish trade name opening at a: a business noun, glue words
// and one or two clinical words, then the brand (one or two capitalised
// words, no listed given or family name, no care word), in a header slot.
func (s *scanner) chNameES(fs []ifind, a int) (e int, ok bool) {
	n := len(s.toks)
	if !s.snCap(a) || !chOpenES.get(s.toks[a].h) || !s.snHeadOK(s.toks[a].h) {
		return 0, false
	}
	m, clin := a+1, 0
	for m < n && (s.gap(m) == " " || s.gap(m) == " y ") {
		t := &s.toks[m]
		if snGlue.get(t.h) && t.cls&tCap == 0 {
			m++
			continue
		}
		if !s.snCap(m) || !(snClinicalTok(fs, t) || s.chFound(fs, m) || s.careWord(m, false)) {
			break
		}
		if chSensitiveTok(t) || chDrugTok(fs, t) {
			return 0, false // oneinshape.go: the reader's sensitive care or medicine
		}
		clin++
		m++
	}
	if clin == 0 || clin > 2 || m >= n || s.gap(m) != " " || !s.snCap(m) {
		return 0, false
	}
	e = m
	if e+1 < n && s.gap(e+1) == " " && s.snCap(e+1) {
		e++ // "Cedarline Norte"
	}
	for k := m; k <= e; k++ {
		if f := s.fl(k); f&(wFirst|wLast|wTitle|wGreeting|wNameCue|wStop) != 0 && f&wCommon == 0 || s.careWord(k, false) || s.chOwnFinding(fs, k) || recipientWords.get(s.toks[k].h) {
			return 0, false // "Clínica del Dolor Ana Ruiz": a person's
		}
	}
	if !s.chSlotAfter(e) || s.chDisease(fs, a, e) {
		return 0, false
	}
	return e, true
}

// chName: the run opening at a is a trade name in a header slot; e its end.
func (s *scanner) chName(fs []ifind, a int) (e int, ok bool) {
	n := len(s.toks)
	if !s.snCap(a) || len(s.toks[a].low) < 4 || !s.snHeadOK(s.toks[a].h) {
		return 0, false
	}
	if f := s.fl(a); f&(wTitle|wGreeting|wNameCue|wStop) != 0 || f&wFirst != 0 && f&wCommon == 0 || snBefore.get(s.toks[a].h) || recipientWords.get(s.toks[a].h) {
		return 0, false
	}
	e = a
	for e+1 < n && e-a < 5 && (s.gap(e+1) == " " || s.gap(e+1) == " & ") && s.snCap(e+1) && !s.toks[e+1].sent &&
		s.fl(e+1)&(wTitle|wGreeting|wStop) == 0 && !recipientWords.get(s.toks[e+1].h) {
		e++
	}
	if e > a+1 && monthNames[s.toks[e].low] > 0 && e+1 < n && chDoc.get(s.toks[e+1].h) {
		e-- // "<Brand> December newsletter"
	}
	if e == a || !s.chSlotAfter(e) {
		return 0, false
	}
	camel := snCamel(s.t.s[s.toks[a].s:s.toks[a].e])
	if s.careWord(a, false) || s.chOwnFinding(fs, a) {
		return 0, false // "Knee Pain Clinic": the brand is itself a care word
	}
	clin, found, noun := 0, 0, false
	for m := a + 1; m <= e; m++ {
		t := &s.toks[m]
		if f := s.fl(m); f&(wFirst|wLast) != 0 && f&wCommon == 0 && !snClinicalTok(fs, t) {
			return 0, false // a person's name: "Fairbanks Moreno"
		}
		if chSensitiveTok(t) && !(t.low == "aids" && s.toks[m-1].low == "hearing") || chDrugTok(fs, t) {
			return 0, false // oneinshape.go: a medicine names the reader's prescription
		}
		isNoun := snClose.get(t.h) || bnNouns.get(t.h) || chNouns.get(t.h)
		switch {
		case t.low == "&" || t.low == "and":
			// a joint: "Spine & Pain Institute"
		case isNoun && clin > 0:
			noun = true
		case snClinicalTok(fs, t) || s.chFound(fs, m) || !isNoun && s.careWord(m, false):
			if noun {
				return 0, false // a care word after the business noun
			}
			clin++
			if snClinicalTok(fs, t) || s.chFound(fs, m) {
				found++
			}
		case isNoun:
			// a business noun of the brand before the clinical word ("Dental Group")
		default:
			if clin > 0 || noun {
				return 0, false // a word of no kind after the clinical word
			}
		}
	}
	if clin == 0 || clin > 2 || !noun && (!camel || found == 0) && !s.ooTradeName(fs, a, e) || s.chDisease(fs, a, e) {
		return 0, false // "DepressionCare Rx": no business noun, no clinical finding after the brand
	}
	return e, true
}

// chSlotAfter: what follows the run ending at e closes a header: ":", a
// dash, the line's or field's end, a document word, a verb of the sender's
// news.
func (s *scanner) chSlotAfter(e int) bool {
	n := len(s.toks)
	if e+1 >= n {
		return strings.TrimSpace(strings.Trim(s.gap(n), "!.")) == ""
	}
	g := s.gap(e + 1)
	switch {
	case strings.HasPrefix(g, ":") || strings.HasPrefix(g, "]") || snDashGap(g) || s.toks[e+1].gapNL:
		return true
	case g == " " && chDoc.get(s.toks[e+1].h) && s.toks[e+1].cls&tCap == 0:
		return true
	}
	return s.snSenderVerb(e+1) || s.bsNewsAfter(e)
}

// chRooms: the sender's premises after a care word ("our fitting room",
// "the exam rooms").
var chRooms = wordSetTab("room rooms area areas suite suites bay bays")

// chPremiseWord: care words that name a room of the sender's before
// chRooms.
var chPremiseWord = wordSetTab("fitting fittings exam treatment consultation consulting therapy")

// chCareOutside: a care word outside the run a..e, as senderhead.go's
// snCareContentOutside reads it (scheduling words pass), but the sender's
// rooms ("our fitting room") and its public wellness content ("winter
// wellness tips") are no reader's care unless a reader's possessive
// comes right before.
func (s *scanner) chCareOutside(a, e int) bool {
	for m := range s.toks {
		if m >= a && m <= e {
			continue
		}
		t := &s.toks[m]
		h := t.h
		if t.low == "sesion" && m > 0 && strings.HasPrefix(s.toks[m-1].low, "inici") {
			continue // "Inicie sesión"
		}
		if snSchedule.get(h) || t.low == "see" && t.sent && t.cls&tCap != 0 || careBits.may(h) && s.ooAccompanyRule(m) {
			continue // a visitor rule for everyone (orthoops.go)
		}
		if recipientPossessive.get(h) && !s.chAdminAfter(m) {
			return true // "your <word of no account>": maybe the reader's care
		}
		if m > 0 && recipientPossessive.get(s.toks[m-1].h) {
			// "your fitting", "your wellness plan": the reader's
		} else if chPremiseWord.get(h) && m+1 < len(s.toks) && s.gap(m+1) == " " && chRooms.get(s.toks[m+1].h) || t.low == "wellness" {
			continue
		}
		if s.sdCareTok(m) || s.snChairTime(m) || careBits.may(h) && (careWords.get(h) && !snTrade.get(h) || careKin.get(h)) {
			if !s.sdNamePart(m) && !s.sdTradeUse(m) && !s.snHomeTrade(m) && !s.snOwnTrade(m) {
				return true
			}
		}
	}
	return false
}

// chDisease: a condition finding covers two words or more of the run a..e:
// a disease's name ("Sleep Apnea Clinic", "Heart Failure Clinic"), which
// stays reported as senderhead.go decided.
func (s *scanner) chDisease(fs []ifind, a, e int) bool {
	for i := range fs {
		if fs[i].rule != "clinical.condition" {
			continue
		}
		lo, hi := s.tokOverlap(fs[i].a, fs[i].b)
		if lo > e || hi-1 < a {
			continue
		}
		words := 0
		for m := lo; m < hi; m++ {
			h := s.toks[m].h
			if !snGlue.get(h) && !snClose.get(h) && !bnNouns.get(h) && !chNouns.get(h) && !chOpenES.get(h) {
				words++ // "Clínica del Dolor" is one word of care
			}
		}
		if words >= 2 {
			return true
		}
	}
	return false
}

// chAdmin: the reader's things a sender's ordinary notice speaks of
// ("your statement", "your one-time login code", "su pedido", "su
// dirección de correo").
var chAdmin = wordSetTab("account accounts statement statements bill bills balance invoice invoices receipt receipts payment payments " +
	"order orders package packages parcel parcels delivery deliveries shipment shipments tracking code codes password passcode login " +
	"sign username details detail information info email address phone number contact contacts profile portal app inbox message messages " +
	"feedback survey opinion preferences settings subscription membership card cards invitation access patience support help time " +
	"business privacy consent experience review reviews copy download registration coupon discount points reward rewards gift " +
	"insurance paperwork form forms claim claims coverage estimate " +
	"cuenta cuentas estado pedido pedidos paquete paquetes envio envios codigo contrasena clave direccion correo telefono numero datos " +
	"informacion perfil portal aplicacion mensaje mensajes factura facturas recibo recibos pago pagos saldo opinion encuesta suscripcion " +
	"tarjeta acceso usuario paciencia apoyo ayuda tiempo privacidad consentimiento experiencia registro cupon descuento puntos regalo " +
	"seguro formulario formularios reclamo reclamos cobertura presupuesto")

// chAdminAfter: within the three words after the possessive at m (joined by
// spaces or hyphens, "your one-time login code"), one is the reader's
// account, order or message (chAdmin) or a scheduling word (snSchedule:
// "your upcoming appointment" says when, not what).
func (s *scanner) chAdminAfter(m int) bool {
	for k := m + 1; k < len(s.toks) && k <= m+4; k++ {
		if g := s.gap(k); g != " " && g != "-" {
			return false
		}
		h := s.toks[k].h
		if chAdmin.get(h) || snSchedule.get(h) {
			return true
		}
	}
	return false
}

// chWhen: words that set a concrete day or time.
var chWhen = wordSetTab("monday tuesday wednesday thursday friday saturday sunday today tomorrow tonight " +
	"lunes martes miercoles jueves viernes sabado domingo hoy manana")

// chVisitWhen: outside the run a..e a word addressing the reader, a scheduling word (snSchedule:
// appointment, visit, confirmed, cita) and a concrete day or time (a
// weekday, a month, a number after "at" or "a las"): the reader's own
// visit, "your appointment is confirmed for Monday at 9" (red-team pass
// RED10, dev66r: at a fertility clinic or a cancer center it is a leak).
func (s *scanner) chVisitWhen(a, e int) bool { return s.visitWhen(a, e, false) }

// visitWhen: chVisitWhen's reading; with phones set, a number after "at"
// in brackets or of five characters or more is a phone number, no time
// ("call billing at (720) 555-0187": condjoin.go's cjVisitWhen).
func (s *scanner) visitWhen(a, e int, phones bool) bool {
	sched, when, reader := false, false, false
	for m := range s.toks {
		if m >= a && m <= e {
			continue
		}
		t := &s.toks[m]
		switch {
		case recipientWords.get(t.h):
			reader = true
		case snSchedule.get(t.h):
			sched = true
		case chWhen.get(t.h) || monthNames[t.low] > 0 && t.cls&tCap != 0:
			when = true
		case t.cls&tDigit != 0 && m > 0 && (s.toks[m-1].low == "at" || s.toks[m-1].low == "las"):
			if !phones || s.gap(m) == " " && len(t.low) <= 4 {
				when = true
			}
		}
	}
	return sched && when && reader // "We're closed today; we will reschedule anyone affected": no reader's visit
}

// chSpecialtyName: every clinical word of the run a..e names a specialty
// (senderhead.go's snSpecialtyWord: "Cardiology", "Hearing", "Sleep"),
// no condition ("Pain", "Cancer") nor treatment ("Fertility", "Dialysis").
func (s *scanner) chSpecialtyName(fs []ifind, a, e int) bool {
	for m := a + 1; m <= e; m++ {
		t := &s.toks[m]
		if snClose.get(t.h) && !snClinicalTok(fs, t) || bnNouns.get(t.h) || chNouns.get(t.h) || chOpenES.get(t.h) || snGlue.get(t.h) || t.low == "&" {
			continue
		}
		if (snClinicalTok(fs, t) || s.chFound(fs, m) || s.careWord(m, false)) && !snSpecialtyWord(t) {
			return false
		}
	}
	return true
}

// chFound: token m is covered by a finding of chKind (a learned head, a
// frame).
func (s *scanner) chFound(fs []ifind, m int) bool {
	t := &s.toks[m]
	for i := range fs {
		if chKind(fs[i].rule) && fs[i].a < int(t.e) && fs[i].b > int(t.s) {
			return true
		}
	}
	return false
}

// chOwnFinding: the brand token a is covered alone by a clinical finding
// (a care word of its own), not by one running into the next word ("Cedarline
// Pain") nor a frame's unknown word ("VeinCraft").
func (s *scanner) chOwnFinding(fs []ifind, a int) bool {
	t := &s.toks[a]
	for i := range fs {
		f := &fs[i]
		if !strings.HasPrefix(f.rule, "clinical.") || f.a >= int(t.e) || f.b <= int(t.s) {
			continue
		}
		if f.b <= int(t.e) {
			return true
		}
	}
	return false
}
