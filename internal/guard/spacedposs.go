package guard

// spacedposs.go: a possessive's "s" is no letter of a word spelled out
// with separators (issue 15, ninth pass, helper MISS9B, dev59-leak-064).
//
// spaced (words.go) starts a run only at a one-character token that does
// not follow another one-character token. In "Your child's H I V test
// result is ready" the possessive's "s" is such a token: "H" no longer
// started the run, and the run from "s" spelled "shiv", no term, so the
// spaced clinical abbreviation passed (while "Your H I V test result"
// was reported). possessiveS tells spaced to skip that "s": the run starts
// at the letter after it, whatever the apostrophe (' or ’).
//
// Accepted risk: none new; the run's own tests (three capitals by single
// spaces, a listed clinical term) are unchanged.

// possessiveS: token k is the "s" of a possessive ("child's", "Maria’s").
func (s *scanner) possessiveS(k int) bool {
	if k <= 0 || k >= len(s.toks) || s.toks[k].low != "s" || s.toks[k-1].cls&tAlpha == 0 {
		return false
	}
	g := s.gap(k)
	return g == "'" || g == "\u2019"
}
