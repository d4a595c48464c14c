package guard

// publicoffer.go: offers, services and news addressed to everyone, in
// either mode (issue 15, fifteenth pass, dev82's fam-pub, helper pub15).
// A med spa's "$11/unit Botox and 20% off all laser hair removal
// packages", a podiatrist's "New! 3D-scanned custom orthotics made in a
// single visit" or "Our new shockwave therapy is now available", "Free
// naloxone (Narcan) training and kits … Open to anyone.", "vacunación
// gratuita contra la influenza … para todos los afiliados",
// "Congratulations to our wound-care nursing team on Joint Commission
// accreditation!": a menu, the sender's new service, a public event or a
// team's honour, said to everyone. The announcement rule (announce.go)
// passes none of them: it never drops in strict mode, and in standard mode
// a medication must be named as a vaccine and a team's honour needs a verb.
//
// dropPublicOffers, run by CheckPrepared after the announcement rule in
// both modes, drops the notice's findings — all or none — when:
//
//  1. every finding is one the announcement rule may drop
//     (announceEligible: no dose, reading, name, date, identifier, word in
//     no vocabulary…);
//  2. no field says "you"/"your" as written (no exception: not even "get
//     your"; only a short quoted title's and "learn about your options"
//     are masked first, publicnotice.go), and no view of a field (as given and decoded) carries a
//     personal cue of the announcement rule (announcePersonal: his/her,
//     due, results, booked, "patients with", "someone with", "afiliados
//     con"…);
//  3. every sentence is the sender's: one of the frames below, a frame of
//     the announcement rule, a call to action (annCallToAction) or a
//     general statistic ("Heel pain is the #1 reason people see a
//     podiatrist", "the most common cause of …");
//  4. every finding has a frame of its own:
//     - a menu: a price per unit right before it ("$11/unit Botox", "$12
//     per unit Dysport"; any clinical kind but a condition), or a discount
//     at most three words before it ("20% off all laser hair removal
//     packages", "$50 off", "descuento en") when it is a supply or a piece
//     of equipment, goods sold to anyone ("15% off all rollators"; "20%
//     off all chemotherapy packages" stays reported);
//     - the sender's new service: a "New!" or "New:" header right before
//     its sentence, or "our new" (nuestro nuevo…) at most three words
//     before it with available / here / arrived / launched / disponible
//     after it in its sentence (a procedure or a supply; a word read as a
//     drug only before a service noun: "shockwave therapy"), in a sentence
//     that names no start or day ("New! Chemotherapy starts Monday");
//     - a team's honour: congratulations / congrats / kudos / felicitaciones
//     and "our" before it, a team word (senderNouns) at most three words
//     after it, and an honour (accreditation, certification, award…,
//     senderHonours) later in the sentence (no drug);
//     - a public offer: its sentence says free / gratis / gratuita / sin
//     costo or gives a price, and a sentence of its field names an
//     audience of everyone ("Open to anyone / everyone / all / the public /
//     the whole community", "al público", "para todos (los afiliados)"),
//     not narrowed by with / who / con / que ("open to anyone with
//     diabetes"); a drug only when named as a vaccine (vaccineAt) or sold
//     over the counter with no dose (otcDrugAt);
//     - a general statistic's sentence (a condition only), when another
//     finding of the notice has one of the frames above;
//     - the frames of publicnotice.go (awareness causes, public talks and
//     screenings, guidelines, packages, goods sold, surveys, rules, a
//     public event's date).
//
// Stays reported: "Your Botox touch-up is due", "You received 40 units of
// Botox", "As someone with heel pain, try our new shockwave therapy",
// "Because you have asthma, join our free class. Open to the whole
// community!", "para todos los afiliados con diabetes", "New! Your custom
// orthotics are ready", "20% off Ozempic" (a drug needs a price per unit),
// "Free Suboxone kits. Open to anyone." (not over the counter).
// Red team red15 (dev87x): a field that holds goods for someone (pubHeld:
// pick up, pickup, set aside, reserved, waiting, on hold, recoger,
// apartado…) is one reader's order and keeps its findings: "New! Hearing
// aid batteries are available at the front desk — the ones for the right
// ear are set aside."
// Accepted risk: marketing sent to a segment still tells by association
// (see "Modes"); these shapes say what the sender offers everyone, at a
// menu price or as news, and name nothing of the reader's.

import "strings"

var (
	// pubPriceUnits: what a menu prices per ("$11/unit", "$12 per unit")
	pubPriceUnits = wordSetTab("unit units syringe syringes vial vials unidad unidades")
	// pubFree: an offer at no cost
	pubFree = wordSetTab("free gratis gratuita gratuito gratuitas gratuitos complimentary")
	// pubCongrats: congratulations opening a team's honour
	pubCongrats = wordSetTab("congratulations congrats kudos felicitaciones felicidades")
	// pubArrive: a new service arriving ("is now available", "is here")
	pubArrive = wordSetTab("available here arrived launched launching disponible disponibles llego")
	// pubServiceNoun: a service noun after a word read as a drug
	pubServiceNoun = wordSetTab("therapy therapies treatment treatments service services program programs terapia terapias tratamiento tratamientos")
	// pubStatHead: the head of a general statistic ("#1 reason")
	pubStatHead = wordSetTab("reason reasons cause causes razon causa")
	// pubWhen: a start or a day, which makes a new service read as one
	// person's care ("New! Chemotherapy starts Monday")
	pubWhen = wordSetTab("start starts started starting begin begins began beginning today tonight tomorrow " +
		"monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun " +
		"empieza comienza inicia hoy manana lunes martes miercoles jueves viernes sabado domingo")
	// pubOurNew: "our" and "new" in both languages
	pubOur = wordSetTab("our nuestro nuestra nuestros nuestras")
	pubNew = wordSetTab("new nuevo nueva nuevos nuevas")
	// pubHeld: goods held for someone (red15, dev87x: "New! Hearing aid
	// batteries are available at the front desk — the ones for the right
	// ear are set aside"): one reader's order, not an offer
	pubHeld = wordSetTab("pick pickup picked aside reserved waiting hold held recoger retirar apartado apartados reservado reservada")
)

// pubGap returns the text between token k-1 (or the start) and token k.
func pubGap(text string, toks []token, k int) string {
	a := 0
	if k > 0 {
		a = int(toks[k-1].e)
	}
	b := int(toks[k].s)
	if a > b || b > len(text) {
		return ""
	}
	return text[a:b]
}

// pubGapAfter returns the text between token k and token k+1 (or the end).
func pubGapAfter(text string, toks []token, k int) string {
	if k+1 < len(toks) {
		return pubGap(text, toks, k+1)
	}
	a := int(toks[k].e)
	if a > len(text) {
		return ""
	}
	return text[a:]
}

// pubPrice reports whether number token k is a price: "$" (or €, £)
// right before it.
func pubPrice(text string, toks []token, k int) bool {
	if toks[k].cls&tDigit == 0 {
		return false
	}
	g := pubGap(text, toks, k)
	if t := strings.TrimRight(g, " "); (t == "/" || t == "/.") && k > 0 && toks[k-1].low == "s" { // "S/ 399", Peruvian soles (publicnotice.go)
		return true
	}
	return strings.HasSuffix(g, "$") || strings.HasSuffix(g, "€") || strings.HasSuffix(g, "£")
}

// pubPerUnit reports whether a price per unit ends right before token fa
// in the sentence from lo: "$11/unit Botox", "$12 per unit Botox", "$10
// per unit of Dysport".
func pubPerUnit(text string, toks []token, lo, fa int) bool {
	j := fa - 1
	if j >= lo && (toks[j].low == "of" || toks[j].low == "de" || toks[j].low == "for") {
		j--
	}
	if j < lo || !pubPriceUnits.get(toks[j].h) {
		return false
	}
	p := j - 1
	switch {
	case p >= lo && (toks[p].low == "per" || toks[p].low == "a" || toks[p].low == "por"):
		p--
	case strings.Contains(pubGap(text, toks, j), "/"):
	default:
		return false
	}
	return p >= lo && pubPrice(text, toks, p)
}

// pubDiscount reports whether a discount stands at most three words
// before token fa in the sentence from lo: "20% off all laser hair removal
// packages", "$50 off", "20% de descuento en".
func pubDiscount(text string, toks []token, lo, fa int) bool {
	for j := fa - 1; j >= lo && j >= fa-4; j-- {
		switch toks[j].low {
		case "off":
			if p := j - 1; p >= lo && toks[p].cls&tDigit != 0 && (strings.HasPrefix(pubGapAfter(text, toks, p), "%") || pubPrice(text, toks, p)) {
				return true
			}
		case "en":
			if j-1 >= lo && toks[j-1].low == "descuento" {
				return true
			}
		}
	}
	return false
}

// pubMenuSentence reports whether the sentence lo..hi holds a price per
// unit or a discount.
func pubMenuSentence(text string, toks []token, lo, hi int) bool {
	for k := lo + 1; k <= hi; k++ {
		if pubPerUnit(text, toks, lo, k) || k < hi && toks[k].low == "off" && pubDiscount(text, toks, lo, k+1) {
			return true
		}
	}
	return false
}

// pubHasWhen reports whether the sentence lo..hi names a start or a day.
func pubHasWhen(toks []token, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if pubWhen.get(toks[k].h) {
			return true
		}
	}
	return false
}

// pubNewHeader reports whether the sentence starting at lo follows a
// "New!" or "New:" header ("Summit Foot & Ankle: New! 3D-scanned …").
func pubNewHeader(text string, toks []token, lo int) bool {
	if lo == 0 || !pubNew.get(toks[lo-1].h) {
		return false
	}
	g := pubGap(text, toks, lo)
	return strings.Contains(g, "!") || strings.Contains(g, ":")
}

// pubOurNew reports whether "our new" stands at most three words before
// token fa and an arrival word follows fb in the sentence ending at hi.
func pubOurNew(toks []token, lo, hi, fa, fb int) bool {
	ok := false
	for j := fa - 1; j > lo && j >= fa-4; j-- {
		if pubNew.get(toks[j].h) && pubOur.get(toks[j-1].h) {
			ok = true
			break
		}
	}
	if !ok {
		return false
	}
	for j := fb + 1; j < hi && j <= fb+5; j++ {
		if pubArrive.get(toks[j].h) {
			return true
		}
	}
	return false
}

// pubOurNewSentence reports whether the sentence lo..hi announces the
// sender's new service ("Our new shockwave therapy is now available").
func pubOurNewSentence(toks []token, lo, hi int) bool {
	for k := lo + 2; k < hi; k++ {
		if pubOurNew(toks, lo, hi, k, k) {
			return true
		}
	}
	return false
}

// pubTeamHonour reports whether the tokens fa..fb name a team of the
// sender's congratulated on an honour: "Congratulations to our wound-care
// nursing team on Joint Commission accreditation!".
func pubTeamHonour(toks []token, lo, hi, fa, fb int) bool {
	our := -1
	for j := fa - 1; j >= lo && j >= fa-2; j-- {
		if pubOur.get(toks[j].h) {
			our = j
			break
		}
	}
	if our < 0 {
		return false
	}
	congrats := false
	for j := our - 1; j >= lo && j >= our-3; j-- {
		if pubCongrats.get(toks[j].h) {
			congrats = true
			break
		}
	}
	if !congrats {
		return false
	}
	team := -1
	for j := fb + 1; j < hi && j <= fb+3; j++ {
		if senderNouns.get(toks[j].h) {
			team = j
			break
		}
	}
	if team < 0 {
		return false
	}
	for j := team + 1; j < hi; j++ {
		if senderHonours.get(toks[j].h) {
			return true
		}
	}
	return false
}

// pubTeamSentence reports whether the sentence lo..hi congratulates a team
// of the sender's on an honour.
func pubTeamSentence(toks []token, lo, hi int) bool {
	for k := lo + 2; k < hi; k++ {
		if pubTeamHonour(toks, lo, hi, k, k) {
			return true
		}
	}
	return false
}

// pubEveryone reports whether the sentence lo..hi names an audience of
// everyone: "Open to anyone / everyone / all / the public / the (whole,
// entire) community", "abierto al público", "para todos (los afiliados)"
// — not narrowed by with / who / con / que after it.
func pubEveryone(toks []token, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		end := -1
		switch toks[k].low {
		case "open", "abierto", "abierta", "abiertos", "abiertas":
			end = pubOpenTo(toks, k, hi) // pubaudience.go
		case "todos", "todas":
			if k > lo && toks[k-1].low == "para" {
				end = k
				if k+2 < hi && (toks[k+1].low == "los" || toks[k+1].low == "las" || toks[k+1].low == "nuestros") {
					end = k + 2 // "para todos los afiliados"
				}
			}
		}
		if end < 0 {
			end = pubForAll(toks, k, hi) // "for all county residents" (pubaudience.go)
		}
		if end < 0 {
			continue
		}
		if end+1 < hi && annClass(&toks[end+1])&annGroupNext != 0 { // "open to anyone with diabetes"
			return false
		}
		return true
	}
	return poFreeEntry(toks, lo, hi) >= 0 // "Entrada libre", "Free admission" (pubopen.go)
}

// pubFreeOrPriced reports whether the sentence lo..hi offers something
// free or at a price.
func pubFreeOrPriced(text string, toks []token, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if pubFree.get(toks[k].h) || pubPrice(text, toks, k) || poPriced(toks, lo, hi, k) { // "a precio solidario" (pubopen.go)
			return true
		}
		if (toks[k].low == "sin" || toks[k].low == "no") && k+1 < hi && (toks[k+1].low == "costo" || toks[k+1].low == "cost" || toks[k+1].low == "charge") {
			return true
		}
	}
	return false
}

// pubStat reports whether the sentence lo..hi is a general statistic:
// "#1 reason", "number one reason", "most common cause", "leading cause".
func pubStat(text string, toks []token, lo, hi int) bool {
	for k := lo; k+1 < hi; k++ {
		head := false
		for j := k + 1; j < hi && j <= k+2; j++ {
			if pubStatHead.get(toks[j].h) {
				head = true
			}
		}
		if !head {
			continue
		}
		switch toks[k].low {
		case "1":
			if strings.HasSuffix(pubGap(text, toks, k), "#") {
				return true
			}
		case "one":
			if k > lo && toks[k-1].low == "number" {
				return true
			}
		case "common":
			if k > lo && toks[k-1].low == "most" {
				return true
			}
		case "leading", "principal":
			return true
		}
	}
	return false
}

// pubSentenceOK reports whether the sentence lo..hi is the sender's in a
// public offer: one of this file's frames, a frame of the announcement
// rule, a call to action or a general statistic.
func pubSentenceOK(text string, toks []token, lo, hi int, everyone bool) bool {
	s := toks[lo:hi]
	if pubMenuSentence(text, toks, lo, hi) || pubOurNewSentence(toks, lo, hi) || pubTeamSentence(toks, lo, hi) ||
		pubEveryone(toks, lo, hi) || pdAgesAll(text, toks, lo, hi) || pubStat(text, toks, lo, hi) || pubNewHeader(text, toks, lo) ||
		poMonthSentence(text, toks, lo, hi) || poLimited(toks, lo, hi) || // "¡Octubre Rosa!", "Cupos limitados." (pubopen.go)
		pdPresenterSentence(text, toks, lo, hi) || pdTitleFragment(text, toks, lo, hi) || // a free talk's presenter and title (pubday.go)
		pvAwareSentence(text, toks, lo, hi) { // "February is American Heart Month" (pubevslot.go); "Abierta a todos." is pubEveryone's (pubaudience.go)
		return true
	}
	if hi < len(toks) && pubNewHeader(text, toks, hi) { // the header sentence itself: "Summit Foot & Ankle: New!"
		return true
	}
	if everyone && pubFreeOrPriced(text, toks, lo, hi) {
		return true
	}
	return announceFrame(s) || annCallToAction(s) || pubSentenceMore(text, toks, lo, hi, everyone) || // publicnotice.go
		peSentenceOK(text, toks, lo, hi) // an event field, a study for a population, a package (pubevent.go)
}

// pubFrame reports how the finding f at tokens fa..fb (sentence lo..hi)
// is framed: ok when a frame of its own holds, stat when only a general
// statistic does.
func pubFrame(f Finding, text string, toks []token, lo, hi, fa, fb int, everyone bool) (ok, stat bool) {
	drug := f.Kind == KindMedication
	cond := f.Kind == KindCondition
	if pubPerUnit(text, toks, lo, fa) && !cond {
		return true, false
	}
	if f.Rule == "clinical.supply" && pubDiscount(text, toks, lo, fa) { // goods sold to anyone; not "20% off all chemotherapy packages"
		return true, false
	}
	if !cond && (pubNewHeader(text, toks, lo) || pubOurNew(toks, lo, hi, fa, fb)) && !pubHasWhen(toks, lo, hi) {
		if !drug || f.Rule == "frame.clinical" && fb+1 < hi && pubServiceNoun.get(toks[fb+1].h) {
			return true, false
		}
	}
	if !drug && pubTeamHonour(toks, lo, hi, fa, fb) {
		return true, false
	}
	if everyone && pubFreeOrPriced(text, toks, lo, hi) && (!drug || vaccineAt(toks, fa, fb) || otcDrugAt(toks, fa, fb)) {
		return true, false
	}
	if everyone && pdVaccineEvent(f, toks, hi, fa, fb) { // "COVID and flu vaccine clinic" (pubday.go)
		return true, false
	}
	if everyone && pvAwareFrame(text, toks, lo, hi, fa, fb) { // inside "American Heart Month" (pubevslot.go)
		return true, false
	}
	if pubFrameMore(f, text, toks, lo, hi, fa, fb, everyone) { // publicnotice.go
		return true, false
	}
	if peFrame(f, text, toks, lo, hi, fa, fb) { // a priced class, a study for a population, a region, a package (pubevent.go)
		return true, false
	}
	if cond && pubStat(text, toks, lo, hi) {
		return false, true
	}
	return false, false
}

// dropPublicOffers: see the file comment.
func (g *Guard) dropPublicOffers(n Notice, out []Finding) []Finding {
	if len(out) == 0 || len(n.Fields) > g.maxFields || anyReaderTied(out) { // readertied.go
		return out
	}
	for _, f := range out {
		if ok, _ := announceEligible(f); !ok && !pubScreenWord(n, f) && !pubDateKind(f) && !pdPresenterRule(f) { // "despistaje", a public event's date (publicnotice.go); a free talk's presenter (pubday.go)
			return out
		}
	}
	n = pubMaskNotice(n) // a quoted title's "You", "learn about your options" (publicnotice.go)
	for _, f := range n.Fields {
		if hasYou(f.Text) {
			return out
		}
	}
	sc, views, ok := g.annTakeViews(n)
	defer annPutViews(sc, views)
	if !ok {
		return out
	}
	everyone := make([]bool, len(views))
	for k := range views {
		v := &views[k]
		if g.announcePersonal(v.toks, v.t.s) {
			return out
		}
		if r19PersonDay(g.v, v.toks) {
			return out // "Mia Lopez Awareness Day" (red19a.go)
		}
		for _, tk := range v.toks {
			if pubHeld.get(tk.h) { // "… have arrived. Pick up at the front desk" (red15)
				return out
			}
		}
		for lo := 0; lo < len(v.toks); {
			_, hi := sentenceSpan(v.toks, lo)
			if pubEveryone(v.toks, lo, hi) || pubWelcome(v.toks, lo, hi) || pdAgesAll(v.t.s, v.toks, lo, hi) { // publicnotice.go; "for ages 3+" (pubday.go); "Abierta a todos" (pubaudience.go pubOpenTo)
				everyone[k] = true
			}
			lo = hi
		}
		for lo := 0; lo < len(v.toks); {
			_, hi := sentenceSpan(v.toks, lo)
			if !pubSentenceOK(v.t.s, v.toks, lo, hi, everyone[k]) {
				return out
			}
			lo = hi
		}
	}
	offered, statOnly := false, false
	for _, f := range out {
		seen := false
		for k := range views {
			v := &views[k]
			if n.Fields[v.field].Name != f.Field {
				continue
			}
			fa, fb := v.findingToks(f) // the tokens the finding covers (announce.go)
			if fa < 0 {
				continue
			}
			lo, hi := sentenceSpan(v.toks, fa)
			if fb >= hi { // a finding across sentences
				return out
			}
			if pdPresenterRule(f) { // a free public talk's presenter, and nothing else (pubday.go)
				if !pdPresenterSentence(v.t.s, v.toks, lo, hi) || !srTitle.get(v.toks[fa].h) || (fa != lo+1 && fa != lo+2) {
					return out
				}
				seen = true
				continue
			}
			if !pubDateKind(f) && poHeaderName(v.t.s, v.toks, fa, fb) && !r19SurnameCareToks(g.v, v.toks, fa, fb) { // the sender's name in its header (pubopen.go), not one person's care (red19a.go)
				seen = true
				continue
			}
			if !pubDateKind(f) && (audienceSlot(v.toks, lo, hi, fa, fb) && !poEventTopic(v.t.s, v.toks, lo, hi, fa) && !(everyone[k] && pvEventSlot(v.t.s, v.toks, lo, hi, fa, fb)) || slotForThe(v.toks, lo, hi, fa, fb)) { // "Free prostate biopsy Monday 7 AM. Open to the public." (announce_slot.go); "Charla gratuita “Hipertensión…”" (pubopen.go)
				return out
			}
			ff := f
			if f.Rule == "frame.unknown" { // only a screening's name gets here (pubScreenWord): read as a procedure
				ff.Kind = KindProcedure
			}
			ok, stat := pubFrame(ff, v.t.s, v.toks, lo, hi, fa, fb, everyone[k])
			if pubDateKind(f) { // a date only by a public event in its sentence (publicnotice.go)
				ok, stat = pubEventDate(v.toks, lo, hi) || peEventDate(v.t.s, v.toks, lo, hi) || pdAwarenessDate(v.t.s, v.toks, lo, hi) || pvAwareSentence(v.t.s, v.toks, lo, hi), false // pubevent.go; an awareness week (pubday.go); an awareness day's name (pubevslot.go)
			}
			switch {
			case ok:
				offered = true
			case stat:
				statOnly = true
			default:
				return out
			}
			seen = true
		}
		if !seen {
			return out
		}
	}
	if statOnly && !offered { // a statistic alone is no offer
		return out
	}
	return out[:0]
}

// teamCongrats reports whether the congratulations at token k are the
// sender's to its own team on an honour ("Congratulations to our
// wound-care nursing team on Joint Commission accreditation!"): no personal
// cue then (announcePersonal, redPersonal). "Congratulations on your new
// baby", "Congratulations to our cardiac rehab graduates!" (no team word)
// and "Congratulations to our team!" (no honour) stay personal.
func teamCongrats(toks []token, k int) bool {
	if !pubCongrats.get(toks[k].h) || k+2 >= len(toks) {
		return false
	}
	if l := toks[k+1].low; l != "to" && l != "a" || !pubOur.get(toks[k+2].h) {
		return false
	}
	_, hi := sentenceSpan(toks, k)
	for j := k + 3; j < hi && j <= k+6; j++ {
		if senderNouns.get(toks[j].h) {
			for m := j + 1; m < hi; m++ {
				if senderHonours.get(toks[m].h) {
					return true
				}
			}
			return false
		}
	}
	return false
}
