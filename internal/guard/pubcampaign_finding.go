package guard

// pubcampaign_finding.go: the reader-slot and finding readings of
// pubcampaign.go (a health event or campaign for a population; helper
// pub17, seventeenth pass, dev98p): who a field names besides the
// population (pcReaderSlot), and whether each finding is the event's
// (pcFindingOK, with its date, topic, title and range readings).

import (
	"strings"
	"unicode/utf8"
)

// pcOpensImperative: token k opens its sentence (after "¡" or a header's
// colon at most) and is an imperative of a call to action.
func pcOpensImperative(toks []token, lo, k int) bool {
	if !pcImperative.get(toks[k].h) {
		return false
	}
	return k == lo || toks[k].cls&tCap != 0
}

// pcReaderSlot reports whether the field names a reader (see the file
// comment).
func (g *Guard) pcReaderSlot(text string, toks []token) bool {
	for k := range toks {
		tk := &toks[k]
		if pcReader.get(tk.h) && !pcCallToAction(toks, k) {
			return true
		}
		if pcResults.get(tk.h) || g.pcOneFamily(toks, k) || pcNarrowed(text, toks, k) {
			return true // "entrega de resultados", "for the Ruiz family", "Familia Ruiz:": one person's (red17c)
		}
		if rfPerson.get(tk.h) && !pcFamilyWord(toks, k) {
			return true // "your mother's", "with Grandma", "su hija"
		}
		if sdCare.get(tk.h) && pcVisitWord.get(tk.h) || pcDue.get(tk.h) {
			return true // "Screening visit Apr 8", "Mammogram overdue": the reader's
		}
		if tk.low == "walk" && k+1 < len(toks) && toks[k+1].low == "ins" {
			continue
		}
		if (tk.cls&tDigit != 0 || annClass(tk)&annNumberWord != 0) && k+2 < len(toks) && pcPrepUnit.get(toks[k+1].h) &&
			(toks[k+2].low == "before" || toks[k+2].low == "antes" || toks[k+2].low == "prior") {
			return true // "no inhalers for four hours before": one person's preparation
		}
		if pcOrdinal.get(tk.h) && k+1 < len(toks) && (toks[k+1].low == "dose" || toks[k+1].low == "doses" || toks[k+1].low == "dosis" || toks[k+1].low == "shot") {
			return true
		}
		if k >= 2 && tk.cls&tDigit != 0 && toks[k-1].cls&tDigit != 0 && pubGap(text, toks, k) == ":" && tk.low != "00" && tk.low != "30" {
			return true // "10:20 AM": a booked slot
		}
		if tk.low == "s" && k > 0 && pePossGap(text, toks, k) && (careKin.get(toks[k-1].h) || g.pcGiven(&toks[k-1])) {
			return true // "Mom's", "Mia's"
		}
		if (pcPopulation.get(tk.h) || annClass(tk)&annGroup != 0) && k+1 < len(toks) && annClass(&toks[k+1])&annGroupNext != 0 || g.healthGroupBefore(toks, k) {
			return true // "para pacientes con EPOC", "for tinnitus patients": a group by health
		}
		if pcSeries.get(tk.h) && k+1 < len(toks) && toks[k+1].cls&tDigit != 0 && !toks[k+1].sent {
			return true // "chemo cycle 3", "room 4"
		}
		if (tk.low == "for" || tk.low == "para") && k+1 < len(toks) && !toks[k+1].sent && g.pcGiven(&toks[k+1]) {
			return true // "The Tooth Fairy Party for Mia"
		}
	}
	return false
}

// pcFamilyWord: family / families / familia(s) / parents / padres as a
// population or in a title ("all families welcome", "Family Caregiver
// Workshop"), not a family named after it ("la familia Ruiz").
func pcFamilyWord(toks []token, k int) bool {
	switch toks[k].low {
	case "family", "families", "familia", "familias", "parents", "padres":
	default:
		return false
	}
	named := k+1 < len(toks) && !toks[k+1].sent && toks[k+1].cls&tCap != 0
	return !named || toks[k].cls&tCap != 0
}

// pcGiven: a capitalised given name of the lists that is no ordinary word
// or month.
func (g *Guard) pcGiven(tk *token) bool {
	if tk.cls&tCap == 0 || tk.cls&tUpper != 0 {
		return false
	}
	w := g.v.get(tk.h)
	return w != nil && w.flags&wFirst != 0 && w.flags&(wCommon|wMonth) == 0
}

// pcCallToAction: the reader's word at k follows an imperative opening its
// sentence and comes before a question word or a vaccine: "Send your
// questions", "Envíe sus preguntas", "Get your flu shot".
func pcCallToAction(toks []token, k int) bool {
	switch toks[k].low {
	case "your", "su", "sus", "tu", "tus":
	default:
		return false
	}
	if k == 0 || toks[k].sent {
		return false
	}
	lo, _ := sentenceSpan(toks, k)
	if !pcOpensImperative(toks, lo, k-1) {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+2 && !toks[j].sent; j++ {
		if pcQuestion.get(toks[j].h) || annClass(&toks[j])&annVaccine != 0 {
			return true
		}
	}
	return false
}

// pcFindingOK reports whether the finding f at fa..fb (sentence lo..hi) is
// the event's or the campaign's.
func pcFindingOK(n Notice, f Finding, text string, toks []token, lo, hi, fa, fb int) bool {
	campaign := pcEventSentence(toks, lo, hi) || pcAudience(toks, lo, hi)
	switch {
	case pubDateKind(f):
		if (f.Rule == "date.person" || pcCueIn(toks, lo, hi)) && !pcRange(text, toks) && !pcPopulationAll(toks) {
			return false // "Free flu vaccine clinic for the public on Oct 3": a person cue wins (publicdate.go)
		}
		return campaign || pcDateline(toks, lo, hi)
	case strings.HasPrefix(f.Rule, "name."):
		for j := fa; j <= fb; j++ { // "Family Caregiver Workshop": an event's title
			if toks[j].cls&tCap == 0 {
				return false
			}
		}
		return peEventAt(toks, fb) || pcEventNoun.get(toks[fb].h) || pcClinicAt(toks, fb)
	case pubScreenWord(n, f):
		return campaign
	}
	ok, vaccine := announceEligible(f)
	if !ok || vaccine && !vaccineAt(toks, fa, fb) {
		return false
	}
	if pcWhen(toks, lo, hi) && !pcHiringRole(f, toks, lo, hi) && !slotPublicOffer(toks, lo, hi, fa, fb) && !pcTopic(text, toks, lo, fa, fb) && !vaccineAt(toks, fa, fb) {
		return false // "Chemotherapy on Oct 14 at the fall open house": the reader's, on a day
	}
	return campaign || pcQuoted(text, toks, fa, fb)
}

// pcDateline reports whether the sentence lo..hi is a when and a where
// (pubevent.go's peDateline, or the same with "en" and a capitalised place
// that holds a care word: "Sábado 7 de noviembre en Plaza del Sol",
// "Domingo 15 de marzo, Centro Comercial Los Prados").
func pcDateline(toks []token, lo, hi int) bool {
	if peDateline(toks, lo, hi) {
		return true
	}
	if hi-lo < 2 {
		return false
	}
	if f := &toks[lo]; !(f.cls&tDigit != 0 || pubWhen.get(f.h) || peMonth(f)) {
		return false
	}
	when := false
	for k := lo; k < hi; k++ {
		tk := &toks[k]
		if pcReader.get(tk.h) || careKin.get(tk.h) {
			return false
		}
		if peMonth(tk) || tk.cls&tDigit != 0 {
			when = true
		}
		if tk.cls&tDigit != 0 || tk.cls&tCap != 0 && k > lo || peMonth(tk) || peDateWord.get(tk.h) || pubWhen.get(tk.h) || peClock(tk) || tk.low == "en" {
			continue
		}
		return false
	}
	return when
}

// pcTopic reports whether the finding at fa..fb is the topic of an event
// named in its sentence, not a slot of the reader's: inside the event's
// quoted title right after the event noun ("Webinar gratuito
// “Incontinencia: …”"), or after the event noun and on / about / sobre
// with only topic words between ("Q&A on bone health and osteoporosis",
// "Sesión de preguntas y respuestas en vivo sobre la diabetes tipo 2").
func pcTopic(text string, toks []token, lo, fa, fb int) bool {
	if pcQuoted(text, toks, fa, fb) {
		q := fa // the first token after the opening quote
		open := strings.LastIndexAny(text[:int(toks[fa].s)], "“\"'‘")
		for q > lo && int(toks[q-1].s) > open {
			q--
		}
		for j := q - 1; j >= lo && j >= q-2; j-- {
			if pcEventAt(toks, lo, j) {
				return true
			}
		}
		return false
	}
	for j := fa - 1; j > lo && j >= fa-8; j-- {
		tk := &toks[j]
		switch tk.low {
		case "on", "about", "sobre", "acerca":
		back:
			for e := j - 1; e >= lo && e >= j-3; e-- {
				if pcEventAt(toks, lo, e) {
					return true
				}
				switch toks[e].low {
				case "live", "online", "virtual", "free", "en", "vivo", "linea", "gratuito", "gratuita", "gratis", "session", "sesion":
				default:
					break back
				}
			}
			return false
		}
		if pcReader.get(tk.h) || careKin.get(tk.h) || tk.cls&tDigit != 0 || pubWhen.get(tk.h) || sdCare.get(tk.h) {
			return false
		}
	}
	return false
}

// pcEventAt: an event noun, a public format or a Q&A at token k.
func pcEventAt(toks []token, lo, k int) bool {
	if toks[k].low == "walk" && k+1 < len(toks) && toks[k+1].low == "ins" {
		return false
	}
	if peEventAt(toks, k) || pcEventNoun.get(toks[k].h) || pcClinicAt(toks, k) || pcPublicFormat(toks, lo, len(toks), k) || pcQA(toks, k) {
		return true
	}
	switch toks[k].low {
	case "anything", "a", "respuestas": // the end of "Ask-Me-Anything", "Q&A", "preguntas y respuestas"
		return k >= 2 && (pcPublicFormat(toks, lo, len(toks), k-2) || pcQA(toks, k-2)) || k >= 1 && pcQA(toks, k-1)
	}
	return false
}

// pcHiringRole reports whether the finding at fa..fb is a role a hiring
// sentence looks for ("Hiring open house for infusion nurses", "buscamos
// enfermeras de infusión").
func pcHiringRole(f Finding, toks []token, lo, hi int) bool {
	if f.Rule != "compose.care_place" {
		return false
	}
	for k := lo; k < hi; k++ {
		if pcHiring.get(toks[k].h) || toks[k].low == "buscamos" {
			return true
		}
	}
	return false
}

// pcCueIn: a vaccine or screening word, a person cue of date(), in the
// sentence lo..hi.
func pcCueIn(toks []token, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if annClass(&toks[k])&annVaccine != 0 || toks[k].low == "screening" || toks[k].low == "screenings" || toks[k].low == "vacunese" {
			return true
		}
	}
	return false
}

// pcPopulationAll: a population with all / todos or an age in the field
// ("for all students and staff", "niños de 9 a 14 años"), not only "the
// public".
func pcPopulationAll(toks []token) bool {
	for lo := 0; lo < len(toks); {
		_, hi := sentenceSpan(toks, lo)
		for k := lo; k < hi; k++ {
			if pcPopulation.get(toks[k].h) && !(k+1 < hi && annClass(&toks[k+1])&annGroupNext != 0) && (pcAllBefore(toks, lo, k) || pcAgeAfter(toks, k, hi)) {
				return true
			}
		}
		lo = hi
	}
	return false
}

// pcWhen: a month or a weekday in the sentence lo..hi.
func pcWhen(toks []token, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if peMonth(&toks[k]) || slotWeekdays.get(toks[k].h) {
			return true
		}
	}
	return false
}

// pcRange reports whether the field gives an event's hours or days as a
// range ("8 AM to 2 PM", "10 AM–2 PM", "Oct 7–11", "de 9 a 1"): a person
// cue's date (date.person) passes only then.
func pcRange(text string, toks []token) bool {
	num := func(tk *token) bool { return tk.cls&tDigit != 0 && tk.cls&tAlpha == 0 || peClock(tk) }
	for k := 0; k+1 < len(toks); k++ {
		if !num(&toks[k]) {
			continue
		}
		j := k + 1
		if j < len(toks) && (toks[j].low == "am" || toks[j].low == "pm") {
			j++
		}
		if j >= len(toks) || toks[j].sent {
			continue
		}
		g := pubGap(text, toks, j)
		if (strings.Contains(g, "–") || strings.Contains(g, "-")) && num(&toks[j]) {
			return true
		}
		if (toks[j].low == "to" || toks[j].low == "a" || toks[j].low == "hasta") && j+1 < len(toks) && (num(&toks[j+1]) || toks[j+1].low == "noon" || toks[j+1].low == "mediodia") {
			return true
		}
	}
	return false
}

// pcQuoted reports whether the finding at fa..fb stands inside a quoted
// title: an opening quote before it in its sentence and a closing one
// after it.
func pcQuoted(text string, toks []token, fa, fb int) bool {
	a, b := int(toks[fa].s), int(toks[fb].e)
	open := strings.LastIndexAny(text[:a], "“\"'‘")
	if open < 0 || open > 0 && text[open-1] != ' ' && text[open-1] != ':' { // not "Bend's"
		return false
	}
	close := strings.IndexAny(text[b:], "”\"'’")
	if close < 0 || strings.ContainsAny(text[open:a], ".!?") || strings.ContainsAny(text[b:b+close], ".!?") {
		return false
	}
	_, w := utf8.DecodeRuneInString(text[b+close:])
	after := b + close + w
	return after >= len(text) || !isASCIILetter(text[after]) // not "isn't"
}

// pcResults: results handed over at an event are one person's ("a fair
// at which your results are given", "entrega de resultados de VIH").
var pcResults = wordSetTab("result results resultado resultados")

// pcOneFamily reports whether token k names one family or household, not
// families as a population: a capitalised surname before a lower-case
// family / household ("for the Ruiz family", "the Okafor household"), or a
// capitalised Family / Familia before a capitalised word that is no
// ordinary vocabulary ("Familia Ruiz:"; not "Family Caregiver Workshop").
func (g *Guard) pcOneFamily(toks []token, k int) bool {
	switch toks[k].low {
	case "family", "familia", "household", "hogar", "familie":
	default:
		return false
	}
	tk := &toks[k]
	if tk.cls&tCap == 0 {
		return k > 0 && !tk.sent && !toks[k-1].sent && toks[k-1].cls&tCap != 0 && toks[k-1].cls&tDigit == 0
	}
	if k+1 >= len(toks) || toks[k+1].sent || toks[k+1].cls&tCap == 0 {
		return false
	}
	for j := k + 1; j < len(toks) && !toks[j].sent && toks[j].cls&tCap != 0; j++ {
		if pcEventAt(toks, 0, j) {
			return false // "Family Caregiver Workshop": an event's title
		}
	}
	w := g.v.get(toks[k+1].h)
	return w == nil || w.flags&wCommon == 0
}

// pcForGroup reports whether the finding at fa is inside the clause of an
// audience ("for" / "para" or a population noun before it, no comma,
// colon or stop between): the audience is then narrowed by health ("for
// all members living with HIV", "para todos los socios trasplantados de
// riñón", "for kidney transplant recipients", "for all patients starting
// Ozempic"), unless the finding follows against / contra (a vaccine's
// disease). Fail closed: a topic after "on" stays too ("for patients on
// dialysis" reads the same).
func pcForGroup(text string, toks []token, lo, fa int) bool {
	j := fa - 1
	if j >= lo && (toks[j].low == "la" || toks[j].low == "el" || toks[j].low == "the") {
		j--
	}
	if j >= lo && (toks[j].low == "against" || toks[j].low == "contra") {
		return false
	}
	for j := fa; j > lo && j > fa-10; j-- {
		if strings.ContainsAny(pubGap(text, toks, j), ",:;.!?()–—") {
			return false
		}
		p := &toks[j-1]
		if p.low == "for" || p.low == "para" || pcPopulation.get(p.h) || annClass(p)&annGroup != 0 {
			return true
		}
	}
	return false
}

var (
	// pcAgeWord: an age range's words after a population ("adults 50 and
	// older", "mayores de 60 años")
	pcAgeWord = wordSetTab("and y to a de from hasta older younger over under up plus mayores menores anos years old yrs aged ages age")
	// pcOpenNext: what may follow a population that is everyone in it ("all
	// students and staff", "all members can …", "this fall")
	pcOpenNext = wordSetTab("and y e or o plus can may will are is get receive pueden podran reciben recibiran welcome bienvenidos bienvenidas " +
		"invited invitados invitadas free gratis this next esta este every cada through until hasta")
	// pcToday: a day after a population ("for all staff today")
	pcToday = wordSetTab("today tonight tomorrow hoy manana")
	// pcPlacePrep: a preposition of place or time after a population
	pcPlacePrep = wordSetTab("at in en on a across through por during durante")
	// pcOwnDet: the sender's or every (after of / de too: "of our plan")
	pcOwnDet = wordSetTab("our nuestro nuestra nuestros nuestras this these esta este estas estos participating participantes any cualquier all todas todos every cada")
	// pcPlaceNoun: a place a campaign is given at ("en farmacias participantes")
	pcPlaceNoun = wordSetTab("pharmacy pharmacies farmacia farmacias store stores tienda tiendas school schools escuela escuelas sede sedes centro centros location locations clinic clinics office offices oficina oficinas")
)

// pcNarrowed reports whether token k is a population an audience names
// ("for all members", "para todos los socios", "adults 50 and older")
// that the words after it narrow: a population is everyone in it only when
// its clause ends there, or goes on with and / a verb / a time, or with a
// place ("at participating pharmacies", "en farmacias participantes", "on
// our plan", "of our plan"). "All members living with HIV", "todos los
// socios trasplantados de riñón", "all members of the Ruiz family", "all
// adults on chemotherapy" are a group by health or one family (red17c;
// fail closed: an unknown continuation narrows).
func pcNarrowed(text string, toks []token, k int) bool {
	if !pcPopulation.get(toks[k].h) {
		return false
	}
	lo, hi := sentenceSpan(toks, k)
	if !pcAllBefore(toks, lo, k) && !pcAgeAfter(toks, k, hi) {
		j := k - 1
		for j > lo && (toks[j].low == "the" || toks[j].low == "los" || toks[j].low == "las" || toks[j].low == "our" || toks[j].low == "nuestros" || toks[j].low == "nuestras") {
			j--
		}
		if j < lo || toks[j].low != "for" && toks[j].low != "para" {
			return false
		}
	}
	j := k + 1
	for j < hi && (toks[j].cls&tDigit != 0 || pcAgeWord.get(toks[j].h) || pcPopulation.get(toks[j].h) || toks[j].low == "the" || toks[j].low == "el" || toks[j].low == "los" || toks[j].low == "las") &&
		!strings.ContainsAny(pubGap(text, toks, j), ",:;.!?()–—") {
		j++
	}
	if j >= hi || strings.ContainsAny(pubGap(text, toks, j), ",:;.!?()–—") || pcOpenNext.get(toks[j].h) ||
		peMonth(&toks[j]) || slotWeekdays.get(toks[j].h) || pcToday.get(toks[j].h) { // "for all students and staff Dec 10"
		return false
	}
	if j+1 < hi && pcPlacePrep.get(toks[j].h) && (pcOwnDet.get(toks[j+1].h) || pcPlaceNoun.get(toks[j+1].h) ||
		toks[j+1].low == "the" || toks[j+1].low == "la" || toks[j+1].low == "las" || toks[j+1].low == "los" || toks[j+1].low == "el") {
		return false
	}
	if j+1 < hi && (toks[j].low == "of" || toks[j].low == "de") && pcOwnDet.get(toks[j+1].h) {
		return false
	}
	return true
}
