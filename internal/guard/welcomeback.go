package guard

// welcomeback.go: a long name after "Welcome back," (issue 15, helper
// REC4, dev23 leak-130 "Welcome back, Aroha Te Rangi! Sign in: …").
//
// Two capitalised words after "Welcome back," are name.capitalized's, and
// greetname.go takes three or four capitalised words with inner family
// particles ("Kia ora Aroha Te Rangi,") only right after the greeting
// word and before a comma. "Welcome back," puts "back" and a comma between
// them, and "!" ends the name, so a name with a particle ("Te", "van",
// "de") was read by nothing. welcomeBackName takes, after "welcome back"
// (or "bienvenido/a(s) de nuevo") and a comma, three to five capitalised
// words or inner particles (greetParticles) ended by any punctuation, a
// dash, an emoji or the end of the text — not by a space and a word (RED,
// dev53r; before: only ",", "!" or ":", four words, English) — with
// greetname.go's exclusions (no generic addressee, stop word other than an
// inner particle, month — but a month word before a particle is a given
// name, "Jan van der Berg" —, greeting, title, place, street word or state
// name), and reports compose.greeting.
//
// What passes: "Welcome back! Sign in", "Welcome back, friend!", "Welcome
// back, Summer Sale shoppers!" (lower case ends the run before the mark),
// "Welcome back to New York City!" (no comma; places).

import "strings"

var (
	hWelcome = hstr("welcome")
	hBack    = hstr("back")

	hBienvenido  = hstr("bienvenido")
	hBienvenida  = hstr("bienvenida")
	hBienvenidos = hstr("bienvenidos")
	hBienvenidas = hstr("bienvenidas")
	// hNuevo ("nuevo") is declared in thanksmore.go
)

// welcomeBackName reports a three- or four-word name after "welcome back,"
// at i (the greeting word "welcome").
func (s *scanner) welcomeBackName(i int) {
	n := len(s.toks)
	j := -1
	switch h := s.toks[i].h; {
	case h == hWelcome && i+2 < n && s.toks[i+1].h == hBack && s.gap(i+1) == " " && strings.TrimRight(s.gap(i+2), " ") == ",":
		j = i + 2
	case (h == hBienvenido || h == hBienvenida || h == hBienvenidos || h == hBienvenidas) && i+3 < n && s.toks[i+1].h == hDe && s.toks[i+2].h == hNuevo && strings.TrimRight(s.gap(i+3), " ") == ",":
		j = i + 3 // "¡Bienvenida de nuevo, María de la Cruz!" (RED, dev53r)
	}
	if j < 0 || s.used[j] || s.toks[j].cls&tAlpha == 0 || s.toks[j].cls&(tCap|tUpper) == 0 {
		return
	}
	end := j
	for end+1 < n && end-j < 4 && s.gap(end+1) == " " && s.toks[end+1].cls&tAlpha != 0 && !s.used[end+1] &&
		(s.toks[end+1].cls&(tCap|tUpper) != 0 || greetParticles.get(s.toks[end+1].h)) {
		end++
	}
	// The name ends at punctuation, a dash, an emoji or the end of the text
	// (RED, dev53r: "Welcome back, Aroha Te Rangi. Your visit summary …",
	// "… Jan van der Berg - your refill"); a lower-case word right after a
	// space ("Summer Sale shoppers") means the run was no name.
	if end-j < 2 || greetParticles.get(s.toks[end].h) || end+1 < n && strings.TrimSpace(s.gap(end+1)) == "" {
		return
	}
	for k := j; k <= end; k++ {
		if k > j && k < end && greetParticles.get(s.toks[k].h) {
			continue
		}
		month := wMonth
		if k == j && greetParticles.get(s.toks[k+1].h) {
			month = 0 // "Jan van der Berg": a given name before a particle (RED, dev53r)
		}
		if s.fl(k)&(wGenericAddressee|wStop|wGreeting|month|wTitle|wPlace|wStreetSuffix|wStateName) != 0 || s.p.isTemplate(s.toks[k].h) || len(s.toks[k].low) < 2 {
			return
		}
	}
	s.addTok(j, end, KindName, "compose.greeting", 0.75, "follows 'welcome back' where a name goes, and is not a generic addressee")
}
