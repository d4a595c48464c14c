package guard

// pubevent.go: public events, priced classes, study recruitment for a
// population, a programme now available across a region and a priced
// check-up package, read by the public offer rule (publicoffer.go; issue
// 15, sixteenth pass, dev88's fam-pub, helper pub16). dev88 found these
// still flagged with no tenant context: "Free community talk: “…” with our
// family therapy team. Thu, Feb 19, 6:30 PM, Central Library" (the date),
// "World Breastfeeding Week picnic at Mueller Lake Park, Aug 2 — … Open to
// all!" (the date), "Prenatal breastfeeding class, Sat Mar 7, 10 AM–1 PM.
// $45 per couple. Register: …" (compose.learned), "Now enrolling: studies
// for adults 18–65 in sleep, migraine and skin health. Compensation up to
// $1,200 … See if you qualify: …" (the condition), "Harbor Light's virtual
// Intensive Outpatient program is now available across Oregon and
// Washington" (compose.care_unit), "Paquete Chequeo Ejecutivo por Q1,990:
// evaluación médica, laboratorios básicos y electrocardiograma" (the
// procedure).
//
// dropPublicOffers keeps all its other conditions (every finding one it
// may drop, no "you"/"your" written — "see if you qualify" is masked like
// "learn about your options" —, no personal cue, every sentence the
// sender's, every finding framed). This file adds:
//
//   - an event field (peEventField): a field naming a public event noun
//     (talk, seminar, lecture, workshop, class, picnic, walk, fair…, a
//     session only after education / training / information: not "the
//     dialysis session Tuesday"; no group, visit, appointment) and a sign
//     that anyone may come: free, a price, RSVP / register / inscríbase,
//     professional credits (CE credits, CEUs, CME), an audience of
//     everyone (pubEveryone), "community" before the event noun; no
//     family named ("Caminata de la familia Ruiz") and no clock time off
//     the hour and half hour ("10:40 AM": a booked slot); and no possessive of a capitalised word
//     ("Maria's class"). In such a field a sentence naming the event, a
//     price sentence and a dateline (only days, months, numbers, clock
//     words and capitalised place words: "Thu, Feb 19, 6:30 PM, Central
//     Library, Portland.") are the sender's, and a date (date.untied,
//     date.person) is the event's when its sentence names the event or is
//     a dateline right after the sentence that does (peEventDate);
//   - a priced class (peClassAt): a condition or procedure right before a
//     class noun (class, course, workshop, clase, curso, taller) in an
//     event field with a price ("Prenatal breastfeeding class … $45 per
//     couple");
//   - study recruitment for a population (peStudyFor): a condition after
//     in / en in a sentence with study / studies / trial(s) / estudios
//     "for / para" a population word (adults, people, volunteers, adultos,
//     personas, voluntarios) followed by an age ("adults 18–65", "adultos
//     de 18 a 65 años"); the compensation sentence then is the sender's;
//   - a programme available across a region (peWideAvail): available /
//     disponible after the finding in its sentence and then across /
//     statewide / nationwide / throughout / en todo(s), with no start or
//     day in the sentence (pubHasWhen);
//   - a priced package (pePackage): a sentence opening with paquete /
//     package / chequeo / check-up / plan with a price (pubPrice or
//     quetzales "Q1,990") before a colon, the finding after the colon (a
//     test or procedure); "Válido hasta …" after it is the sender's.
//
// Stays reported: "Your prenatal breastfeeding class for your Mar 7 due
// date" (your, due), "You are enrolled in our migraine study", "Studies
// for adults with migraine" (a health-defined group), "Your Intensive
// Outpatient program starts Mon", "Su electrocardiograma del Paquete
// Chequeo Ejecutivo" (su), "Everyone welcome at the dialysis session
// Tuesday" (no event noun), "Maria's prenatal class, Sat Mar 7. $45"
// (a possessive). Accepted risk as in publicoffer.go: a campaign sent to a
// segment tells by association; these shapes say what the sender offers
// everyone and name nothing of the reader's.

import "strings"

var (
	// peEventNoun: a public event (not session, group, visit: one
	// person's care may be one)
	peEventNoun = wordSetTab("talk talks seminar seminars lecture lectures workshop workshops class classes course courses " +
		"picnic walk fair festival webinar webinars expo luncheon celebration party demo forum forums " +
		"charla charlas seminario seminarios conferencia conferencias taller talleres clase clases curso cursos " +
		"caminata feria festival convivio")
	// peTrainWord: a session of education or training
	peTrainWord = wordSetTab("education educational training information info informativa informativas educativa educativas")
	// peClassNoun: a class that a condition or procedure may name
	peClassNoun = wordSetTab("class classes course courses workshop workshops clase clases curso cursos taller talleres")
	// peSignup: anyone may sign up
	peSignup = wordSetTab("rsvp register registration inscribase inscripcion inscripciones registrese")
	// peDateWord: the words of a dateline besides numbers and capitalised words
	peDateWord = wordSetTab("am pm at in to and from the of de del el la a las y noon midday mediodia hrs")
	// peStudy: a study or trial
	peStudy = wordSetTab("study studies trial trials estudio estudios ensayo ensayos")
	// pePeople: a population (not narrowed by health: "adults with" is a
	// personal cue of the announcement rule)
	pePeople = wordSetTab("adults people volunteers participants adultos personas voluntarios participantes")
	// peWide: a region-wide availability
	peWide = wordSetTab("across statewide nationwide throughout countrywide")
	// pePackageHead: a package opening its sentence
	pePackageHead = wordSetTab("paquete paquetes package packages chequeo checkup plan combo")
	// peCompensation: a study's compensation sentence
	peCompensation = wordSetTab("compensation compensacion compensated stipend")
)

// peEventField reports whether the tokens of one field name a public event
// (see the file comment).
func peEventField(text string, toks []token) bool {
	event, sign := false, false
	for k := range toks {
		tk := &toks[k]
		if peEventAt(toks, k) {
			event = true
			if k > 0 && (toks[k-1].low == "community" || toks[k-1].low == "public" || toks[k-1].low == "comunitaria") {
				sign = true
			}
		}
		if pubFree.get(tk.h) || peSignup.get(tk.h) || pubPrice(text, toks, k) || peQuetzal(text, toks, k) || peCredit(toks, k) {
			sign = true
		}
		if tk.low == "s" && k > 0 && toks[k-1].cls&tCap != 0 && pePossGap(text, toks, k) {
			return false // "Maria's class"
		}
		if careKin.get(tk.h) && (k+1 < len(toks) && toks[k+1].cls&tCap != 0 && !toks[k+1].sent || k > 0 && !tk.sent && toks[k-1].cls&tCap != 0 && tk.cls&tCap == 0) {
			return false // "Caminata de la familia Ruiz": one family's event
		}
		if k >= 2 && tk.cls&tDigit != 0 && toks[k-1].cls&tDigit != 0 && pubGap(text, toks, k) == ":" && tk.low != "00" && tk.low != "30" {
			return false // "10:40 AM": a booked slot (senderdate.go's sdOddClock)
		}
	}
	if !sign {
		for lo := 0; lo < len(toks); {
			_, hi := sentenceSpan(toks, lo)
			if pubEveryone(toks, lo, hi) {
				sign = true
			}
			lo = hi
		}
	}
	return event && sign
}

// pePossGap: an apostrophe right before token k ("Maria's").
func pePossGap(text string, toks []token, k int) bool {
	g := pubGap(text, toks, k)
	return g == "'" || g == "\u2019"
}

// peQuetzal reports whether token k is a price in quetzales: "Q1,990"
// (one token "q1") or "Q 450".
func peQuetzal(text string, toks []token, k int) bool {
	l := toks[k].low
	if len(l) >= 2 && l[0] == 'q' && l[1] >= '0' && l[1] <= '9' && toks[k].cls&tCap != 0 {
		return true
	}
	return l == "q" && toks[k].cls&tCap != 0 && k+1 < len(toks) && toks[k+1].cls&tDigit != 0 && toks[k+1].cls&tAlpha == 0 && len(pubGap(text, toks, k+1)) <= 1
}

// peHasEvent reports whether the sentence lo..hi names an event noun.
func peHasEvent(toks []token, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if peEventAt(toks, k) {
			return true
		}
	}
	return false
}

// peEventAt reports whether token k is a public event noun, or a session
// of education or training ("nurse education session", "sesión
// informativa"; not "your therapy session").
func peEventAt(toks []token, k int) bool {
	if peEventNoun.get(toks[k].h) {
		return true
	}
	switch toks[k].low {
	case "session", "sessions":
		return k > 0 && peTrainWord.get(toks[k-1].h)
	case "sesion", "sesiones":
		return k+1 < len(toks) && peTrainWord.get(toks[k+1].h)
	}
	return false
}

// peCredit reports whether token k offers professional credits: "CE
// credits", "CEUs", "CME".
func peCredit(toks []token, k int) bool {
	switch toks[k].low {
	case "ceu", "ceus", "cme":
		return true
	case "ce":
		return k+1 < len(toks) && (toks[k+1].low == "credits" || toks[k+1].low == "credit" || toks[k+1].low == "hours")
	case "continuing":
		return k+1 < len(toks) && toks[k+1].low == "education"
	}
	return false
}

// peDateline reports whether the sentence lo..hi holds only a when and a
// where: numbers, days and months, clock words and capitalised words.
func peDateline(toks []token, lo, hi int) bool {
	if hi-lo < 2 {
		return false
	}
	if f := &toks[lo]; !(f.cls&tDigit != 0 || pubWhen.get(f.h) || peMonth(f)) {
		return false // "Appointment Feb 20": a dateline opens with its day
	}
	when := false
	for k := lo; k < hi; k++ {
		tk := &toks[k]
		if careWords.get(tk.h) || sdCare.get(tk.h) || annClass(tk)&annPersonal != 0 {
			return false
		}
		if peMonth(tk) || tk.cls&tDigit != 0 {
			when = true
		}
		if tk.cls&tDigit != 0 || tk.cls&tCap != 0 || peDateWord.get(tk.h) || pubWhen.get(tk.h) || peClock(tk) {
			continue
		}
		return false
	}
	return when
}

// peMonth: a month's name (the views' tokens carry no vocabulary entry);
// a short one only capitalised ("Mar 7", not "mar")
func peMonth(tk *token) bool {
	_, ok := monthNames[tk.low]
	return ok && (len(tk.low) > 3 || tk.cls&tCap != 0)
}

// peClock: a clock time in one token ("1pm", "10am", "18h").
func peClock(tk *token) bool {
	if tk.cls&tMixed == 0 || tk.low[0] < '0' || tk.low[0] > '9' {
		return false
	}
	l := strings.TrimRight(tk.low, "apmh")
	if len(l) == len(tk.low) {
		return false
	}
	for i := 0; i < len(l); i++ {
		if l[i] < '0' || l[i] > '9' {
			return false
		}
	}
	suf := tk.low[len(l):]
	return suf == "am" || suf == "pm" || suf == "h"
}

// peSentenceOK reports whether the sentence lo..hi is the sender's: in a
// field that names a public event, a sentence naming it, a dateline, a
// price or a sign-up ("RSVP: …"); a study for a population and its
// compensation; a package and its validity.
func peSentenceOK(text string, toks []token, lo, hi int) bool {
	if peEventField(text, toks) {
		if peHasEvent(toks, lo, hi) || peDateline(toks, lo, hi) || pubFreeOrPriced(text, toks, lo, hi) || lo < hi && peSignup.get(toks[lo].h) {
			return true
		}
	}
	if peStudyFor(toks, lo, hi, hi) || pePackageSentence(text, toks, lo, hi) >= 0 {
		return true
	}
	if peCompensationSentence(toks, lo, hi) && peStudyField(toks) {
		return true
	}
	if pubOpensWith(toks, lo, hi, "valid", "valido", "valida", "vigente") && lo > 0 {
		plo, phi := sentenceSpan(toks, lo-1)
		return pePackageSentence(text, toks, plo, phi) >= 0
	}
	return false
}

// peEventDate reports whether a date in the sentence lo..hi is a public
// event's: its sentence names the event, or is a dateline right after the
// sentence that does, in an event field.
func peEventDate(text string, toks []token, lo, hi int) bool {
	if !peEventField(text, toks) {
		return false
	}
	if peHasEvent(toks, lo, hi) {
		for k := lo; k < hi; k++ { // "Free talk Mar 7 and your checkup Mar 8"
			if careWords.get(toks[k].h) || sdCare.get(toks[k].h) {
				return false
			}
		}
		return true
	}
	if lo == 0 || !peDateline(toks, lo, hi) {
		return false
	}
	plo, phi := sentenceSpan(toks, lo-1)
	return peHasEvent(toks, plo, phi)
}

// peFrame reports whether the clinical finding at fa..fb (sentence lo..hi)
// has a frame of this file.
func peFrame(f Finding, text string, toks []token, lo, hi, fa, fb int) bool {
	if f.Kind == KindMedication {
		return false
	}
	cond := f.Kind == KindCondition
	switch {
	case peClassAt(text, toks, hi, fb):
		return true
	case cond && peStudyFor(toks, lo, hi, fa):
		return true
	case peWideAvail(toks, lo, hi, fb):
		return true
	case !cond:
		if c := pePackageSentence(text, toks, lo, hi); c >= 0 && fa > c {
			return true
		}
	}
	return false
}

// peClassAt: a class noun at most two words after fb, in an event field
// with a price.
func peClassAt(text string, toks []token, hi, fb int) bool {
	at := false
	for j := fb + 1; j < hi && j <= fb+2; j++ {
		if peClassNoun.get(toks[j].h) {
			at = true
			break
		}
	}
	if !at || !peEventField(text, toks) {
		return false
	}
	for k := range toks {
		if pubPrice(text, toks, k) || peQuetzal(text, toks, k) {
			return true
		}
	}
	return false
}

// peStudyFor: the finding after in/en in a sentence with a study "for/para"
// a population with an age.
func peStudyFor(toks []token, lo, hi, fa int) bool {
	study := -1
	for k := lo; k+2 < hi; k++ {
		if !peStudy.get(toks[k].h) || toks[k+1].low != "for" && toks[k+1].low != "para" {
			continue
		}
		p := k + 2
		if toks[p].low == "healthy" || toks[p].low == "sanos" {
			p++
		}
		if p < hi && pePeople.get(toks[p].h) {
			q := p + 1
			if q < hi && (toks[q].low == "de" || toks[q].low == "ages" || toks[q].low == "aged") {
				q++
			}
			if q < hi && toks[q].cls&tDigit != 0 && toks[q].cls&tAlpha == 0 {
				study = q
				break
			}
		}
	}
	if study < 0 || fa <= study {
		return false
	}
	for j := fa - 1; j > study; j-- {
		if toks[j].low == "in" || toks[j].low == "en" {
			return true
		}
	}
	return false
}

// peStudyField: a field with a study for a population with an age.
func peStudyField(toks []token) bool {
	for lo := 0; lo < len(toks); {
		_, hi := sentenceSpan(toks, lo)
		if peStudyFor(toks, lo, hi, hi) {
			return true
		}
		lo = hi
	}
	return false
}

// peCompensationSentence: a sentence opening with compensation.
func peCompensationSentence(toks []token, lo, hi int) bool {
	return lo < hi && peCompensation.get(toks[lo].h)
}

// peWideAvail: available / disponible after fb in its sentence, then a
// region-wide word, and no start or day.
func peWideAvail(toks []token, lo, hi, fb int) bool {
	if pubHasWhen(toks, lo, hi) {
		return false
	}
	for j := fb + 1; j < hi && j <= fb+5; j++ {
		if toks[j].low != "available" && toks[j].low != "disponible" {
			continue
		}
		for m := j + 1; m < hi && m <= j+2; m++ {
			if peWide.get(toks[m].h) || toks[m].low == "todo" && m > j && toks[m-1].low == "en" {
				return true
			}
		}
	}
	return false
}

// pePackageSentence returns the token after the colon of a package's
// sentence lo..hi (a package word opening it and a price before the
// colon), or -1.
func pePackageSentence(text string, toks []token, lo, hi int) int {
	if lo >= hi || !pePackageHead.get(toks[lo].h) {
		return -1
	}
	for k := lo + 1; k+1 < hi; k++ { // "… para la señora Ruiz": one person's package
		if toks[k].low == "para" || toks[k].low == "for" {
			for j := k + 1; j < hi && j <= k+3; j++ {
				if toks[j].cls&tCap != 0 || pubHonorific.get(toks[j].h) {
					return -1
				}
			}
		}
	}
	priced := false
	for k := lo + 1; k < hi; k++ {
		if pubPrice(text, toks, k) || peQuetzal(text, toks, k) {
			priced = true
		}
		if priced && k+1 < hi && len(pubGap(text, toks, k+1)) > 0 && pubGap(text, toks, k+1)[0] == ':' {
			return k + 1
		}
	}
	return -1
}
