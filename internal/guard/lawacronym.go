package guard

// lawacronym.go: a privacy law's acronym after a name cue is a form's
// name, not a person's (issue 15, twenty-fourth pass, fix helper r117d,
// dev117-clean-099, 2026-12-06).
//
// words.go's name cue (e) reads the capitalised word after a name-cue
// word; "signed" is one ("signed, Maria Lopez"), so "BillWise now requires
// a signed HIPAA authorization" raised name.cue on "HIPAA". ncLawAcronyms
// holds acronyms of health-privacy and benefits laws whose forms a notice
// names (HIPAA, HITECH, FERPA, GDPR, RGPD, COBRA, ERISA, LOPD, LGPD): none
// is a person's given or family name. Asked beside nameCueDocWords
// (langname.go); the word must be written in capitals, so "signed Cobra
// Smith" (a capitalised word, not an acronym) keeps its finding
// (TestLawAcronym).
var ncLawAcronyms = wordSetTab("hipaa hitech ferpa gdpr rgpd cobra erisa lopd lgpd")

// ncLawAcronym: token j is one of ncLawAcronyms written in capitals.
func (s *scanner) ncLawAcronym(j int) bool {
	return s.toks[j].cls&tUpper != 0 && ncLawAcronyms.get(s.toks[j].h) && !s.ncLawAcronymNamed(j) // "signed COBRA SMITH" (lawacronym24.go)
}
