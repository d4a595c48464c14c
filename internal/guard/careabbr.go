package guard

// careabbr.go: care-programme and hearing-care abbreviations in a personal
// frame (issue 15, eighth pass, helper MISS2: dev51 "Your IOP schedule for
// next week is posted", "please bring your current HA settings printout").
//
// scanTherapyAbbrev (therapyabbr.go) reads PT, OT, SLP, EMDR and ABA before
// a therapy visit word. Four more abbreviations name the reader's care only
// before their own heads, so each has its own list (careAbbrevHeads):
//
//   - IOP, an intensive outpatient programme (behavioral health) and also
//     intraocular pressure (glaucoma): both clinical; before group,
//     program, schedule, attendance, session, intake, check, reading…;
//   - PHP, a partial hospitalization programme: before intake, group,
//     program, schedule, attendance (not "session": PHP sessions are the
//     programming language's);
//   - HA, hearing aid: before settings, repair, fitting, check, cleaning,
//     program, battery, receiver, domes, molds;
//   - CI, cochlear implant: before mapping, activation, processor,
//     programming.
//
// The word in capitals, the head right after it (a space or "-"), and the
// sentence said to the recipient or scheduled, as for the therapy
// abbreviations (your, you, su, reminder, scheduled, confirmed, a
// weekday…). HA and CI are also Home Assistant, hectares and continuous
// integration: they need a hearing word in the notice (hearing, audiology,
// audiologist, audiogram, ear, ears, aid, aids, SNHL, tinnitus, fitting,
// audífono, oído…) unless the head is one only hearing care has (fitting, receiver,
// domes, molds, mapping). In Spanish the head comes first: "Su programa
// IOP", "grupo PHP", "sesiones IOP".
//
// What passes: "Our IOP program brochure is available at the front desk"
// (no reader, nothing scheduled), "The HA charger recall list is posted"
// (charger is no head), "Your PHP session expired" (no head of PHP),
// "Your CI pipeline failed" (no head).

var (
	careAbbrevHeads = map[uint64]map[uint64]bool{
		hstr("iop"): wordSet("group groups program programme programs schedule schedules attendance session sessions " +
			"intake check checks reading readings measurement eval evaluation visit visits appointment appt treatment"),
		hstr("php"): wordSet("intake group groups program programme schedule attendance"),
		hstr("ha"): wordSet("settings setting repair repairs fitting fittings check checks cleaning program programs " +
			"programming battery batteries receiver receivers dome domes mold molds mould moulds"),
		hstr("ci"): wordSet("mapping mappings activation processor processors programming"),
	}
	// careAbbrevEsBefore: Spanish heads before the abbreviation
	careAbbrevEsBefore = wordSetTab("programa grupo sesion sesiones terapia tratamiento ingreso")
	// careAbbrevHearing: HA and CI need one of these in the notice, or
	// a head of careAbbrevHearingHeads
	careAbbrevHearing = wordSetTab("hearing audiology audiologist audiologists audiogram ear ears aid aids snhl tinnitus " +
		"fitting fittings audiologia audiologo audiologa audifono audifonos oido oidos audicion implant implante")
	careAbbrevHearingHeads = wordSetTab("fitting fittings receiver receivers dome domes mold molds mould moulds mapping mappings")
	hHA, hCI               = hstr("ha"), hstr("ci")
)

// careAbbrev reads the abbreviation at token i (in capitals, one of
// careAbbrevHeads, whose heads are own) with its head; it returns the
// span to report.
func (s *scanner) careAbbrev(i int, own map[uint64]bool) (int, int, bool) {
	n := len(s.toks)
	t := &s.toks[i]
	a, b := -1, -1
	if i+1 < n && !s.toks[i+1].sent && (s.gap(i+1) == " " || s.gap(i+1) == "-") && own[s.toks[i+1].h] {
		a, b = i, i+1
	} else if i > 0 && !t.sent && s.gap(i) == " " && t.h != hHA && t.h != hCI && careAbbrevEsBefore.get(s.toks[i-1].h) {
		a, b = i-1, i // "Su programa IOP", "grupo PHP"
	}
	if a < 0 || s.used[a] || s.used[b] {
		return 0, 0, false
	}
	if i > 0 && !t.sent && (therapyTimeBefore.get(s.toks[i-1].h) || s.toks[i-1].cls&tDigit != 0) {
		return 0, 0, false
	}
	if !s.sentenceHas(i, &recipientWords) && !s.sentenceHas(i, &therapySchedule) {
		return 0, 0, false
	}
	if (t.h == hHA || t.h == hCI) && !careAbbrevHearingHeads.get(s.toks[b].h) && !s.noticeHasAny(&careAbbrevHearing) {
		return 0, 0, false
	}
	if s.p != nil && s.p.isTemplate(t.h) {
		return 0, 0, false
	}
	return a, b, true
}
