package guard

import "strings"

// address_mx.go: Mexican address shapes (issue 15, seventh pass, helper
// REC35, dev35: "Tu pedido se entregará en Calle 5 de Mayo 123, Col.
// Centro, C.P. 06000, CDMX").
//
//   - address.street_date (in intlStreet): a street named by a date —
//     "Calle 5 de Mayo 123", "Av. 20 de Noviembre 45", "Calle 16 de
//     Septiembre 210": the street word, a day, "de", a month name
//     (capitalised) and a house number. The month date alone ("el 5 de
//     mayo") stays the date rule's.
//   - zip.mx: "C.P. 06000" / "CP 06000" (código postal): the Mexican postal
//     code. "cp" alone was a ZIP cue already; "C.P." is two tokens.
//   - address.colonia: "Col." or "Colonia" and a capitalised name, then a
//     comma, in a sentence with another Mexican address marker (C.P.,
//     CDMX, Alcaldía, Delegación, Mpio., Edo.) or an address found before
//     it: "Col. Roma Norte, C.P. 06700, CDMX".
//
// All three pass when the sentence names the sender (bizAddress:
// "Visítanos en …", "Nuestra tienda: …"; "visítanos", "encuéntranos",
// "ubícanos" joined the Spanish biz cues of context_words.txt). Stays clean:
// "Colonia Agua Fresca 100 ml" (no comma, no marker), "Agua de Colonia
// 4711", "Col. de invierno" (no capitalised name).
//
// Accepted risks: a "Colonia" brand name followed by a comma in a sentence
// that also has "C.P." is reported (fail closed); "Col." as an abbreviation
// of a colonel is read as a neighbourhood only with an address marker.

var (
	hColonia  = hstr("colonia")
	hCol      = hstr("col")
	mxMarkers = wordSetTab("cdmx alcaldia delegacion mpio municipio edo df")
	// abbreviations whose dot does not end the address's sentence
	mxAbbrevs = wordSetTab("av avda calz blvd col c p mz lt edo mpio no num int ext cra prol")
)

// streetDate: the street word at i is followed by "5 de Mayo 123".
// Returns the house number's token.
func (s *scanner) streetDate(i int) (int, bool) {
	n := len(s.toks)
	k := i + 1
	if k+3 >= n || s.toks[k].nd < 1 || s.toks[k].nd > 2 || s.toks[k].cls&tAlpha != 0 || s.low(k+1) != "de" {
		return 0, false
	}
	m := &s.toks[k+2]
	if _, ok := monthNames[m.low]; !ok || m.cls&tCap == 0 || len(m.low) < 4 {
		return 0, false
	}
	if s.gap(k+1) != " " || s.gap(k+2) != " " || s.gap(k+3) != " " || !s.houseNumber(k+3) {
		return 0, false
	}
	return k + 3, true
}

// addrMXBits filters the words scanAddressMX starts at: "c" (of "C.P."),
// "col" and "colonia" (token bit fbAddrMX).
var addrMXBits = newHashFilter(wordSet("c col colonia"))

// scanAddressMX reports zip.mx and address.colonia; it runs before the
// number pass so that the postal code of a sender's address is used.
func (s *scanner) scanAddressMX() {
	if s.fbAll&fbAddrMX == 0 {
		return // no "c", "col" or "colonia" in the field (addrMXBits, tokfilter.go)
	}
	n := len(s.toks)
	for i := 0; i+1 < n; i++ {
		t := &s.toks[i]
		if t.cls&(tCap|tUpper) == 0 || s.used[i] {
			continue
		}
		// "C.P. 06000"
		if t.low == "c" && i+2 < n && s.low(i+1) == "p" && s.gap(i+1) == "." && !s.used[i+2] {
			if g := s.gap(i + 2); (g == ". " || g == ".") && s.toks[i+2].nd == 5 && len(s.toks[i+2].low) == 5 {
				if !s.mxBiz(i, i+2) {
					s.addTok(i, i+2, KindZIP, "zip.mx", 0.85, "a postal code (código postal)")
				}
				i += 2
				continue
			}
		}
		if t.h != hColonia && t.h != hCol {
			continue
		}
		if t.h == hCol {
			if g := s.gap(i + 1); g != ". " {
				continue
			}
		} else if s.gap(i+1) != " " {
			continue
		}
		end := -1
		for k := i + 1; k < n && k <= i+4 && !s.toks[k].sent || k == i+1 && k < n; k++ {
			tk := &s.toks[k]
			if tk.cls&tAlpha == 0 || tk.cls&(tCap|tUpper) == 0 && !(k > i+1 && streetParticles.get(tk.h)) {
				break
			}
			if k > i+1 && s.gap(k) != " " {
				break
			}
			end = k
			if strings.HasPrefix(s.gap(k+1), ",") {
				break
			}
		}
		if end < 0 || end+1 >= n || !strings.HasPrefix(s.gap(end+1), ",") || !s.mxMarkerNear(i, end) {
			continue
		}
		if !s.mxBiz(i, end) {
			s.addTok(i, end, KindAddress, "address.colonia", 0.8, "a neighbourhood of a street address (colonia)")
		}
		i = end
	}
}

// mxMarkerNear: another Mexican address marker within eight tokens after
// the colonia, or an address reported before it in its sentence.
func (s *scanner) mxMarkerNear(i, end int) bool {
	n := len(s.toks)
	for k := end + 1; k < n && k <= end+8; k++ {
		if mxMarkers.get(s.toks[k].h) || s.toks[k].low == "c" && s.low(k+1) == "p" {
			return true
		}
	}
	a, _ := s.sentence(i)
	for _, f := range s.fs {
		if f.kind == KindAddress && f.b <= int(s.toks[i].s) && f.a >= int(s.toks[a].s) {
			return true
		}
	}
	return false
}

// mxBiz is bizAddress for the parts of an address line that come after
// abbreviations: "Visítanos en Av. Juárez 50, Col. Centro, C.P. 06000" is
// one address, though the tokenizer starts a sentence after "Av." and
// "Col.". It reads the sender and person cues up to 16 tokens back, past
// sentence starts that follow one of those abbreviations, and 6 after.
func (s *scanner) mxBiz(i, j int) bool {
	a := i
	for a > 0 && a > i-16 {
		if s.toks[a].sent && !(s.gap(a) == ". " && mxAbbrevs.get(s.toks[a-1].h)) {
			break
		}
		a--
	}
	biz := false
	for k := a; k < len(s.toks) && k <= j+6; k++ {
		if k > j && s.toks[k].sent {
			break
		}
		f := s.fl(k)
		if f&wAddrPersonCue != 0 {
			return false
		}
		if f&wBizCue != 0 {
			biz = true
		}
	}
	if !biz {
		return false
	}
	for k := i; k <= j; k++ {
		s.used[k] = true
	}
	return true
}
