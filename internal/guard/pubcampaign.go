package guard

// pubcampaign.go: a health event or campaign addressed to a population
// (issue 15, seventeenth pass, dev95's fam-pub, helper pub17, probe set
// dev98p). dev95 still blocked, with no tenant context, "Feria de Salud …:
// vacunas contra la influenza, presión arterial y más. Sábado 13 de
// diciembre, Plaza …. Abierta al público." (the conditions, the date),
// "¡Vacúnese contra la influenza! Es gratis para todos los socios en
// farmacias participantes." (the condition), "Ask-Me-Anything session on
// sleep and midlife health, Feb 3. Submit questions: …" (the date) and
// "… Family Caregiver Workshop on '…' is free and open to the public"
// (name.cue over "Caregiver Workshop"). dropPublicOffers refuses each for
// one word of its many conditions (a "you", a sentence it has no frame
// for); these notices have one structure instead:
//
//   - who it is for: a population (pcAudience) — everyone, the public,
//     "all members / students and staff", "para todos los socios", "niñas
//     y niños de 9 a 14 años", "adults 50 and older" (a population noun
//     not narrowed by with / who / con / que), the welcome of
//     publicnotice.go's pubWelcome, job seekers (hiring, feria de empleo);
//     or an event whose format is public (pcPublicFormat: an
//     ask-me-anything, a webinar, a health / job / community fair, an open
//     house, a "jornada de vacunación");
//   - what it is: an event or campaign (pcEvent): an event noun of
//     pubevent.go (talk, workshop, fair, webinar, class…), a clinic, a
//     drive, a campaign, a jornada, a Q&A, an ask-me-anything, an open
//     house; or a vaccine with an imperative or a recommendation
//     ("¡Vacúnese!", "Get vaccinated", "recommends the HPV vaccine");
//   - no reader in it (pcReaderSlot): no you / your / su / tu / his / her
//     except a call to action's ("Send your questions", "Get your flu
//     shot" — an imperative opening the sentence, then questions or a
//     vaccine), no kin word but family (a title's "Family Caregiver
//     Workshop"), no "second / next dose", no clock time off the half hour
//     (a booked slot, as pubevent.go);
//   - every finding the event's (pcFindingOK): a condition, lab test,
//     procedure or vaccine (announceEligible, never a reader-tied rule's:
//     readerTiedRule) in a sentence naming the event, the campaign or the
//     audience, or inside a quoted title; a date there or in a dateline
//     (pubevent.go's peDateline); a name finding over an event's title
//     ("Caregiver Workshop"); "despistaje" (pubScreenWord); a date beside
//     a person cue only with a range of hours or days or a population
//     with all / an age; in a sentence with a day, a clinical finding
//     only as an offer, a topic or a vaccine; never a street address (the
//     tenant approves its own). The slot
//     readings of announce_slot.go (audienceSlot, slotForThe) keep every
//     finding, as in dropPublicOffers.
//
// Stays reported: "Your flu shot is at the health fair on Saturday, April
// 11 at 10:20 AM", "The caregiver workshop for your mother's dementia is
// Thursday", "Abierta al público: su mamografía es el sábado", "Free for
// all members: your shingles vaccine is scheduled for April 2", "Free flu
// shots for students Thursday — Liam's dose is held for his egg allergy",
// "Todos bienvenidos: su consulta de seguimiento …". Accepted risk as in
// publicoffer.go: a campaign sent to a segment tells by association; these
// shapes say what the sender offers a population and name nothing of the
// reader's.

import (
	"strings"
	"unicode/utf8"
)

var (
	// pcPopulation: a population a campaign is for
	pcPopulation = wordSetTab("members students staff employees residents adults children kids teens teenagers seniors " +
		"people families parents patients customers clients neighbors neighbours everyone " +
		"socios afiliados afiliadas asegurados miembros estudiantes alumnos alumnas personal empleados residentes " +
		"adultos ninos ninas jovenes adolescentes personas familias padres pacientes clientes vecinos beneficiarios")
	// pcAll: "all" before a population
	pcAll = wordSetTab("all todos todas")
	// pcEventNoun: events and campaigns besides pubevent.go's event nouns
	pcEventNoun = wordSetTab("drive drives campaign campaigns jornada jornadas campana campanas " +
		"event events evento eventos webinar webinars fair fairs feria ferias expo screenings despistajes")
	// pcClinicKind: a clinic's kind that makes it an event
	pcClinicKind = wordSetTab("flu influenza covid walking screening mobile popup school community immunization back")
	// pcSeries: one person's series or bed before a number ("chemo cycle
	// 3", "dose 2", "room 4")
	pcSeries = wordSetTab("cycle cycles ciclo dose dosis round session sesion week semana room bed habitacion cama")
	// pcVisitWord: the reader's visit (of senderdate.go's sdCare)
	pcVisitWord = wordSetTab("appointment appointments appt visit visits consulta cita citas")
	// pcDue: one person's lateness
	pcDue = wordSetTab("overdue vencido vencida atrasado atrasada")
	// pcPrepUnit: the unit of a preparation's time before a test
	pcPrepUnit = wordSetTab("hour hours day days hora horas dia dias")
	// pcHiring: a hiring event's words (job seekers are the public)
	pcHiring = wordSetTab("hiring empleo empleos career careers job jobs reclutamiento")
	// pcFairHead: what makes a fair or a day a public format
	pcFairHead = wordSetTab("health wellness job career community salud bienestar empleo comunitaria")
	// pcRecommend: a health agency's recommendation
	pcRecommend = wordSetTab("recommends recommended recommend recomienda recomiendan recomendada recomendado")
	// pcImperative: a campaign's or a call to action's imperative opening
	// its sentence
	pcImperative = wordSetTab("get send submit share bring join ask envie mande comparta traiga haga vacunese protejase")
	// pcQuestion: what a call to action asks the reader to send
	pcQuestion = wordSetTab("questions question comments ideas preguntas pregunta comentarios dudas")
	// pcReader: the reader or one other person
	pcReader = wordSetTab("you your yours youre su sus tu tus usted his her him hers")
	// pcOrdinal: one person's series of doses
	pcOrdinal = wordSetTab("second third next final remaining segunda tercera siguiente proxima")
)

// dropPublicCampaigns drops every finding of a notice whose fields read
// as a health event or campaign for a population (see the file comment).
func (g *Guard) dropPublicCampaigns(n Notice, m Mode, out []Finding) []Finding {
	strict := m == Strict
	if len(out) == 0 || len(n.Fields) > g.maxFields {
		return out
	}
	for _, f := range out { // a cheap pass first: every finding of a kind an event may hold
		if ok, _ := announceEligible(f); !ok && !pubDateKind(f) && !strings.HasPrefix(f.Rule, "name.") && !pubScreenWord(n, f) {
			return out // announceEligible refuses the reader-tied rules (readerTiedRule)
		}
	}
	sc, views, ok := g.annTakeViews(n)
	defer annPutViews(sc, views)
	if !ok {
		return out
	}
	for k := range views {
		v := &views[k]
		if !g.pcField(v.t.s, v.toks, strict) {
			return out
		}
	}
	for _, f := range out {
		seen := false
		for k := range views {
			v := &views[k]
			if n.Fields[v.field].Name != f.Field {
				continue
			}
			fa, fb := -1, -1
			for m, tk := range v.toks {
				a, b := v.t.orig(int(tk.s), int(tk.e))
				if b <= f.Start || a >= f.End {
					continue
				}
				if fa < 0 {
					fa = m
				}
				fb = m
			}
			if fa < 0 {
				return out
			}
			lo, hi := sentenceSpan(v.toks, fa)
			if !pubDateKind(f) && fb < hi &&
				!pcTopic(v.t.s, v.toks, lo, fa, fb) && !pcHiringRole(f, v.toks, lo, hi) &&
				(pcSlot(v.toks, lo, hi, fa, fb) || slotForThe(v.toks, lo, hi, fa, fb)) { // announce_slot.go
				return out
			}
			if !pcFindingOK(n, f, v.t.s, v.toks, lo, hi, fa, fb) || strict && !pcStrictFinding(f, v.toks, fa, fb) {
				return out
			}
			seen = true
		}
		if !seen {
			return out
		}
	}
	return out[:0]
}

// pcSlot is announce_slot.go's audienceSlot in a field this file reads as
// addressed to a population (its audience words or a public format: "Open
// house on May 20 at 10 AM: post-op wound check for room 4" stays
// reported).
func pcSlot(toks []token, lo, hi, fa, fb int) bool {
	return !slotPublicOffer(toks, lo, hi, fa, fb) && (slotAt(toks, lo, hi) || slotTheItem(toks, lo, hi, fa, fb))
}

// pcField reports whether one field is a health event or campaign for a
// population with no reader in it.
func (g *Guard) pcField(text string, toks []token, strict bool) bool {
	if strict {
		return g.pcStrictField(text, toks)
	}
	aud, ev := false, false
	for lo := 0; lo < len(toks); {
		_, hi := sentenceSpan(toks, lo)
		if pcAudience(toks, lo, hi) {
			aud = true
		}
		if pcEventSentence(toks, lo, hi) {
			ev = true
		}
		lo = hi
	}
	if !aud && pcQAField(toks) { // a Q&A that asks anyone for questions
		aud = true
	}
	return aud && ev && !g.pcReaderSlot(text, toks)
}

// pcQAField: a Q&A ("Q&A", "preguntas y respuestas") and a call for
// questions ("Submit questions", "Envíe sus preguntas").
func pcQAField(toks []token) bool {
	qa, ask := false, false
	for k := range toks {
		if pcQA(toks, k) {
			qa = true
		}
		if pcQuestion.get(toks[k].h) && k > 0 {
			lo, _ := sentenceSpan(toks, k)
			for j := k - 1; j >= lo && j >= k-2; j-- {
				if pcOpensImperative(toks, lo, j) {
					ask = true
				}
			}
		}
	}
	return qa && ask
}

// pcQA: a Q&A at token k.
func pcQA(toks []token, k int) bool {
	tk := &toks[k]
	if tk.low == "q" && k+1 < len(toks) && toks[k+1].low == "a" && tk.cls&tCap != 0 {
		return true
	}
	return tk.low == "preguntas" && k+2 < len(toks) && toks[k+1].low == "y" && toks[k+2].low == "respuestas"
}

// pcStrictField is pcField in strict mode, where a service announced to
// anyone is marketing by association (announce.go): only a vaccination
// campaign for a whole population passes ("¡Vacúnese contra la influenza!
// Es gratis para todos los socios"): a population with all / todos or an
// age, a vaccine's imperative or recommendation, no reader word at all
// (not even "Get your flu shot").
func (g *Guard) pcStrictField(text string, toks []token) bool {
	pop, vax := pcPopulationAll(toks), false
	for lo := 0; lo < len(toks); {
		_, hi := sentenceSpan(toks, lo)
		if pcEventSentence(toks, lo, hi) && pcVaccineSentence(toks, lo, hi) {
			vax = true
		}
		lo = hi
	}
	for k := range toks {
		if pcReader.get(toks[k].h) || peMonth(&toks[k]) || slotWeekdays.get(toks[k].h) {
			return false // a dated clinic is an announcement of a service (carefacility_test.go)
		}
	}
	return pop && vax && !g.pcReaderSlot(text, toks)
}

// pcVaccineSentence: a vaccine word or a vaccine's imperative in the
// sentence lo..hi.
func pcVaccineSentence(toks []token, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if annClass(&toks[k])&annVaccine != 0 || toks[k].low == "vacunese" || toks[k].low == "vacunate" || toks[k].low == "vaccinated" {
			return true
		}
	}
	return false
}

// pcStrictFinding: in strict mode a clinical finding must be the vaccine
// or the disease it is against ("contra la influenza", "flu shot",
// "vaccine against shingles"); dates pass as in standard mode.
func pcStrictFinding(f Finding, toks []token, fa, fb int) bool {
	if pubDateKind(f) {
		return true
	}
	if f.Kind != KindCondition && f.Kind != KindProcedure && f.Kind != KindMedication {
		return false
	}
	for k := fa; k <= fb+1 && k < len(toks); k++ {
		if annClass(&toks[k])&annVaccine != 0 {
			return true // "flu shot", "shingles vaccine"
		}
	}
	j := fa - 1
	if j >= 0 && (toks[j].low == "la" || toks[j].low == "el" || toks[j].low == "los" || toks[j].low == "the") {
		j--
	}
	if j < 1 || toks[j].low != "contra" && toks[j].low != "against" {
		return false
	}
	p := &toks[j-1]
	return annClass(p)&annVaccine != 0 || p.low == "vacunese" || p.low == "vacunate" || p.low == "vaccinated"
}

// pcAudience reports whether the sentence lo..hi names a population or a
// public format.
func pcAudience(toks []token, lo, hi int) bool {
	if pubEveryone(toks, lo, hi) || pubWelcome(toks, lo, hi) {
		return true
	}
	for k := lo; k < hi; k++ {
		tk := &toks[k]
		if pcHiring.get(tk.h) || pcPublicFormat(toks, lo, hi, k) || audienceTok(toks, k) {
			return true
		}
		if !pcPopulation.get(tk.h) {
			continue
		}
		if k+1 < hi && annClass(&toks[k+1])&annGroupNext != 0 { // "all members with diabetes"
			continue
		}
		if pcAllBefore(toks, lo, k) || pcAgeAfter(toks, k, hi) {
			return true
		}
	}
	return false
}

// pcAllBefore: "all" / "todos" at most two words before the population
// ("all students", "todos los socios", "all our members").
func pcAllBefore(toks []token, lo, k int) bool {
	for j := k - 1; j >= lo && j >= k-3; j-- {
		if pcAll.get(toks[j].h) {
			return true
		}
		if toks[j].low == "and" || toks[j].low == "y" { // "all students and staff"
			continue
		}
		switch toks[j].low {
		case "the", "los", "las", "our", "nuestros", "nuestras", "of", "de":
			continue
		}
		if pcPopulation.get(toks[j].h) {
			continue
		}
		return false
	}
	return false
}

// pcAgeAfter: an age range after the population ("children aged 9 to 12",
// "adults 50 and older", "niñas y niños de 9 a 14 años").
func pcAgeAfter(toks []token, k, hi int) bool {
	j := k + 1
	if j < hi && (toks[j].low == "aged" || toks[j].low == "ages" || toks[j].low == "age" || toks[j].low == "de" || toks[j].low == "from") {
		j++
	}
	return j < hi && toks[j].cls&tDigit != 0 && toks[j].cls&tAlpha == 0
}

// pcPublicFormat reports whether token k opens or heads an event whose
// format is public: ask-me-anything, a webinar, a health / job / community
// fair, an open house, a jornada de vacunación.
func pcPublicFormat(toks []token, lo, hi, k int) bool {
	switch toks[k].low {
	case "ask":
		return k+2 < hi && toks[k+1].low == "me" && toks[k+2].low == "anything"
	case "ama":
		return toks[k].cls&tCap != 0
	case "webinar", "webinars":
		return true
	case "house":
		return k > lo && toks[k-1].low == "open"
	case "fair", "fairs", "expo":
		return k > lo && pcFairHead.get(toks[k-1].h)
	case "feria", "ferias", "jornada", "jornadas":
		return k+2 < hi && toks[k+1].low == "de" && pcFairHead.get(toks[k+2].h)
	}
	return false
}

// pcClinicAt: a clinic named by what it gives or where it goes ("flu
// vaccine clinic", "walk-in flu clinic", "mobile clinic"), not "at our
// clinic".
func pcClinicAt(toks []token, k int) bool {
	if toks[k].low != "clinic" && toks[k].low != "clinics" || k == 0 {
		return false
	}
	p := &toks[k-1]
	return annClass(p)&annVaccine != 0 || pcClinicKind.get(p.h)
}

// pcEventSentence reports whether the sentence lo..hi names an event or a
// campaign.
func pcEventSentence(toks []token, lo, hi int) bool {
	vax, push := false, false
	for k := lo; k < hi; k++ {
		tk := &toks[k]
		if tk.low == "walk" && k+1 < hi && toks[k+1].low == "ins" {
			continue // "walk-ins welcome" is no walk
		}
		if peEventAt(toks, k) || pcEventNoun.get(tk.h) || pcClinicAt(toks, k) || pcPublicFormat(toks, lo, hi, k) {
			return true
		}
		if pcQA(toks, k) && k < hi-1 {
			return true
		}
		if annClass(tk)&annVaccine != 0 {
			vax = true
		}
		if tk.low == "vacunese" || tk.low == "vacunate" || tk.low == "vaccinated" && k > lo && toks[k-1].low == "get" {
			return true // "¡Vacúnese contra la influenza!", "Get vaccinated"
		}
		if pcRecommend.get(tk.h) || pcOpensImperative(toks, lo, k) && tk.low == "get" {
			push = true
		}
	}
	return vax && push
}

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
