package guard

import "strings"

// ownpremises.go: the sender's help line in a notice that names no sender
// but speaks of the sender's own premises, answers a security change, or
// offers a booking line (issue 15, fourteenth pass, helper sender14,
// dev78/dev80p, 2026-12-05).
//
// phoneCTA (phonecta.go) and ownNumber (ownnumber.go) clear a number only
// in a notice that names a sender (pcNamesSender) or, with no sender
// named, when the call is framed as the sender's help line (ctaframe.go).
// Template libraries often drop the sender's name, and dev78 blocked:
// "Nuestras oficinas estarán cerradas el lunes … Para emergencias, llame
// al (480) 555-0116.", "Se cambió la contraseña de su cuenta. Si no fue
// usted, llame enseguida al (787) 555-0164.", "Now touring: … Schedule a
// visit: (601) 555-0139", "Video calls can be set up through the front
// desk: (601) 555-0139.", "… Urgent questions: (805) 555-0172.".
//
// Readers, each only for a number about to be reported, after the
// older readers said no:
//   - ownPremises: the notice speaks of the sender's own premises, "our"
//     or nuestro/a(s) within two words before office(s), clinic(s),
//     store(s), pharmacy, location(s), branch, showroom, oficina(s),
//     tienda(s), farmacia(s), sucursal(es), clínica(s), or "the front desk"
//     / "la recepción": the sender speaks, so it stands in for the sender's
//     name (phoneCTA's and ownNumber's sender test);
//   - pcNotYou: "If this wasn't you," / "Si no fue usted," / "Si no fuiste
//     tú/vos," opens the sentence of phoneCTA's imperative (a security
//     notice's help line), a frame like ctaframe.go's question before;
//   - pcAdverbAl: "llame enseguida al", "llame de inmediato al": one
//     adverb of haste between the Spanish verb and "al";
//   - onBookColon: an imperative booking verb opening the sentence
//     (schedule, book, reserve, agende, reserve, programe) with at most
//     three words and a colon before the number, which closes the sentence
//     ("Schedule a visit: (601) 555-0139"); ownNumber reads it as a line
//     named by its function, and with no sender named it frames the line
//     as the sender's;
// and onModQuestions: a sentence of one modifier, "questions", a colon and
// the number alone ("Urgent questions: (805) 555-0172"; "Billing
// questions:" already passed as a function word; a bare "Questions: +1
// (646) 555-3300" stays reported, as the hand-written corpus labels it);
// onSignOff, a number that is the notice's last sentence alone; and
// onFooterLead, a number opening a footer line under the sender's
// signature line (see each function's comment).
//
// Fail closed: every stand-in is refused in a notice with a care signal
// (careSignal, caresignal.go: the number may be all that stops a notice
// about someone's care), or with a reference number or receipt word
// (cfRefNumber: the corpus' receipt leaks); phoneCTA's and ownNumber's
// vetoes (kin, caregiver, title, a person's name, personal-line words,
// your + phone noun, we'll call you, the sender calling) still read the
// number's sentence, so "Si no fue usted, llame a su hija al …", "For
// emergencies, call your caregiver Ana at …", "Schedule a visit: we'll
// call you at …", "Your home phone on file: …" stay reported.

var (
	// the sender's own premises after our/nuestro
	opPremises = wordSetTab("office offices clinic clinics store stores pharmacy pharmacies location locations branch branches showroom " +
		"oficina oficinas tienda tiendas farmacia farmacias sucursal sucursales clinica clinicas consultorio consultorios")
	// Spanish adverbs of haste between "llame" and "al"
	opHaste = wordSetTab("enseguida inmediatamente hoy ahora ya pronto")
	// imperative booking verbs opening a booking line's sentence
	opBook = wordSetTab("schedule book reserve agende reserve programe agenda reserva")
)

// ownPremises: the notice speaks of the sender's own premises (see the
// file comment), with no care signal and no reference number.
func (s *scanner) ownPremises(first, last int) bool {
	found := false
	for m := 0; m < len(s.toks) && !found; m++ {
		t := &s.toks[m]
		switch {
		case onOur.get(t.h):
			for k := m + 1; k < len(s.toks) && k <= m+2; k++ {
				if opPremises.get(s.toks[k].h) {
					found = true
					break
				}
			}
		case t.low == "desk" && m >= 2 && s.toks[m-1].low == "front" && s.toks[m-2].low == "the",
			t.low == "recepcion" && m >= 1 && s.toks[m-1].low == "la":
			found = true
		}
	}
	return found && !s.cfRefNumber(first, last) && !s.careSignal()
}

// pcNotYou: the sentence lo.. opens with a security notice's "if this
// wasn't you" clause and a comma before the verb at v.
func (s *scanner) pcNotYou(lo, v int) bool {
	if v-lo < 3 || v-lo > 8 || !strings.Contains(s.gap(v), ",") && !(v-1 > lo && strings.Contains(s.gap(v-1), ",") && pcSkip.get(s.toks[v-1].h)) {
		return false
	}
	w := func(k int) string { return s.toks[lo+k].low }
	switch w(0) {
	case "si": // si no fue usted / si no fuiste tu / vos
		return w(1) == "no" && (w(2) == "fue" && w(3) == "usted" || w(2) == "fuiste" && (w(3) == "tu" || w(3) == "vos"))
	case "if":
		for k := lo + 1; k < v && k <= lo+4; k++ {
			if s.toks[k].low == "you" && k > lo+1 && (s.toks[k-1].low == "wasn" || s.toks[k-1].low == "not" || s.toks[k-1].low == "t") {
				return true // if this wasn't you / if it was not you
			}
		}
	}
	return false
}

// pcAdverbAl: "llame enseguida al": token p is "al", an adverb of haste
// before it and a Spanish calling verb before that; it returns the verb's
// token or -1.
func (s *scanner) pcAdverbAl(lo, p int) int {
	v := p - 2
	if p-3 >= lo && s.toks[p-1].low == "inmediato" && s.toks[p-2].low == "de" {
		v = p - 3 // "llame de inmediato al"
	} else if p-2 < lo || !opHaste.get(s.toks[p-1].h) {
		return -1
	}
	if pcVerbs.get(s.toks[v].h) && s.toks[v].low != "call" && s.toks[v].low != "phone" && s.toks[v].low != "dial" {
		return v
	}
	return -1
}

// onBookColon: an imperative booking verb opens the number's sentence at
// lo, at most three words and a colon stand between it and the number, and
// the number closes the sentence ("Schedule a visit: (601) 555-0139").
func (s *scanner) onBookColon(lo, hi, first, last int) bool {
	if first-lo < 2 || first-lo > 4 || hi != last+1 || !opBook.get(s.toks[lo].h) || !strings.Contains(s.gap(first), ":") {
		return false
	}
	for k := lo + 1; k < first; k++ {
		if strings.ContainsAny(s.gap(k), ":,;") {
			return false
		}
	}
	return true
}

// pcNotYouFramed: phoneCTA's imperative verb at skip follows a security
// notice's "if this wasn't you," (pcNotYou), in a notice with no reference
// number and no care signal.
func (s *scanner) pcNotYouFramed(lo, skip, first, last int) bool {
	return skip >= lo && s.pcNotYou(lo, skip) && !s.cfRefNumber(first, last) && !s.careSignal()
}

// onSignOff: the number is the notice's last sentence alone, after a
// sentence closed by "." or "!" that holds no word of the reader (your,
// you, su, usted…: recipientWords), none of phoneCTA's vetoes and no "#"
// or receipt word in the notice ("Now open: Cedar Ridge Physical Therapy –
// Westminster … Free parking and evening hours. (303) 555-0148"). The
// notice must still name a sender (ownNumber's onNamesSender): a bare
// "Your results are in. (303) 555-0148" or "Reminder for Maria Lopez.
// (303) 555-0148" stays reported.
func (s *scanner) onSignOff(lo, hi, first, last int) bool {
	if first != lo || hi != last+1 || lo < 2 || last+1 != len(s.toks) || strings.TrimSpace(strings.Trim(s.gap(len(s.toks)), ".!")) != "" {
		return false
	}
	g := strings.TrimSpace(strings.TrimSuffix(s.gap(first), "("))
	if g != "." && g != "!" {
		return false
	}
	plo, _ := s.sdSpan(lo - 1)
	for m := plo; m < lo; m++ {
		if recipientWords.get(s.toks[m].h) {
			return false
		}
	}
	return !s.pcVeto(plo, lo, first, last, -1) && !s.pcMoreVeto(plo, lo, first, last, -1) && !s.cfRefNumber(first, last)
}

// onModQuestions: the number's sentence is "<modifier> questions:
// NUMBER": one lower-case-or-capitalised word that is no reader's, kin or
// stop word, "questions"/"preguntas", a colon, the number closing it.
func (s *scanner) onModQuestions(lo, hi, first, last int) bool {
	if first != lo+2 || hi != last+1 || !strings.Contains(s.gap(first), ":") {
		return false
	}
	q, m := &s.toks[lo+1], &s.toks[lo]
	if q.low != "questions" && q.low != "preguntas" || m.cls&tAlpha == 0 || m.cls&tDigit != 0 {
		return false
	}
	return !recipientWords.get(m.h) && !kinWords.get(m.h) && !kinCareWords.get(m.h) && s.fl(lo)&(wStop|wFirst|wTitle|wNameCue) == 0
}

// onFooterLead: the number opens a line and a separator (· | – — •)
// follows it before a capitalised word, and the line before is a
// capitalised run of two words or more that reads as no person (the
// sender's signature): "Farmacias La Ceiba\n(787) 555-0164 · Bayamón ·
// Carolina". "Maria Lopez\n(787) 555-0164 · Bayamón" stays reported.
func (s *scanner) onFooterLead(first, last int) bool {
	if first < 2 || last+2 >= len(s.toks) || !s.toks[first].gapNL || strings.Contains(s.gap(last+1), "\n") {
		return false
	}
	if g := strings.TrimSpace(s.gap(last + 1)); g == "" || !strings.Contains(onSeps, g) || !s.isCapWord(last+1) {
		return false
	}
	e := first - 1
	a := e
	for a > 0 && !s.toks[a].gapNL && !s.toks[a].sent && (s.gap(a) == " " || s.gap(a) == " & ") && s.isCapWord(a-1) {
		a--
	}
	if a == e || !s.isCapWord(e) || a > 0 && !s.toks[a].gapNL || s.spPerson(a, e) {
		return false
	}
	for k := a; k <= e; k++ {
		if !s.isCapWord(k) || s.toks[k].cls&tDigit != 0 || s.fl(k)&(wTitle|wGreeting|wNameCue) != 0 {
			return false
		}
	}
	return s.pcNameWord(a) || s.pcNameWord(e)
}
