package guard

// edprogram.go — an eating-disorder programme by its acronym, and its
// exposure meals (issue 15, sixteenth pass, helper recall16,
// dev88-leak-093: "Quick check-in from the ARFID program: how did this
// week's exposure snack go? Log it here …").
//
// ARFID, OSFED, EDNOS and UFED name eating disorders; the condition lists
// hold the disorders' names, not these acronyms, and a treatment centre's
// public talks name them too ("Free ARFID awareness talk for parents").
// Rule compose.ed_program (kind condition) reports the acronym (in capitals)
// or an exposure meal ("exposure snack/meal/food/foods", an
// eating-disorder therapy's step) when a reader's word stands in its
// sentence or the one before ("Your ARFID group meets Thursday"), or when
// a word of the reader's follow-up is in the field (check-in, log, how did,
// weigh-in, session, appointment, cita) and no word of a public event or
// awareness (awareness, talk, webinar, seminar, workshop, conference,
// community, public, parents, open, charla, taller…).
//
// Passes: "Free ARFID awareness talk for parents: picky eating or
// something more?", "Join our free community talk on ARFID", "radiation
// exposure" (no meal word after it).

var (
	edProgFirst = wordSetTab("arfid osfed ednos ufed exposure")
	edMeals     = wordSetTab("snack snacks meal meals food foods lunch dinner breakfast dessert challenge")
	edFollowUp  = wordSetTab("checkin check log logged logging weigh weighin session sessions appointment appt cita sesion registro how")
	edPublic    = wordSetTab("awareness talk talks webinar seminar workshop conference community public parents open everyone free " +
		"lecture panel charla charlas taller talleres conferencia comunidad publico padres gratis abierto abierta")
	hExposure = hstr("exposure")
)

// edProgramAt: token i is one of edProgFirst.
func (s *scanner) edProgramAt(i int) {
	n := len(s.toks)
	e := i
	if s.toks[i].h == hExposure {
		if i+1 >= n || s.gap(i+1) != " " || !edMeals.get(s.toks[i+1].h) {
			return
		}
		e = i + 1
	} else if s.toks[i].cls&tUpper == 0 {
		return // the acronyms in capitals only
	}
	if !s.readerNear(i) && !(s.fieldHas(edFollowUp) && !s.fieldHas(edPublic)) {
		return
	}
	s.addTok(i, e, KindCondition, "compose.ed_program", 0.75, "names an eating-disorder programme the reader is in")
}
