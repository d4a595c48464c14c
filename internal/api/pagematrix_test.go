package api_test

import (
	"maps"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/sealpost/sealpost/internal/api"
)

// TestPageRouteMatrix posts to every state-changing hosted page route with
// a signed-in session, twice: without the session's CSRF token, and with it
// but from another site. Each is refused (403), changes nothing, and (for
// the forms) is audited against the signed-in recipient (form.refused).
func TestPageRouteMatrix(t *testing.T) {
	e := newEnv(t, "sqlite")
	tn := e.tenant("clinic")
	b := e.browser(t)
	e.enrol(t, b, tn, "pat-m")
	id, _ := e.sendTo(tn, "pat-m", "account_message", "phi", "Matrix subject", "Matrix body")
	csrf := b.sessionCSRF()
	srv := e.srv.Config.Handler.(*api.Server)
	posts := 0
	for _, pat := range srv.PagePatterns() {
		method, path, _ := strings.Cut(pat, " ")
		if method != http.MethodPost {
			continue
		}
		posts++
		path = strings.NewReplacer("{id}", id, "{op}", "unread").Replace(path)
		for name, c := range map[string]struct {
			form   url.Values
			header map[string]string
		}{
			"no CSRF token":      {url.Values{"password": {testPassword}}, nil},
			"another site":       {url.Values{"csrf": {csrf}, "password": {testPassword}}, map[string]string{"Origin": "https://evil.example", "Sec-Fetch-Site": "cross-site"}},
			"a wrong CSRF token": {url.Values{"csrf": {strings.Repeat("A", len(csrf))}, "password": {testPassword}}, nil},
		} {
			// The passkey ceremonies are JSON calls of passkey.js: the
			// patient's answer 401 without a session at their stage (no audit
			// event of their own); the staff ones' answer 401 to a browser
			// without a staff session, audited as staff.access_denied
			// (TestStaffPasskeyPageMatrix tries them with staff sessions).
			patientJSON := strings.HasPrefix(path, "/passkeys/")
			staffJSON := strings.HasPrefix(path, "/staff/") && (strings.HasSuffix(path, "/begin") || strings.HasSuffix(path, "/finish"))
			before := e.rowCounts()
			delete(before, "audit_events")
			refusals, denied := e.auditCount("form.refused"), e.auditCount("staff.access_denied")
			req, _ := http.NewRequest("POST", e.srv.URL+path, strings.NewReader(c.form.Encode()))
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			req.Header.Set("Cookie", "sealpost_session="+b.cookie())
			for k, v := range c.header {
				req.Header.Set(k, v)
			}
			if patientJSON || staffJSON {
				req.Header.Set("Content-Type", "application/json")
				req.Body = http.NoBody
			}
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			res.Body.Close()
			if res.StatusCode != http.StatusForbidden && !((patientJSON || staffJSON) && res.StatusCode == http.StatusUnauthorized) {
				t.Errorf("%s, %s: %d, want 403", pat, name, res.StatusCode)
			}
			after := e.rowCounts()
			delete(after, "audit_events")
			if got := e.auditCount("form.refused") - refusals; !patientJSON && !staffJSON && got != 1 {
				t.Errorf("%s, %s: %d form.refused audit events, want 1", pat, name, got)
			}
			if got := e.auditCount("staff.access_denied") - denied; staffJSON && got != 1 {
				t.Errorf("%s, %s: %d staff.access_denied audit events, want 1", pat, name, got)
			}
			if !maps.Equal(before, after) {
				t.Errorf("%s, %s: rows changed %v → %v", pat, name, before, after)
			}
		}
	}
	if posts < 10 {
		t.Fatalf("only %d POST page routes found", posts)
	}
	// The same request with the token, from the site itself, goes through:
	// the refusals above came from the checks, not from a broken request.
	sessions := e.raw.Int(`SELECT COUNT(*) FROM sessions`)
	if st, _ := b.post("/signout", url.Values{"csrf": {csrf}}); st != http.StatusOK || e.raw.Int(`SELECT COUNT(*) FROM sessions`) >= sessions {
		t.Fatalf("a proper sign-out: %d, sessions %d → %d", st, sessions, e.raw.Int(`SELECT COUNT(*) FROM sessions`))
	}
}
