package guard

// announce_sender.go: general announcements that name the sender's own
// place or service as the subject, public events and seasonal advice
// (issue 15, night session: dev27). Each reading is of one sentence's
// tokens as announce.go reads them, and narrow; the rest of announce.go
// (standard mode only, every finding clinical, nothing personal anywhere in
// the notice, every sentence the sender's) is unchanged, so "Your sleep
// study at our sleep lab …" and "We noticed your allergy prescription …"
// stay reported, and strict mode never drops anything:
//
//   - the sender's place or team as the subject (ourSubjectFrame): "our"
//     (nuestra, nuestro…) and within three words a place, service or team
//     word (hospital, clinic, lab, pharmacy, pharmacists, team, services,
//     center…), then within five words what a place does for itself:
//     moving, relocating or moved to a place ("is moving to a bigger
//     space", "se muda a"), earned, achieved or awarded an accreditation,
//     award, certification or designation ("has earned national
//     accreditation"), is now / has been designated, certified,
//     accredited, recognized or named ("is now a designated stroke
//     center"), is expanding or growing (at the end of the sentence or
//     before to, and, with, our…: not "is growing concerned about"). "Our lab is moving the HIV test to
//     Monday" has no "to" right after the verb and is no frame;
//   - the sender announcing something new (newPlaceFrame): "announce",
//     "announcing", "introducing", "anunciamos", "presentamos" with "new"
//     within three words, or "new" with opening, opens or coming within
//     four and a place word between ("a new hearing center opening in the
//     Westgate Mall"; not "New pressure ulcer opening on the left heel");
//   - a mobile unit touring an area (areaMobileFrame): a mobile word after
//     "our" or in the plural (vans, buses, trucks) and an area in the
//     plural (neighborhoods, communities, towns, counties, barrios,
//     comunidades) or after across, throughout, around, todo ("across the
//     county", "todo el condado"; not "the county jail"): "Mammography vans will visit
//     neighborhoods across the county throughout October". One van's one
//     visit ("Our van visits the Lakeview library on Monday") is no frame;
//   - a blood drive (bloodDriveFrame): "blood drive", "blood donation",
//     "donate blood", "blood donors", "donación de sangre", "donar sangre",
//     "donantes de sangre", and "all blood types needed/welcome" ("todos
//     los tipos de sangre"): blood is asked of anyone;
//   - a season arriving (seasonFrame): "X season is here / has arrived /
//     is coming / is back / starts / begins", "llegó la temporada de X",
//     "la temporada de X ya llegó / comienza", "X awareness month / week /
//     day", as a header (at most three words after the season's verb):
//     "Allergy season is here." (not "Allergy season is here and the
//     anaphylaxis was severe");
//   - the sender expanding a service in Spanish: "ampliamos", "hemos
//     ampliado", "expandimos" and within four words a service or place
//     ("Ampliamos nuestros servicios de salud mental"; the English "We've
//     expanded our … services" is openedFrame's, announce_public.go).
//
// None of these frames holds in a sentence that goes on with "so the" or
// "meaning the" to someone's care event (senderConsequence: "… is
// expanding to evenings, so the Tuesday group for alcohol use disorder
// moves to 6 pm"; red team round 4, dev28s).
//
// One "you" more is read as the sender's offer (helpYou): "Our pharmacists
// can help you choose over-the-counter options" — "you" after "help", after
// "can", "will", "may" or "to", in a sentence where "our" comes before a
// team or place word, followed by a verb of choosing or finding (choose,
// find, pick, select, compare). It frames nothing: a clinical word in its
// own sentence ("… help you choose the right HIV test kit") still needs a
// frame of the list above, and any other "you"/"your" in the notice still
// leaves every finding.

var (
	senderNouns = wordSetTab("hospital hospitals clinic clinics lab labs laboratory pharmacy pharmacies pharmacist pharmacists " +
		"team teams staff service services program programs center centers centre department unit units " +
		"office offices practice location locations store stores provider providers nurses doctors physicians " +
		"farmacia farmacias farmaceuticos equipo personal servicio servicios programa programas centro clinica " +
		"laboratorio hospital consultorio sucursal")
	senderMoveVerbs = wordSetTab("moving moved move moves relocating relocated relocate relocates muda mudara mudamos " +
		"traslada trasladara trasladamos")
	senderMoveTo    = wordSetTab("to into across a al")
	senderEarnVerbs = wordSetTab("earned achieved awarded won recibio obtuvo gano")
	senderHonours   = wordSetTab("accreditation accredited certification certified designation award awards recognition " +
		"status distinction acreditacion certificacion designacion premio reconocimiento")
	senderStatus = wordSetTab("designated certified accredited recognized recognised named ranked designado designada " +
		"certificado certificada acreditado acreditada reconocido reconocida")
	senderGrow      = wordSetTab("expanding expanded growing grown ampliando ampliado amplia")
	announceVerbs   = wordSetTab("announce announcing announces introducing introduce anunciamos anunciar presentamos")
	newWords        = wordSetTab("new nueva nuevo nuevas nuevos")
	newOpening      = wordSetTab("opening opens coming abre abrira abrira llega")
	areaWords       = wordSetTab("neighborhoods neighbourhoods communities towns county counties region regions barrios comunidades condado condados")
	pluralMobile    = wordSetTab("vans buses trucks moviles")
	areaPlural      = wordSetTab("neighborhoods neighbourhoods communities towns counties regions barrios comunidades condados")
	areaBefore      = wordSetTab("across throughout around todo toda")
	helpChoiceVerbs = wordSetTab("choose find pick select compare")
	growNext        = wordSetTab("to into and with our its across a al con y nuestros nuestras")
	seasonArrive    = wordSetTab("here arrived coming back starts begins started began upon")
)

// senderFrame reports whether a sentence announces the sender's own place,
// service, event or season (see the file comment).
func senderFrame(toks []token) bool {
	if senderConsequence(toks) {
		return false
	}
	return ourSubjectFrame(toks) || newPlaceFrame(toks) || areaMobileFrame(toks) || bloodDriveFrame(toks) || seasonFrame(toks) || deptOfPlaceFrame(toks) // deptOfPlaceFrame: announce_dept.go
}

// ourSubjectFrame: "our" and a place or team word, then what the place
// does for itself.
func ourSubjectFrame(toks []token) bool {
	for k := range toks {
		switch toks[k].low {
		case "our", "nuestra", "nuestro", "nuestras", "nuestros":
		default:
			continue
		}
		subj := -1
		for m := k + 1; m < len(toks) && m <= k+3; m++ {
			if senderNouns.get(toks[m].h) {
				subj = m
			}
		}
		if subj < 0 {
			continue
		}
		for m := subj + 1; m < len(toks) && m <= subj+5; m++ {
			h := toks[m].h
			next := uint64(0)
			if m+1 < len(toks) {
				next = toks[m+1].h
			}
			switch {
			case senderMoveVerbs.get(h) && next != 0 && senderMoveTo.get(next):
				return true
			case senderEarnVerbs.get(h):
				for n := m + 1; n < len(toks) && n <= m+4; n++ {
					if senderHonours.get(toks[n].h) {
						return true
					}
				}
			case senderStatus.get(h):
				p := toks[m-1].low
				if p == "a" || p == "an" || p == "now" || p == "been" || p == "es" || p == "sido" || p == "fully" || p == "nationally" {
					return true
				}
			case senderGrow.get(h):
				// said of the place itself: "Our team is growing.", "is
				// expanding to evenings"; not "is growing concerned about …"
				if m+1 >= len(toks) || toks[m+1].sent || growNext.get(toks[m+1].h) {
					return true
				}
			}
		}
	}
	return false
}

// newPlaceFrame: the sender announcing something new, or something new
// opening.
func newPlaceFrame(toks []token) bool {
	for k := range toks {
		switch {
		case announceVerbs.get(toks[k].h):
			for m := k + 1; m < len(toks) && m <= k+3; m++ {
				if newWords.get(toks[m].h) {
					return true
				}
			}
		case newWords.get(toks[k].h):
			// a place between "new" and the verb: "a new hearing center
			// opening …" (not "New pressure ulcer opening on the left heel")
			place := false
			for m := k + 1; m < len(toks) && m <= k+4; m++ {
				if annClass(&toks[m])&annPlace != 0 || senderNouns.get(toks[m].h) || openedRooms.get(toks[m].h) {
					place = true
				}
				if newOpening.get(toks[m].h) && place {
					return true
				}
			}
		}
	}
	return false
}

// areaMobileFrame: a mobile unit of the sender's touring an area.
func areaMobileFrame(toks []token) bool {
	mobile, area := false, false
	for k := range toks {
		h := toks[k].h
		if pluralMobile.get(h) {
			mobile = true
		}
		if mobileWords.get(h) && k > 0 {
			for j := k - 1; j >= 0 && j >= k-3; j-- {
				if annSender.get(toks[j].h) {
					mobile = true
				}
			}
		}
		if areaWords.get(h) && (areaPlural.get(h) || k > 0 && areaBefore.get(toks[k-1].h) || k > 1 && areaBefore.get(toks[k-2].h)) {
			// neighborhoods, communities; across / throughout the county,
			// todo el condado (not "the county jail")
			area = true
		}
	}
	return mobile && area
}

// bloodDriveFrame: a blood drive or a call for donors.
func bloodDriveFrame(toks []token) bool {
	at := func(m int) string {
		if m >= 0 && m < len(toks) {
			return toks[m].low
		}
		return ""
	}
	for k := range toks {
		switch toks[k].low {
		case "blood":
			switch at(k + 1) {
			case "drive", "drives", "donation", "donations", "donors", "donor":
				return true
			case "types":
				if at(k-1) == "all" {
					switch at(k + 2) {
					case "needed", "welcome", "wanted", "accepted":
						return true
					}
				}
			}
			if at(k-1) == "donate" || at(k-1) == "give" {
				return true
			}
		case "sangre":
			switch at(k - 1) {
			case "donar", "done", "donen":
				return true
			case "de":
				switch at(k - 2) {
				case "donacion", "donaciones", "donantes", "donante", "campana", "colecta":
					return true
				case "tipos":
					return at(k-3) == "los" && at(k-4) == "todos"
				}
			}
		}
	}
	return false
}

// seasonFrame: a season arriving, "Allergy season is here", "Llegó la
// temporada de alergias".
func seasonFrame(toks []token) bool {
	for k := range toks {
		switch toks[k].low {
		case "season":
			m := k + 1
			if m < len(toks) && (toks[m].low == "is" || toks[m].low == "has") {
				m++
			}
			if m < len(toks) && seasonArrive.get(toks[m].h) && len(toks)-m <= 4 {
				// the header alone, not "Allergy season is here and the
				// anaphylaxis was severe"
				return true
			}
		case "awareness":
			// "Asthma awareness month starts now"
			if k+1 < len(toks) && len(toks)-k <= 6 {
				switch toks[k+1].low {
				case "month", "week", "day":
					return true
				}
			}
		case "ampliamos", "ampliado", "expandimos", "expandido":
			// "Ampliamos nuestros servicios de salud mental", "hemos
			// ampliado el programa"
			for m := k + 1; m < len(toks) && m <= k+4; m++ {
				if openedRooms.get(toks[m].h) || annClass(&toks[m])&annPlace != 0 {
					return true
				}
			}
		case "temporada":
			if k >= 2 && toks[k-1].low == "la" {
				switch toks[k-2].low {
				case "llego", "llega", "comienza", "empieza":
					return true
				}
			}
			for m := k + 1; m < len(toks) && m <= k+4; m++ {
				switch toks[m].low {
				case "llego", "comienza", "empieza", "aqui":
					return true
				}
			}
		}
	}
	return false
}

// helpYou reports whether the "you" at token k is the sender's offer to
// help choose: "Our pharmacists can help you choose …".
func helpYou(toks []token, k int) bool {
	if toks[k].low != "you" || k < 2 || toks[k].sent || toks[k-1].sent || toks[k-1].low != "help" {
		return false
	}
	switch toks[k-2].low {
	case "can", "will", "to", "may":
	default:
		return false
	}
	if k+1 >= len(toks) || toks[k+1].sent || !helpChoiceVerbs.get(toks[k+1].h) {
		return false
	}
	lo, _ := sentenceSpan(toks, k)
	for m := lo; m+1 < k; m++ {
		if annSender.get(toks[m].h) && senderNouns.get(toks[m+1].h) {
			return true
		}
	}
	return false
}

// senderConsequence reports whether the sentence goes on to what follows
// for someone's own care ("… is expanding to evenings, so the Tuesday
// group for alcohol use disorder moves to 6 pm", red team round 4,
// dev28s): "so" or "meaning", then the, his, her or their, then within
// three words a care event (group, session, appointment, visit, infusion,
// treatment, therapy, procedure, surgery, dose). Such a sentence is no
// frame. "…, so plan a little extra time for parking", "…, so sleep studies
// can be offered more often" keep their frame.
func senderConsequence(toks []token) bool {
	for k := 1; k+2 < len(toks); k++ {
		switch toks[k].low {
		case "so", "meaning":
		default:
			continue
		}
		switch toks[k+1].low {
		case "the", "his", "her", "their":
		default:
			continue
		}
		for m := k + 2; m < len(toks) && m <= k+4; m++ {
			if senderCareEvents.get(toks[m].h) {
				return true
			}
		}
	}
	return false
}

// senderCareEvents: what a consequence clause moves for someone.
var senderCareEvents = wordSetTab("group session sessions appointment appointments visit visits infusion infusions " +
	"treatment treatments therapy procedure procedures surgery dose doses")
