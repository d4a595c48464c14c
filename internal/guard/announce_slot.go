package guard

// announce_slot.go: one reader's care slot dressed as an announcement to
// everyone (issue 15, red team red16, dev90x).
//
// The audience frames (announce_public.go audienceFrame and eventAudience,
// announce.go's walk-in wording, publicoffer.go's pubEveryone and
// publicnotice.go's pubWelcome) read "everyone", "open to the public",
// "walk-ins welcome", "todos bienvenidos", "abierto al público" as a notice
// addressed to anyone. apTreatSlot (announce_public.go) stopped one shape
// of its misuse, a standing treatment ("Everyone welcome at the dialysis
// session Tuesday 7 AM"); red16 found the same shape with any care word:
// "Everyone welcome at the biopsy follow-up Tuesday 7 AM", "Open to the
// public: the pacemaker check is Monday at 11 AM", "Walk-ins welcome for
// the cataract surgery Friday 8 AM, left eye", "Abierto a toda la
// comunidad: la colonoscopia es el lunes a las 8", and in strict mode "Free
// prostate biopsy Monday 7 AM. Open to the public."
//
// audienceSlot is read per finding by both rules (dropAnnouncements and
// dropPublicOffers), after their frames, and keeps every finding (fail
// closed) when all of these hold:
//
//   - a sentence of the field names an audience of anyone (audienceTok,
//     walk-ins, pubEveryone, pubWelcome);
//   - the finding's sentence names one slot (slotAt): a weekday not
//     recurring ("Tuesday", "el martes"; not "every Tuesday", "los
//     martes", "Saturdays"), a clock time ("7 AM", "at 9", "a las 8"), or a
//     dose of a series ("dose 2", "dosis 3");
//   - and the finding is not a public offer's: no event or facility word
//     among its words or the three after them (class, workshop, seminar,
//     fair, event, clinic, center, day, walk, picnic, training, an
//     information session: slotEventHeads; "hearing screening event",
//     "flu shot clinic", "prostate cancer screening day", "dialysis
//     center"), no event noun with its preposition in the four words
//     before it ("seminar on sleep apnea", "charla sobre diabetes",
//     "jornada de vacunación"), and no offer noun (shots, screenings,
//     checks, vaccines, exams, screening, vacunas, exámenes…: slotOffers)
//     among its words or the two after them unless "the", "el", "la",
//     "los" or "las" stands in the three words before that noun ("Free
//     blood pressure checks for everyone Saturday" is an offer, "the
//     allergy shot Friday 9 AM" one reader's).
//
// A "session" counts as an event only after info, information, q&a or
// question ("free colonoscopy information session Monday 6 PM"): "the
// speech therapy session for autism Monday 3 PM" is one child's.
// Accepted risk: a public offer of a singular procedure at one time with
// no offer or event noun ("Free colonoscopy Monday 8 AM. Open to anyone.")
// is kept reported; the sender can name the offer (screenings, a
// screening day, an event).

var (
	slotWeekdays = wordSetTab("monday tuesday wednesday thursday friday saturday sunday " +
		"lunes martes miercoles jueves viernes sabado domingo")
	// the word before a weekday that makes it recurring or part of a range
	slotRecur = wordSetTab("every each cada los todos todas through thru until till hasta to a y and or")
	// the word after a weekday that makes it part of a range
	slotRangeNext = wordSetTab("through thru to until till and hasta y a")
	slotClock     = wordSetTab("am pm")
	// a product line after a device's name ("the Phonak Sphere line, on
	// display for everyone", announce_line.go)
	slotLines    = wordSetTab("line lines range collection lineup series models")
	slotThisWhen = wordSetTab("week morning afternoon evening semana tarde noche")
	// an event's or a facility's head after the finding: its subject is
	// a public event or the sender's place
	slotEventHeads = wordSetTab("class classes workshop workshops seminar seminars talk talks event events " +
		"drive drives webinar webinars walk walks lecture lectures fair fairs festival expo booth booths " +
		"clinic clinics center centers centre centres lab labs ward unit wing suite institute " +
		"day days picnic house training trainings program programs group groups meeting meetings " +
		"tour tours gala run fundraiser month week awareness campaign kits kit van vans bus " +
		"store shop thrift orientation line lines range collection lineup " +
		"clase clases taller talleres charla charlas jornada jornadas feria ferias campana campanas " +
		"centro centros clinica clinicas unidad dia dias programa programas caminata caminatas")
	// an event noun before the finding, with its preposition: "seminar
	// on sleep apnea", "charla sobre diabetes"
	// ("walk" is not one: "Walk-ins welcome for cataract surgery")
	slotEventBefore = wordSetTab("class classes workshop workshops seminar seminars talk talks event events " +
		"webinar webinars lecture lectures fair fairs drive drives training campaign orientation " +
		"clase clases taller talleres charla charlas platica platicas jornada jornadas feria ferias campana campanas " +
		"caminata vacunatorio vacunatorios")
	slotEventPrep = wordSetTab("on about for against of sobre de del contra para")
	// a Spanish facility named by the care word after it through de/del
	slotPlacesEs = wordSetTab("centro centros unidad unidades clinica clinicas sala servicio departamento area")
	slotInfo     = wordSetTab("info information informational qa question questions informativa informacion")
	// offer nouns: what a public offer gives anyone
	slotOffers = wordSetTab("toma tomas shots shot vaccines vaccine vaccinations vaccination boosters booster screenings screening " +
		"checks check exams checkups mammograms physicals immunizations tests consultations kits " +
		"vacunas vacuna vacunacion examenes pruebas chequeos tamizajes mamografias despistajes despistaje")
	slotArticles = wordSetTab("the el la los las")
	// an audience after an article ("the public", "la comunidad"): the
	// article is not the offer's
	slotAudienceNouns = wordSetTab("public community publico comunidad")
)

// fieldAudience reports whether a sentence of the field's tokens names an
// audience of anyone.
func fieldAudience(toks []token) bool {
	for lo := 0; lo < len(toks); {
		_, hi := sentenceSpan(toks, lo)
		for k := lo; k < hi; k++ {
			if audienceTok(toks, k) {
				return true
			}
		}
		if pubEveryone(toks, lo, hi) || pubWelcome(toks, lo, hi) {
			return true
		}
		lo = hi
	}
	return false
}

// slotAt reports whether the sentence toks[lo:hi] names one slot: a
// weekday not recurring, a clock time or a dose of a series.
func slotAt(toks []token, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		l := toks[k].low
		switch {
		case slotWeekdays.get(toks[k].h):
			if k > lo && slotRecur.get(toks[k-1].h) {
				continue
			}
			if k+1 < hi && slotRangeNext.get(toks[k+1].h) && k+2 < hi && slotWeekdays.get(toks[k+2].h) {
				continue // "Monday through Friday"
			}
			return true
		case toks[k].cls&tDigit != 0:
			if k+1 < hi && slotClock.get(toks[k+1].h) {
				return true
			}
			if k > lo && toks[k-1].low == "at" {
				return true
			}
			if k > lo+1 && toks[k-1].low == "las" && toks[k-2].low == "a" {
				return true
			}
			if k > lo && (toks[k-1].low == "dose" || toks[k-1].low == "dosis") {
				return true
			}
		case l == "noon" || l == "midnight":
			return true
		case l == "this" || l == "este" || l == "esta":
			// "this week", "this afternoon", "esta tarde" ("this weekend"
			// is an event's)
			if k+1 < hi && slotThisWhen.get(toks[k+1].h) {
				return true
			}
		}
	}
	return false
}

// slotPublicOffer reports whether the finding at tokens fa..fb of the
// sentence toks[lo:hi] is named as a public offer or event (see the file
// comment).
func slotPublicOffer(toks []token, lo, hi, fa, fb int) bool {
	for k := fa; k < hi && k <= fb+3; k++ {
		if slotEventHeads.get(toks[k].h) {
			return true
		}
		if (toks[k].low == "session" || toks[k].low == "sessions" || toks[k].low == "sesion" || toks[k].low == "sesiones") &&
			k > lo && slotInfo.get(toks[k-1].h) {
			return true
		}
		if k <= fb+2 && slotOffers.get(toks[k].h) {
			article := false
			for j := k - 1; j >= lo && j >= k-3; j-- {
				if slotArticles.get(toks[j].h) && !(j+1 < hi && slotAudienceNouns.get(toks[j+1].h)) { // not "the public"
					article = true
				}
			}
			if !article {
				return true
			}
		}
	}
	if bloodDriveFrame(toks[lo:hi]) { // "blood drive Friday 8 AM, all blood types welcome" (announce_sender.go)
		return true
	}
	// an event or offer noun before the finding, through a preposition
	// ("seminar on sleep apnea", "charla sobre diabetes", "Exámenes de
	// presión arterial", "vacunación contra la influenza", "despistaje de
	// presión arterial y glucosa"; an offer noun not after an article), or
	// a Spanish facility named by it ("centro de diálisis", "unidad de
	// oncología", "Clínica de presión arterial")
	for k := fa - 1; k >= lo && k >= fa-6; k-- {
		w := toks[k].h
		event := slotEventBefore.get(w)
		offer := slotOffers.get(w) && (k == lo || !slotArticles.get(toks[k-1].h))
		if event && k+1 == fa {
			return true
		}
		if (event || offer) && slotBetweenPrep(toks, k, fa) {
			return true
		}
		if slotPlacesEs.get(w) && k+1 < fa && (toks[k+1].low == "de" || toks[k+1].low == "del") &&
			(k+2 == fa || k+3 == fa && slotArticles.get(toks[k+2].h)) {
			return true
		}
	}
	return false
}

// audienceSlot reports whether the finding at tokens fa..fb, in the
// sentence toks[lo:hi] of a field whose tokens are toks, is one reader's
// care slot dressed as an announcement to everyone: the field names an
// audience of anyone, the sentence one slot, and the finding is no public
// offer's or event's.
func audienceSlot(toks []token, lo, hi, fa, fb int) bool {
	if slotPublicOffer(toks, lo, hi, fa, fb) {
		return false
	}
	if !slotAt(toks, lo, hi) && !slotTheItem(toks, lo, hi, fa, fb) {
		return false
	}
	return fieldAudience(toks)
}

// slotTheItem reports whether the finding at tokens fa..fb is a definite
// item ("the biopsy follow-up has moved", "the hearing aid for the left
// ear has arrived"): "the", "el" or "la" right before it or one word
// before (not the article of "the public", nor one after a preposition:
// "vacunas contra la influenza", "Concientización sobre el Cáncer de
// Mama"), and no offer noun or product line among its words or the two
// after them, whatever its article ("The flu vaccine is now available for
// everyone" is an offer, "the Phonak Sphere line, on display for
// everyone" the shop's goods).
func slotTheItem(toks []token, lo, hi, fa, fb int) bool {
	for k := fa; k < hi && k <= fb+2; k++ {
		if slotOffers.get(toks[k].h) || slotLines.get(toks[k].h) {
			return false
		}
	}
	for j := fa - 1; j >= lo && j >= fa-2; j-- {
		l := toks[j].low
		if (l == "the" || l == "el" || l == "la") && !slotAudienceNouns.get(toks[j+1].h) &&
			(j == lo || !slotEventPrep.get(toks[j-1].h)) { // not "vacunas contra la influenza", "sobre el cáncer"
			return true
		}
	}
	return false
}

// slotBetweenPrep reports whether a preposition stands between tokens k
// and fa ("screenings for", "vacunación contra la").
func slotBetweenPrep(toks []token, k, fa int) bool {
	for j := k + 1; j < fa; j++ {
		if slotEventPrep.get(toks[j].h) {
			return true
		}
	}
	return false
}

// slotForThe reports whether the finding at tokens fa..fb names whom a
// definite item is for (helper recall2b, round one's hole: "The walker
// rental for the hip fracture is now available at all our locations", "El
// andador de alquiler para la fractura de cadera ya está disponible"):
// "for the/your" or "para la/el/su/tu" right before it, a definite
// article or the reader's possessive opening the item at most four words
// before "for" (the, el, la, your, su, tu), and the finding no public
// offer's or event's (slotPublicOffer: "Shots for the flu are now
// available" is an offer). Kept reported with or without an audience
// word; "Walker rentals for hip fracture recovery now available" (no
// article) and "Our clinic for the knee" (our) still pass.
func slotForThe(toks []token, lo, hi, fa, fb int) bool {
	if fa-2 < lo || !slotForArt.get(toks[fa-1].h) || !slotForPrep.get(toks[fa-2].h) {
		return false
	}
	def := false
	for j := fa - 3; j >= lo && j >= fa-6; j-- {
		if slotForArt.get(toks[j].h) && toks[j].low != "our" {
			def = true
		}
	}
	return def && !slotPublicOffer(toks, lo, hi, fa, fb)
}

var (
	slotForArt  = wordSetTab("the your el la su tu")
	slotForPrep = wordSetTab("for para")
)

// slotStarts reports whether the field tells the reader when a care
// programme named by the finding at fa..fb starts (helper recall2b, round
// one's hole: "Intensive Outpatient program now available across Oregon —
// starts Monday"): a start verb (starts, start, begins, empieza,
// comienza…) with one slot (slotAt: a weekday not recurring, a clock time)
// in the three words after it, and a programme word (program, programme,
// programa) among the finding's words or the three after them. Public
// events with a start day ("Diabetes class series starts Monday") name no
// programme and pass; "Our virtual IOP is now available across Oregon and
// Washington" names no start.
func slotStarts(toks []token, lo, hi, fa, fb int) bool {
	prog := false
	for k := fa; k < hi && k <= fb+3; k++ {
		if slotProgs.get(toks[k].h) {
			prog = true
		}
	}
	if !prog {
		return false
	}
	for k := range toks {
		if slotStartVerbs.get(toks[k].h) && slotAt(toks, k+1, min(len(toks), k+4)) {
			return true
		}
	}
	return false
}

var (
	slotProgs      = wordSetTab("program programs programme programmes programa programas")
	slotStartVerbs = wordSetTab("starts start begins begin starting empieza empiezas empiezan comienza comienzas comienzan inicia inicias")
)
