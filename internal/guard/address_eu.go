package guard

import "strings"

// European street addresses written with a lower-case or abbreviated
// street word (issue 15, fifth pass: dev20): address.street_intl.
//
// intlStreet (address_more.go) reads "Calle Mayor 12" and "Via Roma 5",
// where the street word is capitalised, and compoundStreet
// "Bahnhofstraße 14". Polish addresses abbreviate the street word in lower
// case ("ul. Marszałkowska 84/92 m. 7": ulica; "al." aleja, "pl." plac,
// "os." osiedle), French and Italian ones write it in lower case inside a
// sentence ("rue de Rivoli 12, 75001 Paris": the number then ends the
// street line, a comma or the end of a sentence after it), and German ones cut
// "Straße" to "str." ("Friedrichstr. 12"). euStreet reads these: the
// street word, up to four name words (one capitalised at least; the rest
// capitalised or particles: "de", "della", "des"), and a house number of
// 1–4 digits ("84/92" and "12a" included).

// The street words (euStreet's switch): Polish ones abbreviated with a dot
// (ul, al, pl, os) and ones written in lower case inside a sentence
// (ulica, aleja, plac, rue, viale, piazza, strada, corso, rua, avenida,
// calle, chemin). "via", "avenue" and "boulevard" are left out: lower
// case, they are English ("ships via FedEx Ground 2 days").

// streetParticles: lower-case words inside a street's name.
var streetParticles = wordSetTab("de del la las los di della delle dei degli da do dos das du des le e y of the")

// euStreetCandidate: the cheap test of euStreet, inlined where every word
// is checked: a word cut at "str" or a lower-case word of 2-7 letters
// whose first letter starts a street word of euStreet's.
func euStreetCandidate(t *token) bool {
	l := len(t.low)
	if l >= 6 && t.low[l-3:] == "str" {
		return true
	}
	// one of euStreetWords by its filter bit (helper SPEED15: the first
	// letter let most words of the notice through)
	return l >= 2 && l <= 7 && t.cls&tUpper == 0 && euStreetWordBits.may(t.h)
}

// euStreetWords: every word euStreetWord accepts (TestEuStreetWords);
// euStreetWordBits, their filter, is euStreetCandidate's test.
var euStreetWords = []string{"ul", "al", "pl", "os", "ulica", "aleja", "plac", "rue", "viale", "piazza", "strada", "corso", "rua", "avenida", "calle", "chemin"}

var euStreetWordBits = func() *hashFilter {
	f := &hashFilter{}
	for _, w := range euStreetWords {
		f.add(hstr(w))
	}
	return f
}()

// euStreetWord: low is a street word of euStreet's; abbrev, one of the
// abbreviations written with a dot.
func euStreetWord(low string) (abbrev, ok bool) {
	switch low {
	case "ul", "al", "pl", "os":
		return true, true
	case "ulica", "aleja", "plac", "rue", "viale", "piazza", "strada", "corso", "rua", "avenida", "calle", "chemin":
		return false, true
	}
	return false, false
}

// euStreet: token i opens a European street address; true when it
// reported it.
func (s *scanner) euStreet(i int) bool {
	t := &s.toks[i]
	n := len(s.toks)
	if t.cls&tAlpha == 0 || i+2 >= n {
		return false
	}
	// "Friedrichstr. 12": a capitalised word cut at "str."
	if t.cls&tCap != 0 && len(t.low) >= 6 && strings.HasSuffix(t.low, "str") && strings.HasPrefix(s.gap(i+1), ".") &&
		s.houseNumber(i+1) && !s.general(i) {
		s.addTok(i, i+1, KindAddress, "address.street_intl", 0.8, "street address (street name cut at 'str.', house number)")
		return true
	}
	// cheap tests before the lookups: a two-letter word before a dot, or
	// a lower-case word of 3–7 letters with a capital among the next two
	// ("Ul." may open a sentence; "Rue", "Calle" capitalised are
	// intlStreet's)
	if t.cls&tUpper != 0 {
		return false
	}
	switch l := len(t.low); {
	case l == 2:
		if int(t.e) >= len(s.t.s) || s.t.s[t.e] != '.' {
			return false
		}
	case l >= 3 && l <= 7:
		if t.cls&tCap != 0 || s.toks[i+1].cls&tCap == 0 && s.toks[i+2].cls&tCap == 0 {
			return false
		}
	default:
		return false
	}
	// a string switch, cheaper than the map for these few words
	abbrev, ok := euStreetWord(t.low)
	switch {
	case !ok:
		return false
	case abbrev:
		if g := s.gap(i + 1); g != ". " && g != "." {
			return false
		}
	default:
		if s.gap(i+1) != " " {
			return false
		}
	}
	caps := 0
	for k := i + 1; k < n && k <= i+5; k++ {
		if k > i+1 && strings.ContainsAny(s.gap(k), ",.;:\n") {
			return false
		}
		tk := &s.toks[k]
		if tk.cls&tDigit != 0 || tk.cls&tAlpha == 0 && tk.nd > 0 {
			if caps == 0 || !s.houseNumber(k) {
				return false
			}
			// a lower-case street word: the number ends the street line
			// ("rue de Rivoli 12, 75001 Paris")
			if !abbrev {
				if g := s.gap(k + 1); k+1 < n && !strings.HasPrefix(g, ",") && !strings.HasPrefix(g, ".") && !strings.HasPrefix(g, ";") {
					return false
				}
			}
			s.addTok(i, k, KindAddress, "address.street_intl", 0.8, "street address (street word, name, house number)")
			return true
		}
		if tk.cls&tAlpha == 0 {
			return false
		}
		if tk.cls&(tCap|tUpper) != 0 {
			caps++
		} else if !streetParticles.get(tk.h) {
			return false
		}
	}
	return false
}

// houseNumber: token k is a house number of 1–4 digits, with a letter
// after it ("12a") or before "/" ("84/92").
func (s *scanner) houseNumber(k int) bool {
	t := &s.toks[k]
	if t.nd < 1 || t.nd > 4 {
		return false
	}
	return len(t.low) <= int(t.nd)+1
}
