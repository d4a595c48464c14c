package guard

import "strings"

// greettime.go: a time of day is a greeting only as one (issue 15,
// twenty-third pass, fix helper r116f, dev116 clean-081, 2026-12-06).
//
// personalFrame (frame.go) reads a word in no vocabulary right after a
// greeting cue as a name (frame.name); its cues include the times of day
// of "Good evening X", "Buenas tardes X". In "Our customer service team
// now offers evening callbacks" the time of day is an adjective of the
// sender's service and "callbacks" no name. greetTimeNotGreeting: a time
// of day (morning, afternoon, evening, días, tardes, noches) is no greeting
// when it neither opens its sentence nor follows good/buenos/buenas, and
// the word after it is lower-case ("evening callbacks", "morning
// walkthroughs"). Stays a greeting: "Good evening Zorvaldo", "Evening,
// zorvaldo" (opening the sentence), "buenas noches zorvaldo", and every
// capitalised word after a time of day ("offers evening Zorvaldo": a name
// goes there as written).

var greetTimes = wordSetTab("morning afternoon evening dias días tardes noches")

// greetTimeNotGreeting: token g, a greeting cue, is a time of day used as
// an adjective before the lower-case word at i (the file comment).
func (s *scanner) greetTimeNotGreeting(g, i int) bool {
	if !greetTimes.get(s.toks[g].h) || s.toks[g].sent || g == 0 || s.toks[i].cls&(tCap|tUpper) != 0 {
		return false
	}
	switch s.toks[g-1].low {
	case "good", "buenos", "buenas", "muy":
		return false
	}
	// the word after is a plural noun of the sender's service
	// ("callbacks", "walkthroughs", "hours"), never a name before one
	// ("evening kovac callbacks": red team red23c, dev116r)
	if !strings.HasSuffix(s.toks[i].low, "s") || i+1 < len(s.toks) && !s.toks[i+1].sent && s.toks[i+1].cls&(tCap|tUpper) == 0 && s.gap(i+1) == " " && strings.HasSuffix(s.toks[i+1].low, "s") && s.toks[i+1].nd == 0 {
		return false
	}
	return s.gap(g) == " " && s.gap(i) == " "
}
