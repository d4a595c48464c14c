package guard

import "strings"

// facilityaddr.go: the sender's address named by a part of its premises,
// a pickup at its desk, a public drive or market held there, or its own
// opening hours (issue 15, dev52/dev55a, helper ADDR2, 2026-12-05).
//
// senderPlace (senderplace.go) passed an address only after the sender's
// name or "our" and a place noun; the sender's newer notices name a part of
// the building as the sentence's subject instead: "The front entrance at
// 1500 Cedar Hollow Parkway is closed Saturday", "La entrada principal de
// 1500 Cedar Hollow Parkway", "The onsite gym at 400 Harlow Street", "El
// gimnasio de 400 Harlow Street", "waiting at the front desk of 88 Foundry
// Rd", "listo para recoger en 88 Foundry Rd", "Holiday food drive: drop off
// canned goods at 300 Orchard Street", "We're now open late on Thursdays
// at 42 Harbor St". faOwner is one more owner evidence of spOwner, so every
// veto of senderPlace still runs first (a reader's word but before the
// reader's goods, ship/deliver/visit/home/patient/family words, a person's
// name, kin words, an apartment, a care word in the notice). Its own
// vetoes: a capitalised word inside the sentence that is no sentence
// opener, month or weekday (a person's or family's name: "The Okonkwo
// garage at"), a possessive or his/her/their/my before the facility's
// phrase, garage or yard sales (a household's), and a person or vehicle
// that goes to a place anywhere in the notice (faVisitors: therapist,
// nurse, aide, driver, ambulance, van, wheelchair…: "The elevator at 220
// Maple Grove Parkway is out; our therapist will use the stairs").
//
// Speed: it runs only inside senderPlace, after address() found a street.

var (
	// parts and amenities of a building, and its desks
	faParts = wordSetTab("entrance entrances entry gym pool garage parking lounge desk dock garden lobby rooftop patio courtyard " +
		"playground clubhouse elevator elevators stairwell gate gates driveway ramp sauna laundry mailroom terrace cafeteria showroom " +
		"entrada entradas gimnasio piscina alberca estacionamiento cochera vestibulo recepcion jardin terraza ascensor elevador " +
		"porton rampa lavanderia")
	// public events held at the sender's place
	faEvents = wordSetTab("drive swap market fair festival cleanup concert workshop fundraiser bazaar potluck tasting colecta mercado feria taller")
	// people and vehicles that go to a place: with one anywhere in the
	// notice, a building's part may be a patient's home
	faVisitors = wordSetTab("therapist therapists nurse nurses aide aides caregiver caregivers driver drivers technician technicians " +
		"paramedic paramedics medic ambulance van wheelchair stretcher courier doctor physician clinician hospice " +
		"terapeuta enfermera enfermero enfermeras cuidador cuidadora chofer conductor ambulancia medico tecnico")
	// faVisitorBits: faVisitors' filter, tested by faOwner before the map
	// for every token of the notice (it never changes an answer)
	faVisitorBits = tabsFilter(faVisitors)
	// determiners that may open a facility's phrase
	faDet = wordSetTab("the our this la el los las nuestra nuestro nuestras nuestros")
)

// faOwner: the address at token i (p: the word before it, lo: its
// sentence's start) is the sender's by a facility, a pickup, a public event
// or the sender's opening (see the file comment).
func (s *scanner) faOwner(lo, p, i int) bool {
	if p <= lo {
		return false
	}
	// a capitalised word inside the sentence: a person's or family's name
	for m := lo; m < i; m++ {
		if s.toks[m].sent || m == lo || s.toks[m].cls&(tCap|tUpper) == 0 || s.toks[m].cls&tAlpha == 0 || s.faHeaderTok(m) { // the sender's header (siteowner.go)
			continue
		}
		if s.fl(m)&wMonth != 0 || sdWeekdays.get(s.toks[m].h) || faWeekdays(s.toks[m].low) {
			continue
		}
		if s.toks[m].cls&tUpper != 0 && (strings.HasSuffix(s.gap(m), "#") || m+1 < i && s.toks[m+1].cls&tDigit != 0 && s.gap(m+1) == "-") {
			continue // an order code: "#SS-77301"
		}
		if g := s.gap(m); len(g) > 0 && (g[0] == ':' || g[0] == '.' || g[0] == '!' || g[0] == '?') {
			continue // "Heads up: The …"
		}
		return false
	}
	for m := lo; m < i; m++ {
		if s.toks[m].low == "sale" || s.toks[m].low == "sales" || s.toks[m].low == "venta" {
			return false // a garage or yard sale: a household's
		}
	}
	for m := range s.toks {
		if h := s.toks[m].h; faVisitorBits.may(h) && faVisitors.get(h) {
			return false // "…; our therapist will use the stairs": someone of ours goes there
		}
	}
	pw := s.low(p)
	// "ready for pickup at", "listo para recoger en"
	if p-2 >= lo && (pw == "at" && s.low(p-1) == "pickup" && (s.low(p-2) == "for" || p-3 >= lo && s.low(p-3) == "for" && (s.low(p-2) == "curbside" || s.low(p-2) == "store")) ||
		pw == "en" && s.low(p-1) == "recoger" && s.low(p-2) == "para") {
		return true
	}
	if pw == "at" || pw == "of" || pw == "de" || pw == "en" {
		// [det] [modifiers] part [modifier] at|of|de|en
		for k := p - 1; k >= lo && k >= p-2; k-- {
			if !faParts.get(s.toks[k].h) {
				if s.toks[k].cls&tAlpha == 0 || recipientWords.get(s.toks[k].h) {
					break
				}
				continue
			}
			q := k - 1
			for q >= lo && k-q <= 3 && !faDet.get(s.toks[q].h) && s.toks[q].cls&tAlpha != 0 && !recipientWords.get(s.toks[q].h) &&
				s.toks[q].low != "s" && s.toks[q].low != "his" && s.toks[q].low != "her" && s.toks[q].low != "their" && s.toks[q].low != "my" &&
				!(s.toks[q+1].sent) {
				q--
			}
			if q < lo || s.toks[q+1].sent || faDet.get(s.toks[q].h) {
				return true
			}
			break
		}
	}
	if pw == "at" || pw == "en" {
		for m := lo; m < p; m++ {
			if faEvents.get(s.toks[m].h) && !(m > lo && s.toks[m-1].low == "s") {
				return true // "Holiday food drive: drop off canned goods at"
			}
			if (s.toks[m].low == "open" || s.toks[m].low == "reopen" || s.toks[m].low == "opens") && s.spWeOpen(lo, m) {
				return true // "We're now open late on Thursdays at"
			}
		}
	}
	return false
}

// spWeOpen: "we" stands before token m in its sentence.
func (s *scanner) spWeOpen(lo, m int) bool {
	for k := lo; k < m; k++ {
		if s.toks[k].low == "we" || s.toks[k].low == "were" && s.toks[k].cls&tCap != 0 {
			return true
		}
	}
	return false
}

// faWeekdays: a weekday in the plural ("on Thursdays", "los sábados").
func faWeekdays(low string) bool {
	return len(low) > 4 && low[len(low)-1] == 's' && sdWeekdays.get(hstr(low[:len(low)-1]))
}

// faHeldAt: the address at token i follows "waiting at the [front] desk
// of", "ready at the … counter of": the reader's goods held at the sender's
// desk, so a reader's word before it is no reader's place ("Your wrist
// wraps are waiting at the front desk of 88 Foundry Rd"; "Your wheelchair
// is waiting at the front desk of 88 Foundry Rd for your fitting" keeps its
// "your" after the address).
func (s *scanner) faHeldAt(lo, i int) bool {
	p := s.sdPrevWord(i)
	if p < lo+3 || s.low(p) != "of" && s.low(p) != "de" {
		return false
	}
	for k := p - 1; k >= lo && k >= p-2; k-- {
		if faParts.get(s.toks[k].h) || s.low(k) == "counter" || s.low(k) == "mostrador" {
			for q := k - 1; q >= lo && q >= k-4; q-- {
				switch s.low(q) {
				case "waiting", "ready", "held", "available", "esperando", "listo", "lista", "listos", "listas":
					return true
				}
			}
			return false
		}
	}
	return false
}
