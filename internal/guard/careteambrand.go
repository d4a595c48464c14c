package guard

// careteambrand.go: the sender's coined name before "care team" (issue 15,
// ninth pass, dev59, helper MISC9B, 2026-12-05).
//
// compose.head reads a content word right before "care team" as a clinical
// subject ("your oncology care team"). A tenant's care team is also called
// by the tenant's coined name: "There is an update from your Clearline care
// team". careTeamBrand(i, k) lets clinicalHeadAfter pass token i before the
// head "care" (k) when "team" follows the head, i is capitalised (not all
// capitals), no word of the vocabularies (t.w == nil: a listed clinical or
// ordinary word is read as before), and it is two ordinary words of four
// letters or more written together (compound4, frame.go: "Clear"+"line",
// "Bright"+"path"; a drug's name rarely splits so), neither of them a care
// word, a kin word, a body part (compose.go's bodyParts: "Heart"+"line" is
// refused), a person cue or a health cue.
//
// Stays reported: "your Zorvex care team" (no compound), "your oncology care
// team" (listed), "your Clearline care plan" (a plan, not a team), and any
// other finding of the notice ("Your Clearline care team updated your
// antibiotic dose" keeps compose.drug_class). Accepted risk: a coined
// program name of two innocuous words before "care team" passes.
func (s *scanner) careTeamBrand(i, k int) bool {
	n := len(s.toks)
	if k+1 >= n || s.toks[k].low != "care" || s.toks[k+1].low != "team" && s.toks[k+1].low != "teams" || s.gap(k+1) != " " {
		return false
	}
	t := &s.toks[i]
	if t.cls&tCap == 0 || t.cls&tUpper != 0 || t.w != nil || !s.compound4(t.low) {
		return false
	}
	low := t.low
	for c := 4; c+4 <= len(low); c++ {
		a, b := hstr(low[:c]), hstr(low[c:])
		if s.g.gen.has(a) && s.g.gen.has(b) {
			for _, h := range [2]uint64{a, b} {
				if careWords.get(h) || sdCare.get(h) || careKin.get(h) || bodyParts.get(h) {
					return false
				}
				if w := s.v.get(h); w != nil && w.flags&(wHealthCue|wDatePerson) != 0 {
					return false
				}
			}
		}
	}
	return true
}
