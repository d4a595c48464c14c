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
// ("u_1985": a year), six or eight digits that read as a date ("u_850412",
// "usr_041285": a date of birth; red team red22, dev113r), letters after
// the digits, the same value outside a
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
	return !wu109DateDigits(d)
}

// wu109DateDigits: six or eight digits that read as a date — YYMMDD,
// MMDDYY, DDMMYY, YYYYMMDD, MMDDYYYY or DDMMYYYY with a year 19xx/20xx
// when four digits long — a date of birth as a user id (red team red22,
// dev113r: "u_850412", "usr_041285").
func wu109DateDigits(d string) bool {
	n := func(a, b int) int {
		v := 0
		for k := a; k < b; k++ {
			v = v*10 + int(d[k]-'0')
		}
		return v
	}
	md := func(m, dd int) bool { return m >= 1 && m <= 12 && dd >= 1 && dd <= 31 }
	switch len(d) {
	case 6:
		return md(n(2, 4), n(4, 6)) || md(n(0, 2), n(2, 4)) || md(n(2, 4), n(0, 2))
	case 8:
		y1, y2 := n(0, 4), n(4, 8)
		return y1 >= 1900 && y1 <= 2099 && md(n(4, 6), n(6, 8)) ||
			y2 >= 1900 && y2 <= 2099 && (md(n(0, 2), n(2, 4)) || md(n(2, 4), n(0, 2)))
	}
	return false
}
