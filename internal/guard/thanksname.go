package guard

import "strings"

// Names after a thanks phrase (dev32, helper M32): compose.thanks_name.
//
// A sentence that opens with "thanks for …" or "thank you for …", then
// within eight words a comma, then one or two words closed by "!", ",",
// ":", ";", "." or a dash (or the end of the text), addresses the reader
// by name: "thanks for shopping with us, priya! your order is on the way".
// Lower case counts (notices written all in lower case). Every word must
// be a listed given or family name or in no word list at all (not even
// the larger English lists, which hold places and brands), and none a
// generic addressee ("friend", "everyone"), a stop word, a month, a place,
// a weekday or the tenant's wording: "thanks for shopping with us, again!"
// and "…, Acme fans!" pass. "Thanks, Priya" (no phrase) is name.greeting's.

var (
	hThanks = hstr("thanks")
	hThank  = hstr("thank")
)

// thanksName: token i is "thanks" or "thank" opening its sentence; it
// returns the span of the name after the thanks phrase's comma.
func (s *scanner) thanksName(i int) (int, int, bool) {
	n := len(s.toks)
	t := &s.toks[i]
	if t.h != hThanks && t.h != hThank && t.h != hThx && t.h != hThanx && t.h != hThnx || i > 0 && !t.sent { // thx, thanx, thnx: loweropener.go
		return 0, 0, false
	}
	k := i + 1
	if t.h == hThank {
		if k >= n || s.low(k) != "you" || s.gap(k) != " " {
			return 0, 0, false
		}
		k++
	}
	if k >= n || s.low(k) != "for" || s.gap(k) != " " {
		return 0, 0, false
	}
	j := -1
	for q := k + 1; q < n && q <= k+8; q++ {
		if s.toks[q].sent {
			return 0, 0, false
		}
		g := s.gap(q)
		if strings.HasPrefix(g, ",") {
			j = q
			break
		}
		if g != " " && g != "'" && g != "-" {
			return 0, 0, false
		}
	}
	if j < 0 || s.used[j] || s.toks[j].cls&tAlpha == 0 {
		return 0, 0, false
	}
	end := j
	if j+1 < n && s.nameGap(j+1) && s.toks[j+1].cls&tAlpha != 0 && !s.used[j+1] {
		end = j + 1
	}
	after := strings.TrimLeft(s.gap(end+1), " ")
	if end+1 < n && !(after != "" && strings.ContainsAny(after[:1], ",!:;.-—–")) {
		if end == j+1 {
			end = j // one word, then the second word is the sentence's
			after = strings.TrimLeft(s.gap(end+1), " ")
			if !(after != "" && strings.ContainsAny(after[:1], ",!:;.-—–")) {
				return 0, 0, false
			}
		} else {
			return 0, 0, false
		}
	}
	for q := j; q <= end; q++ {
		f := s.fl(q)
		if f&(wGenericAddressee|wStop|wGreeting|wMonth|wPlace|wStateName|wStateCode) != 0 || len(s.toks[q].low) < 2 {
			return 0, 0, false
		}
		if s.p != nil && s.p.isTemplate(s.toks[q].h) {
			return 0, 0, false
		}
		if vocativeNotName.get(s.toks[q].h) || s.brandTok(q) {
			return 0, 0, false
		}
		if f&(wFirst|wLast) == 0 && (s.general(q) || s.g.gen.extended(s.toks[q].h)) {
			return 0, 0, false
		}
		if f&(wFirst|wLast) != 0 && f&wCommon != 0 && s.toks[q].cls&tCap == 0 {
			return 0, 0, false // "…, grace!": an ordinary word in lower case
		}
	}
	return j, end, true
}
