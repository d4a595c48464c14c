package guard

// pubevslot.go: a free public event's topic or presenter, and an awareness
// month's or day's name, read by the public offer rule (publicoffer.go;
// issue 15, nineteenth pass, dev103's fam-pub19, fix helper pub19, probe
// set dev103s). dev103 found public events still flagged: "Ostomy
// Awareness Day is October 3. Join our free webinar with a wound, ostomy
// and continence nurse at 7 PM ET — open to all." and "Join our free
// online info session on becoming an egg donor, Wednesday, Jan 14 at 6 PM
// PT. Open to everyone." (audienceSlot read "with a … nurse at 7 PM" and
// "session on … egg donor, Wednesday … at 6 PM" as one reader's booked
// slot), "February is American Heart Month. Free hands-only CPR class …
// — open to everyone." (a month's awareness name was no sentence of the
// sender's and framed no finding).
//
// Each reading only widens what dropPublicOffers already accepts; its
// other conditions stay (readerTied refused, every finding one the
// announcement rule may drop, no "you"/"your", no personal cue, every
// sentence the sender's, every finding framed):
//
//   - a free event's topic or presenter (pvEventSlot, read beside
//     audienceSlot in a field with an audience of everyone): an event noun
//     (class, webinar, session, talk, charla, sesión, taller…) with a free
//     word at most four words before it or three after it ("free online
//     info session", "Sesión informativa gratuita en línea"); then "on /
//     about / sobre / de [becoming / being / ser / cómo] [a / the / la …]"
//     and a topic of lowercase words holding the finding, or "with / con [a
//     / una / our …]" and a presenter of lowercase words (commas, and / y
//     between) ending in a role noun (nurse, dietitian, educator,
//     enfermera…) holding the finding; the rest of the sentence only a day,
//     an hour, a time zone, "online" or an audience of everyone. For /
//     para, who / que, a capitalised word, a digit in the topic or
//     presenter, or any other word after it keep the finding;
//   - an awareness month's or day's name (pvAwareName; a sentence of the
//     sender's, and a frame of a finding inside the name when the field
//     names an audience of everyone; its date a public event's date):
//     "<Month> is [the] <Capitalised words> Month/Week" ("February is
//     American Heart Month"), "<Capitalised words> Day/Week/Month is / runs
//     <dates>" ("World Kidney Day is March 12"), "<Mes> es el Mes de/del
//     <words>" ("Febrero es el Mes del Corazón"), "[El] Día / Semana / Mes
//     [Mundial / Nacional] de/del/de la <words>: <date>" or "… es el
//     <date>" ("Día Mundial del Corazón: 29 de septiembre"); a day's or
//     week's name said with its dates needs a public qualifier (World,
//     National, Awareness, Mundial, Concientización…: "Surgery Day is March
//     3" is one person's), and the frame a free or priced offer in another
//     sentence of the field ("Free hands-only CPR class"). A name word
//     that is a person's first or last name ("Jonas Whitfield Heart
//     Month"), a possessive or any other word keeps the finding.
//
// Stays reported (pubevslot_test.go, dev103s's leaks): "Your ostomy class
// …", "As an egg donor, you …", "Since you had a heart attack …", "Free
// online info session on egg donation for our IVF patients …", "Clase
// gratuita de RCP para pacientes con marcapasos …", "… free webinar … for
// patients with a new colostomy", "Maria Lopez Ostomy Support Webinar …",
// "Jonas Whitfield Heart Month CPR Class …", "Free CPR class for the
// family of Mr. Jonas Whitfield".

import "strings"

var (
	// pvEvents: an event noun before its topic or presenter
	pvEvents = wordSetTab("class classes workshop workshops seminar seminars talk talks webinar webinars lecture lectures " +
		"session sessions course courses clase clases taller talleres charla charlas sesion sesiones curso cursos " +
		"seminario seminarios conferencia conferencias")
	// pvEventMods: words between a free word and the event noun, or after
	// it ("free online info session", "sesión informativa gratuita en línea")
	pvEventMods = wordSetTab("online virtual info information informational community public live zoom " +
		"informativa informativo gratuita gratuito gratis en linea virtual publica publico comunitaria comunitario " +
		"free abierta abierto")
	// pvTopicPrep: a topic's preposition
	pvTopicPrep = wordSetTab("on about sobre de del")
	// pvTopicLead: words before a topic ("on becoming an egg donor", "sobre
	// cómo ser donante")
	pvTopicLead = wordSetTab("becoming being how to ser como convertirse en a an the el la los las un una")
	// pvWith: a presenter's preposition
	pvWith = wordSetTab("with con")
	// pvWithLead: an article or "our" before a presenter
	pvWithLead = wordSetTab("a an our un una nuestro nuestra nuestros nuestras el la")
	// pvPresenters: a presenter's role noun ending the presenter run
	pvPresenters = wordSetTab("nurse nurses educator educators dietitian dietitians dietician nutritionist pharmacist " +
		"therapist specialist specialists physician physicians doctor doctors midwife counselor counsellor coordinator " +
		"enfermera enfermero enfermeras enfermeros educadora educador nutricionista dietista farmaceutica farmaceutico " +
		"terapeuta especialista especialistas medica medico partera consejera consejero coordinadora coordinador")
	// pvStop: words that end a topic or presenter run and keep the finding
	pvStop = wordSetTab("for para who que quien your su sus tu tus his her their")
	// pvTail: what may follow an event's topic or presenter: a day, an
	// hour, a time zone, online, an audience of everyone
	pvTail = wordSetTab("at on the this next monday tuesday wednesday thursday friday saturday sunday " +
		"mon tue wed thu fri sat sun am pm a p m noon et pt ct mt est pst cst edt pdt cdt " +
		"online virtual via zoom live open to all everyone anyone public community welcome free " +
		"en el la las los lunes martes miercoles jueves viernes sabado domingo de del mediodia linea " +
		"abierto abierta abiertos al todos todas publico comunidad gratis gratuito gratuita y and")
	// pvAwareHead: the head of an awareness name
	pvAwareHead = wordSetTab("month week day")
	pvAwareEs   = wordSetTab("mes semana dia")
	pvAwareEsOf = wordSetTab("de del la los las sobre el")
	pvAwareEsQ  = wordSetTab("mundial nacional internacional")
	pvIs        = wordSetTab("is runs")
	// pvQualifiers: a public day's qualifier
	pvQualifiers = wordSetTab("world national international global awareness american mundial nacional internacional " +
		"concientizacion concienciacion conciencia lucha")
	// pvJoin: tail words that may also join a run ("wound, ostomy and continence nurse", "enfermera de ostomía")
	pvJoin = wordSetTab("and y de del la el")
)

// pvEventSlot reports whether the finding at tokens fa..fb is a free
// event's topic or presenter (see the file comment).
func pvEventSlot(text string, toks []token, lo, hi, fa, fb int) bool {
	if poForPerson(toks, lo, hi) {
		return false
	}
	k := -1
	for j := fa - 1; j >= lo && j >= fa-10; j-- {
		if pvEvents.get(toks[j].h) {
			k = j
			break
		}
	}
	if k < 0 || !pvFreeNear(toks, lo, hi, k) {
		return false
	}
	m := k + 1
	for m < fa && pvEventMods.get(toks[m].h) {
		m++
	}
	if m >= fa {
		return false
	}
	var e int // the run's last token
	switch {
	case pvTopicPrep.get(toks[m].h):
		t := m + 1
		for n := 0; t < fa && n < 3 && pvTopicLead.get(toks[t].h); n++ {
			t++
		}
		e = pvRun(text, toks, t, hi, fa, fb)
		if e < 0 {
			return false
		}
	case pvWith.get(toks[m].h):
		t := m + 1
		if t < fa && pvWithLead.get(toks[t].h) {
			t++
		}
		e = pvRun(text, toks, t, hi, fa, fb)
		if e < 0 || !(pvPresenters.get(toks[e].h) || srRoles.get(toks[e].h)) {
			return false
		}
	default:
		return false
	}
	for j := e + 1; j < hi; j++ {
		if !pvTail.get(toks[j].h) && !(toks[j].cls&tDigit != 0 && toks[j].nd == int8(len(toks[j].low))) &&
			!poMonths.get(toks[j].h) && !pdMonAbbr.get(toks[j].h) {
			return false
		}
	}
	return true
}

// pvFreeNear: a free word at most four words before the event noun at k or
// three after it, only event modifiers between.
func pvFreeNear(toks []token, lo, hi, k int) bool {
	for j := k - 1; j >= lo && j >= k-4; j-- {
		if pubFree.get(toks[j].h) {
			return true
		}
		if !pvEventMods.get(toks[j].h) {
			break
		}
	}
	for j := k + 1; j < hi && j <= k+3; j++ {
		if pubFree.get(toks[j].h) {
			return true
		}
		if !pvEventMods.get(toks[j].h) {
			break
		}
	}
	return false
}

// pvRun: the last token of a run of lowercase words from t (commas and
// and / y between) that holds fa..fb and stops at a tail word (at, a las,
// on, a comma before a day) after fb; -1 when a stop word, a capital, a
// digit or anything else comes first.
func pvRun(text string, toks []token, t, hi, fa, fb int) int {
	if t > fa {
		return -1
	}
	e := -1
	for j := t; j < hi; j++ {
		tk := &toks[j]
		if j > fb && (pvTail.get(tk.h) && !pvJoin.get(tk.h) || strings.ContainsAny(pubGap(text, toks, j), ",;:\u2014\u2013") && !pvRunWord(toks, j, hi)) {
			break
		}
		if pvStop.get(tk.h) || tk.cls&(tCap|tDigit) != 0 || tk.nd != 0 {
			return -1
		}
		e = j
	}
	if e < fb {
		return -1
	}
	return e
}

// pvRunWord: token j, after a comma, still belongs to a presenter's list
// ("a wound, ostomy and continence nurse"): a lowercase word that is no
// tail word.
func pvRunWord(toks []token, j, hi int) bool {
	tk := &toks[j]
	return tk.cls&(tCap|tDigit) == 0 && tk.nd == 0 && !pvTail.get(tk.h)
}

// pvAwareName reports whether the sentence lo..hi is an awareness month's
// or day's name (see the file comment); a..e the name's tokens.
func pvAwareName(text string, toks []token, lo, hi int) (a, e int, ok bool) {
	if hi-lo < 3 {
		return 0, 0, false
	}
	t0 := &toks[lo]
	// "<Month> is [the] <Cap…> Month/Week", "<Mes> es el Mes de/del <…>"
	if poMonths.get(t0.h) && (toks[lo+1].low == "is" || toks[lo+1].low == "es") {
		s := lo + 2
		if s < hi && (toks[s].low == "the" || toks[s].low == "el") {
			s++
		}
		if s >= hi {
			return 0, 0, false
		}
		if toks[lo+1].low == "is" {
			if !pvAwareHead.get(toks[hi-1].h) || toks[hi-1].cls&tCap == 0 || hi-1 <= s {
				return 0, 0, false
			}
			if !pvNameRun(text, toks, s, hi-1, false) {
				return 0, 0, false
			}
			return s, hi - 1, true
		}
		if toks[s].low != "mes" || toks[s].cls&tCap == 0 || s+2 >= hi+1 || !pvNameRun(text, toks, s+1, hi, true) {
			return 0, 0, false
		}
		return s, hi, true
	}
	// "[El] Día / Semana / Mes [Mundial] de/del <…>: <date>" or "… es el <date>"
	s := lo
	if t0.low == "el" || t0.low == "la" {
		s++
	}
	if s < hi && pvAwareEs.get(toks[s].h) && toks[s].cls&tCap != 0 {
		e := s + 1
		for e < hi && !strings.ContainsAny(pubGap(text, toks, e), ":") && !(toks[e].low == "es" && e+1 < hi && toks[e+1].low == "el") {
			e++
		}
		if e >= hi || e-s < 2 || !pvNameRun(text, toks, s+1, e, true) || !pvQualified(toks, s, e) {
			return 0, 0, false
		}
		d := e
		if toks[e].low == "es" {
			d = e + 2
		}
		if !pvDates(toks, d, hi) {
			return 0, 0, false
		}
		return s, e, true
	}
	// "<Cap…> Day/Week/Month is/runs <dates>"
	for k := lo + 1; k+1 < hi; k++ {
		if !pvIs.get(toks[k+1].h) || !pvAwareHead.get(toks[k].h) || toks[k].cls&tCap == 0 {
			continue
		}
		if !pvNameRun(text, toks, lo, k, false) || !pvDates(toks, k+2, hi) || !pvQualified(toks, lo, k) { // not "Surgery Day is March 3"
			return 0, 0, false
		}
		return lo, k + 1, true
	}
	return 0, 0, false
}

// pvNameRun: tokens s..e-1 are an awareness name's words: capitalised
// (Spanish: de / del / la / los / las / sobre / el / mundial… between), no
// digit, no person's first or last name, no possessive, only spaces
// between.
func pvNameRun(text string, toks []token, s, e int, es bool) bool {
	if e <= s {
		return false
	}
	caps := 0
	for m := s; m < e; m++ {
		tk := &toks[m]
		if m > s && strings.TrimSpace(pubGap(text, toks, m)) != "" || tk.nd != 0 {
			return false
		}
		if w := tk.w; w != nil && w.flags&(wFirst|wLast) != 0 && w.flags&wCommon == 0 {
			return false // "Jonas Whitfield Heart Month": a person's month
		}
		if m+1 < len(toks) && m+1 == e && srPossessive(text[tk.s:]) {
			return false
		}
		switch {
		case tk.cls&tCap != 0:
			caps++
		case es && (pvAwareEsOf.get(tk.h) || pvAwareEsQ.get(tk.h)):
		default:
			return false
		}
	}
	return caps > 0
}

// pvDates: tokens d..hi-1 are only dates: day numbers, months, de / to /
// through / al / y.
func pvDates(toks []token, d, hi int) bool {
	seen := false
	for m := d; m < hi; m++ {
		tk := &toks[m]
		switch {
		case tk.cls&tDigit != 0 && tk.nd == int8(len(tk.low)) && len(tk.low) <= 2:
			seen = true
		case poMonths.get(tk.h) || pdMonAbbr.get(tk.h) || tk.low == "to" || tk.low == "through" || tk.low == "de" || tk.low == "al" || tk.low == "y" || tk.low == "and":
		default:
			return false
		}
	}
	return seen
}

// pvAwareFrame reports whether the finding at tokens fa..fb lies inside the
// awareness name of its sentence lo..hi.
func pvAwareFrame(text string, toks []token, lo, hi, fa, fb int) bool {
	a, e, ok := pvAwareName(text, toks, lo, hi)
	if !ok || fa < a || fb >= e {
		return false
	}
	for l := 0; l < len(toks); { // a free or priced offer in the field ("Free hands-only CPR class")
		_, h := sentenceSpan(toks, l)
		if l != lo && pubFreeOrPriced(text, toks, l, h) {
			return true
		}
		l = h
	}
	return false
}

// pvQualified: the name lo..e-1 of a day, week or month said with its
// dates holds a public qualifier (World, National, International,
// Awareness, Mundial, Nacional, Concientización…): "World Kidney Day is
// March 12", not one person's "Surgery Day is March 3".
func pvQualified(toks []token, lo, e int) bool {
	for m := lo; m < e; m++ {
		if pvQualifiers.get(toks[m].h) {
			return true
		}
	}
	return false
}

// pvAwareSentence reports whether the sentence lo..hi is an awareness
// month's or day's name (pvAwareName).
func pvAwareSentence(text string, toks []token, lo, hi int) bool {
	_, _, ok := pvAwareName(text, toks, lo, hi)
	return ok
}

// pvGroupOfWith reports whether the group word at k (patients, pacientes…)
// is narrowed through of / de and one or two words before with / con / who
// / que: "pacientes de FIV con baja reserva ovárica", "patients of our
// clinic with heart failure" (a narrowing of announce.go's
// announcePersonal, which reads only "pacientes con").
func pvGroupOfWith(toks []token, k int) bool {
	if k+3 >= len(toks) || (toks[k+1].low != "de" && toks[k+1].low != "of") {
		return false
	}
	for j := k + 3; j < len(toks) && j <= k+4; j++ {
		if toks[j].sent {
			return false
		}
		if annClass(&toks[j])&annGroupNext != 0 {
			return true
		}
	}
	return false
}
