package guard

import "strings"

// "last, first" in lower case before a dash at check-in (helper PORTAL,
// dev39: "chen, wei - check-in complete. please have a seat, we'll call
// you shortly.").
//
// lastFirstDash (lastfirstdash.go) takes the pair in capitals; a kiosk or
// a text written in lower case gives it in lower case, where name.last_first
// (words.go, d/d2) needs capitals or a title-cased word. lastFirstLower
// takes two lower-case words around a comma opening a sentence, the first
// a listed family name and the second a listed given name (neither a
// stop word, a month, a place or a state), then a dash (—, –, -, --) and
// a word that addresses or seats the reader (you, your, you're, check,
// checked, checking, arrived, next, welcome, please, room, now, ready).
// "reminder - check-in is now online" (no pair), "front desk, lobby -
// check in" (no listed names) pass.
var lastFirstLowerAfter = wordSetTab("you your youre you're check checked checking checkin arrived next welcome please room now ready")

// lastFirstLower: the lower-case words at i and i+1 are such a pair.
func (s *scanner) lastFirstLower(i int, wf uint64) bool {
	n := len(s.toks)
	t := &s.toks[i]
	if i+2 >= n || i > 0 && !t.sent || len(t.low) < 2 || t.cls&tAlpha == 0 || t.cls&(tCap|tUpper|tDigit) != 0 {
		return false
	}
	if g := s.gap(i + 1); g != ", " && g != "," {
		return false
	}
	nx := &s.toks[i+1]
	if nx.cls&tAlpha == 0 || nx.cls&(tCap|tUpper|tDigit) != 0 || len(nx.low) < 2 || s.used[i+1] {
		return false
	}
	f2 := s.fl(i + 1)
	if wf&wLast == 0 || f2&wFirst == 0 || (wf|f2)&(wStop|wMonth|wPlace|wStateName|wStateCode) != 0 {
		return false
	}
	g := strings.TrimSpace(s.gap(i + 2))
	if g != "—" && g != "–" && g != "-" && g != "--" {
		return false
	}
	return lastFirstLowerAfter.get(s.toks[i+2].h)
}

// lastFirstLowerFor: "Order #G-77120 for ramirez, luis is packed and
// ready." (helper T36C, dev36, dev48c). The same lower-case pair (a listed
// family name, a comma, a listed given name, neither a stop word, a
// common word, a month, a place or a state) right after "for"/"para",
// with an order or pickup word (lastFirstOrderCues) at most four words
// before "for" in the same sentence. "Order #G-77120 for pickup is
// packed", "Order #C-1 for home, office or store pickup" (no listed pair)
// pass.
var lastFirstOrderCues = wordSetTab("order orders pickup pick rx prescription prescriptions package parcel delivery shipment pedido reservation")

// lastFirstLowerFor: the lower-case words at i and i+1 are such a pair.
func (s *scanner) lastFirstLowerFor(i int, wf uint64) bool {
	n := len(s.toks)
	t := &s.toks[i]
	if i < 2 || i+1 >= n || t.sent || len(t.low) < 2 || t.cls&tAlpha == 0 || t.cls&(tCap|tUpper|tDigit) != 0 {
		return false
	}
	if p := s.low(i - 1); p != "for" && p != "para" || s.gap(i) != " " {
		return false
	}
	if g := s.gap(i + 1); g != ", " && g != "," {
		return false
	}
	nx := &s.toks[i+1]
	if nx.cls&tAlpha == 0 || nx.cls&(tCap|tUpper|tDigit) != 0 || len(nx.low) < 2 || s.used[i+1] {
		return false
	}
	f2 := s.fl(i + 1)
	if wf&wLast == 0 || f2&wFirst == 0 || (wf|f2)&(wStop|wCommon|wMonth|wPlace|wStateName|wStateCode) != 0 {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-6; k-- {
		if lastFirstOrderCues.get(s.toks[k].h) {
			return true
		}
		if s.toks[k].sent {
			break
		}
	}
	return false
}
