package guard

import "strings"

// militaryWord: the words military starts with (its switch), tested inline.
func militaryWord(low string) bool {
	switch low {
	case "apo", "fpo", "dpo", "psc", "cmr", "unit":
		return true
	}
	return false
}

// military reports US military and diplomatic addresses (issue 15):
// "APO AE 09012", "FPO AP 96522", "DPO AA 34001" and the unit line
// "PSC 1234, Box 5678", "CMR 480 Box 1234", "Unit 2050 Box 4190".
func (s *scanner) military(i int) bool {
	if !militaryWord(s.low(i)) { // the test scanWords makes inline: keep both in step
		return false
	}
	n := len(s.toks)
	switch s.low(i) {
	case "apo", "fpo", "dpo":
		if i+1 < n && s.toks[i+1].cls&tAlpha != 0 {
			switch s.low(i + 1) {
			case "aa", "ae", "ap":
				j := i + 1
				if j+1 < n && s.toks[j+1].cls&tDigit != 0 && s.toks[j+1].nd == 5 {
					j++
				}
				s.addTok(i, j, KindAddress, "address.military", 0.9, "military or diplomatic post address (APO/FPO/DPO)")
				return true
			}
		}
	case "psc", "cmr", "unit":
		if i+3 < n && s.toks[i+1].cls&tDigit != 0 && s.low(i+2) == "box" && s.toks[i+3].cls&tDigit != 0 &&
			len(strings.TrimSpace(s.gap(i+2))) <= 1 {
			s.addTok(i, i+3, KindAddress, "address.military", 0.85, "military unit and box number")
			return true
		}
	}
	return false
}

// streetFirst are street words written before the street's name, as in
// Spanish, Portuguese, French, Italian addresses.
var streetFirst = wordSetTab("calle avenida avda carrera cra diagonal transversal paseo camino carretera plaza rua rue avenue chemin via viale piazza strada " +
	"av calz calzada bulevar boulevard blvd privada callejon prolongacion circuito andador cerrada pasaje jr jiron")

// streetFirstFilter answers most capitalised words without the lookup.
var streetFirstFilter = tabsFilter(streetFirst)

// streetAbbrev are the street words above that are abbreviations ("Av.
// Reforma 222", "Calz. de Tlalpan 1000"): a dot may follow them.
var streetAbbrev = wordSetTab("av avda cra calz blvd jr")

// intlStreet reports "Calle Mayor 12", "Avenida Reforma 222", "15 Rue de
// la Paix": a street word written first, up to four name words, and a
// house number after (or just before) them, with a capitalised name.
// intlStreetMay: what intlStreet needs before any of its readings can
// hold — a token of digits next (compoundStreet), a word of streetFirst's
// filter, one letter (calleSlash), or an "m" opening manzanaLote's words;
// tested inline where every capitalised word is asked (helper SPEED15). A
// reading added to intlStreet that needs none of these changes it too.
func intlStreetMay(toks []token, i int) bool {
	t := &toks[i]
	return i+1 < len(toks) && toks[i+1].cls&tDigit != 0 || streetFirstFilter.may(t.h) || len(t.low) == 1 || t.low[0] == 'm'
}

func (s *scanner) intlStreet(i int) bool {
	n := len(s.toks)
	if s.compoundStreet(i) {
		return true
	}
	if s.toks[i].cls&(tCap|tUpper) == 0 { // the cheap test first: most words are lower case
		return false
	}
	if !streetFirstFilter.may(s.toks[i].h) || !streetFirst.get(s.toks[i].h) { // Spanish shapes (lang.go): "Manzana 5 Lote 12", "C/ Alcalá 45"
		if s.manzanaLote(i) {
			return true
		}
		if len(s.toks[i].low) != 1 || !s.calleSlash(i) {
			return false
		}
	}
	if s.jrNameSuffix(i) { // "Martin Luther King Jr. Day" (jrsuffix.go)
		return false
	}
	if i > 0 && s.toks[i-1].cls&tDigit != 0 && s.toks[i-1].nd <= 5 && i+1 < n && s.toks[i+1].cls&tAlpha != 0 {
		end := i + 1
		for end+1 < n && end < i+4 && s.toks[end+1].cls&tAlpha != 0 && !strings.ContainsAny(s.gap(end+1), ",.;\n") {
			end++
		}
		if !s.bizAddress(i-1, end) {
			s.addTok(i-1, end, KindAddress, "address.street_intl", 0.8, "street address (number, street word, name)")
		}
		return true
	}
	loose := false
	for k := i + 1; k < n && k <= i+5; k++ {
		if g := s.gap(k); strings.ContainsAny(g, ".;\n") && !(k == i+1 && streetAbbrev.get(s.toks[i].h) && (g == ". " || g == ".")) {
			return false
		}
		if k == i+1 && strings.HasPrefix(s.gap(k), ".") && (pcVerbs.get(s.toks[k].h) || pcUsVerbs.get(s.toks[k].h)) {
			return false // "Harbor Blvd. Call 360-555-0140": a call opens the next sentence (phonevoice.go)
		}
		t := &s.toks[k]
		// "Carrera 43A # 1-50": a numbered street with a letter (lang.go)
		if k == i+1 && s.colStreetLetter(k) {
			if !s.bizAddress(i, k+1) {
				s.addTok(i, k+1, KindAddress, "address.street_intl", 0.8, "street address (street word, number, house number)")
			}
			return true
		}
		if t.cls&tDigit != 0 {
			// "Calle 5 de Mayo 123": a street named by a date (address_mx.go)
			if k == i+1 {
				if e, ok := s.streetDate(i); ok {
					if !s.bizAddress(i, e) {
						s.addTok(i, e, KindAddress, "address.street_date", 0.8, "street address (street word, a street named by a date, house number)")
					}
					return true
				}
			}
			// "Calle 45 #12-30" (Colombia): a numbered street, "#" and the house number
			if k == i+1 && t.nd <= 3 && k+1 < n && strings.TrimSpace(s.gap(k+1)) == "#" && s.toks[k+1].cls&tDigit != 0 {
				k++
			} else if k == i+1 || t.nd > 5 {
				return false
			}
			if !s.bizAddress(i, k) {
				if loose {
					return false
				}
				s.addTok(i, k, KindAddress, "address.street_intl", 0.8, "street address (street word, name, number)")
			}
			return true
		}
		if t.cls&tAlpha == 0 {
			return false
		}
		// "Via Rail tickets for 2": a lower-case word that is no
		// particle of a street name (address_eu.go) makes it no address
		// unless it is a business's (bizAddress reads the words around)
		if t.cls&(tCap|tUpper) == 0 && !streetParticles.get(t.h) {
			loose = true
		}
	}
	return false
}

// poBoxESWord: the words poBoxES starts with (its switch), tested inline.
func poBoxESWord(low string) bool {
	switch low {
	case "apartado", "apdo", "casilla":
		return true
	}
	return false
}

// poBoxES: Spanish post office boxes, "Apartado postal 1234", "Apdo. 56",
// "Casilla 789", "Casilla de correo 12", "Apartado de Correos 455" (Spain),
// "Casilla postal 12". A box the sender names as its own (bizAddress: a
// business cue near and no person cue) is left alone.
func (s *scanner) poBoxES(i int) bool {
	if !poBoxESWord(s.low(i)) { // the test scanWords makes inline: keep both in step
		return false
	}
	n := len(s.toks)
	j := i + 1
	switch s.low(i) {
	case "apartado":
		if j < n && (s.low(j) == "postal" || s.low(j) == "aereo") {
			j++
		} else if j+1 < n && s.low(j) == "de" && (s.low(j+1) == "correos" || s.low(j+1) == "correo") {
			// Spain: "Apartado de Correos 455" (helper ES, dev30)
			j += 2
		}
	case "apdo":
	case "casilla":
		if j+1 < n && s.low(j) == "de" && (s.low(j+1) == "correo" || s.low(j+1) == "correos") {
			j += 2
		} else if j < n && s.low(j) == "postal" {
			j++
		}
	default:
		return false
	}
	if j < n && s.toks[j].nd > 0 && s.toks[j].cls&tAlpha == 0 && !strings.ContainsAny(s.gap(j), ";\n") {
		if s.bizAddress(i, j) || s.esOwnBox(i, j) { // the sender's own box (esownbox.go)
			return true
		}
		s.addTok(i, j, KindAddress, "address.po_box", 0.9, "post office box (apartado postal)")
		return true
	}
	return false
}

// streetEndings end one-word street names in German, Dutch and Scandinavian
// addresses ("Bahnhofstraße 14", "Keizersgracht 123", "Storgatan 5").
var streetEndings = []string{"strasse", "str", "weg", "gasse", "platz", "allee", "damm", "ufer", "ring", "straat", "gracht",
	"laan", "plein", "vej", "gade", "gatan", "gata", "veien", "vagen", "torget"}

// compoundStreet: a capitalised word of 6+ letters ending in a street
// word and followed by a house number of 1-4 digits ("Bahnhofstraße 14").
// Ordinary English words with those endings ("Midway 5", "Boxing 2") are
// in the general lists and do not count.
func (s *scanner) compoundStreet(i int) bool {
	t := &s.toks[i]
	if t.cls&tCap == 0 || t.cls&tDigit != 0 || len(t.low) < 6 || i+1 >= len(s.toks) || s.gap(i+1) != " " {
		return false
	}
	nx := &s.toks[i+1]
	if nx.cls&tDigit == 0 || nx.cls&tAlpha != 0 || nx.nd > 4 || s.general(i) {
		return false
	}
	for _, e := range streetEndings {
		if strings.HasSuffix(t.low, e) && len(t.low) >= len(e)+3 {
			if s.bizAddress(i, i+1) {
				return true
			}
			s.addTok(i, i+1, KindAddress, "address.street_intl", 0.8, "street address (street name ending in a street word, house number)")
			return true
		}
	}
	return false
}
