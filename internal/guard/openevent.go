package guard

// openevent.go: the date of the sender's public event, opening or closure
// (issue 15, eleventh pass, helper EVT11, dev64/dev68/dev70e).
//
// publicdate.go, bizdate.go, closure*.go, ownnotice.go and the announce
// rules each read narrow shapes of the sender's own calendar, one word list
// each, and a public event worded otherwise kept its date reported: "The
// Little Molars Tooth Fairy Party is Saturday September 6 … all families
// welcome!" (a party; the audience in the next sentence), "free community
// foot-health seminar is April 10 … All welcome" ("All welcome" was no
// audience), "presenta el taller gratuito 'Cuida tu piel en verano' el 19
// de octubre. Inscripción: …" (the reader's "tu" inside the workshop's
// title), "Farmacias Alameda abre nueva farmacia … ¡Te esperamos el 20 de
// junio!" (the invitation's "te"), "Free flu shots for all Eastgate
// students and staff, Wed, Oct 22" (no event noun), "Free blood-pressure
// screening day … on April 1, open to the public" (the screening cue).
//
// openEventDate reads the date as the sender's when its year, if written,
// is 2010 or later, no veto below holds, and one of:
//
//   - the date's sentence opens or closes a place of the sender's (opens,
//     reopens, grand opening, inauguración, abre, abrimos, closed, closes,
//     cerrado, cierra…);
//   - the date's sentence names an event (day, night, party, fair,
//     festival, seminar, workshop, class, talk, clinic, hour, open house,
//     taller, charla, jornada, fiesta, feria…) and the notice marks it
//     public (below);
//   - the date's sentence marks a public audience and the notice names an
//     event ("Sports physicals day! … for all fall athletes, Sat, Aug 2");
//   - the date's sentence invites (join us, únete, acompáñanos, te/le/les
//     esperamos, invitamos, you're invited, save the date) and the notice
//     names an event, an opening or a public mark;
//   - the date's sentence holds two public marks of different kinds
//     ("Vacunación … GRATIS y abierta al público este sábado 11 de
//     octubre", "Free flu shots for all Eastgate students").
//
// Public marks: an audience of all (audienceTok, announce_public.go),
// "open to …" / "abierto a …", "for all <group>" / "para todos", a welcome
// of many ("all welcome", "everyone welcome", "all families welcome",
// "walk-ins welcome", "todos bienvenidos"), free / gratis / gratuito / $0 /
// entrada libre, registration (registration, register, RSVP, sign up,
// inscripción, inscríbete, regístrate), "community"/"comunitaria" before an
// event (not before a room or centre), "no appointment needed" / "sin cita".
//
// Vetoes (fail closed), the care-signal vetoes kept because each ties a
// date to one person, whatever the event:
//
//   - a reader's word (you, your, su, tu, te, le…) in the date's sentence,
//     except inside a quoted title ('Cuida tu piel') and in an invitation
//     (te/le/les esperamos, you're invited, invites you): "Join us for your
//     follow-up on May 24", "Te esperamos el 20 de junio para tu cirugía";
//   - a reader's word in another sentence that also holds a care word (a
//     person cue of date(), a health cue, careWords, senderDate's care list,
//     a stay or treatment) or a clock time: "Your dialysis schedule stays
//     the same"; "Bring your insurance card" is no veto;
//   - a care event of one person in the date's sentence: admission,
//     discharge, surgery, infusion, procedure (onStay, ownnotice.go),
//     appointment, cita, follow-up, results, refill, receta, booked,
//     scheduled… ("no appointment needed" and "sin cita" excepted);
//   - a clock time with odd minutes in the date's sentence (a booked slot,
//     sdOddClock);
//   - kin anywhere in the notice (son, hija, mom, baby, grandpa… careKin,
//     kinWords) but family/families/familia/familias and parents/padres,
//     which name a public's households ("all families welcome", "Family
//     Health Night");
//   - a birthday, a birth, a memorial or a funeral anywhere in the notice
//     (birthday, cumpleaños, born, nacimiento, memorial, funeral…), an
//     earlier date of the notice before 2010 (dateKeep), a greeting (hi,
//     dear, hola, estimado…);
//   - a person in the date's sentence: a personal title (Mr, Mrs, Ms, Sr,
//     Sra), or a capitalised given name of the lists that is not the
//     sender's staff (after a role word: la farmacéutica Lucía Serrano,
//     Dr.) nor a place's (after St., San, Santa, Parque, Park, Calle,
//     Plaza): "The Tooth Fairy Party for Mia is Saturday";
//   - an arrival instruction anywhere (arrive, llegue, fasting, ayunas,
//     check in).
//
// The plain care words of the event's own name are not vetoes (the care
// gate's plain care list is dropped here): a public screening day, a flu
// shot clinic, a foot-health seminar or a caregiver coffee hour is the
// sender's business; their clinical words keep their own findings unless
// announce.go finds the notice a general announcement.
//
// openCueDay lets publicCueDay (publiccueday.go) read "Free blood-pressure
// screening day … on April 1, open to the public" as it reads "open to all
// employees": the date's sentence holds an audience of all or "open to",
// and no veto above holds.
//
// Accepted risks: an event of a group defined by health with a public mark
// ("free diabetes support group night, all welcome") passes its date (the
// condition keeps its own finding); a reader's event worded as a public one
// with no reader word, name or kin ("Class party is May 2, all welcome")
// passes — a notice that names nobody says nothing about anyone's care.
// Cost: only for a date no earlier rule allowed; a few passes over the
// notice's tokens, each a hash-set lookup behind the sentence bounds.

var (
	oeOpening = wordSetTab("opens reopen reopens reopening inauguracion inaugura inauguramos inaugurara abre abrimos " +
		"abrira abren abriremos reabre reabrimos reabrira closed closes cerrado cerrada cerrados cerradas " +
		"cierra cierran cerrara cerraran cerramos cerraremos")
	oeEvent = wordSetTab("day days dia dias night nights noche party parties fiesta fiestas celebration celebracion festival " +
		"festivals fair fairs feria ferias expo seminar seminars seminario seminarios workshop workshops taller talleres class " +
		"classes clase clases talk talks charla charlas lecture lectures conferencia webinar webinars jornada jornadas event " +
		"events evento eventos clinic picnic social hour tour tours drive drives walk run 5k movie concert concierto carnival " +
		"bazaar potluck meetup gathering screenings kermes caminata torneo tournament gala fundraiser")
	oeInviteVerb = wordSetTab("esperamos esperaremos invitamos invita invitan")
	oeInviteCl   = wordSetTab("te le les los las")
	oeJoin       = wordSetTab("join unete unase acompananos acompanenos")
	oeFree       = wordSetTab("free gratis gratuito gratuita gratuitos gratuitas")
	oeRegister   = wordSetTab("registration register rsvp inscripcion inscripciones inscribete inscribase registrate registrese")
	oeWelcome    = wordSetTab("welcome bienvenidos bienvenidas bienvenido bienvenida")
	oeWelcomeOf  = wordSetTab("all everyone everybody todos todas ages families friends neighbors neighbours walkins ins public " +
		"community kids children familias vecinos")
	oeOpenTo    = wordSetTab("open abierto abierta abiertos abiertas")
	oeCommunity = wordSetTab("community comunitaria comunitario comunitarias comunitarios")
	oeCommPlace = wordSetTab("room rooms center centre centers hospital college bank garden health")
	oeCareEvent = wordSetTab("transplant trasplante therapy terapia treatment tratamiento birth parto labor remission remision " +
		"sobriety sobriedad recovery recuperacion appointment appointments appt cita citas consulta followup seguimiento result results resultado resultados refill refills receta recetas booked reserved scheduled rescheduled confirmed programada programado agendada agendado confirmada confirmado reservada reservado")
	oeKinOK    = wordSetTab("family families familia familias parents padres")
	oeBirth    = wordSetTab("birthday birthdays cumpleanos born nacio naci nacimiento memorial funeral obituary velorio sepelio fallecido fallecida deceased")
	oeGreeting = wordSetTab("hi hello hey dear hola estimado estimada querido querida")
	oeTitle    = wordSetTab("mr mrs ms miss sr sra srta")
	oeRole     = wordSetTab("farmaceutica farmaceutico pharmacist dr dra doctor doctora nurse enfermera enfermero nutritionist " +
		"nutricionista dietitian dietista therapist fisioterapeuta chef coach instructor instructora speaker ponente")
	oePlaceBefore = wordSetTab("st saint san santa parque park calle plaza avenida")
	onWeVisit     = wordSetTab("us our nuestra nuestro nuestras nuestros")
	oePlaceAfter  = wordSetTab("high school elementary middle academy church library park hall center centre college university " +
		"hospital clinic street avenue road square memorial stadium arena gym")
	oeArrive = wordSetTab("arrive arrival arriving llegue lleguen llegar fasting ayunas ayuno checkin")
)

// oeMarkFilter: every word at which oeMarksIn can find a mark: its word
// sets, the words it compares with, openHouse's "open" and audienceTok's
// words (announce_public.go). A word outside it costs oeMarksIn one bit
// test (SPEED11); a word added to a mark above must be added here.
var oeMarkFilter = tabsFilter(odStarts, oeOpening, oeEvent, oeInviteCl, oeJoin, oeOpenTo, oeWelcome, oeCommunity, oeFree, oeRegister,
	wordSetTab("grand open invited invites save for para puertas libre 0 sign no sin "+
		"public publico ciudadania community comunidad everyone everybody anyone walkins residents residentes "+
		"todos todas walk neighbors neighbours families vecinos familias all eligible elegibles"))

// oeMarks: the kinds of mark found in a span of tokens.
type oeMarks struct {
	event, opening, invite bool
	audience, free, reg    bool
}

func (m oeMarks) public() int {
	n := 0
	for _, b := range []bool{m.audience, m.free, m.reg} {
		if b {
			n++
		}
	}
	return n
}

// openEventDate: the date at tokens i..j (year y, 0 when not written) is
// the sender's public event's (see the file comment).
func (s *scanner) openEventDate(i, j, y int) bool {
	if y > 0 && y < publicEventFirstYear {
		return false
	}
	lo, hi := s.sentSpan(i)
	in := s.oeMarksIn(lo, hi)
	if in.event || in.opening || in.invite || in.public() > 0 {
		// cheap first: a date with no mark in its sentence is left at once
	} else {
		return false
	}
	if s.oeVeto(i, j, lo, hi) {
		return false
	}
	if in.opening && !s.oeCareIn(lo, hi) || in.public() >= 2 {
		return true // "Our Eastgate store closes early on Dec 24"; not "the incision closed on May 3"
	}
	all := s.oeMarksIn(0, len(s.toks))
	switch {
	case in.event && all.public() > 0:
		return true
	case in.public() > 0 && all.event:
		return true
	case in.invite && (all.event || all.opening):
		return true
	}
	return false
}

// openCueDay: the date at i..j, whose person cues name the event's days
// (publicCueDay), stands in a sentence open to all and no veto holds.
func (s *scanner) openCueDay(i, j int) bool {
	lo, hi := s.sentSpan(i)
	if !s.oeMarksIn(lo, hi).audience {
		return false
	}
	return !s.oeVeto(i, j, lo, hi)
}

// oeMarksIn: the marks of tokens lo..hi.
func (s *scanner) oeMarksIn(lo, hi int) oeMarks {
	var r oeMarks
	tok := func(m int) string {
		if m < lo || m >= hi {
			return ""
		}
		return s.toks[m].low
	}
	for m := lo; m < hi; m++ {
		h := s.toks[m].h
		if !oeMarkFilter.may(h) {
			continue // no mark starts at this word (oeMarkFilter)
		}
		low := s.toks[m].low
		switch {
		case oeOpening.get(h):
			r.opening = true
		case low == "grand" && tok(m+1) == "opening":
			r.opening = true
		case oeEvent.get(h), s.odEventAt(m, hi): // a campaign, a Q&A (opsdrive.go)
			r.event = true
		}
		if s.odAudienceAt(m, lo, hi) {
			r.audience = true // "blood drive", "career fair", "a public Q&A", "at all locations" (opsdrive.go)
		}
		if s.openHouse(m) {
			r.event = true
		}
		if oeInviteCl.get(h) && m+1 < hi && oeInviteVerb.get(s.toks[m+1].h) || oeJoin.get(h) && (low != "join" || tok(m+1) == "us") ||
			(low == "invited" || low == "invites") || low == "save" && tok(m+1) == "the" && tok(m+2) == "date" {
			r.invite = true
		}
		if audienceTok(s.toks, m) && m >= lo {
			r.audience = true
		}
		switch {
		case oeOpenTo.get(h) && (tok(m+1) == "to" || tok(m+1) == "a" || tok(m+1) == "al"):
			r.audience = true
		case low == "for" && tok(m+1) == "all" && m+2 < hi && !recipientWords.get(s.toks[m+2].h):
			r.audience = true
		case low == "para" && (tok(m+1) == "todos" || tok(m+1) == "todas" || tok(m+1) == "toda"):
			r.audience = true
		case oeWelcome.get(h) && s.oeWelcomeOfMany(m, lo, hi):
			r.audience = true
		case oeCommunity.get(h) && !oeCommPlace.get(hstr(tok(m+1))) && !(m+1 < hi && s.isCapWord(m+1) && s.toks[m].cls&tCap != 0):
			r.audience = true
		case low == "puertas" && tok(m+1) == "abiertas":
			r.audience = true
		case oeFree.get(h), low == "libre" && tok(m-1) == "entrada", low == "0" && strings0(s.gap(m)):
			r.free = true
		case oeRegister.get(h), low == "sign" && tok(m+1) == "up":
			r.reg = true
		case low == "no" && (tok(m+1) == "appointment" || tok(m+1) == "appointments"), low == "sin" && tok(m+1) == "cita":
			r.audience = true
		}
	}
	return r
}

// strings0: the gap before a "0" ends in a dollar sign ("$0").
func strings0(g string) bool { return len(g) > 0 && g[len(g)-1] == '$' }

// oeCareIn: tokens lo..hi hold a care word (a person cue of date(), a
// health cue, careWords, a one-word clinical term); the reader's words,
// which carry a health-cue flag, are not care words here.
func (s *scanner) oeCareIn(lo, hi int) bool {
	for m := lo; m < hi; m++ {
		if s.oeCareTok(m) {
			return true
		}
	}
	return false
}

func (s *scanner) oeCareTok(m int) bool {
	h := s.toks[m].h
	return !recipientWords.get(h) && (s.fl(m)&(wDatePerson|wHealthCue) != 0 || careWords.get(h) || s.toks[m].w != nil && careOneWord(s.toks[m].w))
}

// oeWelcomeOfMany: the welcome word at k welcomes many ("all welcome",
// "everyone is welcome", "all families welcome", "todos bienvenidos").
func (s *scanner) oeWelcomeOfMany(k, lo, hi int) bool {
	for m := max(lo, k-3); m < hi && m <= k+2; m++ {
		if m != k && oeWelcomeOf.get(s.toks[m].h) {
			return true
		}
	}
	return false
}

// oeVeto: a veto of the file comment holds for the date at i..j in the
// sentence lo..hi.
func (s *scanner) oeVeto(i, j, lo, hi int) bool {
	if s.dateKeep || s.sdOddClock(lo, hi) {
		return true
	}
	n := len(s.toks)
	for m := 0; m < n; m++ {
		h := s.toks[m].h
		low := s.toks[m].low
		if oeBirth.get(h) || oeGreeting.get(h) || oeArrive.get(h) || low == "check" && m+1 < n && s.toks[m+1].low == "in" {
			return true
		}
		if s.namedFamily(m) { // "Okafor family's kidney walk" (publicdate.go)
			return true
		}
		if (careKin.get(h) || kinWords.get(h)) && !oeKinOK.get(h) {
			return true
		}
	}
	// the date's sentence
	invited, care, clock := false, false, false
	for m := lo; m < hi; m++ {
		if m >= i && m <= j {
			continue
		}
		h := s.toks[m].h
		if recipientWords.get(h) && !s.oeQuoted(m, lo, hi) {
			if !s.oeInviteReader(m) {
				return true
			}
			invited = true
		}
		if s.oeCareTok(m) {
			care = true
		}
		if s.toks[m].cls&tDigit != 0 && s.careClock(m) {
			clock = true
		}
		if invited && (care || clock && !s.oeMarksIn(lo, hi).event) {
			return true // "As a patient in our fertility program, you're invited to our info night on March 12"
		}
		if (oeCareEvent.get(h) || onStay.get(h)) && !(m > lo && (s.toks[m-1].low == "no" || s.toks[m-1].low == "sin")) {
			return true
		}
		if onVisit.get(h) && !(m+1 < hi && onWeVisit.get(s.toks[m+1].h)) { // "Our nurse will stop by on Dec 4 while the office is closed"; not "visit us"
			return true
		}
		if oeTitle.get(h) && s.toks[m].cls&(tCap|tUpper) != 0 {
			return true
		}
		if s.oeGivenName(m, lo) {
			return true
		}
	}
	// the other sentences: a reader's word beside a care word or a clock
	for a := 0; a < n; {
		_, b := s.sentSpan(a)
		if a != lo {
			reader, care := false, false
			for m := a; m < b; m++ {
				h := s.toks[m].h
				if recipientWords.get(h) && !s.oeInviteReader(m) && !s.oeQuoted(m, a, b) && !s.odPeersAt(m, b) { // "Tell your nurse friends" (opsdrive.go)
					reader = true
				}
				if s.fl(m)&wDatePerson != 0 || s.fl(m)&wHealthCue != 0 && !recipientWords.get(h) || careWords.get(h) || sdCare.get(h) || onStay.get(h) || oeCareEvent.get(h) ||
					s.toks[m].cls&tDigit != 0 && s.careClock(m) {
					care = true
				}
			}
			if reader && care {
				return true
			}
		}
		a = b
	}
	return false
}

// oeInviteReader: the reader's word at m is an invitation's ("te
// esperamos", "you're invited", "invites you").
func (s *scanner) oeInviteReader(m int) bool {
	n := len(s.toks)
	next := func(k int) string {
		if k < n && !s.toks[k].sent {
			return s.toks[k].low
		}
		return ""
	}
	low := s.toks[m].low
	if oeInviteCl.get(s.toks[m].h) && m+1 < n && !s.toks[m+1].sent && oeInviteVerb.get(s.toks[m+1].h) {
		return true
	}
	if low == "youre" && next(m+1) == "invited" || low == "you" && next(m+1) == "are" && next(m+2) == "invited" {
		return true
	}
	return low == "you" && m > 0 && !s.toks[m].sent && (s.toks[m-1].low == "invites" || s.toks[m-1].low == "invite")
}

// oeQuoted: token m stands inside a quoted title of the sentence lo..hi
// ("el taller 'Cuida tu piel en verano'").
func (s *scanner) oeQuoted(m, lo, hi int) bool {
	open := -1
	for k := lo + 1; k <= m; k++ {
		if oeOpenQuote(s.gap(k)) {
			open = k
		}
	}
	if open < 0 {
		return false
	}
	for k := open + 1; k <= m; k++ {
		if oeCloseQuote(s.gap(k)) {
			return false
		}
	}
	for k := m + 1; k < hi; k++ {
		if oeCloseQuote(s.gap(k)) {
			return true
		}
	}
	return hi == len(s.toks) // a title closing the text
}

func oeQuoteRune(r rune) bool {
	switch r {
	case '\'', '"', '\u2018', '\u2019', '\u201c', '\u201d', '\u00ab', '\u00bb':
		return true
	}
	return false
}

// oeOpenQuote: a gap ending in a space and a quote (" '").
func oeOpenQuote(g string) bool {
	rs := []rune(g)
	return len(rs) >= 2 && oeQuoteRune(rs[len(rs)-1]) && rs[len(rs)-2] == ' '
}

// oeCloseQuote: a gap beginning with a quote then a space or punctuation
// ("' ", "'.").
func oeCloseQuote(g string) bool {
	rs := []rune(g)
	return len(rs) >= 2 && oeQuoteRune(rs[0]) && rs[1] != '\'' && !(rs[1] >= 'a' && rs[1] <= 'z')
}

// oeGivenName: capitalised token m (sentence from lo) is a given name of
// the lists that is neither a role's (the sender's staff) nor a place's.
func (s *scanner) oeGivenName(m, lo int) bool {
	t := &s.toks[m]
	if t.cls&tCap == 0 || t.cls&tUpper != 0 || t.w == nil || t.w.flags&wFirst == 0 || t.w.flags&(wCommon|wMonth) != 0 {
		return false
	}
	for k := m - 1; k >= lo && k >= m-2; k-- {
		if oeRole.get(s.toks[k].h) || oePlaceBefore.get(s.toks[k].h) {
			return false
		}
	}
	for k := m + 1; k < len(s.toks) && k <= m+3 && !s.toks[k].sent && s.gap(k) == " " && s.toks[k].cls&(tCap|tUpper) != 0; k++ {
		if oePlaceAfter.get(s.toks[k].h) {
			return false // "for all Lincoln High students", "St. Andrew Lutheran Church"
		}
	}
	if hd, he, ok := s.senderHead(); ok && m >= hd && m <= he {
		return false
	}
	return !s.careStaffAt(m)
}
