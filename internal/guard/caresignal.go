package guard

import "strings"

// caresignal.go: the notice-level care signal, and the untied dates of a
// notice that carries none (issue 15, helper DATES, dev53d).
//
// date() reports a date that no cue ties, "date.untied", to fail closed:
// the date may be a visit. Each earlier pass added one suppression per
// shape of the sender's own dates (senderdate.go, bizdate.go,
// closureafter.go, facilitydate.go, pricedate.go…), and every new tenant
// brings a shape none has seen ("Chat is back Jan 2 at 8 AM PT", "use it by
// March 31", "Kids' photo day … Saturday, March 14", "Su caja se envía el 14
// de diciembre"). The structural answer: a date is someone's care only in a
// notice that says something about care or about a person. dropCareFreeDates
// runs once per notice, after every field is read, and only when every
// finding of the notice is a "date.untied" (any other finding blocks the
// notice anyway and is itself a signal); it reads every field again (as
// given and decoded, as the detectors read them) and drops the untied dates
// when no view carries a care signal (careSignal):
//
//   - a care or record word (appointment, visit, cleaning, exam, test,
//     results, muestra, receta, refill, surgery, operado, admisión,
//     discharge, therapy, dentist, nurse, doctor, patient, heals, copay,
//     fallecido…: senderDate's care list, its held-slot words, date()'s
//     person cues, the loyalty care events and careWords), except the trade
//     uses senderDate already tells apart ("Come see the new clog wall",
//     "atención al cliente"; sdTradeUse) and "visit us / visit our";
//   - a family, household or kin word (son, hija, familia, mom, abuela…),
//     but not in a holiday's name ("Father's Day", "Día de la Madre"); kids,
//     children, niños only after the reader's word ("your kids");
//   - a reader-appointment wording: "see you", "expect you" (held words),
//     "has/have you", hold/reserve/set aside/block/save … "for you/your",
//     "report to", "check in", come/arrive/llegue/venga/presentarse/acuda
//     (senderDate's sdArrival), "come" unless it invites to browse ("Come see
//     the new …") in a sentence with no clock time, "le/lo espera", "le
//     atenderá", "visitará", "te vemos", "missed you", "no-show", "set/down
//     for" beside a reader's word, "tiene hora", "little one", a reminder or
//     a confirmation, a scheduled or rescheduled slot;
//   - a clock time in the same sentence as a reader's word (you, your, su,
//     usted, tu, le, lo…), or a clock time anywhere whose minutes are
//     neither :00 nor :30 (a booked slot, sdOddClock);
//   - a record: "on file", "our records", "date of service", "fecha de
//     servicio", a numbered room, the pharmacy counter;
//   - a date of the notice before 2010 (a birth date; the scanner marks it
//     while reading, dateKeep), or a birthday/cumpleaños/nac./born word.
//
// Fail closed: a field that cannot be read again the way the detectors
// read it (too many fields, two of one name) keeps every finding.
// date.person is not touched here.

// careOldYear: a date's year before this is a birth date's, not a
// sender's event.
const careOldYear = 2010

var (
	// careWords: care and record words date()'s person cues and
	// senderDate's care list do not hold
	careWords = wordSetTab("physical physicals wellness followup seguimiento control controles chequeo turno turnos " +
		"session sessions sesion sesiones caregiver caregivers cuidadora cuidador cuidadoras cuidadores aide aides " +
		"midwife partera doula doulas counselor counselors counseling consejero consejera psicologo psicologa psychologist " +
		"therapist terapeuta fisioterapia physiotherapy physio chiropractor quiropractico optometrist optometrista " +
		"audiologist audiologo audiologa pediatrician pediatra orthodontist ortodoncista braces brackets hygienist higienista " +
		"surgeon cirujano cirujana anesthesia anestesia heal heals healing healed sanar recover recovering recovery recuperacion " +
		"injury lesion sick enfermo enferma illness pain dolor medication medications medicamento medicamentos medicine meds " +
		"pills pastillas pharmacist farmaceutico farmaceutica prescriptions recetas rx refills resurtido surtido surtio surtir " +
		"copay copays copago copagos deductible deducible coinsurance coaseguro claim claims reclamo reclamos eob " +
		"sample samples muestra muestras operado operada operated fallecido fallecida deceased funeral obituary velorio " +
		"sepelio admision admisiones ingreso egreso internacion internaciones internado internada hospitalizacion " +
		"hospitalizado hospitalizada discharge discharged nurse nurses enfermera enfermero enfermeria doctor " +
		"doctors doctora medico medica dr dra md patient patients paciente pacientes dentist dentista dental hearing " +
		"nac naciste naci dob expediente historial " +
		"reminder reminders remind recordatorio recordatorios recordamos recuerde recordar forget olvide olvides " +
		"confirm confirmed confirmation confirmada confirmado confirmamos confirmar confirme " +
		"scheduled schedule rescheduled reschedule programada programado programadas reprogramada reprogramado reprogramamos " +
		"agendada agendado agendamos reagendada reagendado booking bookings presentarse presentese acuda acudir " +
		"atendera atenderemos atenderan visitara visitaremos visitaran visita visitas visitarnos visitaste visitamos visiting " +
		"fill fills filled calle colonia fraccionamiento barrio " +
		"quarantine quarantined cuarentena exposure exposed exposicion expuesto expuesta isolation isolate aislamiento " +
		"contagious contagio infected infection infeccion outbreak brote applied aplicada aplicado aplicaron aplico aplicamos " +
		"injection injections inyeccion inyecciones blood sangre intake intakes evaluation evaluations eval evals evaluacion " +
		"evaluaciones valoracion assessment assessments telehealth telemedicine telesalud teleconsulta telemedicina " +
		"lenses lentes sobriety sobriedad")
	// careKin: family, household and kin words (greetkin.go's kinWords too)
	careKin = wordSetTab("son sons daughter daughters hijo hija hijos hijas child wife husband esposa esposo spouse mother father " +
		"mothers fathers madre padre madres padres parent parents mama papa baby babies bebe bebes infant newborn toddler " +
		"grandson granddaughter grandchild grandchildren nieto nieta nietos nietas brother sister hermano hermana nephew niece " +
		"sobrino sobrina family families familia household hogar grandparents abuelos")
	// careKidWords: kin only after the reader's word ("your kids", not
	// "Kids' craft hour")
	careKidWords = wordSetTab("kid kids children nino nina ninos ninas")
	// careHolidayKin: the kin word of a holiday's name ("Father's Day",
	// "Día de la Madre", "Día del Niño", "Grandparents Day")
	careHoliday = wordSetTab("mother mothers father fathers parents grandparents madre madres padre padres nino ninos abuelo abuelos abuela")
	// careParentOf: the parent a kin word names (1 father, 2 mother, 3
	// grandparent), whose holiday makes it the holiday's gift wording
	careParentOf = func() map[uint64]uint8 {
		m := map[uint64]uint8{}
		for _, w := range strings.Fields("dad daddy father fathers papa papi padre padres pop") {
			m[hstr(w)] = 1
		}
		for _, w := range strings.Fields("mom mommy mum mother mothers mama mami madre madres") {
			m[hstr(w)] = 2
		}
		for _, w := range strings.Fields("grandma grandpa grandmother grandfather grandparents granny gramps nana abuela abuelo abuelos abuelita abuelito") {
			m[hstr(w)] = 3
		}
		return m
	}()
	// careClitics: Spanish object pronouns before a verb that expects,
	// sees or attends one reader ("le esperamos", "te vemos")
	careClitics     = wordSetTab("le lo la los las les te nos")
	careCliticVerbs = wordSetTab("espera esperamos esperan esperara esperaremos vemos veremos atenderemos atendera")
	// careHold: hold verbs that keep a day "for you/your …"
	careHold = wordSetTab("hold holding held reserve reserving reserved aside block blocking blocked save saved saving keep kept")
	// careBrowse: "Come see the new …", "come celebrate": an invitation to
	// browse, not an arrival, when no clock time is in the sentence
	careBrowse = wordSetTab("see celebrate join shop enjoy try explore meet check visit say hang taste browse discover")
	// careReader: the reader's words of the clock rule (recipientWords
	// and "lo")
	hLo = hstr("lo")
	// careReaderPossessive: the reader's possessives
	careReaderPossessive = wordSetTab("your su sus tu tus")
	// careClaimVerb: the word after "claim" that makes it the verb
	careClaimVerb = wordSetTab("your yours it now free a the this tu su")

	careBits = tabsFilter(careWords, careTreat, careKin, careKidWords, careClitics, careHold, sdCare, sdHeld, loyaltyCareEvent,
		redArrive, kinWords, wordSetTab("come coming came has have had report missed show set down hora little room rooms follow supply supplies contact contacto chart charts kit kits panel panels draw specimen spot spots sponsor padrino madrina program programa aplicacion steps meeting meetings "+
			"sala habitacion pharmacy farmacia file records record date fecha"))
)

// careGate is false only in the tests of a per-date rule's own boundary
// (withoutCareGate), which look at the date rules' answer before the
// notice-level gate.
var careGate = true

// dropCareFreeDates drops the untied dates of a notice with no care
// signal (see the file comment); s is the scanner CheckPrepared read the
// fields with, reused here for the second reading.
func (g *Guard) dropCareFreeDates(n Notice, p *Prepared, m Mode, s *scanner, out []Finding) []Finding {
	if !careGate || len(out) == 0 || s.dateKeep || len(n.Fields) > g.maxFields {
		return out
	}
	for _, f := range out {
		if f.Rule != "date.untied" || f.readerTied() {
			return out
		}
	}
	s.ownDates = out
	defer func() { s.ownDates = nil }()
	for i, f := range n.Fields {
		for _, e := range n.Fields[:i] {
			if e.Name == f.Name {
				return out
			}
		}
		text := f.Text
		if len(text) > g.maxField {
			text = text[:g.maxField]
		}
		s.reset(g, p, m, f.Name)
		s.src, s.hidden = text, nil
		if f.HTML {
			txt, st, en, _ := stripHTMLInto(text, &s.hb)
			s.t = normalizeInto(txt, st, en, &s.nb)
		} else {
			s.t = normalizeInto(text, nil, nil, &s.nb)
		}
		if s.careView() || r19PersonDay(s.v, s.toks) { // "Mia Lopez Awareness Day" (red19a.go)
			return out
		}
		if dec, dst, den, ok := decodeNestedBuf(text, &s.db); ok {
			if f.HTML {
				txt, st, en, _ := stripHTMLInto(dec, &s.hbDec)
				for k := range st {
					st[k], en[k] = dst[st[k]], den[en[k]-1]
				}
				s.t = normalizeInto(txt, st, en, &s.nbDec)
			} else {
				s.t = normalizeInto(dec, dst, den, &s.nbDec)
			}
			if s.careView() {
				return out
			}
		}
	}
	return out[:0]
}

// careView tokenizes s.t as detect does and reports its care signal.
func (s *scanner) careView() bool {
	s.toks = tokenize(&s.t, s.toks[:0])
	s.seen, s.seenOK = gapBits(s.t.s), false // hasByte: this text's gap bits
	s.newTokenList()
	for i := range s.toks {
		h := s.toks[i].h
		s.toks[i].w = s.v.get(h)
		s.toks[i].fb = uint16(tokFilterTabBoth[h&16383])
	}
	return s.careSignal()
}

// careSignal reports whether the token list says anything about care or
// about a person (see the file comment).
func (s *scanner) careSignal() bool {
	n := len(s.toks)
	if s.arrivalOrOddClock() { // careArrival() || sdOddClock(0, n), once per token list (arrivememo.go)
		return true
	}
	next := func(k int) string {
		if k+1 < n && !s.toks[k+1].sent {
			return s.toks[k+1].low
		}
		return ""
	}
	prev := func(k int) string {
		if k > 0 && !s.toks[k].sent {
			return s.toks[k-1].low
		}
		return ""
	}
	pub, pubHi := false, -1
	pol, polHi := false, -1
	ha, he, head := -1, -1, false                   // the sender's header: its given names are no person (senderlisting.go)
	own, ownS, ownHi, ownHe := false, false, -1, -1 // every untied date is the sender's own (ownnotice.go)
	for k := 0; k < n; k++ {
		t := &s.toks[k]
		if k == 0 {
			ha, he, head = s.senderHead()
			if own = s.ownNoticeDates(); own {
				ownHe = s.ownHeadEnd()
			}
		}
		if t.cls&tDigit != 0 {
			if s.careClock(k) && s.careReaderInSentence(k) {
				return true
			}
			continue
		}
		h := t.h
		nx := next(k)
		if (t.low == "visit" || t.low == "visita" || t.low == "visite") && (nx == "us" || nx == "our" || nx == "nuestra" || nx == "nuestro" || nx == "nuestras" || nx == "nuestros") {
			continue // "Visit us at the new space", "Visit our booth"
		}
		if k > 0 && s.toks[k-1].cls&tDigit != 0 && k+1 < n && sdStreetWords.get(s.toks[k+1].h) && s.sdCapital(k) {
			continue // "1800 Hospital Dr": a street's name
		}
		if (t.low == "dr" || t.low == "dra") && k >= 2 && s.toks[k-2].cls&tDigit != 0 && s.sdCapital(k-1) {
			continue // "1800 Hospital Dr": the street's type
		}
		if (t.low == "claim" || t.low == "claims") && careClaimVerb.get(hstr(nx)) {
			continue // "Claim your free drink by March 31": the verb
		}
		if t.w != nil && t.w.flags&wDatePerson != 0 && s.weakPersonCue(k) {
			continue // "Our lab will be closed", "jornada de vacunación gratuita" (weakcue.go)
		}
		if (t.w != nil || careBits.may(h) || t.cls&tCap != 0) && s.ownEventCue(k) {
			continue // "Nurses Week", "Keystone Lab is sponsoring", "visitará el barrio Santa Olaya", "número de citas" (ownevent.go)
		}
		if k >= polHi && (t.w != nil || careBits.may(h)) {
			pol, polHi = s.ownPolicySentence(k), sentenceEnd(s.toks, k)
		}
		if pol && k < polHi && !careKin.get(h) && !kinWords.get(h) && !careKidWords.get(h) {
			continue // "Beginning March 1, 2027, we require 24 hours' notice to cancel an appointment" (ownevent.go)
		}
		if (t.w != nil || careBits.may(h)) && s.wkDeptName(k) {
			continue // "the Harlan County Hospital Patient Financial Services office moves" (weakcue.go)
		}
		if s.careFacilityUse(k) {
			continue // "Holiday visiting hours", "Family council meets" (carefacility.go)
		}
		if t.cls&tCap != 0 && t.cls&tUpper == 0 {
			if t.w != nil && t.w.flags&wFirst != 0 && t.w.flags&(wCommon|wMonth) == 0 && !s.wkDeptRun(k) && !s.cfCityZip(k) && !s.careStaffAt(k) && !(head && k >= ha && k <= he) {
				return true // a given name of the lists, capitalised: a person (not "Harlan County Hospital … office", weakcue.go)
			}
			if (t.w == nil || t.w.flags&wFirst != 0) && s.careVocative(k) && !s.careStaffAt(k) {
				return true // "Thanks for donating on Sept 9, John.": a name no list holds, addressed
			}
			if t.w == nil && k > 0 && !t.sent && careReaderPossessive.get(s.toks[k-1].h) {
				return true // "Your Ozempic order is delayed": the reader's thing named by a word no list holds
			}
		}
		if k >= pubHi && (t.w != nil || careBits.may(h)) {
			pub, pubHi = s.cfPublicSentence(k), sentenceEnd(s.toks, k)
		}
		if pub && k < pubHi {
			continue // "Flu shot clinic … free for all employees and their families" (carefacility.go)
		}
		if own && (t.w != nil || careBits.may(h)) {
			if k >= ownHi {
				ownS, ownHi = s.ownSentence(k), sentenceEnd(s.toks, k)
			}
			if (ownS || k <= ownHe || head && k >= ha && k <= he) && !careKin.get(h) && !kinWords.get(h) && !careKidWords.get(h) && !careClitics.get(h) && !careHold.get(h) {
				if t.w != nil && (t.w.flags&(wDatePerson|wHealthCue) != 0 || careOneWord(t.w)) || careBits.may(h) && (sdCare.get(h) || sdHeld.get(h) || loyaltyCareEvent.get(h) || careWords.get(h)) {
					continue // "Beaumont Dental: Free Kids' Day on Oct 10", "We're updating our patient portal on March 15" (ownnotice.go)
				}
			}
		}
		if t.w != nil && (t.w.flags&wDatePerson != 0 && !s.sdTradeUse(k) || t.w.flags&wHealthCue != 0 && !recipientWords.get(h) || careOneWord(t.w)) {
			return true // a person cue of date(), a health cue, a one-word clinical term
		}
		if !careBits.may(h) {
			continue
		}
		switch {
		case (sdCare.get(h) || sdHeld.get(h) || loyaltyCareEvent.get(h) || careWords.get(h)) && !s.sdTradeUse(k):
			return true
		case careKin.get(h) || kinWords.get(h):
			if careHoliday.get(h) && (nx == "day" || nx == "s" && k+2 < n && s.toks[k+2].low == "day" || s.careDiaDe(k)) {
				continue // "Father's Day", "Día de la Madre"
			}
			if hol := careParentOf[h]; hol != 0 && s.careHolidayIn(hol) {
				continue // "Photo gifts for Dad" in a notice that names Father's Day
			}
			return true
		case careKidWords.get(h):
			if s.careReaderBefore(k, 2) && !s.careDiaDe(k) {
				return true
			}
		case careClitics.get(h):
			if k+1 < n && careCliticVerbs.get(s.toks[k+1].h) {
				return true // "le esperamos", "te vemos"
			}
		case careHold.get(h):
			if s.careForReader(k) {
				return true // "hold your slot … for your account"
			}
		case t.low == "has" || t.low == "have" || t.low == "had":
			if nx == "you" && !t.sent {
				return true // "Our office has you at 9:45 AM"
			}
		case t.low == "report":
			if nx == "to" {
				return true
			}
		case t.low == "come" || t.low == "coming" || t.low == "came":
			if t.low != "come" {
				if nx == "in" || nx == "to" || nx == "by" || nx == "back" {
					return true // "Thanks for coming in"
				}
				continue
			}
			if nx == "" || !careBrowse.get(s.toks[k+1].h) || s.careClockInSentence(k) {
				return true
			}
		case t.low == "missed":
			if nx == "you" || nx == "your" {
				return true
			}
		case t.low == "show":
			if prev(k) == "no" {
				return true // "no-show"
			}
		case t.low == "set" || t.low == "down":
			if nx == "for" && s.careReaderInSentence(k) || s.careForReader(k) {
				return true // "Your little one is set for March 3"
			}
		case t.low == "hora":
			switch prev(k) {
			case "tiene", "tienes", "su", "tu", "sus", "tus":
				return true // "Tu hijo tiene hora el 4 de diciembre"
			}
		case t.low == "kit" || t.low == "kits" || t.low == "panel" || t.low == "panels" || t.low == "draw" || t.low == "specimen":
			if s.careReaderBefore(k, 2) {
				return true // "your kit", "your ClearDraw kit", "your panel", "your draw"
			}
		case t.low == "spot" || t.low == "spots" || t.low == "sponsor" || t.low == "padrino" || t.low == "madrina" || t.low == "program" || t.low == "programa":
			if s.careReaderBefore(k, 4) {
				return true // "Your Tuesday March 3 spot is saved", "your sponsor", "Day 1 of your program"
			}
		case t.low == "aplicacion":
			switch prev(k) {
			case "proxima", "primera", "segunda", "tercera", "siguiente", "ultima", "su", "tu":
				return true // "Tu próxima aplicación es el 3 de marzo": a dose, not the app
			}
		case t.low == "steps" || t.low == "meeting" || t.low == "meetings":
			if p := prev(k); t.low == "steps" && (p == "12" || p == "twelve") || t.low != "steps" && (p == "aa" || p == "na" || p == "alanon") {
				return true // "12 steps", "AA meeting"
			}
		case careTreat.get(h):
			if s.careTreatReader(k) {
				return true // "Your cast comes off March 3", "Su lavado de oídos" (caretreat.go)
			}
		case t.low == "follow":
			if nx == "up" || nx == "ups" {
				return true // "Your follow-up is on March 3"
			}
		case t.low == "supply" || t.low == "supplies":
			if prev(k) == "day" {
				return true // "Your 30-day supply runs out"
			}
		case t.low == "contact" || t.low == "contacto":
			if p := prev(k); p == "close" || p == "estrecho" || nx == "estrecho" || nx == "cercano" {
				return true // "You were a close contact on Dec 3"
			}
		case t.low == "little":
			if nx == "one" || nx == "ones" {
				return true
			}
		case t.low == "room" || t.low == "rooms" || t.low == "sala" || t.low == "habitacion":
			if k+1 < n && s.toks[k+1].cls&tDigit != 0 {
				return true // "room 4"
			}
		case t.low == "pharmacy" || t.low == "farmacia":
			switch nx {
			case "counter", "window", "drive", "pickup", "mostrador", "ventanilla":
				return true
			}
		case t.low == "chart" || t.low == "charts":
			if p := prev(k); p != "size" && p != "sizing" && p != "fit" && p != "color" && p != "conversion" {
				return true // "please update the chart", not "See our size chart"
			}
		case t.low == "file":
			if prev(k) == "on" {
				return true // "on file"
			}
		case t.low == "records" || t.low == "record":
			if p := prev(k); p == "our" || p == "your" || p == "medical" || p == "health" || recipientWords.get(hstr(p)) {
				return true
			}
		case t.low == "date" || t.low == "fecha":
			// "Date of service", "fecha de servicio", "fecha del servicio"
			if (nx == "of" || nx == "de" || nx == "del") && k+2 < n && (s.toks[k+2].low == "service" || s.toks[k+2].low == "servicio") {
				return true
			}
		}
	}
	return false
}

// careDiaDe: kin word k is the end of a Spanish holiday's name: "Día de la
// Madre", "Día del Padre", "Día del Niño", "Día de los Abuelos".
func (s *scanner) careDiaDe(k int) bool {
	if !careHoliday.get(s.toks[k].h) {
		return false
	}
	for m := k - 1; m >= 0 && m >= k-3; m-- {
		switch s.toks[m].low {
		case "dia":
			return true
		case "de", "del", "la", "las", "los", "el":
			continue
		}
		return false
	}
	return false
}

// careReaderBefore: a reader's word stands within w words before token k
// in its sentence.
func (s *scanner) careReaderBefore(k, w int) bool {
	for m := k - 1; m >= 0 && m >= k-w; m-- {
		if recipientWords.get(s.toks[m].h) {
			return true
		}
		if s.toks[m].sent {
			break
		}
	}
	return false
}

// careReaderInSentence: a reader's word (recipientWords, "lo") is in token
// k's sentence.
func (s *scanner) careReaderInSentence(k int) bool {
	lo, hi := s.sentSpan(k)
	for m := lo; m < hi; m++ {
		if h := s.toks[m].h; recipientWords.get(h) || h == hLo {
			return true
		}
	}
	return false
}

// careForReader: after hold verb k in its sentence, "for" and then a
// reader's word ("blocked off March 3, 9:40 AM for your account").
func (s *scanner) careForReader(k int) bool {
	_, hi := s.sentSpan(k)
	for m := k + 1; m+1 < hi; m++ {
		if (s.toks[m].low == "for" || s.toks[m].low == "para") && recipientWords.get(s.toks[m+1].h) {
			return true
		}
	}
	return false
}

// careClockInSentence: a clock time is in token k's sentence.
func (s *scanner) careClockInSentence(k int) bool {
	lo, hi := s.sentSpan(k)
	for m := lo; m < hi; m++ {
		if s.toks[m].cls&tDigit != 0 && s.careClock(m) {
			return true
		}
	}
	return false
}

// careClock: digit token k begins a clock time: "9:40", "10 AM", "9 a.m.",
// "19 h", "a las 9".
func (s *scanner) careClock(k int) bool {
	t := &s.toks[k]
	if t.nd < 1 || t.nd > 2 {
		return false
	}
	n := len(s.toks)
	if k+1 < n && !s.toks[k+1].sent {
		nt := &s.toks[k+1]
		g := s.gap(k + 1)
		if g == ":" && nt.nd == 2 && nt.cls&tDigit != 0 {
			return true
		}
		if g == " " || g == "" {
			switch nt.low {
			case "am", "pm", "h", "hs", "hrs", "horas", "hr":
				return true
			case "a", "p":
				if k+2 < n && s.toks[k+2].low == "m" {
					return true
				}
			}
		}
	}
	return k >= 2 && s.toks[k-1].low == "las" && s.toks[k-2].low == "a"
}

// careOneWord: the entry holds a one-word clinical term.
func careOneWord(w *wordInfo) bool {
	if !w.careAny {
		return false
	}
	for _, ph := range w.phrases {
		if len(ph.toks) == 1 && ph.class == pClinical {
			return true
		}
	}
	return false
}

// carePurpose: the purpose closurePurpose found after the date ending at
// token j ("reopen on 01/02 for the suture removal") names something other
// than the sender's business or event ("close at noon on Dec 23 for a staff
// event"): the date's untied finding stays whatever the notice says.
func (s *scanner) carePurpose(j int) bool {
	for k := j + 1; k < len(s.toks) && !s.toks[k].sent; k++ {
		if s.toks[k].low != "for" && s.toks[k].low != "para" {
			continue
		}
		for m := k + 1; m < len(s.toks) && m <= k+3 && !s.toks[m].sent; m++ {
			h := s.toks[m].h
			if sdSenderNouns.get(h) || sdEventNouns.get(h) {
				return false
			}
		}
		for m := k + 1; m < len(s.toks) && m <= k+3 && !s.toks[m].sent; m++ {
			h := s.toks[m].h
			if !closureBusiness.get(h) && !fdWorks.get(h) {
				return true
			}
		}
		return false
	}
	return false
}

// careHolidayIn: the token list names the holiday of parent hol (1
// Father's Day / Día del Padre, 2 Mother's Day / Día de la Madre, 3
// Grandparents Day / Día de los Abuelos).
func (s *scanner) careHolidayIn(hol uint8) bool {
	for k := range s.toks {
		if careParentOf[s.toks[k].h] != hol || !careHoliday.get(s.toks[k].h) {
			continue
		}
		nx := ""
		if k+1 < len(s.toks) {
			nx = s.toks[k+1].low
		}
		if nx == "day" || nx == "s" && k+2 < len(s.toks) && s.toks[k+2].low == "day" || s.careDiaDe(k) {
			return true
		}
	}
	return false
}

// careVocative: capitalised token k closes its sentence after a comma
// ("…, John."): the reader addressed by name.
func (s *scanner) careVocative(k int) bool {
	if k == 0 || s.toks[k].sent || s.gap(k) != ", " {
		return false
	}
	if k+1 < len(s.toks) && !s.toks[k+1].sent {
		return false
	}
	g := s.gap(k + 1)
	return g != "" && (g[0] == '.' || g[0] == '!' || g[0] == '?')
}
