package guard

// Zodiac signs and their date ranges (issue 15, seventh pass, helper
// MEDIA: dev34 "Cancer season candle (June 21 – July 22 zodiac
// collection) is back!": clinical.condition and two date.person; dev16p
// "Su horóscopo de Cáncer para hoy ya está disponible").
//
// A capitalised sign of the zodiac ("Cancer", "Cáncer", "Scorpio") is the
// sign, not the disease, when its sentence says so: the sign right before
// season, sign, horoscope or zodiac (temporada, signo, horóscopo, zodiaco),
// right after "horóscopo de"/"horoscope for", or a zodiac word elsewhere
// in the sentence. A date that is an end of a range ("June 21 – July 22")
// in such a sentence is the sign's span, not a person's date, even beside
// "collection" (a specimen collection's cue word). Both need a notice with
// no care word besides the sign itself and a word right after a zodiac
// word ("zodiac collection"): "Cancer season: your chemo starts June 21",
// "Your Cancer screening is June 21", "your cancer season" (lower case)
// keep every finding. Clinical medications and devices are never read
// here; only the one-word condition the sign spells.

import "strings"

var (
	zodiacSigns = wordSetTab("aries taurus gemini cancer leo virgo libra scorpio sagittarius capricorn aquarius pisces " +
		"tauro geminis géminis cáncer escorpio escorpion escorpión sagitario capricornio acuario piscis")
	zodiacAfter = wordSetTab("season seasons sign signs horoscope horoscopes zodiac temporada signo horoscopo horóscopo zodiaco")
	zodiacWords = wordSetTab("zodiac zodiaco horoscope horoscopes horoscopo horóscopo astrology astrological astrologia astrología")
)

// zodiacSentence reports whether the sentence of token i reads a sign of
// the zodiac (see the file comment).
func (s *scanner) zodiacSentence(i int) bool {
	from, to := i, i+1
	for from > 0 && !s.toks[from].sent {
		from--
	}
	for to < len(s.toks) && !s.toks[to].sent {
		to++
	}
	word, sign := false, false
	for k := from; k < to; k++ {
		h := s.toks[k].h
		if zodiacWords.get(h) {
			word = true
		}
		if zodiacSigns.get(h) && s.toks[k].cls&(tCap|tUpper) != 0 {
			if k+1 < to && zodiacAfter.get(s.toks[k+1].h) && !s.redSignUp(k) || k >= 2 && s.toks[k-1].low == "de" && zodiacWords.get(s.toks[k-2].h) {
				return true
			}
			sign = true
		}
	}
	return word && sign
}

// zodiacQuiet reports whether the notice has no care word besides the
// signs and a word right after a zodiac word.
func (s *scanner) zodiacQuiet() bool {
	for k := range s.toks {
		if zodiacSigns.get(s.toks[k].h) || k > 0 && zodiacWords.get(s.toks[k-1].h) {
			continue
		}
		if s.careWord(k, false) {
			return false
		}
	}
	return true
}

// zodiacSign reports whether the clinical term i..j is a capitalised sign
// of the zodiac read as one.
func (s *scanner) zodiacSign(i, j int) bool {
	return i == j && zodiacSigns.get(s.toks[i].h) && s.toks[i].cls&(tCap|tUpper) != 0 && s.zodiacSentence(i) && s.zodiacQuiet() &&
		!s.redZodiacReader(i) // redcuts.go
}

// zodiacDate reports whether the date i..j is an end of a range of dates
// in a sentence that reads a sign of the zodiac.
func (s *scanner) zodiacDate(i, j int) bool {
	rng := func(g string) bool {
		g = strings.TrimSpace(g)
		return g == "–" || g == "-" || g == "—" || g == "to" || g == "al" || g == "a"
	}
	n := len(s.toks)
	r := i > 0 && s.toks[i-1].cls&tDigit != 0 && rng(s.gap(i)) ||
		j+1 < n && rng(s.gap(j+1)) && s.toks[j+1].cls&tCap != 0 && j+2 < n && s.toks[j+2].cls&tDigit != 0 ||
		i > 1 && (s.toks[i-1].low == "to" || s.toks[i-1].low == "al") && s.toks[i-2].cls&tDigit != 0
	return r && s.zodiacSentence(i) && s.zodiacQuiet() && !s.redReaderSentence(i) // redcuts.go
}
