package guard

// senderopdate.go: the dates of the sender's own operations read as the
// reader's (issue 15, nineteenth pass round one, dev103 fam-date19, helper
// date19, probe set dev103d).
//
// Five shapes of a notice about the sender's own matter stayed blocked for
// their date alone, with no tenant context:
//
//   - a department's hours from a date on (soHoursFrom, asked by
//     policydate.go's policySpan as one more subject after the opener's
//     comma): "A partir del 1 de febrero, la consulta externa atenderá de
//     lunes a sábado de 7:00 a. m. a 7:00 p. m.", "Desde el 3 de marzo,
//     la farmacia atenderá…", "Starting March 2, the lab will be open
//     Monday to Saturday from 7 AM to 7 PM". After the comma: an optional
//     article or our/nuestro, one to three lower-case words (the
//     department: a care word is its name here), a verb of a service
//     working (atenderá, funcionará, abrirá, operará, will be open, will
//     open, opens), and then ONLY an hours phrase to the sentence's end
//     (weekdays, clock times, de/a/from/to/through…, a. m., p. m.) with a
//     weekday or a digit in it. "… atenderá a Juan Pérez los lunes" (a
//     person after the verb), "la consulta de Ana Ruiz atenderá" (a
//     capitalised word), a kin or child's word or a title keep the date;
//     policySpan refuses a reader's word anywhere in the sentence.
//   - the sender's policy from a date on, the date closing the sentence
//     (soWeFrom): "Reminder: we no longer accept paper checks as of March
//     1.", "we will stop accepting paper checks on March 1". The subject is
//     "we" (or a Spanish -mos verb of the list) followed within four words
//     by a policy verb (accept, take, charge, require, offer, stop,
//     aceptamos, cobraremos…); the date follows as of / effective /
//     starting / beginning / on / from / a partir del / desde el.
//   - the reader's automatic order's next run (soAutoOrder): "Your
//     automatic reorder is scheduled for April 3", "Su próximo pedido
//     automático está programado para el 3 de abril". Every word between
//     the reader's word and the verb is one of a closed list (automatic,
//     next, recurring, reorder, subscription, box, shipment, pedido,
//     automático, suscripción…), so a drug, a supply or a refill of the
//     reader ("Your automatic refill of sertraline", "…reorder of insulin
//     glargine pens") keeps the date; nothing but a clock time may follow
//     the date.
//   - an account's sign-in or password change (soSignIn): "A new device
//     signed in to your Cradle & Compass account on Dec 2 at 8:14 PM",
//     "Un nuevo dispositivo inició sesión en su cuenta el 2 de diciembre".
//     The sentence holds a sign-in phrase (signed in, logged in, sign-in,
//     login, inició sesión, password/contraseña … changed/cambiada) and the
//     account, and the date follows on / el.
//   - the last day at the sender's old place (soMoveLastDay): "Our Seaside
//     office is moving! The last day at the old location is Feb 27", "El
//     último día en la ubicación actual es el 27 de febrero". The sentence
//     holds last / final / último day / día and a place noun (location,
//     office, branch, address, ubicación, sede, sucursal…), and the notice
//     a word of a move (moving, relocating, new address, se muda,
//     trasladamos…); no reader's word in the sentence.
//
// Every shape but the first refuses, in the date's sentence: a reader's
// word where the shape names none, a kin or child's word, a title, a
// capitalised given name, a possessive, a care word (careWords,
// invoiceCareWords), a clinical or association phrase starting there
// (soClinicalAt: "we will stop the chemotherapy on March 1"), a health cue and any person cue of the date rule
// (wDatePerson: appointment, surgery, test, results, discharged, birth…).
// So "Your last dialysis at the old location is Feb 27", "…to view your
// HIV test results", "…for your colonoscopy on March 1" keep their date.
// These are allowances read at the date (date() in words.go), not drops:
// every other finding of the notice is reported as before.
// Tests `TestSenderOpDate`.

var (
	// soServeVerb: a department working (after the subject)
	soServeVerb = wordSetTab("atendera atenderan atiende atienden funcionara funcionaran funciona funcionan abrira abriran abre abren " +
		"operara operaran opera operan opens operates")
	// soHoursCopula: the copula after an hours subject ("el horario … será")
	soHoursCopula = wordSetTab("es sera seran son is are will")
	// soHoursWord: the words an hours phrase may hold besides digits
	soHoursWord = wordSetTab("de del a al y e o and or to from until through thru los las el the on " +
		"lunes martes miercoles jueves viernes sabado sabados domingo domingos " +
		"monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays " +
		"weekdays weekends daily diariamente todos dias every day days am pm m p h hs hrs horas noon mediodia midnight medianoche " +
		"only solo solamente hasta desde entre inclusive feriados holidays")
	// soDays: a weekday or a day word of an hours phrase
	soDays = wordSetTab("lunes martes miercoles jueves viernes sabado sabados domingo domingos " +
		"monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays " +
		"weekdays weekends daily diariamente")
	// soSubjArticle: what may open a department's name
	soSubjArticle = wordSetTab("el la los las the our nuestro nuestra nuestros nuestras")
	// soPolicyVerb: the sender's policy verbs after "we"
	soPolicyVerb = wordSetTab("accept accepts accepting take takes taking charge charges charging require requires requiring " +
		"offer offers offering honor honors honoring process processes processing bill bills billing mail mails mailing " +
		"issue issues issuing stop stops stopping")
	// soPolicyMos: Spanish first-person policy verbs
	soPolicyMos = wordSetTab("aceptamos aceptaremos recibimos recibiremos cobramos cobraremos ofrecemos ofreceremos requerimos requeriremos emitimos emitiremos")
	// soHeadWord: a one-word header before the policy ("Reminder:")
	soHeadWord = wordSetTab("reminder recordatorio note nota notice aviso update actualizacion important importante")
	// soFromWord: the word right before a policy's date
	soFromWord = wordSetTab("of effective starting beginning on from after partir desde")
	// soOrderWord: the words of a reader's automatic order
	soOrderWord = wordSetTab("automatic auto next upcoming recurring monthly scheduled subscription reorder reorders autoship box shipment delivery " +
		"order orders pedido pedidos proximo automatico automatica recurrente mensual suscripcion envio entrega caja")
	// soOrderVerb: the schedule verbs of an automatic order ("is scheduled
	// for", "will ship on", "renews on", "está programado para el")
	soOrderVerb = wordSetTab("scheduled set planned ship ships renew renews process processes programado programada previsto prevista")
	// soOrderAux: auxiliaries between the subject and the verb
	soOrderAux = wordSetTab("is will be esta sera se")
	// soSignInWord: an account's sign-in ("signed in", "login", "sesión")
	soSignInWord = wordSetTab("signed logged login logins signin sesion password contrasena")
	// soAccountWord: the account signed into
	soAccountWord = wordSetTab("account accounts cuenta device dispositivo password contrasena")
	// soLastWord, soDayWord: "last day", "último día"
	soLastWord = wordSetTab("last final ultimo ultima")
	soDayWord  = wordSetTab("day dia")
	// soPlaceWord: the sender's place in a move
	soPlaceWord = wordSetTab("location locations office offices branch store site address building suite " +
		"ubicacion sede sucursal oficina direccion local edificio consultorio")
	// soMoveWord: a move of the sender's place, anywhere in the notice
	soMoveWord = wordSetTab("moving move moves moved relocating relocate relocates relocation mudanza muda mudamos mudara " +
		"trasladamos traslada trasladara traslado")
)

// soVeto: token m of a sender's operation sentence names a person, the
// reader's care or a relative (see the file comment); reader: a reader's
// word vetoes too.
func (s *scanner) soVeto(m int, reader bool) bool {
	t := &s.toks[m]
	if recipientWords.get(t.h) || t.h == hLo {
		return reader // "your" carries word flags of its own
	}
	if kinWords.get(t.h) || careKin.get(t.h) || careKidWords.get(t.h) || opPossessive.get(t.h) || s.fl(m)&(wTitle|wNameCue|wDatePerson|wHealthCue) != 0 {
		return true
	}
	if careWords.get(t.h) || invoiceCareWords.get(t.h) || s.soClinicalAt(m) {
		return true // a procedure, a drug, a condition: "we will stop the chemotherapy on March 1"
	}
	if t.cls&tCap != 0 && s.fl(m)&wFirst != 0 && s.fl(m)&wMonth == 0 && !sdWeekdays.get(t.h) {
		return true // a given name
	}
	if t.cls&tCap != 0 && !t.sent && s.fl(m)&wLast != 0 && s.fl(m)&wMonth == 0 && !sdWeekdays.get(t.h) && !s.general(m) {
		return true // a family name inside the sentence: "… checks from Okafor as of March 1" (red20, dev104x)
	}
	return t.low == "s" && (s.gap(m) == "'" || s.gap(m) == "\u2019") // one person's possessive ("Ana's")
}

// soClinicalAt: a phrase of the clinical or association vocabularies
// starts at token m and its words follow in the text (a brand's "Cradle"
// alone is no "cradle cap").
func (s *scanner) soClinicalAt(m int) bool {
	w := s.toks[m].w
	if w == nil {
		return false
	}
	for _, p := range w.phrases {
		if p.class != pClinical && p.class != pAssoc || p.flags&fAmbig != 0 || m+len(p.toks) > len(s.toks) {
			continue
		}
		ok := true
		for k := 1; k < len(p.toks) && ok; k++ {
			ok = s.toks[m+k].h == p.toks[k] && !s.toks[m+k].sent
		}
		if ok {
			return true
		}
	}
	return false
}

// soSpanClear: no token of lo..hi but the date's i..j vetoes (soVeto).
func (s *scanner) soSpanClear(lo, hi, i, j int, reader bool) bool {
	for m := lo; m < hi; m++ {
		if m >= i && m <= j {
			continue
		}
		if s.soVeto(m, reader) {
			return false
		}
	}
	return true
}

// soHoursFrom: the words from token a (the first after a policy opener's
// comma) to hi are a department's hours (see the file comment).
func (s *scanner) soHoursFrom(a, hi int) bool {
	q := a
	if q < hi && soSubjArticle.get(s.toks[q].h) {
		q++
	}
	words := 0
	for ; q < hi; q++ {
		t := &s.toks[q]
		if t.sent || q > a && s.gap(q) != " " || t.cls&tAlpha == 0 || t.cls&tDigit != 0 || t.cls&(tCap|tUpper) != 0 {
			return false
		}
		if kinWords.get(t.h) || careKin.get(t.h) || careKidWords.get(t.h) || opPossessive.get(t.h) || s.fl(q)&(wTitle|wNameCue) != 0 {
			return false
		}
		if words > 0 && soServeVerb.get(t.h) {
			q++
			break
		}
		if words > 0 && t.low == "will" && q+1 < hi {
			if n := s.toks[q+1].low; n == "open" || n == "operate" {
				q += 2
				break
			}
			if q+2 < hi && s.toks[q+1].low == "be" && s.toks[q+2].low == "open" {
				q += 3
				break
			}
		}
		if words > 0 && hdHours.get(s.toks[q-words].h) && soHoursCopula.get(t.h) {
			q++ // "el horario de la consulta externa será de lunes a sábado…"
			if q < hi && s.toks[q].low == "be" {
				q++
			}
			break
		}
		if words > 0 && (t.low == "is" || t.low == "estara" || t.low == "sera") && q+1 < hi {
			if n := s.toks[q+1].low; n == "open" || n == "abierta" || n == "abierto" {
				q += 2
				break
			}
		}
		words++
		if words > 3 && !hdHours.get(s.toks[q+1-words].h) || words > 6 {
			return false
		}
	}
	if words == 0 || q >= hi {
		return false
	}
	day := false
	for ; q < hi; q++ {
		t := &s.toks[q]
		if t.cls&tDigit != 0 {
			day = true
			continue
		}
		if t.cls&tAlpha == 0 || !soHoursWord.get(t.h) {
			return false
		}
		day = day || soDays.get(t.h)
	}
	return day
}

// soWeFrom: the date at tokens i..j closes the sender's policy sentence
// (see the file comment).
func (s *scanner) soWeFrom(i, j int) bool {
	if i < 3 {
		return false
	}
	lo, hi := s.sentSpan(i)
	p := i - 1
	if l := s.toks[p].low; (l == "del" || l == "el" || l == "de") && p-1 > lo {
		p-- // "a partir del 1 de febrero", "desde el 1 de febrero"
	}
	if j+1 < hi || p < 2 || !soFromWord.get(s.toks[p].h) {
		return false
	}
	if s.toks[p].low == "of" && s.toks[p-1].low != "as" {
		return false
	}
	if s.toks[p].low == "partir" && s.toks[p-1].low != "a" {
		return false
	}
	if m := lo; m+1 < i && soHeadWord.get(s.toks[m].h) && s.gap(m+1) == ": " {
		lo = m + 1 // "Reminder: we no longer accept…"
	}
	we := false
	for m := lo; m < p && !we; m++ {
		t := &s.toks[m]
		switch {
		case t.low == "we" || t.low == "our":
			// "we no longer accept", "our billing office no longer accepts"
			for k := m + 1; k < p && k <= m+5; k++ {
				if soPolicyVerb.get(s.toks[k].h) {
					we = true
					break
				}
			}
		case soPolicyMos.get(t.h):
			we = true
		}
	}
	return we && s.soSpanClear(lo, hi, i, j, true)
}

// soAutoOrder: the date at tokens i..j is the reader's automatic order's
// next run (see the file comment).
func (s *scanner) soAutoOrder(i, j int) bool {
	lo, hi := s.sentSpan(i)
	if h := s.ownHeadEnd(); lo == 0 && h >= 0 && h+1 < i {
		lo = h + 1
	}
	// after the date: nothing, or a clock time ("at 10:00 AM")
	for m := j + 1; m < hi; m++ {
		t := &s.toks[m]
		if t.cls&tDigit == 0 && t.low != "at" && t.low != "a" && t.low != "las" && t.low != "am" && t.low != "pm" && t.low != "m" && t.low != "p" {
			return false
		}
	}
	k := i - 1
	for k > lo && (s.toks[k].low == "for" || s.toks[k].low == "on" || s.toks[k].low == "el" || s.toks[k].low == "para" || sdWeekdays.get(s.toks[k].h)) && k >= i-4 {
		k--
	}
	if k <= lo || !soOrderVerb.get(s.toks[k].h) {
		return false
	}
	v := k
	for v-1 > lo && soOrderAux.get(s.toks[v-1].h) {
		v--
	}
	if t := &s.toks[lo]; t.h != hYour && t.low != "su" && t.low != "tu" {
		return false
	}
	order := false
	for m := lo + 1; m < v; m++ {
		t := &s.toks[m]
		if !soOrderWord.get(t.h) || s.gap(m) != " " && s.gap(m) != "-" {
			return false
		}
		order = order || t.low != "next" && t.low != "proximo" && t.low != "upcoming"
	}
	return order && v > lo+1
}

// soSignIn: the date at tokens i..j is when someone signed in to the
// reader's account (see the file comment).
func (s *scanner) soSignIn(i, j int) bool {
	if i < 1 || s.toks[i-1].low != "on" && s.toks[i-1].low != "el" {
		return false
	}
	lo, hi := s.sentSpan(i)
	sign, acct := false, false
	for m := lo; m < hi; m++ {
		t := &s.toks[m]
		if soSignInWord.get(t.h) {
			sign = sign || t.low != "signed" && t.low != "logged" || m+1 < hi && s.toks[m+1].low == "in"
		}
		if t.low == "sign" && m+1 < hi && s.toks[m+1].low == "in" && s.gap(m+1) == "-" {
			sign = true
		}
		acct = acct || soAccountWord.get(t.h)
	}
	if !sign || !acct {
		return false
	}
	// the reader's words of the account ("your account", "su cuenta") are
	// the shape's own; any other veto holds
	for m := lo; m < hi; m++ {
		if m >= i && m <= j || soSignInWord.get(s.toks[m].h) {
			continue // "signed" is a sign-off's name cue elsewhere
		}
		if s.soVeto(m, false) {
			return false
		}
	}
	return true
}

// soMoveLastDay: the date at tokens i..j is the sender's last day at its
// old place (see the file comment).
func (s *scanner) soMoveLastDay(i, j int) bool {
	lo, hi := s.sentSpan(i)
	last, place := false, false
	for m := lo; m < hi; m++ {
		t := &s.toks[m]
		if soLastWord.get(t.h) && m+1 < hi && soDayWord.get(s.toks[m+1].h) && m+1 < i {
			last = true
		}
		place = place || soPlaceWord.get(t.h)
	}
	if !last || !place || !s.soSpanClear(lo, hi, i, j, true) {
		return false
	}
	for m := range s.toks {
		if soMoveWord.get(s.toks[m].h) {
			return true
		}
		if (s.toks[m].low == "new" || s.toks[m].low == "nueva") && m+1 < len(s.toks) && soPlaceWord.get(s.toks[m+1].h) {
			return true // "New address:", "nueva dirección"
		}
	}
	return false
}

// senderOpDate: the date at tokens i..j is one of the sender's operations
// (soShape) that no later sentence ties to the reader; date() takes it as
// cued.
func (s *scanner) senderOpDate(i, j int) bool {
	return s.soShape(i, j) && !s.soTiedLater(i)
}

// soShape: the date at tokens i..j stands in one of the shapes above
// (soWeFrom, soAutoOrder, soSignIn, soMoveLastDay; senderopship.go's
// soEstArrival, soTermsChange).
func (s *scanner) soShape(i, j int) bool {
	return s.soWeFrom(i, j) || s.soAutoOrder(i, j) || s.soSignIn(i, j) || s.soMoveLastDay(i, j) || s.soEstArrival(i, j) || s.soTermsChange(i, j) // senderopship.go
}

// soOpTied: the date stands in a sender's operation shape and another
// sentence ties that day to the reader (soTiedLater): the reader's date,
// date.person ("A new device signed in to your account on Dec 2. You were
// admitted that day.", red20, dev104x).
func (s *scanner) soOpTied(i, j int) bool {
	return s.soTiedLater(i) && s.soShape(i, j)
}

var (
	// soBackDay: a day or date word another sentence refers back with
	soBackDay = wordSetTab("day date dia fecha")
	// soBackWord: the words that make it the date's ("that day", "the
	// same day", "ese mismo día", "dicha fecha")
	soBackWord = wordSetTab("that this same ese esa este esta mismo misma dicho dicha")
)

// soTiedLater: another sentence of the notice refers back to the date's
// day ("that day", "ese día", "that was the day of …") and ties it to the
// reader, a person or care (soVeto, a reader's word included): "The last
// day at the old location is Feb 27. Please come to your appointment
// there that day." (red20, dev104x). "That day we close at noon" does
// not.
func (s *scanner) soTiedLater(i int) bool {
	lo, hi := s.sentSpan(i)
	for m := range s.toks {
		if m >= lo && m < hi || !soBackDay.get(s.toks[m].h) {
			continue
		}
		back := false
		for k := m - 1; k >= 0 && k >= m-3 && !back; k-- {
			back = soBackWord.get(s.toks[k].h)
		}
		if !back {
			continue
		}
		a, b := s.sentSpan(m)
		for k := a; k < b; k++ {
			if s.soVeto(k, true) {
				return true
			}
		}
	}
	return false
}
