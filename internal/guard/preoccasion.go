package guard

// preoccasion.go: an occasion before a subject head (issue 15, ninth pass,
// dev59, helper MISC9B, 2026-12-05).
//
// compose.head reads a content word right before a head only clinical
// subjects take ("asthma screening", "X referral") as a clinical subject.
// "pre-employment screenings", "pre-travel consultations" name the occasion
// of the service, not a condition: the word is joined by a hyphen to "pre"
// and is one of notSubjectFor's ordinary activities (employment, travel,
// work, education, training…, compose.go), which already make "history"
// ordinary. preOccasion lets clinicalHeadAfter pass it.
//
// Accepted risk: none beyond notSubjectFor's words; "pre-diabetes
// screening", "post-stroke care plan", "pre-surgery clearance" keep their
// clinical word (not in notSubjectFor, and listed terms are the lists').
// "your pre-employment drug screen" keeps "drug screen" (clinical.lab_test).
func (s *scanner) preOccasion(i int) bool {
	return i >= 1 && s.gap(i) == "-" && s.toks[i-1].low == "pre" && notSubjectFor.get(s.toks[i].h)
}
