package guard

// webhookuser109.go: a webhook's system user id (issue 15, twenty-second
// pass, fix helper r109, dev109, probe set dev109x). {"event":
// "account.password_changed","user_id":"u_81920","at":…} was username.cue:
// orthoops.go's ooOpaqueUserID passes an opaque id only with letters and
// digits interleaved after its prefix ("usr_3a99c2"), and webhookhandle.go's
// whhServiceID only a service account or a long opaque token.
//
// wu109SystemID (narrows username.go's username.cue beside those two): the
// handle is the whole string value of a "user_id", "userId" or "uid" key
// in a JSON webhook (jsonWebhook: an "event"/"type"/"evento" key), and the
// value is a system prefix (u, usr, user, uid), "_" and five to twelve
// digits, nothing else — a number the user table assigned, with no name,
// word or year in it. Stays reported (TestWebhookUser109): any other
// prefix ("bob_1985", "ssn_123456789", "pt_55219"), four digits
// ("u_1985": a year), letters after the digits, the same value outside a
// webhook or under another key; every other finding of the payload (a name
// in a note, a date of birth) keeps its own rule.
//
// Cost: only on a handle username.cue is about to report.

import "strings"

var (
	wu109Prefix = map[string]bool{"u": true, "usr": true, "user": true, "uid": true}
	wu109Keys   = map[string]bool{"user_id": true, "userid": true, "uid": true}
)

// wu109SystemID: the handle at tokens j..e is a webhook's system user id
// (see the file comment).
func (s *scanner) wu109SystemID(j, e int) bool {
	src := s.t.s
	a, b := int(s.toks[j].s), int(s.toks[e].e)
	if a < 1 || src[a-1] != '"' || b >= len(src) || src[b] != '"' || !s.jsonWebhook() {
		return false
	}
	key, _, ok := s.jsonValueKey(a)
	if !ok || !wu109Keys[strings.ToLower(key)] {
		return false
	}
	v := src[a:b]
	u := strings.IndexByte(v, '_')
	if u < 1 || !wu109Prefix[v[:u]] {
		return false
	}
	d := v[u+1:]
	if len(d) < 5 || len(d) > 12 {
		return false
	}
	for k := 0; k < len(d); k++ {
		if d[k] < '0' || d[k] > '9' {
			return false
		}
	}
	return true
}
