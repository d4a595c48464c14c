package guard

import "strings"

// sysidkey.go: the id of the sender's own notice, event or campaign under
// a JSON key (issue 15, helper RENT44, dev44: {"event":"portal.maintenance.
// scheduled", …, "notice_id":"MNT-0614"}).
//
// idValue reports a value after an id cue ("id", "number" …). A JSON key
// names what the id is of: "notice_id", "event_id", "campaign_id",
// "template_id", "message_id", "broadcast_id", "maintenance_id" identify
// the sender's own notice or message, not a person. systemIDKey reports
// that the cue at token i is "id" joined by "_" or "-" to a word of
// sysIDKeyWords that opens a JSON key (a quote before it, `":` after the
// cue), and that the value is a short quoted code: 1 to 4 upper-case letters
// that are no record or person prefix (sysIDTelling: MR, MRN, DOB, PT, PAT,
// MBR, SSN, RX …) and one or two digit groups of six digits in all
// ("MNT-0614", "SPR-2025-04").
//
// Stays reported: "patient_id", "member_id", "account_id", "order_id" and
// every other key (their values are judged as before); "message_id" and
// "event_id" (red team dev43r: {"message_id":"MR-00482213"},
// {"event_id":"DOB-1961-04-12"}); a value with a telling prefix, a date
// shape or more digits; the same words in prose ("notice id MNT-0614"), an
// unquoted value.
var (
	sysIDKeyWords = wordSetTab("notice campaign template broadcast maintenance announcement outage " +
		"aviso campana plantilla")
	sysIDTelling = wordSetTab("mr mrn dob pt pat pts mbr mem ssn rx hc ins dx icd id enc pid hn nhs cid exp")
)

func (s *scanner) systemIDKey(i int) bool {
	if i < 1 || i+1 >= len(s.toks) || s.toks[i].low != "id" {
		return false
	}
	if g := s.gap(i); g != "_" && g != "-" {
		return false
	}
	if !sysIDKeyWords.get(s.toks[i-1].h) || !strings.HasSuffix(s.gap(i-1), `"`) {
		return false
	}
	if strings.ReplaceAll(s.gap(i+1), " ", "") != `":"` {
		return false
	}
	n := len(s.toks)
	v := &s.toks[i+1]
	if v.cls&tUpper == 0 || v.cls&tDigit != 0 || len(v.low) > 4 || sysIDTelling.get(v.h) {
		return false
	}
	digits, groups := 0, 0
	k := i + 2
	for ; k < n && groups < 3 && s.gap(k) == "-"; k++ {
		t := &s.toks[k]
		if t.cls&tAlpha != 0 || t.nd == 0 {
			return false
		}
		digits += len(t.low)
		groups++
	}
	if groups == 0 || groups > 2 || digits > 6 {
		return false
	}
	return k >= n || strings.HasPrefix(s.gap(k), `"`)
}
