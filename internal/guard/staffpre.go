package guard

// staffpre.go: more structures of staff news for dropStaffRoles (issue 15,
// dev51/dev52, helper STAFF2, probe set dev55s). The rule is staffrole.go's
// and staffframe.go's; this file widens the same two questions — does the
// name stand with a role of the sender's, and is a reader word beside it the
// reader's care:
//
//   - a predicate after the name that gives the role (srPreRole): "X has
//     been named practice manager", "X was promoted to Director of Major
//     Gifts", "X ha sido nombrada gerente" (a role noun or "head of" in the
//     noun phrase after named/promoted/appointed); "X from our billing
//     office" (our/the, up to three words, an office noun: office, desk,
//     department, store, counter, team, staff, crew); "X and the [whole]
//     Lakeshore team" ("and the" then up to three words and a team word);
//     ", who joins/joined our … team" or ", who joins … as <role>" (", que
//     se une a nuestro equipo …"); a team word after care, support,
//     recovery, hospice, patient(s), client(s), member(s)… is no staff
//     team (srNotStaffTeam);
//   - a reader word that only thanks or answers the reader (srPreReader):
//     "thank(s) you", "get back to you", "reach/contact you", "your
//     statement/bill" in a sentence of a free event ("hosts a free webinar
//     on reading your statement"), "sus preguntas/dudas" with a channel
//     ("responde sus preguntas por chat") — under
//     staffframe.go's service test (no care event, no srThirdCare word but
//     the reaching verb's own, no clinical role or title in the sentence or
//     the name's, no reader word but you/your);
//   - "patient accounts team" (a lower-case patient before department words
//     and a team or office noun) is a department, like staffframe.go's
//     "patient account representative";
//   - a role's noun phrase before the name (srPreRoleNP, srPreThird): a
//     role noun, up to four lower-case words, the name, then a third-person
//     verb, in a field free of the reader and of care ("El coordinador de
//     eventos Andrés Molina presenta …", "Nuestro director ejecutivo Martín
//     Ruiz comparte …", "Head of sales Ingrid Holm was quoted …"); a
//     clinical role, a reader word or "whose/his/by/su…" in the phrase
//     ends it;
//   - the host of an open event (srPreEventHost): "with/con/al [role] X"
//     or "a la <role's noun phrase> X" near an event noun, with a word of
//     an event open to everyone (free, everyone, streamed, employees,
//     gratuito, todos…, or an invitation: join, acompañe, únase) or a
//     non-clinical role and an event that is no care event ("Cooking demo
//     with chef Aaron Feld"); the field must be free of the reader and of
//     care;
//   - a sentence-opening "Patient accounts manager" is a job title;
//   - new role nouns: liaison(s), driver(s), analyst(s), especialista(s),
//     enlace.
//
// A first name alone after a congratulation ("Congratulations, Marcus!")
// goes with the full name of the same field when that is dropped
// (staffmore.go's first-name path, unchanged). What keeps a name reported is
// everything staffrole.go keeps: "Patient Maria Lopez was discharged", "Your
// therapist Dana Lee will see you", "Renee Castillo from our billing office
// called about your unpaid biopsy claim", "Please welcome Yusuf Amari, who
// joins our recovery program as a new client", "Priya Raman and the whole
// oncology team are here for your next chemo round"; and, on every path of
// this file, a staff member's own health news (srPreWell: operado,
// diagnosed, fell, broke, injured, recovering…) or a wish for the reader's
// health ("wish you a speedy recovery").

import "strings"

var (
	// srPreNamed: verbs of an appointment after the name's auxiliaries.
	srPreNamed = wordSetTab("named promoted appointed elected nombrado nombrada ascendido ascendida")
	// srPreAux: auxiliaries between the name and srPreNamed.
	srPreAux = wordSetTab("has have had been was is just recently ha sido fue")
	// srPreOffice: the sender's office nouns after "from our …".
	srPreOffice = wordSetTab("office desk department store counter team staff crew")
	// srPreJoin: "who joins our … team".
	srPreJoin = wordSetTab("joins joined join une unio unió suma")
	// srPreWho: a relative opening the clause after the name's comma.
	srPreWho = wordSetTab("who que quien")
	// srPreThank: "thank you", "thanks you", "wish you", "welcomes you";
	// "we'll miss you" of a retiring staff member (staffnine.go).
	srPreThank = wordSetTab("thank thanks wish wishes welcome welcomes miss")
	// srPreCustomer: "customer care team": no care team.
	srPreCustomer = wordSetTab("customer customers guest guests")
	// srPreReach: verbs whose object "you" the sender's staff reaches.
	srPreReach = wordSetTab("reach contact")
	// srPreEvents: events of the sender's that a named host leads.
	srPreEvents = wordSetTab("demo demos class classes workshop workshops webinar webinars talk talks club session " +
		"sessions yoga tasting seminar lunch breakfast brunch gala walk concert clinic taller talleres clase clases " +
		"sesion charla charlas demostracion seminario")
	// srPreOpen: words of an event open to everyone.
	srPreOpen = wordSetTab("free everyone everybody streamed livestream livestreamed employees public tickets " +
		"gratuito gratuita gratis todos todas publico " +
		"join acompane acompanenos unase unete") // an invitation to all: "Acompañe a la coordinadora …"
	// srPreWith: "with <host>", "con <host>", "al chef <host>".
	srPreWith = wordSetTab("with con al")
	// srPreNPStop: words that end a role's noun phrase before the name
	// ("by", "whose", "his"…): the role is no apposition of the name.
	srPreNPStop = wordSetTab("whose his her their with by from to and or for para con por sin su sus your my " +
		"seen treated called helped visto vista atendido atendida")
	// srPreEsDet: a Spanish determiner before a role noun.
	srPreEsDet = wordSetTab("el la al del nuestro nuestra nuestros nuestras")
	// srPreEsChannel: nouns "su/sus" may stand before in a service sentence
	// ("responde sus preguntas por chat").
	srPreEsChannel = wordSetTab("preguntas pregunta dudas llamadas llamada mensajes mensaje correos comentarios")
	// srPreDoc: the reader's billing papers a free talk teaches to read
	// ("a free webinar on reading your statement").
	srPreDoc = wordSetTab("statement statements bill bills invoice invoices")
	// srPreWell: wishes for the reader's health bar a thanked or answered
	// reader ("wish you a speedy recovery").
	srPreWell = wordSetTab("recovery recover recovering heal healing healed better well sick illness hospital " +
		"condolences sympathy loss passing mejore recuperacion recuperación " +
		// a staff member's own health news bars srPreThird and srPreEventHost
		// ("El coordinador de eventos Andrés Molina fue operado de la rodilla")
		"operado operada intervenido intervenida diagnosed diagnosticado diagnosticada fell broke injured injury " +
		"lesionado lesionada accidente accident recuperandose recuperándose")
	// srPreMay: words that let srMay through for "X from our billing
	// office" and an open event's host (no role noun in the field).
	srPreMay = wordSetTab("office desk department streamed livestream livestreamed everyone employees tickets")
)

// srPreBits filters this file's per-token lookups.
var srPreBits = func() *hashFilter {
	f := tabsFilter(srPreNamed)
	for _, m := range []setTab{srPreAux, srPreOffice, srPreJoin, srPreWho, srPreThank, srPreReach, srPreCustomer, srPreEvents, srPreOpen, srPreWith, srPreNPStop, srPreEsDet, srPreEsChannel, srPreDoc, srPreWell} {
		m.each(f.add)
	}
	return f
}()

func srPreHas(m *setTab, h uint64) bool { return srPreBits.may(h) && m.get(h) }

// srPreRole: the name p..b in sentence [lo, hi) has its role in a predicate
// or phrase after it (see the file comment).
func srPreRole(v *srView, p, b, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if srPreHas(&srPreWell, v.toks[k].h) {
			return false // "Tom Baker from our billing office fell and broke his hip"
		}
	}
	e := srListEnd(v, b, hi)
	j, g := srNextWord(v, e, hi)
	if j < 0 {
		return false
	}
	if g == "," {
		// ", who joins our … team", ", who joins … as <role>"
		if !srPreHas(&srPreWho, v.toks[j].h) {
			return false
		}
		k := srNext(v, j, hi)
		if k >= 0 && v.toks[k].low == "se" {
			k = srNext(v, k, hi)
		}
		if k < 0 || !srPreHas(&srPreJoin, v.toks[k].h) {
			return false
		}
		return srPreTeamAfter(v, k, hi)
	}
	if g != "" {
		return false
	}
	tk := &v.toks[j]
	switch {
	case srPreHas(&srPreAux, tk.h):
		// "has been named practice manager", "was promoted to Director of …"
		m := j
		for n := 0; n < 3 && m >= 0 && srPreHas(&srPreAux, v.toks[m].h); n++ {
			m = srNext(v, m, hi)
		}
		if m < 0 || !srPreHas(&srPreNamed, v.toks[m].h) || strings.ContainsAny(srGap(v, j, m), ",.!?:;()") {
			return false
		}
		if n := srNext(v, m, hi); n >= 0 && (v.toks[n].low == "to" || v.toks[n].low == "as" || v.toks[n].low == "como") {
			m = n
		}
		return srNPRole(v, m, hi, 6)
	case tk.low == "from" || tk.low == "de":
		// "from our billing office"
		d := srNext(v, j, hi)
		if d < 0 || !(srOur.get(v.toks[d].h) || v.toks[d].low == "the") {
			return false
		}
		return srPreOfficeWithin(v, d, hi, 4)
	case tk.low == "and":
		// "and the whole Lakeshore team"
		d := srNext(v, j, hi)
		if d < 0 || v.toks[d].low != "the" && !srOur.get(v.toks[d].h) {
			return false
		}
		for m := d + 1; m < hi && m <= d+4; m++ {
			if strings.ContainsAny(srGap(v, m-1, m), ",.!?:;()") || srFrameHas(&srNotStaffTeam, v.toks[m].h) && !srPreCustomerAt(v, m) ||
				srReader.get(v.toks[m].h) || srFrameHas(&srCareRoles, v.toks[m].h) {
				return false
			}
			if srFrameHas(&srCrew, v.toks[m].h) {
				return true
			}
		}
	}
	return false
}

// srPreOfficeWithin: an office noun among the n words after token d, in the
// clause, with no care or reader word before it.
func srPreOfficeWithin(v *srView, d, hi, n int) bool {
	for m := d + 1; m < hi && m <= d+n; m++ {
		if strings.ContainsAny(srGap(v, m-1, m), ",.!?:;()") || srFrameHas(&srNotStaffTeam, v.toks[m].h) ||
			srReader.get(v.toks[m].h) && !srPatientJob(v, m, hi) || srFrameHas(&srCareRoles, v.toks[m].h) {
			return false
		}
		if srPreHas(&srPreOffice, v.toks[m].h) {
			return true
		}
	}
	return false
}

// srPreTeamAfter: after the join verb k, "our/the/a … team" or "… as <role>"
// within the clause.
func srPreTeamAfter(v *srView, k, hi int) bool {
	for m := k + 1; m < hi && m <= k+8; m++ {
		if strings.ContainsAny(srGap(v, m-1, m), ",.!?:;()") {
			return false
		}
		if srAs.get(v.toks[m].h) {
			return srNPRole(v, m, hi, 5)
		}
		if srFrameHas(&srNotStaffTeam, v.toks[m].h) && !srPatientJob(v, m, hi) && !srPreCustomerAt(v, m) ||
			srReader.get(v.toks[m].h) && !srPatientJob(v, m, hi) ||
			srFrameHas(&srCareRoles, v.toks[m].h) {
			return false
		}
		if srFrameHas(&srCrew, v.toks[m].h) {
			// the team may be followed by "as <role>"; a team alone is a role too
			return true
		}
	}
	return false
}

// srPreReader: token k, "you", only thanks or answers the reader: "thank(s)
// you", "get back to you", "reach/contact you", with staffframe.go's service
// test of the sentence [lo, hi) (care: the name's sentence names a clinical
// role or title).
func srPreReader(v *srView, k, lo, hi int, care bool) bool {
	tk := &v.toks[k]
	if care || tk.low != "you" && tk.low != "your" && tk.low != "su" && tk.low != "sus" {
		return false
	}
	ch := -1 // "your call": the channel noun, no message of care
	if tk.low != "you" {
		n := srNext(v, k, hi)
		if n < 0 || srGap(v, k, n) != " " || !(tk.low == "your" && srFrameHas(&srYourChannel, v.toks[n].h) ||
			tk.low == "your" && srPreHas(&srPreDoc, v.toks[n].h) && srPreOpenEvent(v, lo, hi) ||
			tk.low != "your" && srPreHas(&srPreEsChannel, v.toks[n].h)) {
			return false
		}
		ch = n
		if tk.low != "your" && !srPreEsChat(v, lo, hi) {
			return false // "sus dudas" needs a channel: "por chat", "al teléfono"
		}
	} else {
		q := srPrev(v, k, lo)
		if q < 0 || srGap(v, q, k) != " " {
			return false
		}
		if !(srPreHas(&srPreThank, v.toks[q].h) || srPreHas(&srPreReach, v.toks[q].h) ||
			v.toks[q].low == "to" && q-1 >= lo && v.toks[q-1].low == "back" ||
			srIntroPleasant(v, k, lo)) { // "here for you", "to meet you" (staffintro.go)
			return false
		}
	}
	if srCareSentence(v, lo, hi) {
		return false
	}
	for m := lo; m < hi; m++ {
		h := v.toks[m].h
		if srSentBits.may(h) && opsCareEvents.get(h) {
			return false
		}
		if srReader.get(h) && m != k && !srNotReader(v, m, hi) && !srPatientJob(v, m, hi) {
			return false
		}
		if m != ch && srThirdHas(&srThirdCare, h) || srPreHas(&srPreWell, h) && !srNineWeWill(v, m) {
			return false
		}
	}
	return true
}

// srPreCustomerAt: token m, a word of srNotStaffTeam, follows "customer" or
// "guest" ("our customer care team", "guest support team"): the sender's
// service desk.
func srPreCustomerAt(v *srView, m int) bool {
	return m > 0 && srPreHas(&srPreCustomer, v.toks[m-1].h) && strings.TrimSpace(srGap(v, m-1, m)) == ""
}

// srPreEventHost: the name at p (a its first name word) in sentence [lo, hi)
// hosts an event of the sender's: "with/con/al" right before the name or
// before a role noun right before it ("with chef Aaron Feld"), an event
// noun (srPreEvents) among the eight words before (or, failing that, after
// the name's first word), and either a word of an
// event open to everyone in the field (free, everyone, streamed, employees,
// gratuito, todos…) or a non-clinical role noun before the name with an
// event noun that is no care event ("Cooking demo with chef Aaron Feld").
// The field must hold no reader word (you/your/su/usted…), no srThirdCare
// word and no care event but the event noun; the sentence no clinical role
// or title. It returns the event noun's token, or -1.
func srPreEventHost(v *srView, p, lo, hi int) int {
	q := srPrev(v, p, lo)
	if q < 0 || strings.TrimSpace(srGap(v, q, p)) != "" {
		return -1
	}
	role := false
	if srRoles.get(v.toks[q].h) && v.toks[q].cls&tCap == 0 {
		if srFrameHas(&srCareRoles, v.toks[q].h) {
			return -1
		}
		role = true
		if q = srPrev(v, q, lo); q < 0 {
			return -1
		}
	} else if r := srPreRoleNP(v, p, lo); r >= 0 && v.toks[r].cls&tCap == 0 {
		// "a la coordinadora de bienestar Tess Okafor"
		role = true
		if q = srPrev(v, r, lo); q >= 0 && (v.toks[q].low == "la" || v.toks[q].low == "el" || v.toks[q].low == "the") {
			q = srPrev(v, q, lo)
		}
		if q < 0 {
			return -1
		}
	}
	if !srPreHas(&srPreWith, v.toks[q].h) && !(role && v.toks[q].low == "a") {
		return -1
	}
	ev := -1
	for m := q - 1; m >= lo && m >= q-8; m-- {
		if srPreHas(&srPreEvents, v.toks[m].h) || srPreTasteTest(v, m, lo) {
			ev = m
			break
		}
	}
	for m := p + 1; ev < 0 && m < hi && m <= p+8; m++ { // "Únase al chef Diego Campos en una clase de cocina"
		if srPreHas(&srPreEvents, v.toks[m].h) {
			ev = m
		}
	}
	if ev < 0 || srCareSentence(v, lo, hi) {
		return -1
	}
	open := false
	for k := range v.toks {
		h := v.toks[k].h
		if srThirdHas(&srFieldReader, h) && !srNotReader(v, k, len(v.toks)) || srThirdHas(&srThirdCare, h) ||
			srReader.get(h) && !srNotReader(v, k, len(v.toks)) || srFrameHas(&srStayWords, h) || srPreHas(&srPreWell, h) {
			return -1
		}
		if k != ev && srSentBits.may(h) && opsCareEvents.get(h) {
			return -1
		}
		if srPreHas(&srPreOpen, h) {
			open = true
		}
	}
	if !open && !(role && !opsCareEvents.get(v.toks[ev].h)) || opsCareEvents.get(v.toks[ev].h) && v.toks[ev].low == "test" && !open {
		return -1
	}
	return ev
}

// srPreEsChat: [lo, hi) names a channel of the sender's (chat, teléfono,
// correo, llamada, línea) or a phone number.
func srPreEsChat(v *srView, lo, hi int) bool {
	for m := lo; m < hi; m++ {
		switch v.toks[m].low {
		case "chat", "telefono", "teléfono", "correo", "email", "linea", "línea", "whatsapp":
			return true
		}
	}
	return false
}

// srPreRoleNP: the name at p follows a role's noun phrase: a role noun
// (lower case, or opening the sentence, or after our/nuestro/el/la) or a
// capitalised "Head of", then up to four lower-case words with no
// punctuation and none of srPreNPStop, reader words or clinical roles
// ("El coordinador de eventos Andrés Molina", "Nuestro director ejecutivo
// Martín Ruiz", "Head of sales Ingrid Holm"). It returns the role's token,
// or -1; a clinical role (srCareRoles) is no such role.
func srPreRoleNP(v *srView, p, lo int) int {
	k := p
	for n := 0; n < 5; n++ {
		q := srPrev(v, k, lo)
		if q < 0 || strings.TrimSpace(srGap(v, q, k)) != "" {
			return -1
		}
		tk := &v.toks[q]
		if srFrameHas(&srCareRoles, tk.h) || srReader.get(tk.h) && !srNotReader(v, q, p+1) || srPreHas(&srPreNPStop, tk.h) ||
			tk.nd != 0 {
			return -1
		}
		head := srRoles.get(tk.h) || tk.low == "head" && q+1 < p && v.toks[q+1].low == "of"
		if head {
			if tk.cls&tCap == 0 || tk.sent {
				return q
			}
			if r := srPrev(v, q, lo); r >= 0 && (srOur.get(v.toks[r].h) || srPreHas(&srPreEsDet, v.toks[r].h)) {
				return q
			}
			return -1
		}
		if tk.cls&tCap != 0 {
			return -1
		}
		k = q
	}
	return -1
}

// srPreThird: a name after a role's noun phrase (srPreRoleNP) is the
// subject of a third-person verb (staffthird.go's srThirdSubject; Spanish
// after el/la/nuestro), with the field free of reader words (but those
// srPreReader accepts), srThirdCare words, stay words and care events.
func srPreThird(v *srView, p, a, b, lo, hi int) bool {
	if a == b {
		return false
	}
	r := srPreRoleNP(v, p, lo)
	if r < 0 {
		return false
	}
	if !srPreFieldFree(v, -1) {
		return false
	}
	es := false
	if q := srPrev(v, r, lo); q >= 0 && srPreHas(&srPreEsDet, v.toks[q].h) {
		es = true
	}
	return srThirdSubject(v, b, hi, es)
}

// srPreFieldFree: the whole field holds no reader word (but a service one:
// srPreReader, srServiceReader), no srThirdCare word, no stay word and no
// care event (token ev excepted).
func srPreFieldFree(v *srView, ev int) bool {
	for k := range v.toks {
		h := v.toks[k].h
		if srThirdHas(&srFieldReader, h) || srReader.get(h) {
			if srNotReader(v, k, len(v.toks)) || srPatientJob(v, k, len(v.toks)) {
				continue
			}
			lo, hi := srSentence(v, k)
			if !srPreReader(v, k, lo, hi, false) && !srServiceReader(v, k, lo, hi, false) {
				return false
			}
		}
		if srThirdHas(&srThirdCare, h) || srFrameHas(&srStayWords, h) || srPreHas(&srPreWell, h) {
			return false
		}
		if k != ev && srSentBits.may(h) && opsCareEvents.get(h) && !srDeptEvent(v, k, 0) {
			return false
		}
	}
	return true
}

// srPreOpenEvent: [lo, hi) names an event of the sender's (srPreEvents) and
// a word of an event open to everyone (srPreOpen): "hosts a free webinar".
func srPreOpenEvent(v *srView, lo, hi int) bool {
	ev, open := false, false
	for m := lo; m < hi; m++ {
		ev = ev || srPreHas(&srPreEvents, v.toks[m].h)
		open = open || srPreHas(&srPreOpen, v.toks[m].h)
	}
	return ev && open
}

// srPreTasteTest: token m is the "test" of "taste test" (a food event, no
// care event).
func srPreTasteTest(v *srView, m, lo int) bool {
	return v.toks[m].low == "test" && m-1 >= lo && v.toks[m-1].low == "taste" && strings.TrimSpace(srGap(v, m-1, m)) == ""
}
