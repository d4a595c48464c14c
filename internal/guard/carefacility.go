package guard

// carefacility.go: care words of the notice's care signal used in the
// sender's facility or event sense (issue 15, helper DATES2, dev55d).
//
// careSignal (caresignal.go) keeps a notice's untied dates when any word
// speaks of care. A few care words there name the sender's facility, a
// group of its residents' families or the sender's own event, and say
// nothing of one reader's care; careFacilityUse tells these apart, token by
// token, and careSignal skips only that token (every other signal of the
// notice still counts):
//
//   - "visiting hours" of a facility ("Holiday visiting hours: 9 am–8 pm"),
//     not after a reader's word ("your visiting hours");
//   - family/families/parents before "council" ("Family council meets
//     Thursday", "The Parents' Council meets"), not after a reader's word;
//   - "financial wellness" (a money workshop);
//   - a numbered room in a notice that names a workshop, seminar, class,
//     lecture, talk or webinar ("… workshop. Thursday, December 3, 12:30 pm,
//     Room 114"), with no reader's word in its sentence;
//   - clinic after pet/dog/cat/animal/rabies/microchip/license ("The county
//     pet license clinic"), and "bring your pet('s)" is no arrival;
//   - confirm(ed)/confirmation/"see you" in a notice that names a ticketed
//     event of the sender (gala, concert, festival, raffle, tickets, fun
//     run, tournament, banquet…): "Your Gala registration is confirmed. See
//     you February 7!";
//   - "calendar" after a year or events/activities/school… ("will present
//     the 2027 calendar"), not "our calendar" or "your calendar";
//   - standard mode only: any care word in a sentence offered to all
//     ("free for all employees and their families", "open to all staff",
//     "para todos") with no reader's word and no given name — an
//     announcement to everyone, as the announcement passes judge it in
//     standard mode (strict keeps it reported).
//
// Fail closed: "See you at your visit on May 2" (visit), "Thanks for visiting
// your mother" (kin), "Your visiting nurse", "Family meeting about your
// father's care plan", "Your registration is confirmed. See you February 7!"
// (no event named), "Room 114, March 3, 9:45 AM" (odd clock) stay reported.

var (
	cfCouncil    = wordSetTab("council councils consejo")
	cfKinCouncil = wordSetTab("family families parents parent familia familias padres")
	cfClassNouns = wordSetTab("workshop workshops seminar seminars class classes lecture lectures talk talks webinar webinars " +
		"taller talleres charla charlas clase clases conferencia")
	cfPetWords  = wordSetTab("pet pets dog dogs cat cats animal animals rabies microchip license licence mascota mascotas perro perros gato gatos")
	cfClinic    = wordSetTab("clinic clinics clinica clinicas")
	cfEventNoun = wordSetTab("gala galas concert concerts festival festivals raffle tickets ticket tournament banquet fundraiser " +
		"marathon 5k 10k parade recital concierto conciertos boletos entradas rifa torneo")
	cfConfirm = wordSetTab("confirm confirmed confirmation confirmada confirmado confirmamos")
	cfAllWho  = wordSetTab("employees employee staff associates team members residents ages comers visitors community everyone " +
		"families students")
	cfTodos      = wordSetTab("todos todas")
	cfCalendarOf = wordSetTab("events event activities activity class classes school academic holiday social community program programs")
	cfBits       = tabsFilter(cfCouncil, cfKinCouncil, cfClassNouns, cfPetWords, cfClinic, cfEventNoun, cfConfirm,
		wordSetTab("visiting wellness room rooms sala see bring all para calendar fitting fittings"))
	// the heads of a party the sender holds ("frame fitting party", helper CONTACT9, dev59)
	cfPartyNoun = wordSetTab("party parties night event events day fair open house fiesta noche evento")
)

// careFacilityUse: care token k of careSignal is used in the sender's
// facility or event sense (see the file comment).
func (s *scanner) careFacilityUse(k int) bool {
	t := &s.toks[k]
	if !cfBits.may(t.h) {
		return false
	}
	n := len(s.toks)
	nx := ""
	if k+1 < n && !s.toks[k+1].sent {
		nx = s.toks[k+1].low
	}
	prev := ""
	if k > 0 && !t.sent {
		prev = s.toks[k-1].low
	}
	switch {
	case t.low == "visiting":
		return (nx == "hours" || nx == "hour") && !s.careReaderBefore(k, 2)
	case cfKinCouncil.get(t.h):
		if s.careReaderBefore(k, 2) {
			return false
		}
		if cfCouncil.get(hstr(nx)) {
			return true
		}
		// "Parents' Council"
		return nx == "s" && k+2 < n && cfCouncil.get(s.toks[k+2].h)
	case t.low == "wellness":
		return prev == "financial"
	case t.low == "room" || t.low == "rooms" || t.low == "sala":
		return !s.careReaderInSentence(k) && s.noticeHasAny(&cfClassNouns)
	case cfClinic.get(t.h):
		for m := k - 1; m >= 0 && m >= k-2; m-- {
			if cfPetWords.get(s.toks[m].h) {
				return true
			}
			if s.toks[m].sent {
				break
			}
		}
		return false
	case cfConfirm.get(t.h):
		return s.noticeHasAny(&cfEventNoun) || s.cfFunRun()
	case t.low == "calendar":
		// "the 2027 calendar", "the activities calendar": the sender's
		// programme, not "our calendar has you"
		if k == 0 || t.sent || s.careReaderBefore(k, 2) {
			return false
		}
		p := &s.toks[k-1]
		return p.cls&tDigit != 0 && p.nd == 4 || cfCalendarOf.get(p.h)
	case t.low == "see":
		return nx == "you" && (s.noticeHasAny(&cfEventNoun) || s.cfFunRun())
	case t.low == "fitting" || t.low == "fittings":
		// "Back-to-school frame fitting party at Grandview, Saturday, Aug
		// 8": the care noun modifies the sender's party; "Your fitting is
		// Aug 8" and "your lens fitting party" keep it (helper CONTACT9)
		return cfPartyNoun.get(hstr(nx)) && !s.careReaderInSentence(k)
	}
	return false
}

// cfFunRun: "fun run" names the sender's event.
func (s *scanner) cfFunRun() bool {
	for m := 1; m < len(s.toks); m++ {
		if s.toks[m].low == "run" && s.toks[m-1].low == "fun" {
			return true
		}
	}
	return false
}

// cfBringPet: the arrival word at k is "bring your pet('s) …" (an errand
// for the reader's animal).
func (s *scanner) cfBringPet(k int) bool {
	if s.toks[k].low != "bring" || k+2 >= len(s.toks) || s.toks[k+1].sent || s.toks[k+2].sent {
		return false
	}
	return recipientWords.get(s.toks[k+1].h) && cfPetWords.get(s.toks[k+2].h) && s.toks[k+2].low != "license"
}

// cfPublicSentence: token k's sentence is offered to all ("free for all
// employees and their families", "open to all staff", "para todos") and
// holds no reader's word; only in standard mode.
func (s *scanner) cfPublicSentence(k int) bool {
	if s.m != Standard {
		return false
	}
	lo, hi := s.sentSpan(k)
	pub := false
	for m := lo; m < hi; m++ {
		h := s.toks[m].h
		if recipientWords.get(h) || h == hLo {
			return false
		}
		if pub || !cfBits.may(h) {
			continue
		}
		switch {
		case s.toks[m].low == "all" && m > lo && (s.toks[m-1].low == "for" || s.toks[m-1].low == "to"):
			pub = m+1 >= hi || cfAllWho.get(s.toks[m+1].h) || m+2 < hi && s.toks[m+1].low == "our" && cfAllWho.get(s.toks[m+2].h)
		case s.toks[m].low == "para" && m+1 < hi && cfTodos.get(s.toks[m+1].h):
			pub = true
		}
	}
	return pub
}

// careArrival: sdArrival without "bring your pet".
func (s *scanner) careArrival() bool {
	for k := range s.toks {
		if s.sdArrivalAt(k) && !s.cfBringPet(k) && !s.gaArrive(k) { // "Orders … may arrive after the holiday" (goodsarrive.go)
			return true
		}
	}
	return false
}

// sentenceEnd: the index after token k's sentence.
func sentenceEnd(toks []token, k int) int {
	_, hi := sentenceSpan(toks, k)
	return hi
}

// cfCityZip: capitalised token k is a city before a state code and a ZIP
// ("Harlan, KY 40831"), no person's given name.
func (s *scanner) cfCityZip(k int) bool {
	if k+2 >= len(s.toks) || s.toks[k+1].sent || s.gap(k+1) != ", " {
		return false
	}
	st, z := &s.toks[k+1], &s.toks[k+2]
	return st.cls&tUpper != 0 && len(st.low) == 2 && s.gap(k+2) == " " && z.cls&tDigit != 0 && z.nd == 5
}
