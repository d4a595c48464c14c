package guard

// announce_public.go: general announcements of health services that
// announce.go did not read (issue 15, night session: dev25, dev26). Four
// readings, each of one sentence's tokens as announce.go reads them, each
// narrow; the rest of announce.go (standard mode only, every finding
// clinical, nothing personal anywhere, every sentence the sender's) is
// unchanged:
//
//   - advice to see one's own professional, not a fact about the reader:
//     "Ask your pharmacist.", "Talk to your doctor or pharmacist.", "Check
//     with your pharmacist.", "Consulte a su farmacéutico." (adviceYou): an
//     imperative (ask, talk to, speak with, check with, consult; pregunte
//     a, consulte a, hable con) opening the sentence, then "your"/"su",
//     then a professional (pharmacist, doctor, provider, physician, nurse,
//     care team; farmacéutico, médico, doctor, proveedor), optionally "or
//     <professional>", and the sentence ends there (or with "for details",
//     "to learn more", "today"). "Ask your pharmacist about your HIV
//     medication refill" keeps its other "your" and "refill"; "Skin cancer
//     screening results are ready. Ask your pharmacist." keeps "results"
//     and "ready". A notice passes the quick exit on "you"/"your"
//     (hasYou) only when every such word written in it is in "get your"
//     or one of these advice phrases (mayOffer);
//   - an audience open to anyone (audienceFrame): "for the public", "open
//     to the community", "for everyone", "all/area/local residents",
//     "walk-ins", "all eligible", "eligible adults / women / seniors…", "al
//     público", "a la comunidad", "adultos elegibles", "para todos" — a
//     sender-side frame like "at all our locations";
//   - an event for a group (class, classes, workshop, seminar, screenings,
//     talk, event, fair; clase, taller, charla, feria, jornada), or a
//     mobile unit visiting a public place (publicMobileFrame: a mobile
//     word — van, bus, truck, coach, mobile — and a public place —
//     library, park, mall, parking lot, church, school, market, plaza,
//     fairgrounds; biblioteca, parque, iglesia, escuela, mercado), in a
//     sentence of a field where a sentence names such an audience
//     (eventAudience): "Diabetes prevention classes start March 3 at our
//     main campus. Open to all community members.", "Mammography van
//     visiting the downtown library parking lot Friday. Screenings open to
//     all eligible women." A mobile unit's one visit without an audience
//     stays reported ("Our mammography van visits the Lakeview library on
//     Monday", announce_offer.go), and so does "all ages" ("Chemotherapy
//     starts Monday for all ages at our oncology center");
//   - the sender opening a place (openedFrame): "we" (we've, we have,
//     we're, we just) then opened, launched, added, expanded or opening
//     within three words, "has/have (just) opened", "newly opened",
//     "hemos abierto", "abrimos", then within four words "new" or a place
//     or room word (clinic, lab, center, gym, wing, suite, floor…), or
//     "grand opening": "We've opened a new physical therapy gym on the 3rd
//     floor". "We've opened an investigation into the overdose" names no
//     place; "We've opened a new physical therapy gym for your knee rehab"
//     says "your": both stay reported.
//
// Red team (helper RED2, dev28r): "opened a new" is also what is said of
// a case, a claim, a file or a referral ("We've opened a new case for the
// hepatitis C follow-up on Monday"); a record word (openedRecords: case,
// claim, file, referral, ticket, account, record, chart, request,
// investigation…), or one slot, chair, bed or spot (a place for one
// person: "We've opened a new slot at our oncology clinic for the biopsy
// follow-up Monday at 9 AM"; plurals, "new appointment slots", stay the
// sender's), within four words after the verb makes it no frame.

var (
	adviceVerbs = wordSetTab("ask talk speak check consult pregunte preguntele consulte consultele hable")
	adviceLinks = wordSetTab("to with a con")
	adviceRoles = wordSetTab("pharmacist pharmacists doctor doctors provider providers physician physicians nurse " +
		"clinician prescriber dentist optometrist pharmacy care health healthcare team " +
		"farmaceutico farmaceutica medico medica doctor doctora proveedor enfermera enfermero dentista")
	adviceTails = wordSetTab("for details to learn more information info today or and de salud atencion equipo")

	audienceGroups = wordSetTab("adults women men seniors children kids residents members families teens students " +
		"adultos mujeres hombres mayores ninos residentes familias")
	residentQualifiers = wordSetTab("all local area community county city town neighborhood neighbourhood eligible " +
		"todos los locales")
	publicPlaces = wordSetTab("library libraries park parks mall malls lot church churches school schools market " +
		"markets plaza fairgrounds fairground stadium ymca square " +
		"biblioteca bibliotecas parque parques iglesia iglesias escuela escuelas mercado mercados")
	openedVerbs = wordSetTab("opened launched added expanded opening launching")
	// openedRecords: what is opened for one person (red team, dev28r)
	openedRecords = wordSetTab("case cases claim claims file files referral referrals ticket tickets account accounts record " +
		"records chart charts request requests investigation inquiry complaint appeal caso expediente reclamo " +
		// one place for one person: "a new slot … for the biopsy follow-up
		// Monday at 9 AM", "a new chemotherapy chair … for the 9 AM
		// infusion" (plurals are the sender's: "new appointment slots")
		"slot chair bed spot")
	openedRooms = wordSetTab("gym wing unit suite floor room rooms space area sala salas piso " +
		"services service program programs hours servicios programa programas") // "We've expanded our behavioral health services" (dev27)
)

// adviceYou reports whether the "your"/"su" at token k is in advice to
// see one's professional: "Ask your pharmacist."
func adviceYou(toks []token, k int) bool {
	if k == 0 || toks[k].sent {
		return false
	}
	switch toks[k].low {
	case "your", "su":
	default:
		return false
	}
	v := k - 1
	if adviceLinks.get(toks[v].h) && v > 0 && !toks[v].sent {
		v--
	}
	if !adviceVerbs.get(toks[v].h) || !(v == 0 || toks[v].sent) {
		return false
	}
	// the professional, then the end of the sentence or a neutral tail
	m := k + 1
	if m >= len(toks) || toks[m].sent || !adviceRoles.get(toks[m].h) {
		return false
	}
	for m++; m < len(toks) && !toks[m].sent; m++ {
		if !adviceRoles.get(toks[m].h) && !adviceTails.get(toks[m].h) {
			return false
		}
	}
	return true
}

// adviceText reports whether the lower-cased text, with its "get your"
// offers and advice phrases taken out, still says "you"/"your".
var advicePhrases = []string{"get your ", "ask your ", "talk to your ", "talk with your ", "speak to your ",
	"speak with your ", "check with your ", "consult your ", "consult with your ", "help you "}

// audienceFrame reports whether a sentence names an audience open to
// anyone, and no standing treatment of one person (apTreatSlot).
func audienceFrame(toks []token) bool {
	found := false
	for k := range toks {
		if apTreatSlot.get(toks[k].h) {
			return false
		}
		found = found || audienceTok(toks, k)
	}
	return found
}

// apTreatSlot: a standing treatment (its session is named by it: "the
// dialysis session"; a session alone is often a public one, "Free info
// session for the public"). An audience word in
// the same sentence only dresses up one person's care ("Everyone welcome
// at the dialysis session Tuesday 7 AM", "… at the chemotherapy infusion";
// fifteenth pass, found by helper pub2): the sentence is no announcement.
// Shots, screenings, doses, appointments, sessions and classes are not
// listed: "Flu shots for everyone, no appointment needed" stays the
// sender's. eventAudience reads the event's own sentence the same way
// ("Everyone welcome! Dialysis session moved to Tuesday 7 AM.").
var apTreatSlot = wordSetTab("dialysis hemodialysis chemotherapy chemo infusion infusions transfusion transfusions " +
	"radiation dialisis hemodialisis quimioterapia quimio infusiones transfusiones")

// audienceTok reports whether token k names an audience open to anyone:
// "the public", "the community", "community members", "everyone", "all
// residents" (not "residents" alone: a care home's are patients),
// "walk-ins", "all eligible", "eligible adults", "al
// público", "a la comunidad", "para todos", "adultos elegibles".
// "Community" in a place's name ("Riverside Community Center", "Community
// Hospital") is no audience. A group after "for" counts with an age
// after it ("for men 50 and older", "for adults over 65"; ageGroupAfter).
func audienceTok(toks []token, k int) bool {
	next, prev := "", ""
	if k+1 < len(toks) && !toks[k+1].sent {
		next = toks[k+1].low
	}
	if k > 0 && !toks[k].sent {
		prev = toks[k-1].low
	}
	switch toks[k].low {
	case "public", "publico":
		return prev == "the" || prev == "al" || prev == "todo" || next == "welcome" || audienceTodo(toks, k) // "para todo el público" (announce_dept.go)
	case "ciudadania":
		return audienceTodo(toks, k) // "abierta a toda la ciudadanía" (announce_dept.go)
	case "community", "comunidad":
		// "our free community lecture" (T36B, dev36): an event for the town
		return prev == "the" || prev == "la" || next == "members" || next == "residents" ||
			next == "lecture" || next == "lectures" || next == "picnic" || next == "walk"
	case "everyone", "everybody", "anyone", "walkins":
		return true
	case "residents", "residentes":
		// the town's residents, not a care home's: "all residents", "area
		// residents", "community residents"; "Chemotherapy for residents
		// starts Monday" stays reported
		return residentQualifiers.get(hstr(prev)) || next == "welcome"
	case "todos", "todas":
		return prev == "para" || prev == "a"
	case "walk":
		return next == "ins"
	case "neighbors", "neighbours", "families", "vecinos", "familias":
		// "families, friends and neighbors welcome", "neighbors invited!",
		// "Todos los vecinos están invitados" (T36B, dev36): the town, by
		// invitation; "your family is welcome" has no plural here and a
		// reader's word ends publicEventDate anyway
		return openInvite.get(hstr(next)) || next == "estan" && k+2 < len(toks) && openInvite.get(toks[k+2].h)
	case "all":
		// "open to all families", "open to all" (T36B, dev36)
		return next == "eligible" || prev == "to" && k >= 2 && toks[k-2].low == "open"
	case "eligible":
		return audienceGroups.get(hstr(next))
	case "for", "para":
		// "for men 50 and older", "for adults 60 and over", "para
		// adultos mayores": a group by age or sex, not by health
		return audienceGroups.get(hstr(next)) && ageGroupAfter(toks, k+1)
	case "elegibles":
		return audienceGroups.get(hstr(prev))
	}
	return false
}

// publicMobileFrame reports whether a sentence names a mobile unit and a
// public place.
func publicMobileFrame(toks []token) bool {
	mobile, place := false, false
	for k := range toks {
		if mobileWords.get(toks[k].h) {
			mobile = true
		}
		if publicPlaces.get(toks[k].h) {
			place = true
		}
	}
	return mobile && place
}

// openedFrame reports whether a sentence has the sender opening a place:
// an opening verb followed, within four words, by "new" or a place or
// room word ("We've opened a new physical therapy gym", "We have just
// opened a sleep lab"). "We've opened an investigation into the
// overdose" names no place and is no frame.
func openedFrame(toks []token) bool {
	for k := range toks {
		opened := false
		switch toks[k].low {
		case "we", "weve", "were":
			for m := k + 1; m < len(toks) && m <= k+3; m++ {
				if openedVerbs.get(toks[m].h) {
					opened, k = true, m
					break
				}
			}
		case "has", "have", "newly":
			for m := k + 1; m < len(toks) && m <= k+2; m++ {
				if toks[m].low == "opened" {
					opened, k = true, m
					break
				}
			}
		case "grand":
			if k+1 < len(toks) && toks[k+1].low == "opening" {
				return true
			}
		case "hemos":
			opened = k+1 < len(toks) && toks[k+1].low == "abierto"
			k++
		case "abrimos", "inauguramos", "inaugura":
			opened = true
		}
		if !opened {
			continue
		}
		rec := false
		for m := k + 1; m < len(toks) && m <= k+4; m++ {
			if openedRecords.get(toks[m].h) {
				rec = true
			}
		}
		if rec {
			continue
		}
		for m := k + 1; m < len(toks) && m <= k+4; m++ {
			if toks[m].low == "new" || toks[m].low == "nueva" || toks[m].low == "nuevo" ||
				annClass(&toks[m])&annPlace != 0 || openedRooms.get(toks[m].h) {
				return true
			}
		}
	}
	return false
}

// eventAudience reports whether the sentence toks[lo:hi] names an event
// for a group and a sentence of the same field names an audience open to
// anyone.
func eventAudience(toks []token, lo, hi int) bool {
	event := publicMobileFrame(toks[lo:hi])
	for k := lo; k < hi && !event; k++ {
		if groupEventNouns.get(toks[k].h) || publicEventNouns.get(toks[k].h) {
			event = true
			break
		}
	}
	if !event {
		return false
	}
	for k := lo; k < hi; k++ {
		if apTreatSlot.get(toks[k].h) { // one person's standing treatment is no public event
			return false
		}
	}
	for a := 0; a < len(toks); {
		_, b := sentenceSpan(toks, a)
		if b <= a {
			b = a + 1
		}
		if audienceFrame(toks[a:b]) {
			return true
		}
		a = b
	}
	return false
}

// ageGroupAfter reports whether the group word at token k is followed by
// an age bound: a number then "and older/over/up", "or older", "años", or
// "over/under/aged" then a number; "mayores" after the Spanish group.
func ageGroupAfter(toks []token, k int) bool {
	at := func(m int) string {
		if m < len(toks) && !toks[m].sent {
			return toks[m].low
		}
		return ""
	}
	if at(k+1) == "mayores" {
		return true
	}
	n := k + 1
	switch at(n) {
	case "over", "under", "aged", "ages", "age", "de":
		n++
		return n < len(toks) && !toks[n].sent && toks[n].cls&tDigit != 0
	}
	if n >= len(toks) || toks[n].sent || toks[n].cls&tDigit == 0 {
		return false
	}
	switch at(n + 1) {
	case "and", "or", "y", "o":
		switch at(n + 2) {
		case "older", "over", "up", "above", "mas", "mayores":
			return true
		}
	case "anos": // "para adultos de 60 años"
		return true
	}
	return false
}
