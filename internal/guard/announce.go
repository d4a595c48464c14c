package guard

// announce.go: general announcements of a pharmacy's or clinic's services
// in standard mode ("Shingles and pneumonia vaccines are now stocked at all
// our locations", "Walk-in hours at our Riverside clinic now run until 8 PM",
// "Las vacunas contra la gripe ya están disponibles en nuestras farmacias").
//
// Such a notice names a clinical word, but says nothing about the recipient:
// it is the sender describing what it offers. dropAnnouncements, applied by
// CheckPrepared to the findings of a whole notice (every field), drops all
// of them when all of the following hold, and otherwise returns them
// unchanged (fail closed; nothing is dropped in part):
//
//   - the mode is Standard (Strict is for marketing, where a targeted
//     campaign reveals health by association: every finding stays);
//   - every finding is of a clinical kind (condition, lab_test, procedure —
//     supplies and equipment are reported as procedure —, medication only
//     where it is named as a vaccine: "Prevnar 20 vaccine", "vacuna contra
//     la X"; "Ozempic now available at all our locations", sent to one
//     person, reads as that person's drug), and none is a dose, a vital
//     sign or a word in no vocabulary (frame.unknown, frame.notice,
//     frame.morphology: it may be a name). Any name, address, date,
//     identifier, phone, code, context or obfuscation finding means the
//     notice is not a general announcement;
//   - no field was cut or left unchecked (oversize) and no two fields share
//     a name; a field with a nested encoding (decode.go: HTML entities,
//     percent-encoding, quoted-printable) is read both as given and
//     decoded, and both readings must pass;
//   - nowhere in the notice is there a personal cue (announcePersonal):
//     second person (you, your, yours, you're…; su, sus, usted, tu, te, le…),
//     third person and family (his, her, their, son, wife, hijo…), a greeting
//     (hi, dear, hola, estimada…) or a given name opening a sentence before a
//     comma ("Maria, …"), wording about one person's care (result, refill,
//     prescription, report, diagnosis, positive, detected, due, overdue,
//     ready, reminder, records, on file, pending, tomorrow, please arrive,
//     avoid, bring, the second dose, the last visit, after the surgery, 4
//     hours before, shipped, pickup, order, approved, authorization,
//     enrolled, discharged, thanks, birthday, turning; receta, resultado,
//     pendiente, recordatorio, mañana but not "de la mañana", su última
//     cita…), what we saw of them (noticed, saw, received a referral;
//     notamos, vimos), what they did (ordered, requested, asked, mentioned,
//     booked; pidió, encargó, solicitó…), or a group defined by health
//     ("patients with", "people who", "as a patient", "living with",
//     "recovering", "diagnosed", "pacientes con", "quienes padecen");
//   - every sentence holding a clinical finding has a sender-side frame
//     (announceFrame): places of the sender's in general ("at all
//     locations", "at participating stores", "at most of our locations",
//     "at all our clinics", "en nuestras farmacias", "en cada sucursal" —
//     one place of ours alone, "at our oncology center", is no frame:
//     "Chemotherapy starts Monday at our oncology center"), availability
//     ("now available", "now stocked", "now offering", "now open", "can now
//     be given", "in stock", "available at", "available Saturdays" (not
//     one day: "Biopsy available Monday"), "offered at", "free", "ya
//     disponible", "disponible en", "ahora ofrecemos", "contamos con",
//     "gratis"), walk-in and no appointment wording ("walk-ins welcome", "no
//     appointment needed", "drop in", "sin cita"), or opening hours
//     ("hours" but not "4 hours", "open until", "horario", "abierto hasta");
//   - (redteam.go, the red team of the suppressions) no personal wording
//     said without "you" ("as discussed", "Dad's", "after last week's",
//     "your remaining … shots", redPersonal), and every sentence of the
//     notice the sender's: framed, a call to action or a short seasonal
//     header (announceSentences).
//
// The rule adds no finding and runs only when a notice already has
// findings, all of them clinical, so a clean notice pays nothing; a notice
// that says "you" or "your" as written is left at once (hasYou). Its word
// lists are fixed here, hashed once at start-up; the tokens come from the
// guard's own normalisation, so accents, look-alike letters and HTML are
// read as the detectors read them.

import (
	"strings"
	"sync"
)

// announce word classes (a word may have several)
const (
	annPersonal   uint16 = 1 << iota // a personal cue anywhere in the notice
	annPlace                         // a place of the sender's (location, pharmacy, farmacia…)
	annQuant                         // a quantifier before a place (all, every, todas, cada…)
	annNow                           // now, ahora, ya
	annNowVerb                       // a verb of availability after now/ahora/ya
	annAvail                         // available, disponible
	annAvailNext                     // a word after available: at, in, en…
	annOpen                          // open, opens, abierto, abre…
	annOpenNext                      // a word after open: until, daily, hasta…
	annVaccine                       // vaccine, shot, vacuna…
	annGroup                         // patients, people… (cue before with/who/con/que)
	annGroupNext                     // with, who, con, que
	annPlural                        // a place word in the plural (locations, farmacias…)
	annNumberWord                    // a number in words before "hours" (two, few, several…)
	annPrep                          // a preposition that ends a place's phrase (at, in, en…)
)

var annWords = func() map[uint64]uint16 {
	m := map[uint64]uint16{}
	add := func(c uint16, ws string) {
		for _, w := range strings.Fields(ws) {
			m[hstr(w)] |= c
		}
	}
	// tokens are lower case with apostrophes removed and accents stripped
	add(annPersonal, "you your yours youre yourself yourselves youll youve youd ur yall "+
		"he she him his her hers their theirs them "+
		"hi hello hey dear attn bonjour congratulations congrats "+
		"result results refill prescription prescriptions rx report reports reading diagnosis diagnoses "+
		"diagnosed reminder records record chart file pending overdue ready "+
		"noticed saw ordered requested asked mentioned reserved scheduled booked "+
		"rescheduled confirmed cancelled canceled missed arrive arrival fasting prep preparation instructions "+
		"please tomorrow tonight followup living managing patient paciente u "+
		"positive negative detected abnormal elevated reactive tested received referral referred "+
		"recovering prescribed treated shipped delivered tracking suffer suffers suffering struggling "+
		"avoid bring wear evite evitar traiga thanks gracias birthday birthdays turning cumpleanos "+
		"pickup order enrolled enrollment approved denied authorization authorized claim waitlist "+
		"discharged discharge admitted admission recoger recoja inscrito inscrita aprobada aprobado "+
		"autorizacion denegada alta "+
		"sons daughter daughters husband wife grandson granddaughter "+
		"hijo hija esposo esposa nieto nieta "+
		"su sus usted ustedes tu tus te ti contigo le les suyo suya suyos suyas "+
		"hola estimado estimada estimados estimadas querido querida felicidades felicitaciones "+
		"resultado resultados receta recetas resurtido informe diagnostico diagnosticado diagnosticada "+
		"expediente pendiente pendientes recordatorio lista listo listas listos "+
		"notamos vimos pidio encargo solicito solicitado solicitada reservado reservada "+
		"programado programada agendado agendada padece padecen sufre sufren vive viven")
	add(annPlace, "location locations store stores pharmacy pharmacies clinic clinics office offices "+
		"branch branches center centers centre centres site sites campus campuses hospital hospitals "+
		"facility facilities lab labs laboratory laboratories lobby entrance entrances counter counters "+
		"aisle aisles department departments van vans "+
		"farmacia farmacias sucursal sucursales tienda tiendas clinica clinicas centro centros "+
		"ubicacion ubicaciones local locales laboratorio laboratorios hospital hospitales "+
		"consultorio consultorios optica opticas oficina oficinas sede sedes entrada entradas mostrador")
	add(annQuant, "all every each most select participating any todas todos cada")
	add(annPlural, "locations stores pharmacies clinics offices branches centers centres sites campuses "+
		"hospitals facilities labs laboratories farmacias sucursales tiendas clinicas centros "+
		"ubicaciones locales laboratorios hospitales consultorios opticas oficinas sedes")
	add(annNow, "now ahora ya")
	add(annNowVerb, "available stocked stock offering offer offers offered open opens opening "+
		"accepting carry carries carrying providing provide provides given run runs serving "+
		"close closes here "+
		"disponible disponibles ofrecemos ofrece ofrecen abre abren abrimos contamos aceptamos "+
		"atendemos atiende tenemos llego llegaron")
	add(annAvail, "available disponible disponibles")
	add(annAvailNext, "at in on for every daily to weekdays weekends through now "+
		"en a para todos todas cada ya desde sin")
	// recurring days and times after available/open: "available
	// Saturdays", "open evenings", "disponible los sábados" (not one day:
	// "Biopsy available Monday" may be one person's)
	add(annAvailNext|annOpenNext, "mondays tuesdays wednesdays thursdays fridays saturdays sundays "+
		"mornings evenings nights seven year los")
	add(annOpen, "open opens abierto abierta abiertos abiertas abre abren abrimos")
	add(annOpenNext, "until daily late from on every at weekends till 24 "+
		"hasta diario todos los de desde")
	add(annVaccine, "vaccine vaccines vaccination vaccinations shot shots booster boosters "+
		"immunization immunizations immunisation immunisations jab jabs "+
		"vacuna vacunas vacunacion refuerzo refuerzos inmunizacion")
	add(annGroup, "patient patients people person persons those anyone adults children kids members customers "+
		"paciente pacientes personas quienes "+
		// a group narrowed by health (helper pub15, dev84p): "as someone with
		// heel pain", "para todos los afiliados con diabetes"
		"someone afiliados afiliadas socios beneficiarios clients clientes")
	add(annGroupNext, "with who con que")
	add(annPrep, "at in on for to with by from near en a para por con desde cerca")
	add(annNumberWord, "one two three four five six seven eight nine ten twelve few several many "+
		"una dos tres cuatro cinco seis siete ocho nueve diez doce")
	return m
}()

// announceEligible reports whether f is a finding the announcement rule may
// drop, and whether it must be named as a vaccine (vaccineAt).
func announceEligible(f Finding) (ok, vaccine bool) {
	if f.readerTied() {
		// the reader's own care or identity (readertied.go): a staff
		// welcome's follow-up, a practitioner acting on the reader's slot,
		// the reader's recovery (red16b), the reader's name (tied17)
		return false, false
	}
	switch f.Rule {
	case "clinical.vital", "clinical.dose", "clinical.vital_change", "compose.care_unit_way":
		// a reading or a dose is one person's; directions to a unit's desk
		// are the recipient's (addictcare.go)
		return false, false
	case "frame.unknown", "frame.notice", "frame.morphology", "frame.name", "frame.last_first", "device.brand_typo":
		// a word in no vocabulary may be a name as well as a drug
		return false, false
	}
	switch f.Kind {
	case KindCondition, KindLabTest, KindProcedure:
		return true, false
	case KindMedication:
		return true, true
	}
	return false, false
}

// vaccineAt reports whether the medication at tokens a..b is named as a
// vaccine: a vaccine word inside it or right after it ("Prevnar 20
// vaccine"), or before it with a preposition ("vaccine against X", "vacuna
// contra la X").
func vaccineAt(toks []token, a, b int) bool {
	end := b + 1
	if end < len(toks) && toks[end].cls&tDigit != 0 { // "Prevnar 20 vaccine"
		end++
	}
	for k := a; k <= end && k < len(toks); k++ {
		if annClass(&toks[k])&annVaccine != 0 {
			return true
		}
	}
	if vaxAdjAfter(toks, a, b) { // "la vacuna antigripal" (esvaxadj.go)
		return true
	}
	k := a - 1
	if k >= 0 && (toks[k].low == "la" || toks[k].low == "el" || toks[k].low == "the") {
		k--
	}
	if k < 1 {
		return false
	}
	switch toks[k].low {
	case "against", "for", "contra", "de":
		return annClass(&toks[k-1])&annVaccine != 0
	}
	return false
}

// dropAnnouncements returns out without its findings when the notice n is a
// general announcement of the sender's services (see the file comment), and
// out unchanged otherwise. It is called for Standard mode only.
func (g *Guard) dropAnnouncements(n Notice, out []Finding) []Finding {
	if len(out) == 0 || len(n.Fields) > g.maxFields {
		return out
	}
	for _, f := range out {
		if ok, _ := announceEligible(f); !ok {
			return out
		}
	}
	n = pdMaskNotice(n) // "¡Traé a tu familia!" (pubday.go)
	// most personal notices say "you" or "your" as written: no need to
	// read them again
	for _, f := range n.Fields {
		if hasYou(f.Text) && !mayOffer(f.Text) { // "Get your flu shot …" (announce_offer.go)
			return out
		}
	}
	// a view is one reading of a field: as given, and for a field with a
	// nested encoding (decode.go) also decoded, as the detectors read it
	sc, views, ok := g.annTakeViews(n)
	defer annPutViews(sc, views)
	if !ok {
		return out
	}
	for k := range views {
		if g.announcePersonal(views[k].toks, views[k].t.s) || !announceSentences(views[k].toks) { // redteam.go
			return out
		}
	}
	// every finding's sentences must be framed, and a medication be named
	// as a vaccine, in every view where the finding has words
	for _, f := range out {
		_, needVaccine := announceEligible(f)
		seen := false
		for k := range views {
			v := &views[k]
			if n.Fields[v.field].Name != f.Field {
				continue
			}
			fa, fb := -1, -1
			unframed := false
			for m, tk := range v.toks {
				a, b := v.t.orig(int(tk.s), int(tk.e))
				if b <= f.Start || a >= f.End {
					continue
				}
				if fa < 0 {
					fa = m
				}
				fb = m
				lo, hi := sentenceSpan(v.toks, m)
				if !announceFrame(v.toks[lo:hi]) && !eventAudience(v.toks, lo, hi) { // announce_public.go
					unframed = true
				}
			}
			if fa < 0 {
				continue
			}
			if lo, hi := sentenceSpan(v.toks, fa); r19UnitOffer(v.toks, lo, hi, fa, fb) {
				return out // "en la Unidad de Diálisis Renal" (red19a.go)
			}
			if lo, hi := sentenceSpan(v.toks, fa); audienceSlot(v.toks, lo, hi, fa, fb) || slotForThe(v.toks, lo, hi, fa, fb) || slotStarts(v.toks, lo, hi, fa, fb) { // "Everyone welcome at the biopsy follow-up Tuesday 7 AM" (announce_slot.go)
				return out
			}
			if unframed && !placeNamed(v.toks, fa, fb, f.Rule == "compose.care_unit") && !(f.Rule == "clinical.supply" && rentalSupply(v.toks, fa, fb)) { // "Our sleep center has expanded!" (announce_place.go)
				return out
			}
			if needVaccine && !vaccineAt(v.toks, fa, fb) {
				if lo, hi := sentenceSpan(v.toks, fa); !otcSentence(v.toks, lo, hi) || !otcDrugAt(v.toks, fa, fb) { // "naloxone without a prescription" (announce_offer.go)
					return out
				}
			}
			seen = true
		}
		if !seen {
			return out
		}
	}
	return out[:0]
}

// annTakeViews takes a scratch from annPool and reads the notice's views
// into it (annReadViews); annPutViews, deferred by the caller, clears them
// and gives the scratch back. The announcement rule and the public-offer
// rule (publicoffer.go) read a notice this way.
func (g *Guard) annTakeViews(n Notice) (*annScratch, []annView, bool) {
	sc := annPool.Get().(*annScratch)
	views, ok := g.annReadViews(n, sc)
	return sc, views, ok
}

// annPutViews: see annTakeViews.
func annPutViews(sc *annScratch, views []annView) {
	clear(views)
	sc.views = views[:0]
	annPool.Put(sc)
}

// annReadViews reads every field of n into views of sc (announcement rule
// and publicoffer.go): as given, and for a field with a nested encoding
// also decoded. It reports false when a field is past the size cap or two
// fields share a name (findings name their field: fail closed).
func (g *Guard) annReadViews(n Notice, sc *annScratch) ([]annView, bool) {
	views := sc.views[:0]
	for i, f := range n.Fields {
		for _, e := range n.Fields[:i] {
			if e.Name == f.Name { // findings name their field: two of one name are ambiguous
				return views, false
			}
		}
		if len(f.Text) > g.maxField {
			return views, false
		}
		var t ntext
		if f.HTML {
			txt, st, en := stripHTML(f.Text)
			t = normalize(txt, st, en)
		} else {
			t = normalize(f.Text, nil, nil)
		}
		views = sc.add(views, i, t)
		if dec, dst, den, ok := decodeNested(f.Text); ok {
			if f.HTML { // as runDecoded
				txt, st, en := stripHTML(dec)
				for k := range st {
					st[k], en[k] = dst[st[k]], den[en[k]-1]
				}
				t = normalize(txt, st, en)
			} else {
				t = normalize(dec, dst, den)
			}
			views = sc.add(views, i, t)
		}
	}
	return views, true
}

// hasYou reports whether s holds the word "you", "your" or "yours" in
// any ASCII case (a quick exit before the field is read again; "youth" is
// not it, and disguised spellings are found by the full reading).
func hasYou(s string) bool {
	letter := func(i int) bool { return i >= 0 && i < len(s) && (s[i]|0x20 >= 'a' && s[i]|0x20 <= 'z') }
	for i := 0; i+3 <= len(s); i++ {
		if s[i]|0x20 != 'y' || s[i+1]|0x20 != 'o' || s[i+2]|0x20 != 'u' || letter(i-1) {
			continue
		}
		j := i + 3
		if j < len(s) && s[j]|0x20 == 'r' {
			j++
			if j < len(s) && s[j]|0x20 == 's' {
				j++
			}
		}
		if !letter(j) {
			return true
		}
	}
	return false
}

// annView is one field's text as the announcement rule reads it.
type annView struct {
	field int // index in Notice.Fields
	t     ntext
	toks  []token
}

// findingToks: the first and last token of v that overlap finding f's span
// (original byte offsets), or -1, -1 when none does.
func (v *annView) findingToks(f Finding) (fa, fb int) {
	fa, fb = -1, -1
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
	return fa, fb
}

// annScratch holds the views of one check and their token buffers, kept
// between checks (annPool) so that reading a notice again allocates little.
type annScratch struct {
	views []annView
	bufs  [][]token
}

var annPool = sync.Pool{New: func() any { return new(annScratch) }}

// add appends the view of field's text t to views, tokenised into a
// reused buffer.
func (sc *annScratch) add(views []annView, field int, t ntext) []annView {
	n := len(views)
	if n == len(sc.bufs) {
		sc.bufs = append(sc.bufs, nil)
	}
	v := annView{field: field, t: t}
	v.toks = tokenize(&v.t, sc.bufs[n][:0])
	sc.bufs[n] = v.toks
	return append(views, v)
}

// sentenceSpan returns the token range [lo, hi) of the sentence holding
// token m.
func sentenceSpan(toks []token, m int) (lo, hi int) {
	lo = m
	for lo > 0 && !toks[lo].sent {
		lo--
	}
	hi = m + 1
	for hi < len(toks) && !toks[hi].sent {
		hi++
	}
	return lo, hi
}

func annClass(tk *token) uint16 { return annWords[tk.h] }

// annOnOurBefore: "on/in/en" then "our/nuestra/nuestro" stand within five
// words before token k ("on our insulin pump list", "en nuestra lista").
func annOnOurBefore(toks []token, k int) bool {
	for m := k - 1; m >= 1 && m >= k-5; m-- {
		switch toks[m].low {
		case "our", "nuestra", "nuestro":
			switch toks[m-1].low {
			case "on", "in", "en":
				return true
			}
		}
	}
	return false
}

// announcePersonal reports whether the tokens of one field carry a personal
// cue: a word of class annPersonal (greetings included, but not "welcome":
// "walk-ins welcome"), "as a patient", a health-defined group ("patients with", "pacientes con",
// "adults 50 and older with diabetes"), "due"
// not followed by "to", or a given name opening a sentence before a comma
// ("Maria, …"). text is the normalised text the tokens index.
func (g *Guard) announcePersonal(toks []token, text string) bool {
	for k := range toks {
		tk := &toks[k]
		c := annClass(tk)
		if c&annPersonal != 0 && !annNotPersonal(toks, k) { // offers, OTC wording, fast results (announce_offer.go)
			return true
		}
		if redPersonal(toks, k) { // "as discussed", "Dad's dialysis", "after last week's …" (redteam.go)
			return true
		}
		if heldForReader(toks, k) { // "… have arrived. Pick up at the front desk" (heldpickup.go)
			return true
		}
		if g.healthGroupBefore(toks, k) { // "for tinnitus patients" (announce_line.go)
			return true
		}
		if g.populationWithHealth(toks, k) || g.popHealthMore(toks, k) { // "for all adults 50 and older with diabetes" (announce_line.go), "diabetic adults" (slotnarrow.go)
			return true
		}
		if g.populationInHealthGroup(toks, k) { // "for all clients in our opioid treatment program", "personas que toman litio" (healthpop.go)
			return true
		}
		var wf uint64
		if w := g.v.get(tk.h); w != nil {
			wf = w.flags
		}
		next := ""
		if k+1 < len(toks) {
			next = toks[k+1].low
		}
		switch tk.low {
		case "list", "lista", "registry", "roster":
			// "everyone on our insulin pump list": a group of the sender's
			// records, the reader among them (dev43r, helper RED2)
			if annOnOurBefore(toks, k) {
				return true
			}
		case "manana": // "mañana" is tomorrow, but "de la mañana" is the morning
			if k == 0 || toks[k-1].low != "la" {
				return true
			}
		case "son": // not the Spanish "son" (they are): "the son", "a son"
			if k > 0 {
				switch toks[k-1].low {
				case "the", "a", "my", "our", "their", "his", "her":
					return true
				}
			}
			if e := int(tk.e); e < len(text) && text[e] == '\'' {
				return true // "Son's RSV vaccine …"
			}
		case "due":
			if next != "to" {
				return true
			}
		case "second", "third", "next", "final", "remaining", "segunda", "tercera", "siguiente", "proxima":
			// "your second dose", "la segunda dosis": one person's series
			if next == "dose" || next == "doses" || next == "dosis" || next == "shot" || next == "injection" || next == "vacuna" {
				return true
			}
		case "after", "following", "since", "despues":
			// "after the stroke", "following the surgery", "después de la
			// cirugía": an event of one person's
			if next == "the" || next == "de" || next == "del" {
				return true
			}
		case "hour", "hours", "day", "days", "hora", "horas", "dia", "dias":
			// preparation for one person's test: "4 hours before", "dos
			// días antes"
			if k > 0 && (toks[k-1].cls&tDigit != 0 || annClass(&toks[k-1])&annNumberWord != 0) {
				switch next {
				case "before", "prior", "after", "antes", "despues":
					return true
				}
			}
		case "last", "ultima", "ultimo":
			// "the last visit", "su última cita": one person's history
			switch next {
			case "visit", "visits", "appointment", "checkup", "exam", "dose", "screening", "test",
				"visita", "cita", "consulta", "dosis", "revision", "prueba", "examen":
				return true
			}
		case "as", "como":
			if next == "a" || next == "an" || next == "patient" || next == "paciente" || next == "member" || next == "miembro" {
				return true
			}
		}
		if c&annGroup != 0 && k+1 < len(toks) && annClass(&toks[k+1])&annGroupNext != 0 {
			return true
		}
		if c&annGroup != 0 && pvGroupOfWith(toks, k) { // "pacientes de FIV con baja reserva ovárica" (pubevslot.go, pub19)
			return true
		}
		// a given name opening a sentence before a comma or "!": "Maria, …"
		if (k == 0 || tk.sent) && wf&wFirst != 0 && tk.cls&tCap != 0 {
			e := int(tk.e)
			if e < len(text) && (text[e] == ',' || text[e] == '!') {
				return true
			}
		}
	}
	return false
}

// announceFrame reports whether the tokens of one sentence carry a
// sender-side frame: a quantified place, availability, walk-in or no
// appointment wording, or opening hours.
func announceFrame(toks []token) bool {
	if mobileFrame(toks) { // "Our mammography van visits … every first Monday" (announce_offer.go)
		return true
	}
	if audienceFrame(toks) || openedFrame(toks) || esAnnounceFrame(toks) { // "open to the community" (announce_public.go); "sin costo" (announce_es.go)
		return true
	}
	if senderFrame(toks) { // "Our sleep lab has earned national accreditation" (announce_sender.go)
		return true
	}
	if opsFrame(toks) { // "Road construction … may affect access to our Summit clinic" (announce_ops.go)
		return true
	}
	if productLineFrame(toks) { // "The new Oticon Intent line has arrived at …" (announce_line.go)
		return true
	}
	if tradeFrame(toks) { // "our workshop services prosthetic knees … of all major makes" (tradeframe.go)
		return true
	}
	for k := range toks {
		tk := &toks[k]
		c := annClass(tk)
		next := ""
		var nc uint16
		if k+1 < len(toks) {
			next = toks[k+1].low
			nc = annClass(&toks[k+1])
		}
		switch {
		case c&annPlace != 0:
			// "at all locations", "at participating stores", "at most of
			// our locations", "en nuestras farmacias", "en cada sucursal";
			// one place of ours ("at our oncology center") is no frame
			// alone: "Chemotherapy starts Monday at our oncology center"
			// (the quantifier in the same phrase: not "all ages at our
			// center")
			for j := k - 1; j >= 0 && j >= k-4; j-- {
				jc := annClass(&toks[j])
				l := toks[j].low
				if jc&annQuant != 0 || c&annPlural != 0 && (l == "our" || l == "nuestras" || l == "nuestros") {
					return true
				}
				if jc&annPrep != 0 {
					break
				}
			}
		case c&annNow != 0:
			// "now available", "now stocked", "can now be given", "ya
			// están disponibles", "ahora ofrecemos"
			for j := k + 1; j < len(toks) && j <= k+3; j++ {
				l := toks[j].low
				if annClass(&toks[j])&annNowVerb != 0 {
					return true
				}
				if l != "be" && l != "being" && l != "esta" && l != "estan" && l != "se" && l != "in" {
					break
				}
			}
		}
		if c&annAvail != 0 && (nc&annAvailNext != 0 || k > 0 && annClass(&toks[k-1])&annNow != 0) {
			return true
		}
		if c&annOpen != 0 && nc&annOpenNext != 0 {
			return true
		}
		switch tk.low {
		case "in":
			if next == "stock" {
				return true
			}
		case "hours":
			// opening hours, not a duration ("4 hours before")
			if k == 0 || toks[k-1].cls&tDigit == 0 && annClass(&toks[k-1])&annNumberWord == 0 {
				return true
			}
		case "stocked", "horario", "horarios", "ofrecemos", "free", "gratis",
			"gratuito", "gratuita", "gratuitos", "gratuitas":
			return true
		case "offered":
			if next == "at" || next == "in" || next == "on" {
				return true
			}
			// "offered every weekday at", "offered daily" (helper gaps17,
			// dev97g): a standing schedule of the sender's
			if next == "every" || next == "daily" || next == "weekdays" || next == "weekly" {
				return true
			}
		case "walk":
			if next == "in" || next == "ins" {
				return true
			}
		case "no":
			if next == "appointment" || next == "appointments" {
				return true
			}
		case "sin":
			if next == "cita" || next == "citas" {
				return true
			}
		case "necesita", "necesitan", "requiere", "requieren":
			// "No necesita cita", "No se requiere cita": the Spanish
			// "no appointment needed"
			neg := k > 0 && toks[k-1].low == "no" || k > 1 && toks[k-1].low == "se" && toks[k-2].low == "no"
			if neg && (next == "cita" || next == "citas") {
				return true
			}
		case "contamos":
			if next == "con" {
				return true
			}
		case "drop":
			if next == "in" || next == "by" {
				return true
			}
		case "stop":
			if next == "by" {
				return true
			}
		case "join", "visit":
			if next == "us" {
				return true
			}
		}
	}
	return false
}
