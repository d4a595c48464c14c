package guard

import "strings"

// eventname.go: a webhook's event name that reads like a bare domain
// (issue 15, fifteenth pass, helper recall15, dev82:
// {"event":"session.link","session_id":"ses_X7Y2P","join":"https://portal.example/m/GPUXA"}).
//
// Platforms name their webhook events "noun.verb" or "noun.noun":
// "session.link", "invoice.app", "order.shop", "user.email". When the last
// label is a top-level domain (.link, .app, .shop, .email), bareDomain
// read the event name as a link to another site (url.other). jsonEventName
// reports that the dotted run i..last is the whole quoted value of an
// event key (jsonEventKeys: event, event_type, type, topic, action,
// trigger): the key's closing quote and ":" right before token i, a quote
// right after token last, and no slash, "@" or "www" in the run.
//
// Stays reported: the same run under any other key ("join":"zoom.link",
// "url":"session.link"), a run with a path ("session.link/abc"), outside
// a quoted value (prose "visit session.link"), and every URL with a scheme.
//
// Red team red15 (dev87x): only the top-level label is marked used; the
// labels before it go on through every rule, so a care word in an event's
// name is reported as anywhere else ({"event":"hiv.care"},
// {"type":"chemo.health"}, {"topic":"methadone.clinic"}).
var jsonEventKeys = wordSetTab("event event_type eventtype type topic action trigger")

func (s *scanner) jsonEventName(i, last int) bool {
	if i < 1 || strings.ReplaceAll(s.gap(i), " ", "") != `":"` {
		return false
	}
	k := i - 1
	key := s.toks[k].low
	// "event_type": the key's tokens joined by "_"
	if k >= 1 && s.gap(k) == "_" {
		key = s.toks[k-1].low + "_" + key
		k--
	}
	if !jsonEventKeys.get(hstr(key)) || !strings.HasSuffix(s.gap(k), `"`) {
		return false
	}
	if s.toks[i].low == "www" {
		return false
	}
	b := int(s.toks[last].e)
	// "account.email_changed": words joined by "_" may follow the run
	// (webhookref.go's pass, helper recall2)
	if b < len(s.t.s) && s.t.s[b] == '_' {
		for b < len(s.t.s) && (s.t.s[b] == '_' || s.t.s[b] >= 'a' && s.t.s[b] <= 'z' || s.t.s[b] >= '0' && s.t.s[b] <= '9') {
			b++
		}
	}
	return b < len(s.t.s) && s.t.s[b] == '"'
}
