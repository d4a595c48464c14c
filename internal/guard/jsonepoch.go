package guard

import "strings"

// jsonepoch.go: a Unix time under a system-time JSON key (issue 15, helper
// RENT44, dev44: {"type":"payment.succeeded", …, "created":1743600000}).
//
// Payment processors stamp their webhooks with seconds since 1970 as a bare
// JSON number ("created": 1743600000, "timestamp": 1743600000123). Such a
// number is the system's clock, as the quoted times of jsontime.go are.
// jsonEpoch reports that the number at token i is one: a bare value right
// after `":` (spaces allowed), of 10 digits between 1000000000 (2001) and
// 2999999999 (2065), or of 13 digits (milliseconds) starting with 1 or 2,
// under a key whose words (joined by "_", "-" or ".") hold a system-time
// word of jsonTimeWords and no person word of jsonPersonTimeWords.
//
// Stays reported: the same number under any other key ("member_id":
// 1743600000, "dob_ts": 1743600000 under a person word), nine or eleven
// digits, and any number in prose ("created 1743600000"). A quoted number
// is not read here (other rules judge quoted values).
func (s *scanner) jsonEpoch(i int) bool {
	t := &s.toks[i]
	if t.cls&tAlpha != 0 || i < 1 {
		return false
	}
	l := t.low
	switch {
	case len(l) == 10 && (l[0] == '1' || l[0] == '2'):
	case len(l) == 13 && (l[0] == '1' || l[0] == '2'):
	default:
		return false
	}
	for k := 0; k < len(l); k++ {
		if !isDigitByte(l[k]) {
			return false
		}
	}
	if strings.ReplaceAll(s.gap(i), " ", "") != `":` {
		return false
	}
	if i+1 < len(s.toks) {
		if g := strings.TrimLeft(s.gap(i+1), " "); g == "" || g[0] != ',' && g[0] != '}' {
			return false
		}
	}
	return s.jsonSystemTimeKeyBefore(i)
}
