package guard

import "strings"

// A name cue that ends its sentence (helper PORTAL, dev39: "Tiene un
// mensaje nuevo en su portal del paciente. Inicie sesión para leerlo").
//
// name.cue (words.go, e) takes capitalised words after "Patient:",
// "paciente", "member" within a short gap, and ". " is short: the word
// that opens the next sentence was read as the name. cueSentenceEnd
// tells that apart: the cue is written in lower case ("paciente", not
// "Paciente:"; a capitalised cue only before "!" or "?"), the gap after
// it holds a full stop, "!" or "?" and a space, the next word opens a sentence, and that word is ordinary
// English or Spanish vocabulary or an acronym in capitals, and no listed
// given or family name.
// "Paciente: Ana Torres", "patient. Maria Lopez" (a listed given name)
// and "patient Lopez" stay reported.
func (s *scanner) cueSentenceEnd(i, j int) bool {
	if !s.toks[j].sent {
		return false
	}
	g := strings.TrimSpace(s.gap(j))
	if g != "." && g != "!" && g != "?" || s.gap(j) == g {
		return false
	}
	// "PT" after a clock time is the Pacific time zone, not "patient":
	// "hours: Mon-Sat 7am-6pm PT. Tijuana coordinators available"
	// (dev112-clean-084: the cue's finding spanned "PT. Tijuana", which
	// approving as a term could never clear across the sentence's end)
	// A surname after "PT." and a clock time stays the cue's ("Reminder 6pm
	// PT. Zubiri has a wound check", "Hours 7am-6pm PT. Okonkwo has …", red
	// team red22, dev113r): the next word must be a place or a town
	// ("7am-6pm PT. Tijuana coordinators", "at 6 pm PT. Seattle members").
	if g == "." && s.tzAfterTime(i) && (s.fl(j)&wPlace != 0 || s.townName(j, j)) {
		return true
	}
	// a title opening the next sentence begins a titled name, which the
	// title rule reads: "… our new family medicine physician! Dr. Nakai
	// grew up nearby" (dev92-clean-163: the cue's finding spanned
	// "physician! Dr", which approving as a term could never clear)
	if s.fl(j)&wTitle != 0 {
		return true
	}
	// a given name alone opening the sentence after "!" or "?" is that
	// sentence's subject, which the name rules read: "… our new lead
	// therapist! Marcus brings 12 years …" (dev97x-clean-010, red17: the
	// cue's finding spanned "therapist! Marcus", which approving as a term
	// could never clear); "patient. Maria Lopez" stays the cue's
	if g != "." && s.fl(j)&wFirst != 0 && j+1 < len(s.toks) && s.gap(j+1) == " " && s.toks[j+1].cls&(tCap|tUpper|tDigit) == 0 {
		return true
	}
	// a capitalised cue ends a sentence only before "!" or "?": a holiday
	// or a title ("¡Feliz Día del Padre! Gracias a todos") is no
	// "Paciente. Ana Torres"
	if s.toks[i].cls&(tCap|tUpper) != 0 && g == "." {
		return false
	}
	// a Spanish function word that is also a surname opens the sentence
	// ("paciente. Si no ha sido usted", cueopen.go)
	if s.coSpanishOpener(j) {
		return true
	}
	// an acronym in capitals opening the next sentence is no name either
	// ("open to any family caregiver. RSVP: …", dev64)
	return s.fl(j)&(wFirst|wLast) == 0 && (s.general(j) || s.toks[j].cls&tUpper != 0)
}

// tzAfterTime: token i is "PT" in capitals right after a clock time
// ("6pm PT", "6 p.m. PT", "18:00 PT").
func (s *scanner) tzAfterTime(i int) bool {
	if i == 0 || s.toks[i].h != hstr("pt") || s.toks[i].cls&tUpper == 0 || s.gap(i) != " " {
		return false
	}
	p := strings.ToLower(s.rawTok(i - 1))
	if strings.HasSuffix(p, "am") || strings.HasSuffix(p, "pm") {
		return p == "am" || p == "pm" || p[0] >= '0' && p[0] <= '9'
	}
	if p == "m" && i >= 2 { // "p.m." reads as "p", "m"
		q := strings.ToLower(s.rawTok(i - 2))
		return q == "a" || q == "p"
	}
	return p != "" && p[0] >= '0' && p[0] <= '9' && i >= 2 && strings.HasSuffix(s.gap(i-1), ":")
}
