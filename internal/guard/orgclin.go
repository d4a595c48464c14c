package guard

// orgclin.go: a clinical word as part of a professional body's name, and a
// degree written like an abbreviation (issue 15, helper DEVANN, dev33:
// "… was elected president of the Idaho Academy of Audiology", "Welcome
// Dr. Hannah Okafor, AuD, to the team").
//
//   - orgBodyWord: a capitalised word right after "of" that follows a
//     capitalised professional-body head (Academy, Association, Society,
//     College, Board, Institute, Foundation, Federation, Council,
//     Journal), itself after nothing or another capitalised word
//     ("American Academy of Audiology", "Idaho Academy of Audiology") is
//     the body's field, not a word the misspelling, specialty or
//     dictionary rules (frame.misspelling, compose.specialty,
//     dictionary.term) should read as a clinical term. Only those rules are skipped: a listed clinical term keeps its finding, and a lower-case
//     "academy of audiology" or a word after "of" elsewhere is read as
//     before.
//   - audDegree: "AuD" written in that mixed case is the Doctor of
//     Audiology degree; the abbreviation of alcohol use disorder (aud in
//     conditions.txt) is written AUD or aud, and those stay reported.
//
// The names in such sentences are another rule's (staffnews.go); this file
// clears only the clinical reading of the body's field and of the degree.

var orgBodyHeads = wordSetTab("academy association society college board institute foundation federation council journal")

// orgBodyWord reports whether token i is the field of a professional body
// named "<Head> of <Field>", all capitalised.
func (s *scanner) orgBodyWord(i int) bool {
	if i < 2 || s.toks[i].cls&(tCap|tUpper) == 0 || s.toks[i].sent || s.gap(i) != " " {
		return false
	}
	if s.toks[i-1].low != "of" || s.gap(i-1) != " " {
		return false
	}
	h := i - 2
	return orgBodyHeads.get(s.toks[h].h) && s.toks[h].cls&tCap != 0
}

// audDegree reports whether the one token at i is written "AuD".
func (s *scanner) audDegree(i int) bool {
	return s.toks[i].low == "aud" && s.rawTok(i) == "AuD"
}
