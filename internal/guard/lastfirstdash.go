package guard

import "strings"

// "LAST, FIRST" in capitals addressed before a dash (dev32, helper M32).
//
// name.last_first (words.go, d2) leaves out a pair with an ordinary word
// or a month ("DALE" is a valley, "JUNE" a month, "GRANT" a verb), as
// headers in capitals are common ("SHIPPING UPDATE, TODAY"). A pair that
// opens its sentence, then a dash (—, –, -) and "your"/"you" addresses the
// reader by name: "STEVENSON, DALE — your package is out for delivery".
// There the first word must be a listed family name and the second a
// listed given name (ordinary words and months allowed), neither a stop
// word, a place or a state; "NEW ARRIVALS, WINTER — shop now" and
// "ORDER UPDATE, TODAY — your package…" pass (their words are no names).

// lastFirstDash reports whether the capitals at i and i+1 are such a pair.
func (s *scanner) lastFirstDash(i int, wf uint64) bool {
	n := len(s.toks)
	if i+2 >= n || i > 0 && !s.toks[i].sent || len(s.toks[i].low) < 2 || s.toks[i].cls&tAlpha == 0 {
		return false
	}
	if g := s.gap(i + 1); g != ", " && g != "," {
		return false
	}
	nx := &s.toks[i+1]
	if nx.cls&tUpper == 0 || nx.cls&tAlpha == 0 || len(nx.low) < 2 || s.used[i+1] {
		return false
	}
	f2 := s.fl(i + 1)
	if wf&wLast == 0 || f2&wFirst == 0 || (wf|f2)&(wStop|wPlace|wStateName|wStateCode) != 0 {
		return false
	}
	g := strings.TrimSpace(s.gap(i + 2))
	if g != "—" && g != "–" && g != "-" && g != "--" {
		return false
	}
	w := s.low(i + 2)
	return w == "your" || w == "you"
}
