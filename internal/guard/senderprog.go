package guard

import "strings"

// senderprog.go: the sender's own programme, its schedule, a policy about
// a product class, a public webinar's topic and a staff credential read by
// their slots (issue 15, twentieth pass, dev106's fam fpA, fix helper fpa,
// probe set dev106f).
//
// dev106 found notices that name no reader flagged for a clinical word that
// only names what the sender runs or sells: "The cardiac rehab gym at St.
// Brendan's is open Mon, Wed, Fri …", "Cardiac rehab is canceled Thursday
// for the holiday", "Your upcoming rehab session is confirmed. Details are
// in the portal", "diabetes supplies can't be returned once shipped, per
// pharmacy regulations", "most insurance plans cover a breast pump at no
// cost under the ACA", "we do not prescribe opioid pain medication over the
// phone. See our pain management policy", "Free webinar: Travelling with
// diabetes supplies over the holidays. Dec 10, 6 PM CT", "Our pharmacist
// team now includes two Certified Diabetes Care and Education Specialists".
//
// dropSenderProg drops a clinical or composed finding (never a name, date,
// identifier, phone or email; never a readerTied one) when its field names
// no reader (spReaderField: you / your / su / tu… unless "your" only
// opens an account noun such as "your coverage"; a personal title; a
// possessive of a capitalised word other than a saint's; a reason word,
// after / since / because / due to your / después / desde / por su; any
// finding of another kind in the field) and the finding stands in one of
// these slots of its sentence:
//
//   - a programme's schedule (spSchedule): every token of the finding is a
//     programme word (cardiac, pulmonary, rehab, rehabilitation, therapy,
//     rehabilitación, cardíaca…), the finding opens its sentence (after
//     "the" / "el" / "la") or stands before a programme place or group
//     (gym, class, classes, program, gimnasio, clases…), and the sentence
//     holds an operation (open, closed, canceled, cancela, abre, hours…);
//   - a bare session confirmed (spBareSession): the field's only finding
//     is "rehab" / "physio" (with "session" at most; not "therapy", which
//     alone reads as psychotherapy: "Your therapy session is confirmed"
//     stays reported), in
//     "Your [upcoming / next] <it> session / appointment / class is
//     confirmed" — no condition, no modifier, nothing after the noun but
//     "is confirmed"; the opening "your" is this slot's only reader word;
//   - a policy about a product class (spPolicy): the sentence holds a
//     policy cue (policy, regulations, rules, política, normas; "can't /
//     cannot / no … returned / devolver"; "most … plans cover"; "we do not /
//     don't prescribe / refill", "no recetamos") and the finding names a
//     class of goods (it ends in, or stands right before, supplies, pump,
//     medication, monitor, suministros, medicamentos… or "management
//     policy"; or follows "suministros para");
//   - a public webinar or class topic (spWebinar): the sentence opens with
//     a header "Free webinar:", "Free online class:", "Seminario web
//     gratuito:" (a free / public / gratuito word and an event noun before
//     the colon) and the finding follows the colon;
//   - a staff credential (spCredential): the finding lies in a capitalised
//     run holding "Certified" or "Board" and ending in a role noun
//     (Specialist, Pharmacist, Educator, Nurse…).
//
// Stays reported (senderprog_test.go, dev106f's leaks): "Your cardiac
// rehab after your heart attack starts Monday", "Your diabetes supplies
// order shipped today", "Your breast pump prescription was received",
// "Your opioid prescription can't be refilled over the phone", "You're on
// the list for our diabetes webinar because of your recent diagnosis",
// "Dr. Lena Ortiz, a Certified Diabetes Care and Education Specialist, will
// review your insulin doses", "Your rehab session for your knee replacement
// is confirmed", the Spanish of these. Accepted risk: a notice naming no
// reader that schedules a programme or states a policy about goods says
// nothing about anyone's care. Test `TestSenderProg`.

var (
	// spProgWord: the words of a programme's name
	spProgWord = wordSetTab("cardiac pulmonary rehab rehabilitation therapy physio physiotherapy cardio cardiopulmonary " +
		"rehabilitacion cardiaca pulmonar terapia fisioterapia")
	// spProgPlace: a programme's place or group after its name
	spProgPlace = wordSetTab("gym gyms class classes program programs programme programmes group groups center centre " +
		"gimnasio clases clase programa programas grupo grupos")
	// spOpWord: an operation of a programme (with siteop.go's soOpWord)
	spOpWord = wordSetTab("canceled cancelled cancels cancel suspended resumes resume resumed postponed " +
		"cancela cancelan cancelada cancelado canceladas cancelados suspende suspendida suspendido reanuda")
	// spBare: a bare programme word of a confirmed session ("therapy" alone
	// reads as psychotherapy: existing hw-leak-141 "Your therapy session is
	// confirmed." stays a leak)
	spBare = wordSetTab("rehab physio session")
	// spSessionNoun: the booking nouns of a bare session
	spSessionNoun = wordSetTab("session appointment class")
	// spPolicyCue: a policy's words
	spPolicyCue = wordSetTab("policy policies regulations regulation rules law laws politica politicas normas norma reglamento ley")
	// spReturn: a return refused
	spReturn = wordSetTab("returned returns return returnable devolver devueltos devueltas devolucion devoluciones")
	// spNeg: a negation
	spNeg = wordSetTab("cant cannot can't not no non")
	// spGoodsNoun: a class of goods
	spGoodsNoun = wordSetTab("supplies supply pump pumps medication medications medicine medicines monitor monitors strips meters " +
		"meter devices equipment suministros insumos medicamentos medicamento bomba bombas")
	// spPrescribe: the sender's verbs of prescribing or refilling
	spPrescribe = wordSetTab("prescribe prescribes refill refills dispense recetamos renovamos surtimos dispensamos")
	// spAccount: nouns "your" may open without naming the reader's care
	spAccount = wordSetTab("coverage benefits plan account inbox cobertura cuenta beneficios")
	// spReason: words tying care to the reader's history
	spReason = wordSetTab("after since because despues desde diagnosis diagnosed diagnostico")
	// spFree: a public header's mark
	spFree = wordSetTab("free public gratuito gratuita gratis publico publica")
	// spEventNoun: a public session's noun
	spEventNoun = wordSetTab("webinar webinars class classes seminar seminars workshop workshops talk talks seminario seminarios taller talleres charla charlas clase clases")
	// spCredHead: a credential's marks and a credentialled role's noun
	spCredMark = wordSetTab("certified board")
	spCredRole = wordSetTab("specialist specialists pharmacist pharmacists educator educators nurse nurses counselor counselors " +
		"dietitian dietitians practitioner practitioners")
	// spSaint: a saint's abbreviation before a possessive place ("St. Brendan's")
	spSaint = wordSetTab("st saint san santa")
)

// dropSenderProg drops the findings of the sender's programme, policy,
// webinar or staff credential in a field that names no reader (see the
// file comment).
func (g *Guard) dropSenderProg(n Notice, out []Finding) []Finding {
	return g.dropInViews(n, out, spKind, func(f Finding, views []annView) bool { return spDroppable(n, f, views, out) })
}

// spKind: a clinical or composed finding.
func spKind(f Finding) bool {
	return strings.HasPrefix(f.Rule, "clinical.") || strings.HasPrefix(f.Rule, "compose.")
}

// spDroppable: f stands in one of the file's slots of a field naming no
// reader.
func spDroppable(n Notice, f Finding, views []annView, out []Finding) bool {
	if !spKind(f) {
		return false
	}
	others := 0
	for _, o := range out {
		if o.Field != f.Field {
			continue
		}
		if !spKind(o) || o.readerTied() {
			return false // a name, a date, a number beside it: fail closed
		}
		others++
	}
	for k := range views {
		v := &views[k]
		if n.Fields[v.field].Name != f.Field {
			continue
		}
		fa, fb := v.findingToks(f)
		if fa < 0 {
			return false
		}
		text, toks := v.t.s, v.toks
		lo, hi := sentenceSpan(toks, fa)
		if fb >= hi {
			return false
		}
		if others == 1 && spBareSession(toks, lo, hi, fa, fb) && !spReaderField(text, toks, lo) {
			return true
		}
		if spReaderField(text, toks, -1) {
			return false
		}
		return spSchedule(toks, lo, hi, fa, fb) || spPolicy(text, toks, lo, hi, fa, fb) ||
			spWebinar(text, toks, lo, fa) || spCredential(text, toks, lo, hi, fa, fb)
	}
	return false
}

// spReaderField: the field names a reader or one person (see the file
// comment); the "your" at token skip is not counted.
func spReaderField(text string, toks []token, skip int) bool {
	for k := range toks {
		tk := &toks[k]
		if k == skip {
			continue
		}
		if pcReader.get(tk.h) || tk.low == "you're" || tk.low == "youre" {
			if (tk.low == "your" || tk.low == "su" || tk.low == "tu") && k+1 < len(toks) && spAccount.get(toks[k+1].h) {
				continue // "Check your coverage"
			}
			return true
		}
		if spReason.get(tk.h) || soReaderTitle(tk) || kinWords.get(tk.h) || careKin.get(tk.h) {
			return true
		}
		if tk.low == "s" && k > 0 && pePossGap(text, toks, k) && toks[k-1].cls&tCap != 0 && !(k >= 2 && spSaint.get(toks[k-2].h)) {
			return true // "Maria's"
		}
	}
	return false
}

// soReaderTitle: a personal title.
func soReaderTitle(tk *token) bool {
	switch tk.low {
	case "mr", "mrs", "ms", "miss", "mx", "dr", "sr", "sra", "srta", "dra", "don", "dona":
		return true
	}
	return false
}

// spAllIn: every token a..b is in set w.
func spAllIn(toks []token, a, b int, w setTab) bool {
	for j := a; j <= b; j++ {
		if !w.get(toks[j].h) {
			return false
		}
	}
	return true
}

// spSchedule: a programme's name as the subject of an operation.
func spSchedule(toks []token, lo, hi, fa, fb int) bool {
	if !spAllIn(toks, fa, fb, spProgWord) {
		return false
	}
	subj := fa == lo || fa == lo+1 && (toks[lo].low == "the" || toks[lo].low == "el" || toks[lo].low == "la")
	// the name may run on past the finding in programme words ("rehabilitación cardíaca")
	e := fb + 1
	for e < hi && spProgWord.get(toks[e].h) {
		e++
	}
	if e < hi && spProgPlace.get(toks[e].h) {
		subj = true
	}
	if !subj {
		return false
	}
	for j := lo; j < hi; j++ {
		if j >= fa && j <= fb {
			continue
		}
		if soOpWord.get(toks[j].h) || spOpWord.get(toks[j].h) {
			return true
		}
	}
	return false
}

// spBareSession: "Your [upcoming/next] rehab session is confirmed".
func spBareSession(toks []token, lo, hi, fa, fb int) bool {
	if toks[lo].low != "your" || !spAllIn(toks, fa, fb, spBare) {
		return false
	}
	p := lo + 1
	if p < hi && (toks[p].low == "upcoming" || toks[p].low == "next") {
		p++
	}
	if p != fa || p >= hi || toks[p].low == "session" {
		return false
	}
	q := p + 1
	if q < hi && !spSessionNoun.get(toks[q].h) {
		return false
	}
	q++
	if q+1 >= hi || toks[q].low != "is" {
		return false
	}
	return toks[q+1].low == "confirmed" && q+2 == hi
}

// spPolicy: a policy about a class of goods.
func spPolicy(text string, toks []token, lo, hi, fa, fb int) bool {
	cue := false
	for j := lo; j < hi && !cue; j++ {
		tk := &toks[j]
		switch {
		case spPolicyCue.get(tk.h):
			cue = true
		case spReturn.get(tk.h) && spNegBefore(toks, lo, j):
			cue = true
		case tk.low == "cover" && spMostPlans(toks, lo, j):
			cue = true
		case spPrescribe.get(tk.h) && spNegBefore(toks, lo, j) && spWeBefore(toks, lo, j):
			cue = true
		}
	}
	if !cue {
		return false
	}
	if spGoodsNoun.get(toks[fb].h) && fb > fa {
		return true // "breast pump", "pain medication"
	}
	if fb+1 < hi && spGoodsNoun.get(toks[fb+1].h) {
		return true // "diabetes supplies", "opioid medication"
	}
	if fb+2 < hi && toks[fb+1].low == "management" && spPolicyCue.get(toks[fb+2].h) {
		return true
	}
	if fb == fa+1 && toks[fb].low == "management" && fb+1 < hi && spPolicyCue.get(toks[fb+1].h) {
		return true // "pain management policy"
	}
	if fa >= 2 && toks[fa-1].low == "para" && spGoodsNoun.get(toks[fa-2].h) {
		return true // "suministros para diabetes"
	}
	return false
}

// spNegBefore: a negation within four tokens before j.
func spNegBefore(toks []token, lo, j int) bool {
	for k := j - 1; k >= lo && k >= j-4; k-- {
		if spNeg.get(toks[k].h) || toks[k].low == "t" {
			return true
		}
	}
	return false
}

// spWeBefore: "we" opens the negation ("we do not prescribe") or the verb
// is first person ("no recetamos").
func spWeBefore(toks []token, lo, j int) bool {
	if strings.HasSuffix(toks[j].low, "mos") {
		return true
	}
	for k := j - 1; k >= lo && k >= j-4; k-- {
		if toks[k].low == "we" {
			return true
		}
	}
	return false
}

// spMostPlans: "most [insurance / health] plans cover".
func spMostPlans(toks []token, lo, j int) bool {
	if j-1 < lo || toks[j-1].low != "plans" {
		return false
	}
	for k := j - 2; k >= lo && k >= j-4; k-- {
		if toks[k].low == "most" {
			return true
		}
	}
	return false
}

// spWebinar: the finding follows a public header's colon ("Free webinar:").
func spWebinar(text string, toks []token, lo, fa int) bool {
	for c := lo + 1; c <= fa && c <= lo+4; c++ {
		if !strings.HasPrefix(pubGap(text, toks, c), ":") {
			continue
		}
		free, ev := false, false
		for j := lo; j < c; j++ {
			free = free || spFree.get(toks[j].h)
			ev = ev || spEventNoun.get(toks[j].h)
		}
		return free && ev
	}
	return false
}

// spCredential: the finding lies in a capitalised credential's run.
func spCredential(text string, toks []token, lo, hi, fa, fb int) bool {
	a := fa
	for a > lo && (toks[a-1].cls&tCap != 0 || toks[a-1].low == "and") && pubGap(text, toks, a) == " " {
		a--
	}
	b := fb
	for b+1 < hi && (toks[b+1].cls&tCap != 0 || toks[b+1].low == "and") && pubGap(text, toks, b+1) == " " {
		b++
	}
	if toks[b].cls&tCap == 0 || !spCredRole.get(toks[b].h) {
		return false
	}
	for j := a; j < fa; j++ {
		if spCredMark.get(toks[j].h) && toks[j].cls&tCap != 0 {
			return true
		}
	}
	return false
}
