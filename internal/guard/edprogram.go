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
// eating-disorder therapy's step) after a reader's possessive at most
// three words before ("Your ARFID group meets Thursday"), or, in a notice
// with no word of a public event or awareness (awareness, talk, webinar,
// seminar, workshop, conference, community, public, parents, open,
// charla, taller…), with a reader's word in its sentence or the one
// before or a word of the reader's follow-up in the field (check-in, log,
// "how did", weigh-in, session, appointment, cita).
//
// Passes: "Free ARFID awareness talk for parents: picky eating or
// something more?", "Join our free community talk on ARFID", "radiation
// exposure" (no meal word after it).

var (
	edProgFirst = wordSetTab("arfid osfed ednos ufed exposure")
	edMeals     = wordSetTab("snack snacks meal meals food foods lunch dinner breakfast dessert challenge")
	edFollowUp  = wordSetTab("checkin log logged logging weighin session sessions appointment appt cita sesion registro")
	// "how did/was …", "check-in", "weigh-in": a follow-up by two words
	edFollowPairs = map[uint64]setTab{hstr("how"): wordSetTab("did was were is"), hstr("check"): wordSetTab("in"), hstr("weigh"): wordSetTab("in")}
	edPublic      = wordSetTab("awareness talk talks webinar seminar workshop conference community public parents open everyone free " +
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
	// the reader's own programme: a possessive right before it ("Your
	// ARFID group"); else a reader's word or a follow-up, in a notice
	// with no public event's word
	if !s.trialOwned(i) && (!s.readerNear(i) && !s.edFollowUp() || s.fieldHas(edPublic)) {
		return
	}
	s.addTok(i, e, KindCondition, "compose.ed_program", 0.75, "names an eating-disorder programme the reader is in")
}

// edFollowUp: a word of the reader's follow-up in the field (check-in,
// log, session, "how did …").
func (s *scanner) edFollowUp() bool {
	for k := range s.toks {
		h := s.toks[k].h
		if edFollowUp.get(h) {
			return true
		}
		if nx, ok := edFollowPairs[h]; ok && k+1 < len(s.toks) && nx.get(s.toks[k+1].h) {
			return true
		}
	}
	return false
}
