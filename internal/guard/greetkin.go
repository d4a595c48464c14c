package guard

import "strings"

// Informal greetings (issue 15, fifth pass, dev19): template variables
// render names in lower case and after a dash as often as after a comma
// ("hey bobby — quick reminder…", "hello grandpa joe — your telehealth
// link…", "hi aunt maria, your order…", "hola tía carmen —"). Two forms
// beside compose.greeting (compose.go), same rule name:
//
//   - a kinship word (aunt, uncle, grandpa, nana, tía, abuela…) and one
//     word, then ",", "!", ":" or a dash: the word is a name unless it is
//     a generic addressee, a stop word, the category's own wording or an
//     approved term ("hey mom —", "hello grandpa's cookies fans" pass: a
//     kinship word alone is no one's name, and a possessive is no name);
//   - one word and a dash ("hey bobby —"): the word is a name only if it
//     is a listed given name (not a month, not one of a few given names
//     that open marketing lines as words: summer, joy, grace, buddy…), or
//     a word in no vocabulary ("hello summer — 20 % off" passes).
var (
	kinWords = wordSetTab("aunt auntie aunty uncle grandma grandpa granny grandmother grandfather nana nan papa mama " +
		"gran gramps cousin mom dad mommy daddy tia tio abuela abuelo abuelita abuelito prima primo madrina padrino")
	// given names and other words that open marketing lines as words
	// ("hello summer —", "hey beautiful —")
	dashNotNames = wordSetTab("summer spring autumn fall winter june april may august dawn sunny honey holiday holidays " +
		"joy hope faith grace star sky sugar angel baby buddy champ chief boss doc coach sport pal bud gorgeous " +
		"beautiful lovely stranger world weekend")
)

// dashAfter: the gap g opens with a dash (after optional spaces).
func dashAfter(g string) bool {
	return strings.HasPrefix(strings.TrimLeft(g, " "), "-") && strings.HasPrefix(g, " ")
}

// greetingKin: greeting i, then the forms above.
func (s *scanner) greetingKin(i int) {
	n := len(s.toks)
	j := i + 1
	if j >= n || s.used[j] || s.toks[j].cls&tAlpha == 0 || s.toks[j].sent || s.gap(j) != " " {
		return
	}
	if kinWords.get(s.toks[j].h) && j+1 < n && s.gap(j+1) == " " && s.toks[j+1].cls&tAlpha != 0 && !s.used[j+1] {
		k := j + 1
		after := s.gap(k + 1)
		if k+1 < n && !(strings.HasPrefix(after, ",") || strings.HasPrefix(after, "!") || strings.HasPrefix(after, ":") || dashAfter(after)) {
			return
		}
		if !s.nameable(k) {
			return
		}
		s.addTok(j, k, KindName, "compose.greeting", 0.75, "follows '"+s.toks[i].low+" "+s.toks[j].low+"' where a name goes")
		s.tieGreeting(i) // the reader addressed (readertied.go)
		return
	}
	if j+1 >= n || !dashAfter(s.gap(j+1)) || kinWords.get(s.toks[j].h) || !s.nameable(j) {
		return
	}
	f := s.fl(j)
	given := f&wFirst != 0 && f&wMonth == 0 && !dashNotNames.get(s.toks[j].h)
	if !given && (s.toks[j].w != nil || s.general(j)) {
		return
	}
	s.addTok(j, j, KindName, "compose.greeting", 0.75, "follows '"+s.toks[i].low+"' and comes before a dash, where a name goes")
	s.tieGreeting(i) // the reader addressed (readertied.go)
}

// nameable: token k may be a name after a greeting (not a generic
// addressee, stop word, greeting, template or approved word; 2+ letters).
func (s *scanner) nameable(k int) bool {
	if s.fl(k)&(wGenericAddressee|wStop|wGreeting) != 0 || s.p.isTemplate(s.toks[k].h) || len(s.toks[k].low) < 2 {
		return false
	}
	return !kinWords.get(s.toks[k].h)
}
