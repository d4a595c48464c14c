package guard

import "strings"

// visitaddr.go: the sender's address in a footer line and in a visit
// reminder that tells the reader how to get there (issue 15, tenth pass,
// helper CODES10, dev60/dev63/dev65c, 2026-12-05).
//
// senderPlace (senderplace.go) needs something before the address that
// makes it the sender's (a company's run and ", ", "our office", "visit
// us"), and vetoes every reader's word and care word of the notice. Two
// structures of the tenants' templates have neither:
//
// footerAddr: the address opens the field's last sentence or HTML block
// ("CareAxis Medical Rentals - Serving Ohio since 1998. 4100 Far Hills Ave,
// Dayton, OH 45429 | (937) 555-0150", "…<p>415 SE Rosalind St · Portland,
// OR 97214</p></div>", "<small>1825 E Main St, Mesa AZ 85203</small>"):
// the rest of that line is capitalised words (a city), state, ZIP, a phone
// and separators only; no colon introduces it ("Your new address: …"); a
// company's capitalised run stands before it in the field (the sender's
// name); and the field holds no word of delivery, home, an address change,
// a visit to the reader, a patient or a person (ship, deliver, home, casa,
// address, mailing, dirección, update, nurse, visitará, patient, kin words,
// name cues and titles), no care outside the sender's header, no lone given
// name in the line.
//
// visitAtAddr: a visit reminder ("you have a visit tomorrow at 10:00 AM at
// 415 SE Rosalind St, Portland. Street parking and the #14 bus stop right
// outside", "your appointment at Delgado Chiropractic – Mesa, 1825 E Main
// St, is tomorrow"): the sentence names an appointment or visit (sdCare),
// the address follows "at"/"en" or a company's run and ", " (spOwner), and
// either that run or a word of getting there (parking, bus, transit,
// entrance, garage, lobby, suite, floor, estacionamiento, colectivo…)
// stands in the notice after the address: the place is one the reader
// travels to. Reader's words are allowed (it is the reader's visit, at
// the sender's place), but never: a home, door or residence word, a
// delivery word, a visiting clinician (nurse, aide, caregiver, therapist,
// "will visit", visitará), "your"/"su"/"tu" within three words before
// the address ("at your home, 210 …"), an apartment, a kin word, a name
// cue, title or lone given name, or a one-word clinical term or health cue
// outside the sender's header ("your chemo visit at …"), nor a home's own
// grounds or doors (driveway, yard, gate, buzzer, intercom, doorbell,
// mailbox, pets, timbre, portero: "Please keep the driveway clear for
// parking" is a visit to the reader's home; red-team pass RED10, dev66r).
//
// Accepted risk: the notice tells the reader that they have a visit at the
// sender's address; the address is the sender's, the visit is the
// sender's business with the reader and names no care. Cost: only for an
// address about to be reported.

var (
	vaFieldVeto = wordSetTab("ship ships shipped shipping deliver delivers delivered delivery deliveries entrega entregamos entregara envio " +
		"enviara enviamos enviado enviada enviaremos home casa hogar domicilio residence resides door doorstep porch puerta address addresses " +
		"mailing direccion update updated changed change file records lives live vive vives patient patients paciente member resident " +
		"family familia caregiver aide nurse enfermera enfermero therapist visiting visitara visitaremos visitamos")
	vaTravel = wordSetTab("parking park parked bus buses transit train subway metro entrance garage lobby suite floor elevator " +
		"estacionamiento colectivo subte tren entrada piso cochera")
	// vaVetoBits: one filter over vaVisitVeto, kinWords and kinCareWords,
	// tested by visitAtAddr before their maps (it never changes an answer)
	vaVetoBits  = tabsFilter(vaVisitVeto, kinWords, kinCareWords)
	vaVisitVeto = wordSetTab("home casa hogar domicilio residence resides door doorstep porch puerta ship shipped deliver delivered delivery " +
		"entrega envio enviara nurse enfermera enfermero aide caregiver therapist visiting visitara visitaremos visitamos will vamos iremos " +
		"lives live vive vives patient paciente member resident family familia " +
		// a home's own grounds and doors (red-team pass RED10, dev66r)
		"driveway driveways yard gate buzzer intercom doorbell mailbox pets pet dog dogs timbre portero perro")
)

// footerAddr: see the file comment; i..j the street.
func (s *scanner) footerAddr(i, j int) bool {
	lo, hi := s.sdSpan(i)
	if i == 0 || !(lo == i || strings.HasSuffix(s.gap(i), ">")) || strings.Contains(s.gap(i), ":") {
		return false
	}
	in := s.vaInTag()
	for m := j + 1; m < len(s.toks); m++ {
		t := &s.toks[m]
		if s.sdTag(m) || in[m] {
			continue
		}
		if t.cls&tAlpha != 0 && t.cls&tDigit == 0 && !s.isCapWord(m) && t.cls&tUpper == 0 {
			return false // a lower-case word: a sentence, not the field's footer line
		}
		if m < hi && s.spLoneName(m, lo, hi) && !s.spBeforeState(m, hi) {
			return false
		}
	}
	a, e := s.vaCompanyBefore(i)
	if a < 0 || s.spCareInNotice() && s.shCareOutside(a, e) || s.sdAptIn(i, j) {
		return false
	}
	for m := range s.toks {
		h := s.toks[m].h
		if in[m] || s.sdTag(m) {
			continue
		}
		if vaFieldVeto.get(h) || kinWords.get(h) || kinCareWords.get(h) || s.fl(m)&(wNameCue|wTitle) != 0 && !s.ssStreetSuffix(m) {
			return false
		}
	}
	return true
}

// vaInTag: which tokens stand inside an HTML tag's angle brackets (an
// attribute: "font-family:Arial").
func (s *scanner) vaInTag() []bool {
	in := make([]bool, len(s.toks))
	open := false
	at := 0
	for m := range s.toks {
		for ; at < int(s.toks[m].s); at++ {
			switch s.t.s[at] {
			case '<':
				open = true
			case '>':
				open = false
			}
		}
		in[m] = open
	}
	return in
}

// vaCompanyBefore: the last company's capitalised run of two or more words
// (or joined by "&") before token i, or -1.
func (s *scanner) vaCompanyBefore(i int) (int, int) {
	for e := i - 1; e >= 0; e-- {
		if !s.isCapWord(e) {
			continue
		}
		a, amp := s.spRun(e)
		if (a < e || amp) && s.spCompany(a, e, amp) {
			return a, e
		}
		if a < e {
			e = a
		}
	}
	return -1, -1
}

// visitAtAddr: see the file comment; i..j the street.
func (s *scanner) visitAtAddr(i, j int) bool {
	p := s.sdPrevWord(i)
	if p < 1 {
		return false
	}
	lo, hi := s.sdSpan(i)
	if p < lo {
		return false
	}
	at := (s.toks[p].low == "at" || s.toks[p].low == "en") && s.gap(i) == " "
	// the care word first: its loop is cheaper than spOwner (which only
	// reads), and without one the answer is no either way
	care := false
	for m := lo; m < hi; m++ {
		if sdCare.get(s.toks[m].h) {
			care = true
			break
		}
	}
	if !care {
		return false
	}
	owner := !at && s.spOwner(lo, i)
	if !at && !owner || s.sdAptIn(i, j) {
		return false
	}
	for k := p; k >= lo && k >= i-3; k-- {
		if recipientWords.get(s.toks[k].h) {
			return false // "at your home, 210 NE Alberta St"
		}
	}
	travel := owner
	ha, he, head := s.senderHead()
	for m := range s.toks {
		if m >= i && m <= j {
			continue
		}
		t := &s.toks[m]
		if vaVetoBits.may(t.h) && (vaVisitVeto.get(t.h) || kinWords.get(t.h) || kinCareWords.get(t.h)) || s.fl(m)&(wNameCue|wTitle) != 0 && !s.ssStreetSuffix(m) {
			return false
		}
		if m >= lo && m < hi && s.isCapWord(m) && s.spLoneName(m, lo, hi) && !(m > j && s.spBeforeState(m, hi)) {
			return false
		}
		if head && m >= ha && m <= he {
			continue
		}
		if w := t.w; w != nil && (careOneWord(w) || w.flags&wHealthCue != 0 && !recipientWords.get(t.h)) {
			return false
		}
		if m > j && vaTravel.get(t.h) {
			travel = true
		}
	}
	return travel
}
