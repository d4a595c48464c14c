package guard

import "strings"

// receiptnum.go — a reference number that begins with 0 is not a national
// phone number (helper MISC3, dev45): "Receipt #004-1182-77 | Register 3 |
// Total $9.48" read as a 0-leading national number ("020 7946 0958",
// phone.national in numbers.go). Such a grouped number passes when it
// follows "#" or has an order, receipt, invoice or other reference word
// near it (wAllowNum, within four words before), and no phone cue (call,
// phone, text, fax, …: wPhoneCue) is near: "Receipt questions? Call 020 7946
// 0958" and "your callback number on file: 020 7946 0958" stay reported.

// refNotPhone: the 0-leading number at token first is a reference.
func (s *scanner) refNotPhone(first int) bool {
	if s.cueNear(first, first, wPhoneCue, 4, 0) {
		return false
	}
	g := strings.TrimRight(s.gap(first), " ")
	return strings.HasSuffix(g, "#") || s.cueNear(first, first, wAllowNum, 4, 0)
}
