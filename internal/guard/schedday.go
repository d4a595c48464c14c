package guard

// schedday.go: whose schedule a date is on, read from its sentence's
// structure (issue 15, twenty-third pass, fix helper r23date, dev99–dev116,
// 2026-12-06).
//
// The largest family of clean notices still blocked in the blind
// development files of the twenty-third pass was a date on the sender's
// own schedule, reported as date.person (a care word near it: "consulta",
// "lab", "clinic", "visitas") or date.untied (no cue, in a notice with a
// care word elsewhere):
//
//   - the sender's place or service as the subject of a schedule verb:
//     "el lunes 14/12 no habrá consulta externa por mantenimiento
//     eléctrico", "el 2 de noviembre, Día de los Difuntos, la consulta
//     externa permanecerá cerrada", "Our office will close at 3 PM on
//     Friday, December 19 for our staff holiday party", "Lab draw station
//     hours are changing to 7 AM–3 PM weekdays beginning Jan 4", "Pennsylvania
//     records copy fees change on Jan 1" (schedDayPlace: a place, service,
//     hours or fee word; schedDayVerb: close, reopen, resume, change,
//     open, be down, relocate, attend, extend…);
//   - an event open to everyone: "Free community class … Dec 17, 2 PM",
//     "Community talk: … Jan 22, 6 PM. Open to the public.", "Nuestro
//     curso de preparación para el parto comienza el 12 de enero. Abierto
//     a todas las familias de la comunidad" (schedDayEvent: an event noun
//     in the date's sentence; schedDayAll: a word of a group open to all
//     in the notice — "open to the public/everyone/all", "all/everyone
//     welcome", "todos bienvenidos", "abierto a todas …", "for the whole
//     community", or "free"/"gratuito" or "community" beside the event
//     noun).
//
// schedDay reads the day as the sender's (date() treats it as public: its
// person cue no longer ties it, and it is allowed) only when nothing in the
// date's sentence is one reader's:
//   - no word of the reader (your, you, su, sus, tu, usted, te, le …;
//     schedDayReader) and no relative (kinWords) in the sentence; so "your
//     appointment is confirmed for Mon, Dec 14", "su colonoscopia es el
//     14/12", "the clinic will see you Dec 19 for your biopsy follow-up"
//     stay reported;
//   - no finding already made in the sentence that is reader-tied
//     (readerTied) or a name (the reader or a relative named);
//   - for the place reading, no care word in the sentence other than the
//     place's own words (careWord): "La biopsia será el 14/12 en el
//     laboratorio" and "The lab will close at noon on Dec 31 for your
//     blood draw" stay reported; nor a care purpose after the date
//     (closurePurpose/carePurpose, redteam.go, caresignal.go: "reopen on
//     Jan 4 for the stitches").
//
// Test `TestSchedDay` (schedday_test.go).

var (
	// schedDayReader: words of one reader (or of one reader's own)
	schedDayReader = wordSetTab("your yours you youre su sus tu tus usted ustedes te ti contigo le les suyo suya")
	// schedDayChild: one child of the reader's ("la consulta del niño"),
	// unless after schedDayAny ("any child under 3")
	schedDayChild = wordSetTab("child kid baby son daughter nino nina ninos ninas bebe bebes hijo hija hijos hijas")
	schedDayAny   = wordSetTab("any every each all cualquier todo todos toda todas")
	// schedDayPlace: the sender's place, service, hours or fee as the
	// subject of a schedule
	schedDayPlace = wordSetTab("office offices oficina oficinas clinic clinics clinica clinicas site sites location locations " +
		"branch branches sucursal sucursales sede sedes lab labs laboratorio laboratorios station window ventanilla " +
		"gym gimnasio pharmacy farmacia farmacias center centre centro hospital hours horario horarios phones phone " +
		"scheduling portal consulta externa urgencias emergencias emergencia servicios services desk lobby parking " +
		"car park entrance meetings reuniones fee fees prices precios tarifa tarifas encuesta survey draw records copy " +
		"outpatient visitas suite suites sessions sesiones classes clases groups grupos")
	// schedDayVerb: verbs of a place's schedule
	schedDayVerb = wordSetTab("close closes closed closing closure cerrada cerrado cerrados cerradas cerrara cerraran cierra cierran " +
		"reopen reopens reopening resume resumes resuming reanuda reanudan reanudara reanudaran " +
		"open opens abre abren abrira abriran abierta abiertos abiertas abierto " +
		"change changes changing cambia cambian cambiara cambiaran relocated relocating " +
		"down resurfaced atendera atenderan atenderemos atiende funcionara funcionaran amplia ampliara " +
		"estrenara permanecera permaneceran habra applies aplica aplicara sera")
	// schedDayEvent: an event's noun
	schedDayEvent = wordSetTab("class classes workshop workshops webinar webinars talk talks fair concert vigil meetup " +
		"session sessions orientation seminar seminario curso cursos taller talleres feria charla charlas " +
		"house tea open-house q&a clinic clinics jornada drive event events evento eventos night")
	// schedDayAudience: care words naming who an event is for ("family
	// caregiver meetup"), and the sender's place words (schedDayPlace:
	// "Tamarack Valley Hospital's annual health fair") are no care item
	schedDayAudience = wordSetTab("caregiver caregivers cuidador cuidadores cuidadora cuidadoras")
	// schedDayFair: a fair, public by nature (publicdate.go)
	schedDayFair = wordSetTab("fair fairs feria ferias expo festival")
	// schedDayFree: a word that opens an event to anyone beside its noun
	schedDayFree = wordSetTab("free gratuito gratuita gratuitos gratuitas community comunidad public publico publica")
)

// schedDay reports whether the date at i..j is on the sender's own
// schedule or an event open to everyone (see the file comment).
func (s *scanner) schedDay(i, j int) bool {
	a, b := s.sentence(i)
	if len(s.toks) == 0 || b >= len(s.toks) {
		return false
	}
	// the reader's words in the date's sentence and the sentences either
	// side ("nuestras clínicas cerrarán; su cita se moverá", "… closes March
	// 3–21; your cast must stay dry")
	lo, hi := a, b
	if lo > 0 {
		lo, _ = s.sentence(lo - 1)
	}
	if hi+1 < len(s.toks) {
		_, hi = s.sentence(hi + 1)
	}
	for k := lo; k <= hi; k++ {
		if k >= i && k <= j {
			continue
		}
		h := s.toks[k].h
		if s.schedDayPlaceOwn(k, a) {
			continue
		}
		if schedDayReader.get(h) || kinWords.get(h) || s.schedDayHousehold(k) || schedDayChild.get(h) && (k == 0 || !schedDayAny.get(s.toks[k-1].h)) {
			return false
		}
	}
	// the reader's arrival or an odd clock time of one slot in the notice
	// ("so arrive early", "venga en ayunas", "March 3 at 10:40 AM";
	// carefacility.go, senderdate.go)
	if s.arrivalOrOddClock() { // careArrival() || sdOddClock(0, n), once per token list (arrivememo.go)
		return false
	}
	// one reader's booking anywhere in the notice ("Admission confirmed.
	// Thanks. The hospital lobby opens Dec 14 at 6 AM", "Cupo reservado.
	// Gracias. El laboratorio reanudará el 4 de enero"; dev116s)
	if s.schedDayBooking() {
		return false
	}
	sa, sb := int(s.toks[a].s), int(s.toks[b].e)
	for _, f := range s.fs {
		if f.b <= sa || f.a >= sb {
			continue
		}
		if f.readerTied() || f.kind == KindName && f.rule != "name.capitalized" {
			return false
		}
	}
	return s.schedDayPlaceVerb(a, b, i, j) || s.schedDayOpenEvent(a, b, i, j)
}

// schedDayPlaceVerb: a place word and a schedule verb in the sentence
// a..b, no other care word, no care purpose after the date.
func (s *scanner) schedDayPlaceVerb(a, b, i, j int) bool {
	place, verb := false, false
	for k := a; k <= b; k++ {
		if k >= i && k <= j {
			continue
		}
		h := s.toks[k].h
		switch {
		case schedDayPlace.get(h):
			place = true
		case schedDayVerb.get(h):
			verb = true
		case s.careWord(k, true) && !s.schedDayPlaceName(k, b):
			return false
		}
	}
	return place && verb && !s.schedDayPurpose(j)
}

// schedDayDet: determiners and the sender's possessives skipped before a
// purpose's first word
var schedDayDet = wordSetTab("the a an our this that nuestro nuestra nuestros nuestras el la los las un una este esta")

// schedDayPurpose: "for"/"para" after the date ending at j, in its
// sentence, and the purpose's first word (after determiners and the
// sender's "our") is not the sender's business, works, sales or event
// (closureBusiness, fdWorks, sdSenderNouns, sdEventNouns): "reopens on Jan
// 4 for the stitches", "for the shots" keep the date; "close at 3 PM on
// December 19 for our staff holiday party" does not. The same purpose
// closurePurpose reads, with the sender's "our" skipped.
func (s *scanner) schedDayPurpose(j int) bool {
	for k := j + 1; k < len(s.toks) && !s.toks[k].sent; k++ {
		if s.toks[k].low != "for" && s.toks[k].low != "para" {
			continue
		}
		for m := k + 1; m < len(s.toks) && m <= k+4 && !s.toks[m].sent; m++ {
			h := s.toks[m].h
			if schedDayDet.get(h) {
				continue
			}
			return !closureBusiness.get(h) && !fdWorks.get(h) && !sdSenderNouns.get(h) && !sdEventNouns.get(h)
		}
		return false
	}
	return false
}

// schedDayOpenEvent: an event noun in the sentence a..b, and the event is
// open to all (a free or community word within three words of the noun, or
// a group-open-to-all phrase anywhere in the notice).
func (s *scanner) schedDayOpenEvent(a, b, i, j int) bool {
	ev := -1
	// the event named in the sentence before a bare date ("Free flu
	// vaccine clinic for all members. Saturday, October 10, …"), when the
	// date's own sentence holds no care word or person cue ("Community
	// workshop for everyone on April 9. Follow-up visit on April 9 at 2
	// PM." keeps its second date)
	//
	// A care word in the date's own sentence keeps the date either way
	// ("Free flu vaccine clinic for the public on Oct 3", "Free community
	// talk Feb 19 and checkup Feb 20", "Surgery Day is March 3" stay
	// reported, fail closed as publicdate.go and publiccueday.go decided),
	// except the event noun itself, a place word of the sender's, an
	// audience word (schedDayAudience) and a word naming a fair ("health
	// fair": a fair is public by nature, publicdate.go).
	for k := a; k <= b; k++ {
		if (k < i || k > j) && !schedDayEvent.get(s.toks[k].h) && !schedDayPlace.get(s.toks[k].h) && !schedDayAudience.get(s.toks[k].h) && s.careWord(k, true) &&
			!(k+1 <= b && schedDayFair.get(s.toks[k+1].h)) {
			return false
		}
	}
	if a > 0 && !s.schedDayEventIn(a, b, i, j) {
		a, _ = s.sentence(a - 1)
	}
	for k := a; k <= b; k++ {
		if (k < i || k > j) && schedDayEvent.get(s.toks[k].h) {
			ev = k
			break
		}
	}
	if ev < 0 {
		return false
	}
	for k := ev - 3; k <= ev+3; k++ {
		if k >= a && k <= b && schedDayFree.get(s.toks[k].h) {
			return true
		}
	}
	// an audience of everyone in any sentence of the notice ("Open to
	// everyone.", "Abierto a todas las familias de la comunidad.", "Free
	// blood pressure checks for all attendees"): the shared readings
	// (publicoffer.go pubEveryone, publicnotice.go pubWelcome)
	for lo := 0; lo < len(s.toks); {
		hi := pubSentenceEnd(s.toks, lo)
		if hi <= lo {
			break
		}
		if pubEveryone(s.toks, lo, hi) || pubWelcome(s.toks, lo, hi) {
			return true
		}
		lo = hi
	}
	return false
}

// schedDayPlaceName: care word k names the place after it (a place word
// of schedDayPlace one or two words on, within b): "the rehab gym", "the
// patient services window", "Infusion Suites" — the place's name, not one
// reader's care.
func (s *scanner) schedDayPlaceName(k, b int) bool {
	for m := k + 1; m <= k+2 && m <= b && m < len(s.toks); m++ {
		if schedDayPlace.get(s.toks[m].h) {
			return true
		}
		if !s.careWord(m, true) {
			return false
		}
	}
	return false
}

// schedDayHours: the hours a place's "su" may own
var schedDayHours = wordSetTab("horario horarios")

// schedDayPlaceOwn: "su"/"sus" at k before "horario" with a place word
// earlier in the sentence from a: the place's own hours ("la sucursal
// Polanco amplía su horario"), not the reader's.
func (s *scanner) schedDayPlaceOwn(k, a int) bool {
	if l := s.toks[k].low; l != "su" && l != "sus" || k+1 >= len(s.toks) || !schedDayHours.get(s.toks[k+1].h) {
		return false
	}
	for m := a; m < k; m++ {
		if schedDayPlace.get(s.toks[m].h) && !schedDayHours.get(s.toks[m].h) {
			return true
		}
	}
	return false
}

// schedDayEventIn: an event noun in a..b outside the date i..j.
func (s *scanner) schedDayEventIn(a, b, i, j int) bool {
	for k := a; k <= b; k++ {
		if (k < i || k > j) && schedDayEvent.get(s.toks[k].h) {
			return true
		}
	}
	return false
}

// schedDayHousehold: token k names one household: "household", "hogar",
// or "family"/"familia" beside a capitalised name ("Familia Ruiz:", "the
// Okafor family").
func (s *scanner) schedDayHousehold(k int) bool {
	switch s.toks[k].low {
	case "household", "households", "hogar":
		return true
	case "family", "familia":
		if k+1 < len(s.toks) && !s.toks[k+1].sent && s.toks[k+1].cls&tCap != 0 && s.gap(k+1) == " " {
			return true
		}
		return k > 0 && !s.toks[k].sent && !s.toks[k-1].sent && s.toks[k-1].cls&tCap != 0 && s.gap(k) == " "
	}
	return false
}

// schedDayBooked: words of one reader's booking, slot or pending item
// (schedDayBooking)
var schedDayBooked = wordSetTab("confirmed booked held reserved rescheduled pending slot confirmado confirmada reservado reservada " +
	"agendado agendada reagendado reagendada pendiente cupo")

// schedDayBe: "is/will be held": an event's passive, no booking
var schedDayBe = wordSetTab("be is are was were being")

// schedDayBookingScan: a word of one reader's booking in the notice
// (red team dev116s, fix helper red23d, 2026-12-06): a short confirmation
// of one reader's test, admission, discharge, procedure, session or slot
// ("Admission confirmed.", "Slot held.", "Consulta reservada.",
// "Resultado pendiente.") before or after the sender's schedule sentence
// makes that date the reader's (fail closed); "held" after a form of "be"
// ("the class will be held") is an event's passive and no booking.
func (s *scanner) schedDayBookingScan() bool {
	for k := range s.toks {
		if !schedDayBooked.get(s.toks[k].h) {
			continue
		}
		if s.toks[k].low == "held" && k > 0 && schedDayBe.get(s.toks[k-1].h) && (s.toks[k-1].low != "is" || k < 2 || s.toks[k-2].low != "slot") {
			continue
		}
		return true
	}
	return false
}
