package guard

// pubopen.go: more ways a public health notice says it is for everyone,
// read by the public offer rule (publicoffer.go; issue 15, eighteenth
// pass, fix helper pub18, dev100's fam-pub, probe set dev100p,
// 2026-12-06). dev100 found free talks and awareness-month offers still
// flagged: "Charla gratuita “Hipertensión, el enemigo silencioso”, jueves
// 6:00 p.m. … Entrada libre." (no audience: "Entrada libre" is free entry
// for anyone), "¡Octubre Rosa! Mamografía a precio solidario para todas
// las mujeres mayores de 40." (the month's name was no sentence of the
// sender's, and a solidarity price no price), "Free community talk,
// “Concussion in Youth Sports,” … Coaches and parents welcome!" (a list
// of groups is no "everyone welcome").
//
// Each reading only widens what dropPublicOffers already accepts; its
// other conditions stay (every finding one the announcement rule may
// drop, no "you"/"your", no personal cue, every sentence the sender's,
// every finding framed, audienceSlot's booked-slot test — which sees these
// audiences too, so "Free prostate biopsy Monday 7 AM. Entrada libre."
// stays reported):
//
//   - free entry (poFreeEntry, read by pubEveryone): "entrada / ingreso /
//     acceso libre / gratuita / gratis", "free admission / entry",
//     "admission is free"; the clause ends there or goes on only with
//     "y gratuita", "para todos", "al público", "for everyone" — any other
//     word after it ("Entrada libre para pacientes con EPOC") and it is no
//     audience;
//   - a list of groups welcome (poWelcomeList, read by pubWelcome): a
//     sentence made only of people's groups that are no health group
//     (coaches, parents, families, caregivers, teachers, students,
//     athletes, seniors; padres, familias, cuidadores, maestros…) joined
//     by and / y, then welcome / bienvenidos ending the sentence:
//     "Coaches and parents welcome!", "¡Padres y maestros bienvenidos!"
//     ("Parents of children with epilepsy welcome" is none);
//   - an awareness month's name (poMonthSentence, a sentence of the
//     sender's for pubSentenceOK): after the sender's header, only a month
//     and a colour ("¡Octubre Rosa!", "Noviembre Azul", "Pink October")
//     or "Movember"; it frames no finding;
//   - a solidarity or special price (poPriceWords, read by
//     pubFreeOrPriced): "a precio solidario / especial / preferencial /
//     promocional / reducido", "at a special / reduced / discounted
//     price"; like "free", it frames a finding only with an audience of
//     everyone in the field.
//
// Stays reported (pubopen_test.go, dev100p's leaks): "Entrada libre: su
// mamografía es el sábado …", "Charla gratuita para pacientes con
// insuficiencia renal … Entrada libre.", "Free community talk for parents
// of children with epilepsy … Coaches and parents welcome!", "Noviembre
// Azul: su examen de próstata es el 12 de noviembre …", "¡Octubre Rosa!
// Mamografía a precio solidario para todas las mujeres con cáncer de mama
// …", "Pink October: Ms. Okafor's biopsy is scheduled for Oct 9".

var (
	// poEntryNoun: entry to an event
	poEntryNoun = wordSetTab("entrada ingreso acceso admission entry")
	// poEntryFree: free, after the entry noun or before it
	poEntryFree = wordSetTab("libre gratuita gratuito gratis free")
	// poEntryTail: words that may follow free entry without narrowing it
	poEntryTail = wordSetTab("y and is es gratuita gratuito libre free para todos todas for everyone all al a la publico public comunidad community the")
	// poGroups: groups of people welcome to a public event (no health group)
	poGroups = wordSetTab("coaches parents families caregivers teachers students athletes seniors grandparents " +
		"neighbors neighbours friends kids children teens adults women men youth staff employees volunteers " +
		"padres madres familias familiares cuidadores maestros docentes estudiantes alumnos deportistas atletas " +
		"entrenadores abuelos vecinos amigos ninos jovenes adultos mujeres hombres voluntarios")
	// poJoin: joins a list of groups
	poJoin = wordSetTab("and y e")
	// poMonths: month names in both languages
	poMonths = wordSetTab("january february march april may june july august september october november december " +
		"enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre")
	// poColours: an awareness month's colour
	poColours = wordSetTab("pink blue teal purple gold rosa azul morado lila dorado celeste")
	// poPriceAdj: a price named by its kind
	poPriceAdj = wordSetTab("solidario solidarios especial especiales preferencial promocional reducido social special reduced discounted")
	// poPriceNoun: price
	poPriceNoun = wordSetTab("precio precios price prices")
)

// poFreeEntry reports whether the sentence lo..hi says entry is free to
// anyone (see the file comment); the index of its last word, or -1.
func poFreeEntry(toks []token, lo, hi int) int {
	for k := lo; k+1 < hi; k++ {
		end := -1
		switch {
		case poEntryNoun.get(toks[k].h) && poEntryFree.get(toks[k+1].h): // "entrada libre"
			end = k + 1
		case toks[k].low == "free" && (toks[k+1].low == "admission" || toks[k+1].low == "entry"): // "free admission"
			end = k + 1
		case toks[k].low == "admission" && k+2 < hi && toks[k+1].low == "is" && toks[k+2].low == "free": // "admission is free"
			end = k + 2
		}
		if end < 0 {
			continue
		}
		for j := end + 1; j < hi; j++ {
			if !poEntryTail.get(toks[j].h) { // "Entrada libre para pacientes con EPOC"
				return -1
			}
		}
		return end
	}
	return -1
}

// poWelcomeList reports whether the sentence lo..hi is a list of groups
// of people welcome to an event ("Coaches and parents welcome!"): every
// word before the welcome word a group of poGroups or and / y, at least
// one group, the welcome word ending the sentence.
func poWelcomeList(toks []token, lo, hi int) bool {
	k := hi - 1
	if k <= lo || !pubWelcomeWord.get(toks[k].h) {
		return false
	}
	j := k - 1
	if j > lo && (toks[j].low == "are" || toks[j].low == "son") {
		j--
	}
	groups := 0
	for m := lo; m <= j; m++ {
		switch {
		case poGroups.get(toks[m].h):
			groups++
		case poJoin.get(toks[m].h) && m > lo:
		default:
			return false
		}
	}
	return groups > 0
}

// poMonthSentence reports whether the sentence lo..hi, past the sender's
// header (the last colon in it), is an awareness month's name: a month
// and a colour in either order ("¡Octubre Rosa!", "Pink October") or
// "Movember".
func poMonthSentence(text string, toks []token, lo, hi int) bool {
	start := lo
	for k := lo + 1; k < hi; k++ {
		for _, c := range []byte(pubGap(text, toks, k)) {
			if c == ':' {
				start = k
			}
		}
	}
	switch hi - start {
	case 1:
		return toks[start].low == "movember"
	case 2:
		a, b := toks[start].h, toks[start+1].h
		return poMonths.get(a) && poColours.get(b) || poColours.get(a) && poMonths.get(b)
	}
	return false
}

// poPriced reports whether token k opens a price named by its kind: "a
// precio solidario", "precio especial", "at a special price".
func poPriced(toks []token, lo, hi, k int) bool {
	if poPriceNoun.get(toks[k].h) && k+1 < hi && poPriceAdj.get(toks[k+1].h) {
		return true
	}
	return poPriceAdj.get(toks[k].h) && k+1 < hi && poPriceNoun.get(toks[k+1].h) && k > lo && (toks[k-1].low == "a" || toks[k-1].low == "at")
}

var (
	// poEventFree: words between an event noun and its topic ("Charla
	// gratuita “Hipertensión…”", "Free community talk")
	poEventFree = wordSetTab("gratuita gratuito gratis free community public publica publico comunitaria comunitario abierta abierto")
	// poLimitedWords: a sentence saying places are limited
	// poHeaderNot: words that make a header one reader's, not the
	// sender's name
	poHeaderNot = wordSetTab("reminder reminders recordatorio update updates alert alerta aviso notice appointment appointments cita citas " +
		"result results resultado resultados follow followup seguimiento patient paciente mr mrs ms miss sr sra srta senor senora don dona " +
		"your su tu my mi our nuestro nuestra his her room cuarto habitacion bed cama")
	poLimitedWords = wordSetTab("cupos plazas lugares espacios limitados limitadas limited spots spaces seats space places is are")
)

// poEventTopic reports whether the finding at token fa is an event's topic:
// an event noun (announce_slot.go's slotEventBefore: talk, workshop,
// charla, taller…) then only one or two words of poEventFree right before
// it ("Charla gratuita “Hipertensión…”"), and no person named after for /
// para in the sentence (poForPerson). audienceSlot's own reading takes the
// event noun right before the finding only.
func poEventTopic(text string, toks []token, lo, hi, fa int) bool {
	if poForPerson(toks, lo, hi) { // "Charla gratuita colonoscopia … para el señor Ruiz"
		return false
	}
	for k := fa - 1; k >= lo && k >= fa-3; k-- {
		if slotEventBefore.get(toks[k].h) {
			return k < fa-1 && ncQuotedTopic(text, toks, k, fa) // a quoted title, no booked slot (narrow18c.go)
		}
		if !poEventFree.get(toks[k].h) {
			return false
		}
	}
	return false
}

// poLimited reports whether the sentence lo..hi only says places are
// limited ("Cupos limitados.", "Limited spots.", "Space is limited.").
func poLimited(toks []token, lo, hi int) bool {
	if hi-lo < 2 || hi-lo > 3 {
		return false
	}
	lim := false
	for k := lo; k < hi; k++ {
		if !poLimitedWords.get(toks[k].h) {
			return false
		}
		if toks[k].low == "limitados" || toks[k].low == "limitadas" || toks[k].low == "limited" {
			lim = true
		}
	}
	return lim
}

// poHeaderName reports whether the finding at tokens fa..fb lies inside
// the field's opening header (siteop.go's soHeader: capitalised words up to
// a colon) after its first word: the sender's name ("Summit Concussion &
// Neurorehab:"), not a header that opens with the finding ("Colonoscopy
// Prep:").
func poHeaderName(text string, toks []token, fa, fb int) bool {
	if fa <= 0 || fb >= soHeader(text, toks) {
		return false
	}
	for k := 0; k < fa; k++ {
		if poHeaderNot.get(toks[k].h) { // "Reminder Colonoscopy:", "Patient Dialysis:"
			return false
		}
	}
	return true
}

// poForPerson reports whether the sentence lo..hi names a person after for
// / para (an article between allowed): an honorific (señor, Sra., Mr.…:
// publicnotice.go's pubHonorific) or a capitalised word not opening the
// sentence ("para el señor Ruiz", "for Mia").
func poForPerson(toks []token, lo, hi int) bool {
	for k := lo; k+1 < hi; k++ {
		if l := toks[k].low; l != "for" && l != "para" {
			continue
		}
		j := k + 1
		if j+1 < hi && slotArticles.get(toks[j].h) {
			j++
		}
		if pubHonorific.get(toks[j].h) || toks[j].cls&tCap != 0 && !toks[j].sent {
			return true
		}
	}
	return false
}
