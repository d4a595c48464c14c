package guard

import "strings"

// listingaddr.go: the sender's address after its branch's name (issue 15,
// fourteenth pass, helper sender14, dev78/dev80p, 2026-12-05).
//
// senderplace.go's spOwner passes an address right after a company's run
// through ", " ("DailyRoot Fulfillment, 4100 Commerce Pkwy"), but a
// branch listing names the organisation, a dash and the branch, and only
// the branch's name stands before the address ("Now open: Cedar Ridge
// Physical Therapy – Westminster, 7110 W 92nd Ave."); and a branch named
// with the address in parentheses ("Nuevo horario en La Ceiba de Ponce
// (Calle Comercio 54): lunes a sábado …") had no reading at all (our
// Aurora clinic (2201 S Havana St) passed by its "our").
//
// spListingOwner adds two owner readings to spOwner:
//   - a dash listing: the address after ", " or " · ", right after a run of
//     one to three capitalised words (the branch) that follows a dash
//     between spaces (" – ", " - ", " — "), itself after a capitalised run
//     of two words or more (the organisation); neither run a person's
//     (spPerson), the organisation's first word no listed given name, no
//     title, greeting or name cue before it;
//   - a parenthesised address: "(" right before the address and ")" right
//     after it, after a capitalised run of two words or more (Spanish
//     de/del/la between words allowed: "La Ceiba de Ponce") that is no
//     person's and follows no for/para/a reader's word, title or greeting,
//     and follows en/at/in or holds three words or more (laPlacePrep;
//     red14b, dev81x: "Grace Lake (18 Birch Ln) moved in on Monday"
//     passed).
// Both are owner evidence only: senderPlace's vetoes run first (a reader's
// word, delivery, visit, home, family, patient, kin, a name cue or title,
// an apartment, a care word in the notice), so "Nuevo horario para su
// visita a domicilio (Calle Comercio 54)", "Maria Lopez (2201 S Havana
// St)", "Your mother's apartment (2280 Morse Rd)" stay reported.

// spListingOwner: the address at tokens i..j is a branch listing's or a
// named branch's in parentheses (see the file comment).
func (s *scanner) spListingOwner(lo, i, j int) bool {
	p := s.sdPrevWord(i)
	if p < lo {
		return false
	}
	switch g := s.gap(i); {
	case g == ", " || g == " · ":
		a, _ := s.spRun(p)
		if a < lo || p-a > 2 || a < 2 || s.spPerson(a, p) || !snDashGap(s.gap(a)) {
			return false
		}
		return s.laOrgRun(lo, a-1)
	case g == " (":
		if !strings.HasPrefix(s.gap(min(j+1, len(s.toks))), ")") {
			return false
		}
		return s.laOrgRun(lo, p) && s.laPlacePrep(lo, p)
	}
	return false
}

// laPlacePrep: the capitalised run ending at token e follows a preposition
// of place (en, at, in: "Nuevo horario en La Ceiba de Ponce (Calle
// Comercio 54)") or holds three words or more ("Farmacias La Ceiba de
// Ponce (Calle Comercio 54) tiene nuevo horario"). A run of two words
// anywhere else may be a person with an ordinary-word name ("Grace Lake
// (18 Birch Ln) moved in on Monday", red14b, dev81x).
func (s *scanner) laPlacePrep(lo, e int) bool {
	a, words := e, 1
	for a > lo && !s.toks[a].sent {
		if s.isCapWord(a - 1) {
			a--
		} else if a-2 >= lo && s.isCapWord(a-2) && (s.toks[a-1].low == "de" || s.toks[a-1].low == "del" || s.toks[a-1].low == "la") {
			a -= 2
		} else {
			break
		}
		words++
	}
	if words >= 3 {
		return true
	}
	if a <= lo || s.toks[a].sent {
		return false
	}
	switch s.toks[a-1].low {
	case "en", "at", "in":
		return true
	}
	return false
}

// laOrgRun: a capitalised run of two words or more ends at token e (words
// joined by a space, "&", or a Spanish de/del/la), no person's, its first
// word no listed given name, and no for/para/to, reader's word, title or
// greeting before it.
func (s *scanner) laOrgRun(lo, e int) bool {
	if e < lo || !s.isCapWord(e) {
		return false
	}
	a, words := e, 1
	for a > lo && !s.toks[a].sent && e-a < 6 {
		g := s.gap(a)
		if (g == " " || g == " & ") && s.isCapWord(a-1) {
			a--
			words++
			continue
		}
		if g == " " && a-2 >= lo && s.gap(a-1) == " " && s.isCapWord(a-2) {
			switch s.toks[a-1].low {
			case "de", "del", "la":
				a -= 2
				words++
				continue
			}
		}
		break
	}
	if words < 2 || s.spPerson(a, e) || s.fl(a)&wFirst != 0 && s.fl(a)&wCommon == 0 {
		return false
	}
	for k := a; k <= e; k++ {
		if s.fl(k)&(wTitle|wGreeting|wNameCue) != 0 {
			return false
		}
	}
	if a > 0 && !s.toks[a].sent {
		q := s.toks[a-1].low
		if q == "for" || q == "para" || q == "to" || s.fl(a-1)&(wTitle|wGreeting|wNameCue) != 0 || recipientWords.get(s.toks[a-1].h) {
			return false
		}
	}
	return true
}
