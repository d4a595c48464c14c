package guard

// senderagency.go: a home-health agency named after a person, in the
// sender's own slots (issue 15, tenth pass, helper FP10B, dev64/dev67f,
// 2026-12-05).
//
// sendername.go refuses an organisation run that opens with a listed given
// name and another name ("Dana Whitfield Physical Therapy" is a person's).
// Home-health agencies are often named after their founder: "Marisol Grant
// Home Health is now serving Clackamas County!", "You have a new secure
// message from Marisol Grant Home Health Nursing.", "Marisol Grant Home
// Health Nursing has been awarded Home Care Elite status". snFind
// (sendername.go) takes such a run as the sender's when (1) it is exactly a given name, a
// family name, "Home" and the business noun (Health, Care), with business
// nouns only after it ("Nursing"), and (2) the run sits in a slot of the
// sender speaking: the sender's news sentence (sendernews.go: the run opens
// the sentence, a verb of the sender's own news follows, the sentence is
// quiet of the reader's care) or the portal's message notice
// (senderteam.go: "message from <run>." closing its sentence). snAgencyRun
// reads the shape, snAgencyEnd takes "Nursing" after it, snAgencyAdd adds
// the span and keeps it only in a slot (the news test reads the span's own
// words as the sender's, so it runs with the span in).
//
// Still blocked: a header run with a colon ("Marisol Grant Home Health:
// your visit…" — a patient's name may head a notice), the run mid-sentence
// ("Marisol Grant Home Health visit on Tuesday"), a possessive ("Marisol
// Grant's wound care visit"), any care word outside the spans
// (snHeadDrop's and sendername.go's care tests still run), "Your statement
// from Marisol Grant Home Health" (a statement names the reader's
// account). Accepted risk: a patient named in a news-verb sentence with
// "Home Health" after the name ("Marisol Grant Home Health is now …")
// passes its name. Cost: only on a field with a finding, only for a run
// that opens with a listed given name.

// snAgencyRun: a..k is a given name, a family name, "Home" and Health or
// Care.
func (s *scanner) snAgencyRun(a, k int) bool {
	if k != a+3 || s.toks[a+2].low != "home" || s.gap(a+2) != " " || s.gap(a+3) != " " {
		return false
	}
	return s.toks[k].low == "health" || s.toks[k].low == "care"
}

// snAgencyEnd: the run's end after e, over "Nursing" ("Marisol Grant Home
// Health Nursing").
func (s *scanner) snAgencyEnd(e int) int {
	if e+1 < len(s.toks) && s.gap(e+1) == " " && s.toks[e+1].low == "nursing" && s.snCap(e+1) {
		return e + 1
	}
	return e
}

// snAgencyAdd adds the span a..e and keeps it only when it sits in the
// sender's news sentence or the portal's message notice (the news test
// reads the span's own words as the sender's, so it runs with the span in).
func (s *scanner) snAgencyAdd(a, e int) bool {
	if s.snN >= snMax {
		return false
	}
	s.snAdd(a, e, false)
	if s.snNewsSlot(a, e) || s.snTeamOrFrom(a, e) {
		return true
	}
	s.snN--
	return false
}
