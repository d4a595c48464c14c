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
// and a comma, three or four capitalised words or inner particles
// (greetParticles) ended by ",", "!" or ":" or the end of the text, with
// greetname.go's exclusions (no generic addressee, stop word other than an
// inner particle, month, greeting, title, place, street word or state
// name), and reports compose.greeting.
//
// What passes: "Welcome back! Sign in", "Welcome back, friend!", "Welcome
// back, Summer Sale shoppers!" (lower case ends the run before the mark),
// "Welcome back to New York City!" (no comma; places).

import "strings"

var (
	hWelcome = hstr("welcome")
	hBack    = hstr("back")
)

// welcomeBackName reports a three- or four-word name after "welcome back,"
// at i (the greeting word "welcome").
func (s *scanner) welcomeBackName(i int) {
	n := len(s.toks)
	if s.toks[i].h != hWelcome || i+2 >= n || s.toks[i+1].h != hBack || s.gap(i+1) != " " || strings.TrimRight(s.gap(i+2), " ") != "," {
		return
	}
	j := i + 2
	if s.used[j] || s.toks[j].cls&tAlpha == 0 || s.toks[j].cls&(tCap|tUpper) == 0 {
		return
	}
	end := j
	for end+1 < n && end-j < 3 && s.gap(end+1) == " " && s.toks[end+1].cls&tAlpha != 0 && !s.used[end+1] &&
		(s.toks[end+1].cls&(tCap|tUpper) != 0 || greetParticles[s.toks[end+1].h]) {
		end++
	}
	g := strings.TrimLeft(s.gap(end+1), " ")
	if end-j < 2 || greetParticles[s.toks[end].h] || end+1 < n && !(strings.HasPrefix(g, ",") || strings.HasPrefix(g, "!") || strings.HasPrefix(g, ":")) {
		return
	}
	for k := j; k <= end; k++ {
		if k > j && k < end && greetParticles[s.toks[k].h] {
			continue
		}
		if s.fl(k)&(wGenericAddressee|wStop|wGreeting|wMonth|wTitle|wPlace|wStreetSuffix|wStateName) != 0 || s.p.isTemplate(s.toks[k].h) || len(s.toks[k].low) < 2 {
			return
		}
	}
	s.addTok(j, end, KindName, "compose.greeting", 0.75, "follows 'welcome back' where a name goes, and is not a generic addressee")
}
