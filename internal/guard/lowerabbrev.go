package guard

// lowerabbrev.go: a capitals-only abbreviation written in lower case that
// is an English function word (issue 15, seventeenth pass, helper misc17,
// dev95's fam-misc: "Your insurance paid its portion. Your remaining
// balance is $18.00." reported "its" as a condition).
//
// matchPhrase (words.go) lets a capitals-only clinical abbreviation (|u)
// match in lower case when a health cue is near ("your h.i.v." written
// "your hiv"). The Spanish list holds ITS (infecciones de transmisión
// sexual); "its" in lower case beside "your" is the English possessive.
// lowerAbbrevWord keeps that leniency away from a lower-case token that is
// a function word of the stop list (its, all, us, it…) in a notice not
// read as Spanish. In capitals ("ITS", "ALL") it still matches, and a
// Spanish notice keeps the lower-case reading ("su prueba de its").
// Test `TestLowerAbbrevWord`.
func (s *scanner) lowerAbbrevWord(k int) bool {
	return s.fl(k)&wStop != 0 && s.toks[k].cls&(tCap|tUpper) == 0 && !s.spanish()
}
