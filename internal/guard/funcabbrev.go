package guard

// funcabbrev.go: a lower-case English function word that a capitals-only
// abbreviation is spelt like (issue 15, seventeenth pass, helper brand17,
// dev95/dev98b, 2026-12-06).
//
// matchPhrase (words.go) takes a capitals-only clinical abbreviation ("|u"
// in the lists) written in lower case when a health cue ("your") is near:
// "your std test", "your uti". The Spanish list's "ITS" (infecciones de
// transmisión sexual) is spelt like the English possessive "its", so "Your
// insurance paid its portion" and "Your plan covers its share" were a
// condition. funcNotAbbrev reports that a lower-case token is an English
// function word of funcAbbrevWords and the field does not read as Spanish
// (lang.go): there the word is the determiner, never the abbreviation.
// Written in capitals it is the abbreviation ("Your ITS screening panel"),
// and in a Spanish field the lower-case spelling is too ("Su prueba de its
// salió positiva"). kinNotAbbrev (kinship.go) reads "tia" the same way.

// funcAbbrevWords: English function words that a capitals-only clinical
// abbreviation of the lists is spelt like.
var funcAbbrevWords = wordSetTab("its")

// funcNotAbbrev: token i, a lower-case capitals-only clinical abbreviation
// matched through a health cue, is an English function word.
func (s *scanner) funcNotAbbrev(i int) bool {
	t := &s.toks[i]
	return t.cls&(tUpper|tCap) == 0 && funcAbbrevWords.get(t.h) && !s.spanish()
}
