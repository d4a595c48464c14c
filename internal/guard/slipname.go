package guard

import "strings"

// slipname.go — a person's name after "Statement for" and after the colon
// of a pickup slip or name label (issue 15, seventh pass, helper REC34,
// from dev34's misses "Statement for TANAKA HIROSHI" and "Name on pickup
// slip: al-farsi, yusuf").
//
// compose.name takes "pickup/order/message for First Last" in Title Case
// for any capitalised pair; a statement is addressed to companies as often
// as to people ("Statement for ACME CORP"), so here the pair must look
// like a name: one word in no ordinary vocabulary (frame.go suspicious),
// or a listed family name beside a listed given name. Capitals, Title
// Case and lower case all count. After "slip:", "label:", "tag:" or in a
// sentence opening with "Name", the form is "last, first" (a hyphenated
// family name counts as one: "al-farsi"). Neither word may be a stop word,
// month, place, state, generic addressee, title, template or approved
// word, or hold a digit: "Statement for JANUARY 2026", "Name on pickup
// slip: order 4471" pass. Accepted risk: a company name in no vocabulary
// ("Statement for ZENTRIX CORP") is reported (fail closed).

var (
	hStatement, hStatements = hstr("statement"), hstr("statements")
	slipColonWords          = wordSetTab("slip label tag")
)

// slipNameWord: token k can be a word of a name.
func (s *scanner) slipNameWord(k int) bool {
	if k < 0 || k >= len(s.toks) || s.used[k] {
		return false
	}
	t := &s.toks[k]
	if t.cls&tAlpha == 0 || t.cls&tDigit != 0 || len(t.low) < 2 {
		return false
	}
	return s.fl(k)&(wGenericAddressee|wStop|wMonth|wGreeting|wTitle|wPlace|wStreetSuffix|wStateName|wStateCode) == 0 &&
		(s.p == nil || !s.p.isTemplate(t.h) && !s.p.approvedWord(t.h))
}

// slipNameLike: tokens a and b (a pair) look like a person's name.
func (s *scanner) slipNameLike(a, b int) bool {
	if s.suspicious(a) || s.suspicious(b) {
		return true
	}
	fa, fb := s.fl(a), s.fl(b)
	return fa&wLast != 0 && fb&wFirst != 0 || fa&wFirst != 0 && fb&wLast != 0
}

// statementName: "Statement for X Y" with "for" at token i.
func (s *scanner) statementName(i int) bool {
	if i == 0 || i+2 >= len(s.toks) || s.toks[i-1].h != hStatement && s.toks[i-1].h != hStatements {
		return false
	}
	a, b := i+1, i+2
	if s.gap(a) != " " || s.gap(b) != " " || !s.slipNameWord(a) || !s.slipNameWord(b) || !s.slipNameLike(a, b) {
		return false
	}
	s.addTok(a, b, KindName, "compose.name", 0.7, "follows 'statement for' and looks like a person's name")
	return true
}

// slipName: "slip: last, first" with the colon right after token i.
func (s *scanner) slipName(i int) bool {
	n := len(s.toks)
	if !slipColonWords.get(s.toks[i].h) {
		// "Name on pickup slip:", "Name as on ID:": a sentence opening with "name"
		k := i
		for k > 0 && i-k < 5 && !s.toks[k].sent {
			k--
		}
		if s.toks[k].h != hName || k == i {
			return false
		}
	}
	a := i + 1
	if a >= n || !strings.HasPrefix(s.gap(a), ":") {
		return false
	}
	e := a // the family name may be hyphenated: "al-farsi"
	if e+2 < n && s.gap(e+1) == "-" && s.toks[e+1].cls&tAlpha != 0 {
		e++
	}
	b := e + 1
	if b >= n || strings.TrimSpace(s.gap(b)) != "," || !s.slipNameWord(e) || !s.slipNameWord(b) ||
		e > a && !s.slipNameWord(a) && !greetParticles.get(s.toks[a].h) { // "al-farsi", "van-dyke"
		return false
	}
	if !s.slipNameLike(a, b) && !s.slipNameLike(e, b) {
		return false
	}
	s.addTok(a, b, KindName, "compose.name", 0.7, "is in the form last, first after a name label's colon")
	return true
}
