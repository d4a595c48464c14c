package guard

import "strings"

// eventid.go: a webhook's own event or request id (issue 15, helper
// RENT44, dev44: {"event":"statement.generated","id":"evt_01HXZ4P2Q8",…}).
//
// Payment and messaging platforms name each webhook delivery and API
// request by a typed id: "evt_01HXZ4P2Q8", "req_7Hq2Lm9PzX". The prefix says
// the value is the platform's event or request, never a person's record.
// eventID reports that the alphanumeric token i follows "evt" or "req"
// joined by "_", the prefix opening a quoted JSON value ("…":"evt_…").
//
// Stays reported: the same value with any other prefix ("cus_…", a
// customer; "pat_…"; "mbr_…"), a value opening with a record prefix and a
// digit ("evt_MRN00482213", "evt_DOB19610412"), without the quote (in
// prose), and every other long alphanumeric value of the notice.
func (s *scanner) eventID(i int) bool {
	if i < 1 || s.gap(i) != "_" {
		return false
	}
	p := s.toks[i-1].low
	if p != "evt" && p != "req" {
		return false
	}
	l := s.toks[i].low
	for _, pre := range [...]string{"mrn", "mr", "dob", "ssn", "pt", "pat", "mbr", "rx"} {
		if strings.HasPrefix(l, pre) && len(l) > len(pre) && isDigitByte(l[len(pre)]) {
			return false // "evt_MRN00482213": a record number dressed as an event
		}
	}
	return strings.HasSuffix(strings.ReplaceAll(s.gap(i-1), " ", ""), `":"`)
}
