package guard

// pubaudience.go: "for all county residents", "for everyone" as publicoffer.go's
// audience of everyone (issue 15, twenty-third pass, fix helper r116f,
// dev116 clean-167, 2026-12-06).
//
// pubEveryone read only "Open to anyone / everyone / all / the public…"
// and "para todos (los afiliados)". A county's or an insurer's campaign
// names its audience after "for": "free COVID-19 and flu vaccines for all
// county residents at our Saturday pop-up sites", "Free flu shots for
// everyone". pubForAll reads "for" then everyone / everybody / anyone /
// all / the public, or "all"/"every" and at most two lower-case modifiers
// (county, city, local, area, our…) before an audience noun (residents,
// members, neighbors, families, adults, ages…). The rest of
// dropPublicOffers holds unchanged: pubEveryone's narrowing (with / who /
// con / que after the audience: "for all residents with asthma"), no
// "you"/"your" in any field, no personal cue, every sentence the
// sender's, a drug only as a vaccine or over the counter; and
// dropPublicOffers asks readerTied.

var (
	pubForWho  = wordSetTab("everyone everybody anyone")
	pubForNext = wordSetTab("this across throughout today until through")
	pubForAtW  = wordSetTab("our any all every one")
	pubForMods = wordSetTab("county city local area our community town state")
	pubForNoun = wordSetTab("residents resident members member neighbors neighbours families adults ages customers attendees visitors students employees comers")
)

// pubForAll: token k opens "for <everyone>" (the file comment); the last
// token of the audience, or -1.
func pubForAll(toks []token, k, hi int) int {
	if toks[k].low != "for" || k+1 >= hi {
		return -1
	}
	j := k + 1
	if pubForWho.get(toks[j].h) {
		return pubForEnd(toks, j, hi)
	}
	// "for the whole community", "for the entire community"
	if toks[j].low == "the" && j+2 < hi && pubAudWhole.get(toks[j+1].h) && toks[j+2].low == "community" {
		return pubForEnd(toks, j+2, hi)
	}
	if toks[j].low != "all" && toks[j].low != "every" {
		return -1
	}
	for m := j + 1; m < hi && m <= j+3; m++ {
		if toks[m].cls&(tCap|tUpper) != 0 && !toks[m].sent {
			return -1
		}
		if pubForNoun.get(toks[m].h) {
			return pubForEnd(toks, m, hi)
		}
		if !pubForMods.get(toks[m].h) {
			return -1
		}
	}
	return -1
}

// pubForEnd: the audience ending at m is whole: the sentence or a clause
// ends after it, or a word of place or time follows (pubForNext), never a
// narrowing ("for all adults on chemotherapy", "with asthma").
func pubForEnd(toks []token, m, hi int) int {
	if m+1 >= hi || toks[m+1].sent || pubForNext.get(toks[m+1].h) {
		return m
	}
	// "at our Saturday pop-up sites", "at any branch": the sender's own
	// places; never "at the Maple Ridge dialysis unit", and never "now",
	// "during", "from" (a narrowing: "now on dialysis", "during
	// chemotherapy"; red team red23c, dev116r)
	if toks[m+1].low == "at" && m+2 < hi && !toks[m+2].sent && pubForAtW.get(toks[m+2].h) {
		return m
	}
	return -1
}

// Twenty-fourth pass (lead, 2026-12-06): one reading of "open to
// everyone" for every rule that asks it. schedday.go's schedDayOpenEvent
// and pubevslot.go's pvOpenAll each read the audience with a loop of their
// own; both now ask pubEveryone / pubWelcome, widened here to what they
// read that the shared readings did not: "abierto a todas las familias",
// "open to all members", "abierta a todos" (pubOpenTo), "for all
// attendees", "for the whole community" (pubForAll). The widening narrows
// too: an audience of "all" followed by a word that is no group of
// everyone and then with / who / con / que ("open to all patients with
// diabetes", "abierta a todos los pacientes con EPOC") is no audience of
// everyone (pubEveryone read the first as one).

var (
	// pubAudDet: determiners and the sender's possessives between "all" and
	// its group
	pubAudDet = wordSetTab("the our los las nuestros nuestras la el")
	// pubAudAny: the audience that is everyone by itself
	pubAudAny = wordSetTab("anyone everyone everybody public community publico comunidad")
	// pubAudAll: "all" in both languages
	pubAudAll = wordSetTab("all todos todas")
	// pubAudWhole: whole / entire before the audience
	pubAudWhole = wordSetTab("whole entire toda todo")
)

// pubAudGroup: a group of everyone after "all" (pubopen.go's poGroups,
// pubForAll's nouns, and members, attendees, visitors… of a sender's
// event)
func pubAudGroup(h uint64) bool {
	return poGroups.get(h) || pubForNoun.get(h) || pubAudEvent.get(h)
}

// pubAudEvent: the audiences of an event (schedday.go's former group list)
var pubAudEvent = wordSetTab("attendees students staff employees visitors ages comers " +
	"socios estudiantes alumnos miembros asistentes empleados vecinos visitantes edades afiliados familias")

// pubOpenTo: token k is "open"/"abierto…"; the last token of an audience
// of everyone after it ("open to the public", "abierto a toda la
// comunidad", "open to all members", "abierta a todos"), or -1.
func pubOpenTo(toks []token, k, hi int) int {
	j := k + 1
	in := func(m int) bool { return m < hi && !toks[m].sent }
	if in(j) && (toks[j].low == "to" || toks[j].low == "al" || toks[j].low == "a") {
		j++
	}
	if in(j) && (toks[j].low == "the" || toks[j].low == "la") {
		j++
	}
	if in(j) && pubAudWhole.get(toks[j].h) {
		j++
		if in(j) && (toks[j].low == "la" || toks[j].low == "el") { // "a toda la comunidad"
			j++
		}
	}
	if !in(j) {
		return -1
	}
	if pubAudAny.get(toks[j].h) {
		return j
	}
	if !pubAudAll.get(toks[j].h) {
		return -1
	}
	m := j + 1
	if in(m) && pubAudDet.get(toks[m].h) {
		m++
		if in(m) && pubAudGroup(toks[m].h) {
			return m // "abierto a todas las familias"
		}
		return -1 // "abierta a todos los pacientes…": no group of everyone
	}
	if in(m) && pubAudGroup(toks[m].h) {
		return m // "open to all members"
	}
	if in(m+1) && annClass(&toks[m+1])&annGroupNext != 0 {
		return -1 // "open to all patients with diabetes"
	}
	return j
}
