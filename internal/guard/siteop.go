package guard

// siteop.go: the sender's operations of a site — a site opening late, a
// closure, new opening hours, a car park or a lift out of service, a mobile
// unit's stop — and the sender sponsoring a public event, read by who the
// sentence is about (issue 15, seventeenth pass round two, dev96
// fam2-place, helper place17, probe set dev99p).
//
// With no tenant context these stayed blocked for one reason each: the
// site's street address was read as the reader's ("Because of the snow
// forecast, the Salford satellite clinic, 2 Crescent Walk will open at 11am
// tomorrow", "New Saturday morning hours at 950 Summit Blvd, Suite 300",
// "The car park at …, 3 Market Square is closed 14-18 December for
// resurfacing"), a trading estate's name as a person's, a site's "satellite
// clinic" as care, a lift's repair dates as a person's, and the sender's
// own name in its header or as the subject of "is sponsoring" as the
// reader's condition or supply ("LimbWorks Prosthetics Workshop: …",
// "Coastal Diabetes Service is sponsoring the family fun run …").
//
// dropSiteOps reads each field's sentences:
//
//   - a site operation (soOpSentence): the sentence holds an operation —
//     open / opens / reopen / close / closed / closes / shut, hours /
//     horario, out of service / out of order / fuera de servicio /
//     unavailable, abre / abrirá / cierra / cerrado…, a mobile unit's "will
//     be at" / "stops at" / "estará en" — and a site as its subject: a site
//     noun (car park, lift, counter, unit, clinic, branch, site, hub,
//     entrance, aparcamiento, ascensor, mostrador, sede…) or a street
//     address standing in the sentence. There an address finding is the
//     site's, a date (date.person, date.untied) is the operation's, a
//     capitalised run ending in a place head ("Avonside Trading Estate") is
//     the site's name, and a composed-care finding right before a site noun
//     ("satellite clinic", "mobile screening unit") names the site;
//   - the sender sponsoring (soSponsor): a capitalised run opening its
//     sentence right before sponsors / is sponsoring / is proud to sponsor /
//     supports / patrocina: a clinical finding inside the run is the
//     sender's name;
//   - the header (soHeader): a capitalised run of two words or more opening
//     the field before ":" names the sender when every other sentence of
//     the field is a site operation or a sponsorship: its clinical,
//     composed and misspelling findings are the sender's name ("Harbourview
//     Anticoagulation & Haematology Clinic:", "Oakfield Renal Unit:").
//
// Nothing is dropped in a field that names a reader or one person
// (pubcampaign_finding.go's pcReaderSlot: you / your / su / tu, kin, a
// visit or appointment word, a booked clock time such as 9:40, a given
// name's possessive; and soReader: a personal title, home / domicilio /
// casa / flat / apt, a session, procedure or booking word, "le" / "les"
// before a verb of sending, a possessive of a capitalised word outside the
// header), and no finding of a reader-tied rule is dropped (readerTied).
// Name findings other than a place's run, identifiers, phones and emails
// are never dropped. Stays reported: "we mailed your knee brace to 12 Oak
// St", "14 Ferry Lane will open at 11am tomorrow, so your 9:30 dialysis
// moves to 11:30", "The Salford satellite clinic, 2 Crescent Walk will
// open at 11am tomorrow: Mr Patel's anticoagulation review moves to 11:30",
// "El aparcamiento está cerrado el 11 de enero; su colonoscopia …".
// Accepted risk: a site's address and operation dates pass in a notice that
// names no reader, as the sender's own premises do in senderplace.go.

import "strings"

var (
	// soOpWord: an operation of a site
	soOpWord = wordSetTab("open opens opened opening reopen reopens reopened reopening close closes closed closing closure closures shut shuts " +
		"hours horario horarios unavailable abre abren abrira abriran abrimos reabre reabrira cierra cierran cerrara cerraran " +
		"cerrado cerrada cerrados cerradas closed resurfacing relining repairs obras")
	// soSiteNoun: a site or a part of one
	soSiteNoun = wordSetTab("park parking lot garage lift lifts elevator elevators escalator escalators counter counters unit units " +
		"clinic clinics site sites branch branches hub entrance entrances office offices pharmacy centre center building reception lobby " +
		"door doors ramp van bus premises store location library " +
		"aparcamiento estacionamiento ascensor ascensores mostrador sede sucursal farmacia entrada edificio oficina clinica unidad " +
		"centro recepcion puerta rampa local")
	// soMobile: a unit that stops at places
	soMobile = wordSetTab("mobile van bus movil unidad")
	// soPlaceHead: the last word of a place's capitalised name
	soPlaceHead = wordSetTab("estate park centre center hall library square road street lane way building house court plaza mall " +
		"retail trading business industrial campus hub arena stadium ground grounds")
	// soSponsorVerb: the sender sponsoring or supporting a public event
	soSponsorVerb = wordSetTab("sponsor sponsors sponsoring sponsored supports supporting patrocina patrocinan patrocinamos apoya")
	// soEventWord: a public event's head besides the event nouns
	soEventWord = wordSetTab("evening evenings day days run race races tournament tournaments match matches festival gala games " +
		"taster carrera carreras torneo torneos partido partidos festival maraton marathon")
	// soGroupNoun: a group of people by role or activity
	soGroupNoun = wordSetTab("coaches teachers umpires referees runners players athletes volunteers officials trainers instructors " +
		"cyclists swimmers walkers carers parents entrenadores profesores maestros arbitros corredores jugadores deportistas " +
		"voluntarios monitores ciclistas nadadores")
	// soVerb: a verb between an event and its place ("is at")
	soVerb = wordSetTab("is are was will be at held takes take es sera estara se celebra tendra")
	// soReaderWord: one person or the reader's home, a personal booking
	soReaderWord = wordSetTab("mr mrs ms miss mx dr sr sra srta don dona home domicilio casa flat apt apartment piso " +
		"session sessions sesion sesiones booked scheduled rescheduled reschedule surgery procedure procedimiento cirugia " +
		"review revision fitting collection infusion pickup recogida nurse nurses enfermera enfermero caregiver aide " +
		"admission admitted discharge discharged ingreso reminder recordatorio arrive arrival llegue llegar " +
		"subscriber member patient paciente residence residencia stitches stitch suture sutures removal dose doses dosis puntos met promised")
	// soSiteMod: a word that names a kind of site, not a care ("satellite
	// clinic", "mobile unit")
	soSiteMod = wordSetTab("satellite mobile outreach main annex annexe popup pop up community")
	// soSendVerb: a verb of sending after "le" / "les"
	soSendVerb = wordSetTab("enviamos enviaremos mandamos mandaremos llevamos llevaremos entregamos entregaremos")
)

// dropSiteOps drops the findings of a site operation, a sponsorship and the
// sender's header in a field that names no reader (see the file comment).
func (g *Guard) dropSiteOps(n Notice, out []Finding) []Finding {
	return g.dropInViews(n, out, soKind, func(f Finding, views []annView) bool { return g.soDroppable(n, f, views, out) })
}

// dropInViews: the walk dropSiteOps and dropSenderProg (senderprog.go)
// share: with no reader-tied finding in out and one finding cand answers
// true for, the notice's annotated views are read and every finding drop
// answers true for is dropped, but a reader-tied one.
func (g *Guard) dropInViews(n Notice, out []Finding, cand func(Finding) bool, drop func(f Finding, views []annView) bool) []Finding {
	if len(out) == 0 || len(n.Fields) > g.maxFields || anyReaderTied(out) {
		return out
	}
	c := false
	for _, f := range out {
		if cand(f) {
			c = true
			break
		}
	}
	if !c {
		return out
	}
	sc, views, ok := g.annTakeViews(n)
	defer annPutViews(sc, views)
	if !ok {
		return out
	}
	keep := out[:0]
	for _, f := range out {
		if f.readerTied() || !drop(f, views) {
			keep = append(keep, f)
		}
	}
	return keep
}

// soKind: a finding of a kind this file may read as the site's or the
// sender's.
func soKind(f Finding) bool {
	switch f.Kind {
	case KindAddress, KindCondition, KindProcedure, KindMedication, KindLabTest:
		return true
	case KindDate:
		return pubDateKind(f)
	case KindName:
		return f.Rule == "name.capitalized"
	}
	return strings.HasPrefix(f.Rule, "compose.") || strings.HasPrefix(f.Rule, "frame.") || strings.HasPrefix(f.Rule, "clinical.")
}

// soDroppable reports whether f is the site's, the operation's or the
// sender's in its field.
func (g *Guard) soDroppable(n Notice, f Finding, views []annView, out []Finding) bool {
	if !soKind(f) {
		return false
	}
	for k := range views {
		v := &views[k]
		if n.Fields[v.field].Name != f.Field {
			continue
		}
		fa, fb := v.findingToks(f) // the tokens the finding covers (announce.go)
		if fa < 0 {
			return false
		}
		text, toks := v.t.s, v.toks
		hdr := soHeader(text, toks)
		if r19StatusHeader(toks, hdr) {
			return false // "Biopsy Callback Pending:" (red19a.go)
		}
		if g.pcReaderSlot(text, toks) || soReader(text, toks, hdr) || g.soOwnerName(toks, hdr) || g.soHealthGroup(toks) {
			return false
		}
		clin := f.Kind != KindAddress && f.Kind != KindDate && f.Kind != KindName
		if clin && fb < hdr && !soHeaderService(toks, hdr) && !r19SurnameCareToks(g.v, toks, fa, fb) && soBodyOps(text, toks, hdr, v, out, n.Fields[v.field].Name) { // not one person's care (red19a.go)
			return true // "Oakfield Renal Unit: …"
		}
		lo, hi := sentenceSpan(toks, fa)
		if clin && fa >= hdr && r19UnitOffer(toks, lo, hi, fa, fb) {
			return false // a vaccine offer in a treatment unit (red19a.go)
		}
		if clin && (soSponsorRun(toks, lo, fa, fb) || soSponsorObject(toks, lo, hi, fa, fb)) {
			return true
		}
		if fa >= hdr && soEventFinding(text, toks, max(lo, hdr), hi, fa, fb, f) {
			return true // "Coastal Diabetes Service is sponsoring …"
		}
		if fb >= hi || !soOpSentence(toks, max(lo, hdr), hi, v, out, n.Fields[v.field].Name) {
			return false
		}
		switch {
		case f.Kind == KindAddress, pubDateKind(f):
			return true
		case f.Kind == KindName:
			return soPlaceHead.get(toks[fb].h) && toks[fb].cls&tCap != 0
		case clin && fa >= hdr && strings.HasPrefix(f.Rule, "compose."):
			for j := fa; j <= fb; j++ {
				if !soSiteMod.get(toks[j].h) {
					return false // "our mobile methadone van", "our diabetes clinic": the care it gives
				}
			}
			return fb+1 < hi && soSiteNoun.get(toks[fb+1].h) // "satellite clinic"
		}
		return false
	}
	return false
}

// soHeader returns the number of tokens of the field's opening header: a
// run of two to seven capitalised words (with "&" or Spanish glue between)
// ending before ":"; 0 when there is none.
func soHeader(text string, toks []token) int {
	for k := 0; k < len(toks) && k < 7; k++ {
		tk := &toks[k]
		if tk.cls&tCap == 0 && !(k > 0 && (tk.low == "de" || tk.low == "del" || tk.low == "la" || tk.low == "el" || tk.low == "y")) {
			return 0
		}
		if k > 0 && tk.sent {
			return 0
		}
		if strings.HasPrefix(strings.TrimSpace(pubGapAfter(text, toks, k)), ":") {
			if k == 0 {
				return 0
			}
			return k + 1
		}
	}
	return 0
}

// soReader: a personal title, the reader's home, a booking of one person, a
// Spanish "le" before a verb of sending, or a possessive of a capitalised
// word after the header.
func soReader(text string, toks []token, hdr int) bool {
	if t := strings.TrimSpace(text); strings.HasPrefix(t, "{") || strings.HasPrefix(t, "[") {
		return true // a payload's keys name whom it is about (subscriber_address)
	}
	for k := hdr; k < len(toks); k++ {
		tk := &toks[k]
		if soReaderWord.get(tk.h) || sdCare.get(tk.h) && (tk.cls&tCap == 0 || tk.sent) && !soInAddressText(text, toks, k) {
			return true // a person's care, stay or visit (senderdate.go's sdCare)
		}
		if (tk.low == "for" || tk.low == "para") && k+1 < len(toks) && !toks[k+1].sent && toks[k+1].cls&tCap != 0 {
			return true // "hours for Mark"
		}
		if (tk.low == "stop" || tk.low == "drop" || tk.low == "come") && k+1 < len(toks) && toks[k+1].low == "by" {
			return true // "Our nurse will stop by on Dec 4"
		}
		if (tk.low == "le" || tk.low == "les") && k+1 < len(toks) && soSendVerb.get(toks[k+1].h) {
			return true
		}
		if tk.low == "s" && k > hdr && pePossGap(text, toks, k) && toks[k-1].cls&tCap != 0 {
			return true // "Maria's", "Okafor's"
		}
	}
	return false
}

// soInAddressText: token k is a word of a capitalised street's name
// ("Canal Street", "Canal Road"): a capital word right before a street
// type.
func soInAddressText(text string, toks []token, k int) bool {
	return toks[k].cls&tCap != 0 && k+1 < len(toks) && (sdStreetWords.get(toks[k+1].h) || soPlaceHead.get(toks[k+1].h))
}

// soOwnerName: a capitalised person's name (a listed given name or surname
// that is no place and no ordinary word) right before a site noun after
// the header: "The Okonkwo garage at 12 Oak St is open" is a family's
// garage; "the Salford satellite clinic" is a town's.
func (g *Guard) soOwnerName(toks []token, hdr int) bool {
	for k := hdr; k+1 < len(toks); k++ {
		tk := &toks[k]
		if tk.cls&tCap == 0 || tk.sent {
			continue
		}
		site := false
		for j := k + 1; j < len(toks) && j <= k+3 && !toks[j].sent; j++ {
			if soSiteNoun.get(toks[j].h) {
				site = true
				break
			}
		}
		if !site {
			continue
		}
		if w := g.v.get(tk.h); w != nil && w.flags&(wFirst|wLast) != 0 && w.flags&(wPlace|wCommon|wMonth) == 0 {
			return true
		}
	}
	return false
}

// soAddressIn: an address finding of the field lies inside tokens lo..hi.
func soAddressIn(v *annView, out []Finding, field string, lo, hi int) bool {
	if lo >= hi {
		return false
	}
	a, _ := v.t.orig(int(v.toks[lo].s), int(v.toks[lo].e))
	_, b := v.t.orig(int(v.toks[hi-1].s), int(v.toks[hi-1].e))
	for _, f := range out {
		if f.Field == field && f.Kind == KindAddress && f.Start >= a && f.End <= b {
			return true
		}
	}
	return false
}

// soInAddress: token k lies inside an address finding of the field.
func soInAddress(v *annView, out []Finding, field string, k int) bool {
	a, b := v.t.orig(int(v.toks[k].s), int(v.toks[k].e))
	for _, f := range out {
		if f.Field == field && f.Kind == KindAddress && f.Start <= a && f.End >= b {
			return true
		}
	}
	return false
}

// soOpSentence reports whether tokens lo..hi are a site's operation (see
// the file comment).
func soOpSentence(toks []token, lo, hi int, v *annView, out []Finding, field string) bool {
	if soDeliveryIn(toks, lo, hi) {
		return false // "Deliveries to 27 Station Road …": a destination (slotnarrow.go)
	}
	op, site, mobile, opWord, place := false, false, false, false, false
	var spanBuf [8][2]int
	spans := soAddrSpans(spanBuf[:0], out, field) // out is fixed for this call (siteopaddr.go)
	for k := lo; k < hi; k++ {
		tk := &toks[k]
		if soAroundClock(toks, k) {
			op, opWord = true, true // "Emergencias atendidas las 24 horas en Av. …", read inside an address's span too (opsdrive.go)
			continue
		}
		if soInAddrSpans(v, spans, k) {
			continue // "12 Tamarind Close": a street's name
		}
		if soStopPlace(tk) {
			place = true
		}
		switch {
		case soOpWord.get(tk.h):
			op, opWord = true, true
		case tk.low == "out" && k+2 < hi && toks[k+1].low == "of" && (toks[k+2].low == "service" || toks[k+2].low == "order"):
			op, opWord = true, true
		case tk.low == "fuera" && k+2 < hi && toks[k+1].low == "de" && toks[k+2].low == "servicio":
			op, opWord = true, true
		case (tk.low == "stops" || tk.low == "stop" || tk.low == "visits") && k+1 < hi && (toks[k+1].low == "at" || toks[k+1].low == "in"):
			op = mobile || op
		case tk.low == "be" && k+1 < hi && toks[k+1].low == "at" && k > lo && toks[k-1].low == "will",
			tk.low == "estara" && k+1 < hi && toks[k+1].low == "en":
			op = mobile || op
		}
		if soSiteNoun.get(tk.h) {
			site = true
		}
		if soMobile.get(tk.h) {
			mobile = true
		}
	}
	if mobile && !op { // "the mobile screening unit will be at …" (the unit comes first)
		for k := lo; k+1 < hi; k++ {
			if toks[k].low == "be" && toks[k+1].low == "at" || toks[k].low == "estara" && toks[k+1].low == "en" ||
				(toks[k].low == "stops" || toks[k].low == "stop") && toks[k+1].low == "at" {
				op = true
			}
		}
	}
	if op && !opWord && !place {
		return false // "the van will be at 14 Ferry Lane": a home, no site (slotnarrow.go)
	}
	return op && (site || soAddressIn(v, out, field, lo, hi))
}

// soSponsorRun: the finding fa..fb lies in a capitalised run opening its
// sentence (lo) right before a verb of sponsoring ("X is sponsoring", "X is
// proud to sponsor", "X patrocina").
func soSponsorRun(toks []token, lo, fa, fb int) bool {
	k := lo
	for k < len(toks) && (toks[k].cls&tCap != 0 || k > lo && toks[k].low == "&") && (k == lo || !toks[k].sent) {
		k++
	}
	if k-lo < 2 || fa < lo || fb >= k {
		return false
	}
	for j := k; j < len(toks) && j <= k+3 && !toks[j].sent; j++ {
		if soSponsorVerb.get(toks[j].h) {
			return true
		}
		switch toks[j].low {
		case "is", "are", "proud", "to", "will", "se", "enorgullece", "de":
			continue
		}
		return false
	}
	return false
}

// soBodyOps: every sentence of the field after the header hdr is a site
// operation or a sponsorship ("Oakfield Renal Unit: Due to heavy snow, the
// Ashby satellite unit, 27 Station Road will open at noon tomorrow").
func soBodyOps(text string, toks []token, hdr int, v *annView, out []Finding, field string) bool {
	if hdr < 2 || hdr >= len(toks) {
		return false
	}
	lo := hdr
	for lo < len(toks) {
		_, hi := sentenceSpan(toks, lo)
		if !soOpSentence(toks, lo, hi, v, out, field) && !soSponsorAny(toks, lo, hi) && !soAsideSentence(toks, lo, hi) && !soPublicEvent(toks, lo, hi) {
			return false
		}
		lo = hi
	}
	return true
}

// soSponsorAny: a verb of sponsoring in the sentence lo..hi.
func soSponsorAny(toks []token, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if soSponsorVerb.get(toks[k].h) {
			return true
		}
	}
	return false
}

// soAsideSentence: a short sentence that goes with an operation or an
// event: "Street parking is available.", "Free entry.", "All welcome.",
// "No booking needed.", "Please use the public car park on Canal Street."
// (a site noun: directions to another site), with no date in it.
func soAsideSentence(toks []token, lo, hi int) bool {
	if hi-lo > 10 {
		return false
	}
	aside := false
	for k := lo; k < hi; k++ {
		if peMonth(&toks[k]) {
			return false
		}
		switch toks[k].low {
		case "available", "disponible", "entry", "entrada", "welcome", "bienvenidos", "free", "libre", "gratis", "access", "acceso",
			"booking", "reservar", "reserva":
			aside = true
		}
		if soSiteNoun.get(toks[k].h) {
			aside = true
		}
	}
	return aside
}

// soPublicEvent: the sentence lo..hi names an event (an event noun of
// pubevent.go or pubcampaign.go, an evening, a day) with a public mark
// (public, free, open to, gratuito, abierto al público): "public open
// evening on blood health, 20 January 2027, 6-8pm".
func soPublicEvent(toks []token, lo, hi int) bool {
	ev, pub := false, false
	for k := lo; k < hi; k++ {
		tk := &toks[k]
		if soEventHead(toks, lo, k) {
			ev = true
		}
		switch tk.low {
		case "public", "free", "publico", "gratuito", "gratuita", "gratis":
			pub = true
		case "open", "abierto", "abierta":
			pub = pub || k+1 < hi && (toks[k+1].low == "to" || toks[k+1].low == "al" || toks[k+1].low == "a")
		}
	}
	return ev && pub
}

// soEventHead: token k heads a public event: an event noun of pubevent.go
// or pubcampaign.go, an evening or a day, or a clinic with "free" /
// "gratuito" at most four words before it ("free injury-prevention clinic").
func soEventHead(toks []token, lo, k int) bool {
	tk := &toks[k]
	if peEventAt(toks, k) || pcEventNoun.get(tk.h) || soEventWord.get(tk.h) {
		return true
	}
	if tk.low != "clinic" && tk.low != "clinics" && tk.low != "clinica" {
		return false
	}
	for j := k - 1; j >= lo && j >= k-4; j-- {
		if toks[j].low == "free" || toks[j].low == "gratuita" || toks[j].low == "gratuito" || toks[j].low == "gratis" {
			return true
		}
	}
	return false
}

// soGroupFor: "for" / "para" then at most three words and a plural group
// of people by role or activity ("for youth soccer coaches", "for school
// PE teachers", "para entrenadores de fútbol base").
func soGroupFor(toks []token, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if toks[k].low != "for" && toks[k].low != "para" {
			continue
		}
		for j := k + 1; j < hi && j <= k+4; j++ {
			if soGroupNoun.get(toks[j].h) || pcPopulation.get(toks[j].h) {
				return true
			}
		}
	}
	return false
}

// soEventFinding reports whether the finding fa..fb is a public event's in
// the sentence lo..hi: the sentence names an event (soEventHead) with a
// public mark (soPublicEvent's) and an audience (the public, a population
// of pubcampaign.go, a group by role: soGroupFor); a clinical or composed
// finding is the event's topic — inside its name between the public mark
// and the head ("free injury-prevention clinic") or right after the head
// and on / about / sobre / de ("information evening on bleeding
// disorders"); a date or an address is the event's when it stands in its
// dateline — after the head, after a comma, with no verb between ("…
// coaches, 9 January, 950 Summit Blvd."). "The seminar is at 55 Market
// Square" is no dateline: the tenant approves its own address
// (guardreview).
func soEventFinding(text string, toks []token, lo, hi, fa, fb int, f Finding) bool {
	head, mark := -1, -1
	for k := lo; k < hi; k++ {
		switch toks[k].low {
		case "public", "free", "publico", "gratuito", "gratuita", "gratis":
			if mark < 0 {
				mark = k
			}
		}
		if head < 0 && soEventHead(toks, lo, k) {
			head = k
		}
	}
	if head < 0 || mark < 0 || !(pubEveryone(toks, lo, hi) || pcAudience(toks, lo, hi) || soGroupFor(toks, lo, hi) || toks[mark].low == "public" || toks[mark].low == "publico") {
		return false
	}
	switch {
	case f.Kind == KindAddress || pubDateKind(f):
		if fa <= head || !strings.Contains(pubGap(text, toks, fa), ",") {
			return false
		}
		for j := head + 1; j < fa; j++ {
			if soVerb.get(toks[j].h) {
				return false
			}
		}
		return true
	case f.Kind == KindName || f.Kind == KindDate:
		return false
	}
	if fa >= mark && fb < head {
		return true // "free injury-prevention clinic"
	}
	if fa > head && fa <= head+3 {
		for j := head + 1; j < fa; j++ {
			switch toks[j].low {
			case "on", "about", "sobre", "de", "del":
				return true // "information evening on bleeding disorders"
			}
		}
	}
	return false
}

// soSponsorObject: a clinical finding fa..fb after a verb of sponsoring
// names the sport of the event it sponsors ("sponsor the wheelchair
// basketball open day"): an event word at most four words after it.
func soSponsorObject(toks []token, lo, hi, fa, fb int) bool {
	verb := false
	for k := lo; k < fa; k++ {
		if soSponsorVerb.get(toks[k].h) {
			verb = true
		}
	}
	if !verb {
		return false
	}
	for j := fb + 1; j < hi && j <= fb+4; j++ {
		if soEventWord.get(toks[j].h) || peEventAt(toks, j) || pcEventNoun.get(toks[j].h) {
			return true
		}
		if toks[j].low == "s" || toks[j].cls&tDigit != 0 {
			return false
		}
	}
	return false
}
