package guard

// A procedure named by its colloquial short form as the reader's own past
// (issue 15, twelfth pass, helper RECALL12E, dev72/dev73e): bariatric and
// aesthetic clinics write "since your sleeve", "after your bypass", "since
// your last filler", "after your lipo". The short forms are ordinary words
// ("Your sleeve length", "a sleeve of cookies", "after your band practice"),
// so compose.colloquial_procedure needs "since/after/before your [last|
// recent]" before the word and the sentence's end, a punctuation mark or a
// care word (surgery, procedure, recovery, revision, results) after it.
var (
	colloqProcWords = wordSetTab("sleeve bypass band filler fillers lipo tuck bbl")
	colloqProcPrep  = wordSetTab("since after before")
	colloqProcSkip  = wordSetTab("last recent")
	colloqProcAfter = wordSetTab("surgery procedure recovery revision results")
)

// colloqProcAt: token i is one of colloqProcWords.
func (s *scanner) colloqProcAt(i int) bool {
	n := len(s.toks)
	if !colloqProcWords.get(s.toks[i].h) || s.used[i] {
		return false
	}
	if i+1 < n && s.gap(i+1) == " " && !colloqProcAfter.get(s.toks[i+1].h) {
		return false
	}
	k := i - 1
	if k >= 0 && s.gap(k+1) == " " && colloqProcSkip.get(s.toks[k].h) {
		k--
	}
	if k < 1 || s.gap(k+1) != " " || s.toks[k].h != hYour || s.gap(k) != " " || !colloqProcPrep.get(s.toks[k-1].h) {
		return false
	}
	s.addTok(k-1, i, KindProcedure, "compose.colloquial_procedure", 0.75, "is a colloquial procedure name as the reader's own past")
	return true
}
