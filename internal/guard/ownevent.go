package guard

// ownevent.go: care words that name the sender's own observance, name, line,
// purchase, outreach or policy, read by their place in the sentence (issue
// 15, ninth pass, helper DATE9, dev54/dev61d).
//
// date()'s person cues and the care signal (caresignal.go) read a care word
// as a reader's care. In the sender's own notices the same words are parts
// of names and of the sender's own doings:
//
//   - an observance's name: a capitalised run of words ending in Week, Day,
//     Month or Weekend ("Nurses Week", "National Hospital Week", "Patient
//     Safety Week", "Martin Luther King Jr. Day"), not right after a
//     reader's word; a run ending in Day needs three words or more or to
//     open with National/International/World/Global ("Surgery Day",
//     "Discharge Day" and "Maria's Surgery Day" are a person's);
//     every word of the run is no care word and no given name;
//   - the sender's capitalised name ending in Lab: "Keystone Lab is
//     sponsoring …", "Keystone Lab offices will be closed", not before
//     results, test, draw, visit… (weakcue.go's wkLabNext) and with no
//     reader's word in the sentence ("Brightwater Lab received your
//     specimen");
//   - a capitalised word between "our" and a place noun of senderplace.go
//     ("visit our Charlotte showroom"): the sender's place, not a given
//     name (oePlaceName);
//   - "visit our <place>" when the place is no care place (office, clinic,
//     lab, hospital, pharmacy…: "Visit our clinic on March 3" stays
//     reported; so does "visit us on March 3") and a
//     visit to a public place: visit/visitará/visitaremos + the/el/la +
//     capitalised words + a public place noun ("Our mobile unit will visit
//     the Eastgate neighborhood", "visitará el barrio Santa Olaya"); the
//     place noun and the place's capitalised name are no care word and no
//     given name there. "visitará su casa", "will visit you", "visit the
//     Smith home" (no public place) keep the cue;
//   - the sender's appointment line: appointment(s)/scheduling before line,
//     lines, phone, hotline, desk ("Our appointment line has a new
//     number"); citas (plural) after número/línea/teléfono/central de ("Nuestro
//     nuevo número de citas", "La línea de citas"); not after a reader's
//     word. "Su número de cita es 4471" (singular: a booking) keeps it;
//   - the sender's nurse line: our/the nurse line(s) / hotline
//     (oeNurseLine);
//   - equipment a fundraiser buys: a care word after "a new"/"our new" in a
//     sentence that raises funds, money or donations, with no reader's word
//     and no kin word ("The pancake breakfast raises funds for a new
//     ambulance");
//   - a policy's start: a sentence that opens with Beginning, Starting,
//     Effective, As of, From, A partir de(l), Desde and a date, then ", we"
//     / "our" / nosotros / a Spanish first-person plural verb (-mos), with no
//     reader's word ("Beginning March 1, 2027, we require 24 hours' notice to
//     cancel an appointment", "A partir del 1 de marzo de 2027, requerimos
//     …"): its care words speak of every patron's appointments, not the
//     reader's; a kin word there still counts (ownPolicySentence).
//
// ownEventCue(k) answers for one token; weakPersonCue (weakcue.go) treats
// such a person cue as weak (the date becomes untied and the care signal
// decides), and careSignal skips such a token. Every other signal of the
// notice still counts: "Happy Nurses Week, Maria! Your wound check is May
// 7" (a name, a care word), "Beginning March 1, your appointment moves"
// (a reader's word), "Keystone Lab results for your blood draw on June 6"
// stay reported. Cost: careSignal runs only on a notice whose findings are
// all untied dates; weakPersonCue only on a person cue near a date.

var (
	oeObsEnd     = wordSetTab("week day month weekend")
	oeWorld      = wordSetTab("national international world global")
	oeVisit      = wordSetTab("visit visits visiting visited visita visite visitara visitaremos visitaran visitamos")
	oeUs         = wordSetTab("us our nuestra nuestro nuestras nuestros nos")
	oeArticle    = wordSetTab("the el la los las")
	oePublicSite = wordSetTab("barrio barrios colonia colonias comunidad comunidades parque parques escuela escuelas iglesia iglesias " +
		"parroquia plaza plazas mercado mercados pueblo pueblos municipio vecindario neighborhood neighborhoods neighbourhood " +
		"community communities park parks school schools church churches campus library libraries county town village fair " +
		"market fairgrounds")
	// care places: a visit there may be the reader's ("Visit our clinic on
	// March 3")
	oeCarePlace = wordSetTab("office offices clinic clinics clinica clinicas consultorio lab labs laboratory laboratorio hospital " +
		"practice center centre centro suite ward unit pharmacy farmacia department")
	oeLineNext = wordSetTab("line lines phone hotline desk center centre")
	oeLineHead = wordSetTab("appointment appointments scheduling")
	oeLineOf   = wordSetTab("numero linea telefono central")
	oeFunds    = wordSetTab("funds fund money donation donations donate donating raise raises raising raised fundraiser fundraising " +
		"fondos recaudar recauda recaudacion donativos donaciones")
	oePolicyOpen = wordSetTab("beginning starting effective from desde")
	oeWe         = wordSetTab("we our nosotros nuestro nuestra nuestros nuestras")
)

// ownEventCue: token k is a care word or given name used as the sender's
// own (see the file comment).
func (s *scanner) ownEventCue(k int) bool {
	t := &s.toks[k]
	if t.cls&tCap != 0 && s.oeObservance(k) {
		return true
	}
	switch {
	case t.low == "lab" || t.low == "labs":
		return s.oeLabName(k)
	case oeVisit.get(t.h):
		return s.oeVisitPlace(k)
	case oePublicSite.get(t.h):
		return s.oeVisitedSite(k)
	case oeLineHead.get(t.h) || t.low == "citas":
		return s.oeLine(k)
	case t.low == "nurse" || t.low == "nurses":
		return s.oeNurseLine(k)
	}
	if t.cls&tCap != 0 && (s.oeSiteName(k) || s.oePlaceName(k)) {
		return true
	}
	return s.oeFundedThing(k)
}

// oeObservance: capitalised token k stands in a capitalised run ending in
// Week/Day/Month/Weekend ("National Hospital Week", "Martin Luther King Jr.
// Day").
func (s *scanner) oeObservance(k int) bool {
	n := len(s.toks)
	capital := func(m int) bool {
		c := s.toks[m].cls
		return c&tCap != 0 && c&tDigit == 0
	}
	for m := k; m < n && m <= k+5; m++ {
		if !capital(m) || m > k && s.toks[m].sent {
			return false
		}
		if oeObsEnd.get(s.toks[m].h) {
			if m == k {
				return false
			}
			a := k
			for a > 0 && !s.toks[a].sent && capital(a-1) && s.gap(a) == " " {
				a--
			}
			if s.toks[m].low == "day" && m-a < 2 && !oeWorld.get(s.toks[a].h) {
				return false // "Surgery Day", "Discharge Day": a person's day; "Memorial Day" names no care anyway
			}
			if s.toks[m].low == "day" && s.oePersonDay(a, m) {
				return false // "Xiomara Ruiz Recovery Day" (senderveto.go)
			}
			return a == 0 || s.toks[a].sent || !recipientWords.get(s.toks[a-1].h)
		}
		if m+1 < n {
			g := s.gap(m + 1)
			if g != " " && g != "' " && !(g == ". " && s.toks[m].low == "jr") {
				return false // not "Maria's Surgery Day"
			}
		}
	}
	return false
}

// oeLabName: "Lab" closes the sender's capitalised name ("Keystone Lab").
func (s *scanner) oeLabName(k int) bool {
	t := &s.toks[k]
	if k == 0 || t.sent || t.cls&tCap == 0 || s.gap(k) != " " || !s.sdCapital(k-1) {
		return false
	}
	if k+1 < len(s.toks) && !s.toks[k+1].sent && wkLabNext.get(s.toks[k+1].h) {
		return false
	}
	if k >= 2 && !s.toks[k-1].sent && recipientWords.get(s.toks[k-2].h) {
		return false // "your Keystone Lab"
	}
	return !s.wkReaderInSentence(k)
}

// oeVisitPlace: visit word k invites to the sender's place ("visit our
// showroom") or goes to a public place ("will visit the Eastgate
// neighborhood", "visitará el barrio Santa Olaya").
func (s *scanner) oeVisitPlace(k int) bool {
	n := len(s.toks)
	if k+1 >= n || s.toks[k+1].sent {
		return false
	}
	nx := &s.toks[k+1]
	if oeUs.get(nx.h) && nx.low != "us" && nx.low != "nos" && (s.toks[k].low == "visit" || s.toks[k].low == "visita" || s.toks[k].low == "visite") {
		// "visit our showroom", not "visit our office/clinic/lab" (a visit
		// to a care place may be the reader's) nor "visit us on March 3"
		for m := k + 2; m < n && m <= k+5; m++ {
			if s.toks[m].sent {
				return false
			}
			if s.sdCapital(m) {
				continue
			}
			return s.toks[m].cls&tAlpha != 0 && !oeCarePlace.get(s.toks[m].h) && !careBits.may(s.toks[m].h)
		}
		return false
	}
	if !oeArticle.get(nx.h) {
		return false
	}
	for m := k + 2; m < n && m <= k+5; m++ {
		if s.toks[m].sent {
			return false
		}
		if oePublicSite.get(s.toks[m].h) {
			return true
		}
		if !s.sdCapital(m) {
			return false
		}
	}
	return false
}

// oeVisitedSite: place noun k is the public place a visit word goes to
// (oeVisitPlace), or the same noun in "the Eastgate neighborhood" after it.
func (s *scanner) oeVisitedSite(k int) bool {
	for m := k - 1; m >= 0 && m >= k-5; m-- {
		if s.toks[m+1].sent {
			return false
		}
		if oeVisit.get(s.toks[m].h) {
			return s.oeVisitPlace(m)
		}
		if !oeArticle.get(s.toks[m].h) && !s.sdCapital(m) {
			return false
		}
	}
	return false
}

// oeSiteName: capitalised token k names the public place after its noun
// ("el barrio Santa Olaya") or before it ("the Eastgate neighborhood") in a
// visit to a public place.
func (s *scanner) oeSiteName(k int) bool {
	n := len(s.toks)
	for m := k - 1; m >= 0 && m >= k-3; m-- {
		if s.toks[m+1].sent {
			break
		}
		if oePublicSite.get(s.toks[m].h) {
			return s.oeVisitedSite(m)
		}
		if !s.sdCapital(m) {
			break
		}
	}
	for m := k + 1; m < n && m <= k+3; m++ {
		if s.toks[m].sent {
			return false
		}
		if oePublicSite.get(s.toks[m].h) {
			return s.oeVisitedSite(m)
		}
		if !s.sdCapital(m) {
			return false
		}
	}
	return false
}

// oeLine: appointment word k names the sender's appointment line.
func (s *scanner) oeLine(k int) bool {
	n := len(s.toks)
	if s.careReaderBefore(k, 2) && !(k >= 1 && oeUs.get(s.toks[k-1].h)) {
		return false
	}
	if s.toks[k].low != "citas" {
		return k+1 < n && !s.toks[k+1].sent && oeLineNext.get(s.toks[k+1].h)
	}
	return k >= 2 && !s.toks[k].sent && !s.toks[k-1].sent && s.toks[k-1].low == "de" && oeLineOf.get(s.toks[k-2].h)
}

// oeNurseLine: "nurse" at k names the sender's telephone service, right
// before line / lines / hotline after "our" or "the" ("Our nurse line
// hours are changing", pub2b, dev89); not after a reader's word ("your
// nurse line call") and not before a name.
func (s *scanner) oeNurseLine(k int) bool {
	n := len(s.toks)
	if k < 1 || k+1 >= n || s.toks[k].sent || s.toks[k+1].sent || s.gap(k+1) != " " || s.gap(k) != " " {
		return false
	}
	switch s.toks[k+1].low {
	case "line", "lines", "hotline":
	default:
		return false
	}
	switch s.toks[k-1].low {
	case "our", "the":
		return true
	}
	return false
}

// oeFundedThing: care word k is what a fundraiser buys ("raises funds for
// a new ambulance").
func (s *scanner) oeFundedThing(k int) bool {
	if k < 2 || s.toks[k].sent || s.toks[k-1].sent {
		return false
	}
	p := s.toks[k-1].low
	if p != "new" && p != "nueva" && p != "nuevo" {
		return false
	}
	switch s.toks[k-2].low {
	case "a", "an", "our", "una", "un", "nuestra", "nuestro":
	default:
		return false
	}
	lo, hi := s.sentSpan(k)
	funds := false
	for m := lo; m < hi; m++ {
		h := s.toks[m].h
		if recipientWords.get(h) || h == hLo || careKin.get(h) || kinWords.get(h) {
			return false
		}
		funds = funds || oeFunds.get(h)
	}
	return funds
}

// ownPolicySentence: token k's sentence states a policy from a date on
// (see the file comment; policydate.go widens the subject).
func (s *scanner) ownPolicySentence(k int) bool {
	_, _, ok := s.policySpan(k)
	return ok
}

// oePlaceName: capitalised token k names the sender's place between "our"
// and a place noun ("visit our Charlotte showroom", "nuestra sucursal"
// is not capitalised): a city, not a person.
func (s *scanner) oePlaceName(k int) bool {
	n := len(s.toks)
	a := k
	for a > 0 && !s.toks[a].sent && s.sdCapital(a-1) && s.gap(a) == " " && a > k-3 {
		a--
	}
	if a == 0 || s.toks[a].sent || s.gap(a) != " " || s.toks[a-1].low != "our" {
		return false
	}
	for m := k + 1; m < n && m <= k+3; m++ {
		if s.toks[m].sent || s.gap(m) != " " {
			return false
		}
		if spPlaceNouns.get(s.toks[m].h) {
			return true
		}
		if !s.sdCapital(m) {
			return false
		}
	}
	return false
}
