package guard

// closeddept.go: a department of the sender's closed on a holiday, and a
// department named "… services office" (issue 15, sixteenth pass, dev88's
// fam-pub, helper pub16).
//
// closedDeptDay: "Por el feriado del 15 de septiembre, la consulta externa
// estará cerrada" was reported as date.person: "consulta" (a visit, and
// also the outpatient department) is a person cue near the date, and a
// person cue wins over the closure rule (closure.go). When the date's
// sentence names a holiday (feriado, festivo, asueto, holiday) and every
// person cue in date()'s window (eight words before, four after, in the
// sentence) stands at most three words before a word of closing (closed,
// cerrada, cerrado, cierra, cerrará…), the cue is the closed place, not a
// reader's visit: date() reads the day as public (then the closure rules
// decide). A reader's word in the sentence (su, your, tu, usted, le…) keeps
// the cue: "Por el feriado del 15 de septiembre, su consulta queda
// cerrada", "… su cita se cierra". Test `TestClosedDept`.
//
// serviceDept: servicedate.go's serviceDate reads "services" in a date's
// sentence as a service rendered ("services on Oct 3"), so "Client
// services office closed Jan 1" kept its date. "services" before a place
// word (office, desk, line, department, team, counter) or after client,
// customer, member or guest is a department's name, like the capitalised
// "Patient Financial Services" it already passes; senderdate.go's
// sdBookedSlot reads it so too (not a held word). "Home health services
// Jan 1" stays a service rendered. Test `TestClosedDept`.

var (
	closedDeptHoliday = wordSetTab("feriado feriados festivo festivos asueto holiday holidays")
	closedDeptShut    = wordSetTab("closed cerrada cerrado cerradas cerrados cierra cierran cerrara cerraran")
	closedDeptReader  = wordSetTab("su sus tu tus usted ustedes le les your you yours")
	// serviceDeptPlace: a place word after "services"
	serviceDeptPlace = wordSetTab("office offices desk line lines department departments team counter")
	// serviceDeptWho: who a services department serves
	serviceDeptWho = wordSetTab("client clients customer customers member members guest guests")
)

// closedDeptDay reports whether the person cues near the date at i..j all
// name a place closed on a holiday (see the file comment).
func (s *scanner) closedDeptDay(i, j int) bool {
	a, b := s.sentence(i)
	holiday := false
	for k := a; k <= b && k < len(s.toks); k++ {
		if closedDeptReader.get(s.toks[k].h) {
			return false
		}
		if closedDeptHoliday.get(s.toks[k].h) {
			holiday = true
		}
	}
	if !holiday {
		return false
	}
	cues := 0
	for k := i - 8; k <= j+4; k++ {
		if k < a || k > b || k >= len(s.toks) || k >= i && k <= j || s.fl(k)&wDatePerson == 0 {
			continue
		}
		if s.closedSlotCue(k) { // one reader's slot, no place (closedslot.go)
			return false
		}
		cues++
		shut := false
		for m := k + 1; m <= k+3 && m <= b && m < len(s.toks); m++ {
			if closedDeptShut.get(s.toks[m].h) {
				shut = true
				break
			}
		}
		if !shut && !s.opNoService(k, b) { // "la consulta externa no funcionará" (senderops.go)
			return false
		}
	}
	return cues > 0
}

// serviceDept reports whether "services" at token k is a department's
// name (see the file comment).
func (s *scanner) serviceDept(k int) bool {
	if l := s.toks[k].low; l != "services" && l != "service" {
		return false
	}
	return k+1 < len(s.toks) && serviceDeptPlace.get(s.toks[k+1].h) && s.gap(k+1) == " " ||
		k > 0 && serviceDeptWho.get(s.toks[k-1].h) && s.gap(k) == " "
}
