package guard

// weakcue.go: date()'s weak person cues, where they name the sender's
// place or a public event (issue 15, helper DATES, dev53d).
//
// A few of date()'s person cues also name the sender's own place or a
// public event: "Our lab will be closed on Monday, Jan 19", "Order
// #AP-598679 left our lab on Sep 3", "Jornada de vacunación gratuita … el 14
// de diciembre" to the community, "Our spring collection arrives in stores
// March 20", "… July 20, General Admission". There the cue says nothing of
// a person's care, so the date is reported only as untied, and the notice's
// care signal decides (caresignal.go): it passes only when nothing else in
// the notice is about care or a person. weakPersonCue is that frame; date()
// asks weakPersonOnly (every person cue in its window is weak) and
// careSignal skips a weak cue.
//
//   - lab/labs right after our (or "our <Name> lab"), not before results,
//     work, test, draw, visit, appointment, order, panel, report…, in a
//     sentence with no reader's word ("Our lab: your kit arrived March 3");
//   - vacunación/vaccination/vaccine/vacuna as a public day: "jornada/
//     campaña/feria/día de vacunación", "free vaccination", "vacunación
//     gratuita", "vaccination day/drive/clinic", in a sentence with no
//     reader's word and a notice that says it is open to all (gratuita,
//     free, público, comunidad, todos, everyone…);
//   - collection after a season or "new/latest/capsule/limited", not before
//     kit, site, date, time, center, cup…;
//   - admission after "general" or "free", or before ticket(s), price, fee,
//     not after a reader's word.
//
// Anything else keeps the cue: "Our lab will see you on March 3" (the lab
// is weak, "see you" is care), "Su jornada de vacunación gratuita es el 9 de
// enero" (a reader's word), "Your collection is scheduled", "your admission
// to Ward 4".

var (
	wkLabNext = wordSetTab("results result work test tests testing draw draws drawn visit visits appointment appointments " +
		"order orders requisition slip report reports panel panels resultados cita citas")
	wkVaxPrev   = wordSetTab("jornada jornadas campana campanas feria ferias dia")
	wkVaxNext   = wordSetTab("gratuita gratuito gratis free day drive drives clinic clinics event")
	wkPublic    = wordSetTab("gratuita gratuito gratis free publico public comunidad community todos todas toda everyone abierta abierto")
	wkSeason    = wordSetTab("spring summer fall autumn winter holiday holidays new latest capsule limited seasonal")
	wkCollNext  = wordSetTab("kit kits site sites date dates time times center centre appointment appointments day cup cups container tube tubes")
	wkAdmitNext = wordSetTab("ticket tickets price prices fee fees")
	// DATES2 (dev55d): a try-on or test-drive night ("Noche de prueba de
	// calzado"), a photo or print lab, a department's capitalised name
	wkTryOn    = wordSetTab("calzado zapatos tenis ropa vestido vestidos manejo sabor sabores producto productos maquillaje perfumes")
	wkPhotoLab = wordSetTab("photo photos print prints film foto fotos")
	wkDeptNext = wordSetTab("office offices oficina statement statements portal department departamento shop store foundation fundacion " +
		"team staff line lines hours website site billing")
	wkVax = wordSetTab("vacunacion vaccination vaccinations vaccine vaccines vacuna vacunas")
)

// weakPersonCue: person cue k names the sender's place or a public event
// (see the file comment).
func (s *scanner) weakPersonCue(k int) bool {
	t := &s.toks[k]
	prev := func(m int) string {
		if m < 0 || m+1 >= len(s.toks) || s.toks[m+1].sent {
			return ""
		}
		return s.toks[m].low
	}
	next := ""
	if k+1 < len(s.toks) && !s.toks[k+1].sent {
		next = s.toks[k+1].low
	}
	if s.ownEventCue(k) {
		return true // "Nurses Week", "Keystone Lab offices", "visit our showroom", "La línea de citas" (ownevent.go)
	}
	switch t.low {
	case "lab", "labs":
		if wkLabNext.get(hstr(next)) {
			return false
		}
		p := prev(k - 1)
		return (p == "our" || wkPhotoLab.get(hstr(p)) || p != "" && k >= 2 && s.sdCapital(k-1) && prev(k-2) == "our") && !s.wkReaderInSentence(k)
	case "prueba", "pruebas":
		return next == "de" && k+2 < len(s.toks) && !s.toks[k+2].sent && wkTryOn.get(s.toks[k+2].h)
	case "collection":
		return wkSeason.get(hstr(prev(k-1))) && !wkCollNext.get(hstr(next))
	case "admission":
		p := prev(k - 1)
		return (p == "general" || p == "free" || wkAdmitNext.get(hstr(next))) && !recipientWords.get(hstr(p))
	}
	if !wkVax.get(t.h) {
		return s.wkDeptName(k)
	}
	p := prev(k - 1)
	plain := p == "de" && wkVaxPrev.get(hstr(prev(k-2))) || p == "free" || wkVaxNext.get(hstr(next))
	if !plain && !s.wkVaxAdjDay(k) {
		return false
	}
	if s.wkReaderInSentence(k) {
		return false
	}
	for m := range s.toks {
		if !plain && m == k-2 {
			continue // "Jornada abierta de vacunación": the day's adjective is no audience (weakvaxday.go)
		}
		if wkPublic.get(s.toks[m].h) {
			return true
		}
	}
	return false
}

// weakPersonOnly: date()'s window around the date at i..j (cueNear's: 8
// words before, 4 after, in the sentence) holds a person cue, and every one
// is weak.
func (s *scanner) weakPersonOnly(i, j int) bool {
	seen := false
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if s.fl(k)&wDatePerson != 0 {
			if !s.weakPersonCue(k) {
				return false
			}
			seen = true
		}
		if s.toks[k].sent {
			break
		}
	}
	for k := j + 1; k < len(s.toks) && k <= j+4; k++ {
		if s.toks[k].sent {
			break
		}
		if s.fl(k)&wDatePerson != 0 {
			if !s.weakPersonCue(k) {
				return false
			}
			seen = true
		}
	}
	return seen
}

// wkReaderInSentence: a reader's word (you, your, su, tu, le, lo…) is in
// token k's sentence ("Our lab: your kit arrived March 3").
func (s *scanner) wkReaderInSentence(k int) bool {
	lo, hi := s.sentSpan(k)
	for m := lo; m < hi; m++ {
		if recipientWords.get(s.toks[m].h) || s.toks[m].h == hLo {
			return true
		}
	}
	return false
}

// wkDeptName: capitalised person cue k stands inside the capitalised name
// of the sender's department or institution, three words or more joined
// by single spaces and followed by an office word ("the Harlan County
// Hospital Patient Financial Services office moves", "Harlan County
// Hospital statements move to a new online portal"), not right after a
// reader's word ("your Harlan County Hospital admission").
func (s *scanner) wkDeptName(k int) bool {
	t := &s.toks[k]
	return t.cls&tCap != 0 && t.cls&tUpper == 0 && s.wkDeptRun(k)
}

// wkDeptRun: token k stands inside such a capitalised name (wkDeptName);
// careSignal asks it of a given name too ("Harlan County Hospital").
func (s *scanner) wkDeptRun(k int) bool {
	capital := func(m int) bool {
		c := s.toks[m].cls
		return c&tCap != 0 && c&tUpper == 0 && c&tDigit == 0
	}
	a, b := k, k
	for a > 0 && !s.toks[a].sent && capital(a-1) && s.gap(a) == " " {
		a--
	}
	for b+1 < len(s.toks) && !s.toks[b+1].sent && capital(b+1) && s.gap(b+1) == " " {
		b++
	}
	if b-a < 2 || b+1 >= len(s.toks) || s.toks[b+1].sent || s.gap(b+1) != " " || !wkDeptNext.get(s.toks[b+1].h) {
		return false
	}
	if a > 0 && !s.toks[a].sent && (recipientWords.get(s.toks[a-1].h) || s.toks[a-1].h == hLo) {
		return false
	}
	return !s.wkReaderInSentence(k)
}
