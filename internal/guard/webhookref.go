package guard

import "strings"

// webhookref.go: the sender's own references in a webhook payload (issue
// 15, fifteenth pass, helper recall2, dev83: {"event":"idcard.available",
// "card_ref":"crd_7Tz",…}, {"event":"account.password_changed",
// "account_ref":"acct_9d0e",…}, {"event":"invoice.created",
// "invoice":"INV-208811",…}).
//
// A webhook (a JSON object with an "event", "event_type" or "type" key)
// carries the sending system's opaque references: a card, an account, an
// invoice as the system numbers them. The lettered value's own prefix
// ("acct_", "INV-") read as an account or invoice cue (id.account,
// id.prefixed). webhookRef reports that token i lies in a string value of
// such a payload under a key that names no record of the reader: the key
// holds none of member, patient, mrn, claim, rx, prescription, subscriber,
// policy, insured, beneficiary, medicare, medicaid, ssn, dob, birth, chart,
// record, medical, health, plan, group, insurance, afiliado, paciente,
// poliza, receta, nor a number word (number, num, no: "account_number"
// keeps its number an account number), and the value does not read as a
// person's number (MRN…, PT…, MBR…: shopKeyPersonal's prefixes). The
// caller then drops the id finding.
//
// Stays reported: {"member_id":"XKH882104551"}, {"claim_id":"CLM-…"},
// {"mrn":"00482913"}, {"rx_number":"7781203"},
// {"patient_account":"88120455"}, the same values in prose ("Invoice
// INV-558812 is past due") or in JSON with no event key.
//
// jsonEventWord reports that token i lies in the value of the event key
// itself ("idcard.available"): the event's words are the platform's
// vocabulary, so frame.unknown's last resort does not read them
// (frame.go); every other rule still does.
var (
	webhookPersonalKey = []string{"member", "patient", "mrn", "claim", "rx", "prescription", "subscriber", "policy",
		"insured", "beneficiary", "medicare", "medicaid", "ssn", "dob", "birth", "chart", "record", "medical",
		"health", "plan", "group", "insurance", "afiliado", "paciente", "poliza", "receta", "number", "num"}
)

// jsonWebhook: the field is a JSON object with an event key.
func (s *scanner) jsonWebhook() bool {
	src := strings.TrimSpace(s.t.s)
	if !strings.HasPrefix(src, "{") {
		return false
	}
	return strings.Contains(src, `"event":`) || strings.Contains(src, `"event_type":`) || strings.Contains(src, `"type":`) ||
		strings.Contains(src, `"event": `) || strings.Contains(src, `"type": `) ||
		strings.Contains(src, `"evento":`) || strings.Contains(src, `"evento": `) // a Spanish platform's event key (fix108, dev108)
}

// jsonValueKey: byte pos lies inside a JSON string value; it returns the
// value's key and the value's first byte.
func (s *scanner) jsonValueKey(pos int) (key string, start int, ok bool) {
	src := s.t.s
	if pos > len(src) {
		return "", 0, false
	}
	q := strings.LastIndexByte(src[:pos], '"')
	if q < 0 || strings.Count(src[:q], `"`)%2 != 0 { // the quote must open a string
		return "", 0, false
	}
	c := strings.TrimRight(src[:q], " ")
	if !strings.HasSuffix(c, ":") {
		return "", 0, false
	}
	c = strings.TrimRight(c[:len(c)-1], " ")
	if !strings.HasSuffix(c, `"`) {
		return "", 0, false
	}
	c = c[:len(c)-1]
	kq := strings.LastIndexByte(c, '"')
	if kq < 0 {
		return "", 0, false
	}
	return strings.ToLower(c[kq+1:]), q + 1, true
}

// webhookRef: token i is in a string value of a webhook payload under a
// key naming no record of the reader (see the file comment).
func (s *scanner) webhookRef(i int) bool {
	if i < 0 || i >= len(s.toks) || !s.jsonWebhook() {
		return false
	}
	key, start, ok := s.jsonValueKey(int(s.toks[i].s))
	if !ok {
		return false
	}
	for _, w := range webhookPersonalKey {
		if strings.Contains(key, w) {
			return false
		}
	}
	// the value up to its closing quote, then lower-cased: the same as
	// cutting the lowered tail, as no rune lowers to or from '"'
	end := len(s.t.s)
	if e := strings.IndexByte(s.t.s[start:], '"'); e >= 0 {
		end = start + e
	}
	val := strings.ToLower(s.t.s[start:end])
	for _, p := range shopPersonalPrefixes {
		if strings.HasPrefix(val, p) && (len(val) == len(p) || strings.IndexByte("0123456789-_ ", val[len(p)]) >= 0) {
			return false
		}
	}
	return true
}

// jsonEventWord: token i lies in the value of a webhook's event key.
func (s *scanner) jsonEventWord(i int) bool {
	if s.toks[i].cls&tDigit != 0 || !strings.HasPrefix(strings.TrimSpace(s.t.s), "{") {
		return false
	}
	key, _, ok := s.jsonValueKey(int(s.toks[i].s))
	return ok && jsonEventKeys.get(hstr(key))
}
