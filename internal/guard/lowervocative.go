package guard

import "strings"

// lowervocative.go — a given name written in lower case where the reader is
// addressed (helper MISC3, dev45): "Good news, ethan! Your rewards balance
// is 420 points.", "liam, your cart is waiting", "Good morning, lucas!".
// Template variables lower-case names as often as they capitalise them;
// compose.vocative and compose.greeting took capitalised words (or a word
// right after "hey"/"hi" with no comma) only.
//
// The word must be a listed given name (first_names.txt) in lower case and
// not a generic addressee, stop word, greeting, month, weekday, season,
// place, state or the tenant's wording ("good news, everyone!", "team, your
// shift", "hello world —", "Good news, friends!" pass). Three places:
//
//   - after an opener of compose.vocative and its comma, closed by
//     punctuation or the end (vocative.go takes the word in lower case
//     through lowerGiven);
//   - after a greeting and a comma ("Good morning, lucas!", "Hi, ethan —"),
//     closed the same way (lowerGreetComma);
//   - opening the notice or a sentence before ", your"/", you"
//     ("liam, your cart is waiting"; lowerOpensAddress).
//
// Accepted risk: a given name that is also an ordinary word opening a
// sentence before ", your" ("will, your …") is reported; fail closed.

// lowerGiven: token j is a listed given name written in lower case that
// may address the reader.
func (s *scanner) lowerGiven(j int) bool {
	t := &s.toks[j]
	if t.cls&tAlpha == 0 || t.cls&(tCap|tUpper) != 0 || len(t.low) < 2 {
		return false
	}
	f := s.fl(j)
	if f&wFirst == 0 || f&(wGenericAddressee|wStop|wGreeting|wMonth|wPlace|wStateName|wStateCode) != 0 {
		return false
	}
	if vocativeNotName.get(t.h) || s.p != nil && s.p.isTemplate(t.h) {
		return false
	}
	return true
}

// lowerClosed: the gap before token k closes an address: ",", "!", ":",
// ";", ".", a dash, or the end of the text.
func (s *scanner) lowerClosed(k int) bool {
	if k >= len(s.toks) {
		return true
	}
	g := s.gap(k)
	a := strings.TrimLeft(g, " ")
	return a != "" && strings.ContainsAny(a[:1], ",!:;.-") || greetDash(g) || strings.HasPrefix(a, "—") || strings.HasPrefix(a, "–")
}

// lowerGreetComma: greeting i, a comma, then a lower-case given name
// closed by punctuation ("Good morning, lucas!").
func (s *scanner) lowerGreetComma(i int) {
	j := i + 1
	if j >= len(s.toks) || s.used[j] || s.gap(j) != ", " || !s.lowerGiven(j) || !s.lowerClosed(j+1) {
		return
	}
	s.addTok(j, j, KindName, "compose.greeting", 0.75, "is a given name after '"+s.toks[i].low+",', where a name goes")
}

// lowerOpensAddress: token i opens the notice or a sentence, is a
// lower-case given name, and ", your"/", you" follows.
func (s *scanner) lowerOpensAddress(i int) bool {
	if i+1 >= len(s.toks) || s.used[i] || s.gap(i+1) != ", " || !addressWords.get(s.toks[i+1].h) || !s.lowerGiven(i) {
		return false
	}
	s.addTok(i, i, KindName, "compose.vocative", 0.75, "is a given name opening the notice before 'your', as a reader is addressed")
	return true
}
