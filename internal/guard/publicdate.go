package guard

// Dates of public events and plan years (issue 15, night session: dev22,
// dev25). A date in a sentence about an event open to anyone is the
// sender's calendar, not a person's: "Free skin cancer screenings for the
// public on May 20", "Drug take-back day is October 26", "Community health
// fair on September 21 at our main campus", "Exámenes gratuitos abiertos al
// público el 14 de junio". publicEventDate makes such a date a business
// date (like one after "sale" or "holiday": vocab/context_words.txt
// [date_allowed]) when:
//
//   - no word of the reader's (you, your, su, tu… recipientWords) is in
//     the field ("Your diabetes class starts March 3", "Drug take-back day
//     is October 26; we will also review your medications" stay reported),
//     and date() found no person cue near it (visit, test,
//     screening, vaccine…: those still win, so "Free flu vaccine clinic for
//     the public on Oct 3" stays reported, fail closed);
//   - and the sentence names an event that is public by nature (fair,
//     festival, expo, "open house", "take-back"/"take back", feria,
//     jornada), or an audience (the public, the community, everyone,
//     anyone, all or area residents, walk-ins, "all eligible", al público,
//     la comunidad, todo público), or a group event (class, classes,
//     workshop, seminar, screenings, talk, event, drive; clase, taller,
//     charla)
//     with such an audience anywhere in the same field ("Diabetes
//     prevention classes start March 3 at our main campus. Open to all
//     community members.").
//
// The clinical words of such a notice are still reported unless
// announce.go finds it a general announcement (standard mode only).

var (
	publicEventNouns = wordSetTab("fair fairs festival festivals expo expos takeback feria ferias jornada jornadas " +
		// T36B (dev36): a booth at a public place, a charity walk
		"booth booths walkathon")
	// openInvite: the word after a plural audience that opens the event to
	// it (audienceTok, announce_public.go)
	openInvite      = wordSetTab("welcome invited invitados invitadas bienvenidos bienvenidas")
	groupEventNouns = wordSetTab("class classes workshop workshops seminar seminars screenings talk talks event events drive drives " +
		"session sessions webinar webinars clase clases taller talleres charla charlas sesiones " +
		"walk walks lecture lectures caminata caminatas")
)

// publicEventFirstYear: a public event's date is this calendar's; one of an
// earlier year is someone's ("Drug take-back day: 03/14/1961" is a birth
// date; the DEA's take-back days began in 2010; red team, dev26r).
const publicEventFirstYear = 2010

// publicEventDate: the date at tokens i..j (year y, 0 when not written) is
// a public event's.
func (s *scanner) publicEventDate(i, j, y int) bool {
	if y > 0 && y < publicEventFirstYear {
		return false
	}
	for m := range s.toks {
		if recipientWords.get(s.toks[m].h) { // fail closed: the notice speaks to the reader
			return false
		}
		if s.namedFamily(m) { // fail closed: "Okafor family's kidney walk" (RED5, dev49d)
			return false
		}
	}
	lo, hi := s.sentSpan(i)
	public, group := false, false
	for m := lo; m < hi; m++ {
		h := s.toks[m].h
		switch {
		case publicEventNouns.get(h), s.takeBack(m), s.takeBackES(m), s.openHouse(m), s.audienceAt(m):
			public = true
		case groupEventNouns.get(h):
			group = true
		}
	}
	if public {
		return true
	}
	if !group {
		return false
	}
	for m := range s.toks {
		if s.audienceAt(m) {
			return true
		}
	}
	return false
}

// audienceAt: token m names an audience open to anyone (audienceTok,
// announce_public.go: "the public", "the community", "everyone", "walk-ins",
// "all eligible", "al público"; not "Riverside Community Center").
func (s *scanner) audienceAt(m int) bool { return audienceTok(s.toks, m) }

// takeBack: tokens m, m+1 are "take back" or "take-back" before day or
// event ("Drug Take Back Day").
func (s *scanner) takeBack(m int) bool {
	if s.toks[m].low != "take" || m+2 >= len(s.toks) || s.toks[m+1].low != "back" || s.toks[m+1].sent {
		return false
	}
	n := s.toks[m+2].low
	return n == "day" || n == "event" || n == "events" || n == "program" || n == "box" || n == "kiosk"
}

// openHouse: tokens m, m+1 are "open house".
func (s *scanner) openHouse(m int) bool {
	return s.toks[m].low == "open" && m+1 < len(s.toks) && s.toks[m+1].low == "house" && !s.toks[m+1].sent
}

// takeBackES: tokens m.. are "devolución/recolección de medicamentos" (a
// drug take-back day: "Día de devolución de medicamentos: 26 de octubre").
func (s *scanner) takeBackES(m int) bool {
	l := s.toks[m].low
	return (l == "devolucion" || l == "recoleccion") && m+2 < len(s.toks) && s.toks[m+1].low == "de" &&
		s.toks[m+2].low == "medicamentos" && !s.toks[m+1].sent && !s.toks[m+2].sent
}

var (
	hFamily    = hstr("family")
	hFamilia   = hstr("familia")
	hHousehold = hstr("household")
)

// namedFamily: token m is "family"/"household" after a capitalised word, or
// "familia" before one ("Okafor family's kidney walk", "la familia Ruiz"):
// a walk or event of one named family is about that family (RED5, dev49d).
func (s *scanner) namedFamily(m int) bool {
	h := s.toks[m].h
	switch {
	case h == hFamily || h == hHousehold:
		return m > 0 && s.gap(m) == " " && s.isCapWord(m-1) && s.fl(m-1)&wStop == 0 && s.toks[m].cls&(tCap|tUpper) == 0
	case h == hFamilia:
		// lower case: "Familia Sana" is a clinic's name (dev42, dev43d)
		return m+1 < len(s.toks) && s.toks[m].cls&(tCap|tUpper) == 0 && s.gap(m+1) == " " && s.isCapWord(m+1) && s.fl(m+1)&wStop == 0
	}
	return false
}
