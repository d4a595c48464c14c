package guard

import "strings"

// A person's date under a JSON key (helper PORTAL, dev39: a statement
// webhook's {"event":"statement.ready","date_of_service":"2025-05-02",
// "amount_due":"120.00"}).
//
// jsonTimeKey (jsontime.go) lets a date pass under a system-time key and
// leaves one under a key with a person word to the cue window; there the
// billing words of a statement ("statement", "amount_due") allowed the
// date of service. The key says what the date is: a date that is the
// value of a whole JSON key ("key":"…", words joined by "_", "-" or ".")
// holding a care-event word (jsonVisitKeyWords: service, dos, visit,
// admit, admission, discharge, encounter, appointment, surgery,
// procedure, dob, birth, ingreso, alta, cita…) is a person's date
// (date.person) whatever the billing words around it. "statement_date",
// "due_date", "start_date" and "effective" are no such keys and keep
// their reading.
var jsonVisitKeyWords = wordSetTab("service dos visit admit admitted admission discharge discharged encounter appointment " +
	"appt surgery procedure dob birth birthday birthdate born death nacimiento ingreso alta cita consulta vaccination")

// jsonVisitKey: the date starting at token i is the value of a JSON key
// naming a care event or a person's date.
func (s *scanner) jsonVisitKey(i int) bool {
	if i < 1 || strings.ReplaceAll(s.gap(i), " ", "") != `":"` {
		return false
	}
	found := false
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if jsonVisitKeyWords.get(s.toks[k].h) {
			found = true
		}
		g := s.gap(k)
		if strings.HasSuffix(g, `"`) {
			return found
		}
		if g != "_" && g != "-" && g != "." {
			return false
		}
	}
	return false
}
