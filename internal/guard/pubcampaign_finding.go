package guard

// pubcampaign_finding.go: who a field names besides the population
// (pcReaderSlot, used by siteop.go); written for pubcampaign.go's
// withdrawn drop (helper pub17, seventeenth pass, dev98p); its readings
// of whether each finding was the event's went with the drop.

import "strings"

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
