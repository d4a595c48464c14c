package guard

// subjname.go: a name in no list opening a subject line before a comma
// and "your" (issue 15, night of 2026-12-04, helper MS2: dev28 "Subject:
// Olumide, your account settings were changed").
//
// dashname.go reads a listed given name before a dash and "your";
// vocative.go a name after an opener. A capitalised word (not all
// capitals) of 4+ letters that opens the text, a sentence or a "Subject:"
// line, is in no vocabulary at all — not the general English or Spanish
// lists, not the larger English lists (which hold places and most brands:
// Netflix, Spotify, Amazon), no listed brand or tenant word — and is
// followed by a comma and you, your or you're addresses the reader by name:
// rule compose.name (kind name). So is a listed given name that is no
// English word and no word of the larger lists (dashname.go's test:
// "Amara, you have a new secure message"). The word in no list must end in a vowel, as most
// given names in no list do (Olumide, Chidinma, Tavita, Ngozika) and most
// brands in no list do not (Netflix, Walmart, Zillow, Lyft): a name that
// ends otherwise ("Oluwaseun, your …") passes, a brand that ends in a vowel
// ("Hulu, your …") is reported. "Heads up, your…", "Congrats, your…",
// "Update, your…" are ordinary words and pass. A brand in no list written
// this way ("Zorblax, your order shipped") is reported (fail closed).

var (
	hSubject     = hstr("subject")
	subjNameNext = wordSetTab("you your youre")
)

// scanSubjectName reports compose.name for "Olumide, your …".
func (s *scanner) scanSubjectName() {
	if !s.hasByte(',') || !hasSub(s.t.s, ", ") { // the gap after the name: a text without one has none to read (helper SPEED14)
		return
	}
	n := len(s.toks)
	ci := 0 // the capitalised tokens only (capToks; helper speed17): every other token is passed over below
	for i := s.nextCap(0, &ci); i+1 < n; i = s.nextCap(i+1, &ci) {
		t := &s.toks[i]
		if t.cls&tAlpha == 0 || t.cls&tCap == 0 || t.cls&tUpper != 0 || len(t.low) < 4 || s.used[i] {
			continue
		}
		opens := i == 0 || t.sent || i > 0 && s.toks[i-1].h == hSubject && (i == 1 || s.toks[i-1].sent) &&
			(s.gap(i) == ": " || s.gap(i) == ":")
		if !opens || s.gap(i+1) != ", " || !subjNameNext.get(s.toks[i+1].h) {
			continue
		}
		// a listed given name that is no English word ("Amara, you have…",
		// dashname.go's test), or a word in no list that ends in a vowel
		if s.dashGivenName(i) {
			if s.p != nil && s.p.isTemplate(t.h) {
				continue
			}
			s.addTok(i, i, KindName, "compose.name", 0.7, "opens the line before a comma and 'your', where a name goes")
			continue
		}
		// after an explicit "Subject:" a listed given name that the larger
		// English lists hold ("Bartholomew, your …") is taken too
		// (subjname_listed.go)
		if i > 0 && s.toks[i-1].h == hSubject && s.subjListedGiven(i) {
			s.addTok(i, i, KindName, "compose.name", 0.7, "opens the line before a comma and 'your', where a name goes")
			continue
		}
		if !nameVowelEnd(t.low) || t.w != nil || s.g.gen.english(t.h) || s.g.gen.extended(t.h) || s.g.gen.m[t.h] != 0 || s.inProduct(i) {
			continue
		}
		if s.p != nil && s.p.isTemplate(t.h) {
			continue
		}
		s.addTok(i, i, KindName, "compose.name", 0.7, "opens the line before a comma and 'your', where a name goes")
	}
}

// nameVowelEnd: w ends in a vowel (ASCII; a final accented letter counts).
func nameVowelEnd(w string) bool {
	if w == "" {
		return false
	}
	c := w[len(w)-1]
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c >= 0x80
}
