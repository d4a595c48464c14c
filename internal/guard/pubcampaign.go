package guard

// pubcampaign.go: the readings of a population, a public format and the
// reader's slot that siteop.go uses. The drop this file was written for,
// dropPublicCampaigns (helper pub17, narrowed by red team red17c), was
// withdrawn at the end of the seventeenth pass: the project's held-out
// aggregates showed it let through one leak each on heldout-v3 and
// heldout-v7 (rows never read) even after red17c's narrowing, against five
// clean rows it cleared on four other held-out sets; failing closed, a
// leak outweighs them. Its design, kept for the record:
//
// A health event or campaign addressed to a population
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
// Narrowed by red17c (dev99c): a population followed by anything but a
// clause end, and, a verb, a day or a place is narrowed (pcNarrowed: "all
// members living with HIV"), one family (pcOneFamily), results handed over
// (pcResults), and a clinical finding in the clause of "for" or a
// population (pcForGroup: "Webinar for kidney transplant recipients") keep
// every finding.
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

// pcQA: a Q&A at token k.
func pcQA(toks []token, k int) bool {
	tk := &toks[k]
	if tk.low == "q" && k+1 < len(toks) && toks[k+1].low == "a" && tk.cls&tCap != 0 {
		return true
	}
	return tk.low == "preguntas" && k+2 < len(toks) && toks[k+1].low == "y" && toks[k+2].low == "respuestas"
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
