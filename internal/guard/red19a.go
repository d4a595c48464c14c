package guard

import "strings"

// red19a.go: what the older sender-name, header and announcement drops may
// not take as the sender's own or as public (issue 15, nineteenth pass, red
// team red19a, probe set dev102y, 2026-12-06).
//
// Each predicate below is asked by an older drop before it clears a
// finding; when it holds, the drop keeps the finding (fail closed):
//
//   - r19SurnameCare (sendername.go's spans, clinhead.go's and condjoin.go's
//     trade-name run): a run holding a listed family or given name (no
//     common word, no place) and a clinical word that names no specialty
//     (snSpecialtyWord) nor a business noun is one person's ongoing care,
//     "Okafor Dialysis Care:", "Nguyen Infusion Center:", "Clínica de
//     Diálisis Okafor:", not a trade name; "Okafor Dermatology:",
//     "Okafor Wound Care:", "Moreno & Blake PT:" keep their reading;
//   - r19LineItem (the same drops): a run opening a line that is not the
//     field's first, followed by ":" or a dash and then an amount ("$",
//     "€", a digit) is a provider listed on a statement ("Statement
//     summary\nMetro Cancer & Infusion Center: $180.00"), not the notice's
//     header;
//   - r19StatusRun (the same drops and siteop.go's header): a run holding a
//     status or document word of the reader's matter (pending, missed,
//     overdue, abnormal, upcoming, callback, results, follow-up, prep,
//     referral, pendiente…) beside a clinical finding is a subject line
//     about one person's procedure ("Pending Biopsy Callback:", "Biopsia
//     Pendiente:"), not the sender's name;
//   - r19PersonDay (caresignal.go's dropCareFreeDates): an awareness,
//     memorial or remembrance day or week named by a listed given name
//     ("Mia Lopez Awareness Day is Feb 10.", "Ethan Brooks Memorial Day")
//     is one person's day, its date no public date ("Martin Luther King
//     Day" stays a holiday);
//   - r19UnitPlace (announce.go's dropAnnouncements): a clinical finding
//     inside a treatment unit's capitalised name ("en la Unidad de Diálisis
//     Renal", "in the Oncology Infusion Suite", "in the Dialysis Unit") or
//     a sensitive word before a clinic's name ("at the HIV Clinic") narrows
//     a public offer to that unit's patients.

// r19Status: status and document words of the reader's matter in a
// title-case header.
var r19Status = wordSetTab("pending missed overdue abnormal upcoming positive negative preliminary critical repeat " +
	"callback callbacks recall recalls result results follow followup prep referral referrals authorization " +
	"pendiente pendientes resultado resultados seguimiento derivacion anormal")

// r19UnitNoun: a treatment unit's head noun.
var r19UnitNoun = wordSetTab("unit units suite suites ward wards bay bays lounge unidad unidades sala salas planta servicio pabellon")

// r19Generic: a trade name's generic head nouns besides clinhead.go's chNouns
// and the trade of a home-health agency ("Dialysis" is one of sendername.go's
// business nouns, and no generic one; "Home Health Nursing" is a trade).
var r19Generic = wordSetTab("clinic clinics clinica clinicas pharmacy pharmacies farmacia farmacias unit units unidad and y home nursing")

// r19Trade: a therapy trade's words that snSpecialtyWords does not list
// ("Moreno & Blake Fisioterapia").
var r19Trade = wordSetTab("fisioterapia physiotherapy kinesiologia terapia therapy rehabilitacion optometry optica optical")

// r19ClinicNoun: a clinic's head noun after a sensitive word.
var r19ClinicNoun = wordSetTab("clinic clinics center centre clinica centro")

// r19DayWord: a day's or week's naming word.
var r19DayWord = wordSetTab("awareness memorial remembrance concienciacion concientizacion conmemoracion recuerdo")

// r19Person: token m is a listed given or family name that is no common
// word and no place.
func (s *scanner) r19Person(m int) bool {
	f := s.fl(m)
	return f&(wFirst|wLast) != 0 && f&(wCommon|wPlace|wMonth) == 0
}

// r19SurnameCare: the run a..e holds a listed name and a clinical word that
// names no specialty (see the file comment).
func (s *scanner) r19SurnameCare(fs []ifind, a, e int) bool {
	person, care := false, false
	for m := a; m <= e && m < len(s.toks); m++ {
		t := &s.toks[m]
		if t.cls&tCap == 0 {
			continue
		}
		if s.r19Person(m) {
			person = true
			continue
		}
		if chNouns.get(t.h) || r19Generic.get(t.h) || chOpenES.get(t.h) || snGlue.get(t.h) || t.low == "&" {
			continue
		}
		if (snClinicalTok(fs, t) || r19NameCovered(fs, t) && len(t.low) >= 5 && s.careWord(m, false) && !r19Trade.get(t.h)) && !snSpecialtyWord(t) && !s.snTwoWordSpecialty(m) {
			// a frame's unknown word is no care ("Westerville"); a care word a name finding swallowed is ("Chen Dialysis")
			care = true
		}
	}
	return person && care
}

// r19LineItem: the run a..e opens a line that is not the field's first and
// is followed by ":" or a dash, then an amount.
func (s *scanner) r19LineItem(a, e int) bool {
	if a == 0 || !s.toks[a].gapNL || e+1 >= len(s.toks) {
		return false
	}
	g := s.gap(e + 1)
	if !strings.HasPrefix(g, ":") && !snDashGap(strings.TrimRight(g, "$€£ ")+" ") {
		return false
	}
	return strings.ContainsAny(g, "$€£") || s.toks[e+1].cls&tDigit != 0
}

// r19StatusRun: the run a..e holds a status word of the reader's matter
// and a word of a clinical finding.
func (s *scanner) r19StatusRun(fs []ifind, a, e int) bool {
	status, clin := false, false
	for m := a; m <= e && m < len(s.toks); m++ {
		t := &s.toks[m]
		if r19Status.get(t.h) {
			status = true
		} else if snClinicalTok(fs, t) || s.chFound(fs, m) {
			clin = true
		}
	}
	return status && clin
}

// r19NotSender: the run a..e is no sender's name for the header and
// trade-name drops (one person's care, a statement's line item, a status
// subject line).
func (s *scanner) r19NotSender(fs []ifind, a, e int) bool {
	return s.r19SurnameCare(fs, a, e) || s.r19LineItem(a, e) || s.r19StatusRun(fs, a, e)
}

// r19PruneSpans removes from sendername.go's spans those r19NotSender
// reads as no sender's name (names-only spans of a branch stay).
func (s *scanner) r19PruneSpans(fs []ifind) {
	k := 0
	for j := 0; j < s.snN; j++ {
		sp := s.sn[j]
		if !sp.names && s.r19NotSender(fs, int(sp.a), int(sp.b)) {
			continue
		}
		s.sn[k] = sp
		k++
	}
	s.snN = k
}

// r19StatusHeader: siteop.go's header toks[:hdr] holds a status word of the
// reader's matter ("Biopsy Callback Pending:", "Biopsia Pendiente:").
func r19StatusHeader(toks []token, hdr int) bool {
	for k := 0; k < hdr && k < len(toks); k++ {
		if r19Status.get(toks[k].h) {
			return true
		}
	}
	return false
}

// r19PersonDay: an awareness, memorial or remembrance day or week whose
// capitalised name holds a listed given name (see the file comment).
func r19PersonDay(v *vocab, toks []token) bool {
	for k := range toks {
		if !r19DayWord.get(toks[k].h) || toks[k].cls&tCap == 0 {
			continue
		}
		// English: "<Given> <Family> Awareness Day"
		for m := k - 1; m >= 0 && m >= k-3 && toks[m].cls&tCap != 0; m-- {
			if r19Given(v, toks, m) {
				return true
			}
		}
		// Spanish: "Día de Concienciación de <Given> <Family>"
		m := k + 1
		for m < len(toks) && m <= k+2 && (toks[m].low == "de" || toks[m].low == "del" || toks[m].low == "sobre") {
			m++
		}
		for ; m < len(toks) && m <= k+5 && toks[m].cls&tCap != 0; m++ {
			if r19Given(v, toks, m) {
				return true
			}
		}
	}
	return false
}

// r19Given: toks[m] is a listed given name that is no common word, and not
// the "Martin" of "Martin Luther King".
func r19Given(v *vocab, toks []token, m int) bool {
	w := v.get(toks[m].h)
	if w == nil || w.flags&wFirst == 0 || w.flags&(wCommon|wMonth) != 0 {
		return false
	}
	if toks[m].low == "martin" && m+1 < len(toks) && toks[m+1].low == "luther" || toks[m].low == "luther" || toks[m].low == "king" {
		return false
	}
	return true
}

// r19UnitPlace: the finding's tokens fa..fb lie in a treatment unit's
// capitalised name, or a sensitive word among them stands before a
// clinic's name (see the file comment).
func r19UnitPlace(toks []token, fa, fb int) bool {
	if fa < 0 || fb >= len(toks) {
		return false
	}
	// forward: "Dialysis Unit", "Oncology Infusion Suite", "HIV Clinic"
	sens := false
	for m := fa; m <= fb; m++ {
		if chSensitiveTok(&toks[m]) {
			sens = true
		}
	}
	for m := fb + 1; m < len(toks) && m <= fb+3 && toks[m].cls&tCap != 0 && !toks[m].sent; m++ {
		if r19UnitNoun.get(toks[m].h) || sens && r19ClinicNoun.get(toks[m].h) {
			return toks[fa].cls&(tCap|tUpper) != 0
		}
	}
	for m := fa + 1; m <= fb; m++ {
		if (r19UnitNoun.get(toks[m].h) || sens && r19ClinicNoun.get(toks[m].h)) && toks[m].cls&tCap != 0 {
			return true // "Transplant Unit" in one finding
		}
	}
	// backward: "Unidad de Diálisis Renal", "Sala de Quimioterapia"
	for m := fa - 1; m >= 0 && m >= fa-4; m-- {
		tk := &toks[m]
		if tk.low == "de" || tk.low == "del" || tk.low == "of" {
			continue
		}
		if tk.cls&tCap == 0 {
			return false
		}
		if r19UnitNoun.get(tk.h) || sens && r19ClinicNoun.get(tk.h) {
			return m > 0 && !tk.sent // "en la Unidad de …", not a sentence's subject
		}
		if tk.sent {
			return false
		}
	}
	return false
}

// r19SurnameCareToks: the announcement rules' reading of r19SurnameCare on
// a view's tokens: the capitalised run holding the finding's tokens fa..fb
// holds a listed family or given name outside them, and a word of the
// finding names no specialty ("Okafor Dialysis Care: Our office will be
// closed Monday").
func r19SurnameCareToks(v *vocab, toks []token, fa, fb int) bool {
	if fa < 0 || fb >= len(toks) || toks[fa].cls&(tCap|tUpper) == 0 {
		return false
	}
	care := false
	for m := fa; m <= fb; m++ {
		if !snSpecialtyWord(&toks[m]) && !chNouns.get(toks[m].h) && !r19Generic.get(toks[m].h) && !snGlue.get(toks[m].h) {
			care = true
		}
	}
	if !care {
		return false
	}
	person := func(m int) bool {
		w := v.get(toks[m].h)
		return w != nil && w.flags&(wFirst|wLast) != 0 && w.flags&(wCommon|wPlace|wMonth) == 0
	}
	for m := fa - 1; m >= 0 && m >= fa-3 && toks[m].cls&tCap != 0; m-- {
		if person(m) {
			return true
		}
		if toks[m].sent {
			break
		}
	}
	for m := fb + 1; m < len(toks) && m <= fb+4 && !toks[m].sent; m++ {
		if snGlue.get(toks[m].h) && toks[m].cls&tCap == 0 {
			continue
		}
		if toks[m].cls&tCap == 0 {
			break
		}
		if person(m) {
			return true
		}
	}
	return false
}

// r19Vaccine: a vaccine offer's words.
var r19Vaccine = wordSetTab("vaccine vaccines vaccination vaccinations shot shots booster boosters jab jabs immunization immunizations " +
	"vacuna vacunas vacunacion inmunizacion refuerzo")

// r19UnitOffer: siteop.go's reading of r19UnitPlace: the finding fa..fb
// after the header lies in a treatment unit's name in a sentence lo..hi
// offering a vaccine ("Free COVID boosters in the Dialysis Unit on
// Saturdays"); a unit's own operation ("The Dialysis Unit opens at 11")
// stays the site's.
func r19UnitOffer(toks []token, lo, hi, fa, fb int) bool {
	if !r19UnitPlace(toks, fa, fb) {
		return false
	}
	for m := lo; m < hi && m < len(toks); m++ {
		if r19Vaccine.get(toks[m].h) {
			return true
		}
	}
	return false
}

// r19NameCovered: token t lies under a name finding ("Chen Dialysis" read
// as a full name).
func r19NameCovered(fs []ifind, t *token) bool {
	for i := range fs {
		if strings.HasPrefix(fs[i].rule, "name.") && fs[i].a < int(t.e) && fs[i].b > int(t.s) {
			return true
		}
	}
	return false
}
