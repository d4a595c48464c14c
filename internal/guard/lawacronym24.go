package guard

// lawacronym24.go: a law's acronym after "signed" followed by a
// capitalised word is no form's name: the word after it may be the
// signer (issue 15, twenty-fourth pass, red team helper red24c,
// dev117p-leak-019..021 and -035, 2026-12-06).
//
// lawacronym.go's ncLawAcronym cleared name.cue on "HIPAA" or "COBRA"
// whenever the word was written in capitals, so "Please return the form
// signed COBRA SMITH by Friday" and "signed HIPAA JONES" lost their name:
// the cue clears the acronym and no other rule reads the surname after
// it. ncLawAcronymNamed: the acronym is followed, one space later, by a
// word with a capital letter (SMITH, Jones): then the acronym is not
// cleared and the cue's finding stays (fail closed). "signed HIPAA
// authorization", "signed COBRA election form" (a lower-case word after
// the acronym) stay clear (TestLawAcronym24).

// ncLawAcronymNamed: token j (a law's acronym) is followed by a
// capitalised word.
func (s *scanner) ncLawAcronymNamed(j int) bool {
	if j+1 >= len(s.toks) || s.gap(j+1) != " " {
		return false
	}
	t := &s.toks[j+1]
	return t.cls&tAlpha != 0 && t.cls&(tCap|tUpper) != 0
}
