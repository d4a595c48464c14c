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

	// The downloads behind the message page (GET, streaming content): every
	// such route has a case; another recipient is refused 404 and audited,
	// signed out never gets a byte, the owner gets the file.
	owner, other, signedOut := e.browser(t), e.browser(t), e.browser(t)
	e.enrol(t, owner, tn, "pat-dl")
	e.enrol(t, other, tn, "pat-other")
	e.expect(e.do("PUT", "/v1/categories/care_chat", tn.key, replyCategory(30)), 200, "")
	mid, _ := e.sendTo(tn, "pat-dl", "care_chat", "", "Files", "Send the scan")
	ar := e.do("POST", "/v1/messages/"+mid+"/attachments", tn.key, "message file bytes", "Content-Type", "application/pdf", "Content-Disposition", `attachment; filename="m.pdf"`)
	e.expect(ar, 201, "")
	rp := owner.apiJSON("POST", "/v1/inbox/"+mid+"/replies", map[string]string{"body": "here"})
	e.expect(rp, 201, "")
	rid := rp.json(t)["id"].(string)
	ru := owner.upload("/v1/inbox/"+mid+"/replies/"+rid+"/attachments", []byte("reply file bytes"), "Content-Type", "application/pdf", "Content-Disposition", `attachment; filename="r.pdf"`)
	e.expect(ru, 201, "")
	downloads := map[string]struct{ path, content string }{
		"GET /inbox/{id}/attachments/{attachment_id}":                    {"/inbox/" + mid + "/attachments/" + ar.json(t)["id"].(string), "message file bytes"},
		"GET /inbox/{id}/replies/{reply_id}/attachments/{attachment_id}": {"/inbox/" + mid + "/replies/" + rid + "/attachments/" + ru.json(t)["id"].(string), "reply file bytes"},
	}
	for _, pat := range srv.PagePatterns() {
		if strings.HasPrefix(pat, "GET /inbox/") && strings.HasSuffix(pat, "{attachment_id}") {
			if _, ok := downloads[pat]; !ok {
				t.Errorf("page download %s has no case", pat)
			}
		}
	}
	for pat, c := range downloads {
		denied := e.auditCount("access.denied")
		if st, body, _ := other.staffGet(c.path); st != http.StatusNotFound || strings.Contains(string(body), c.content) {
			t.Errorf("%s, another recipient: %d", pat, st)
		}
		if e.auditCount("access.denied") != denied+1 {
			t.Errorf("%s, another recipient: refusal not audited", pat)
		}
		if st, body, _ := signedOut.staffGet(c.path); st == http.StatusOK && strings.Contains(string(body), c.content) {
			t.Errorf("%s, signed out: got the file", pat)
		}
		if st, body, _ := owner.staffGet(c.path); st != http.StatusOK || string(body) != c.content {
			t.Errorf("%s, owner: %d %q", pat, st, body)
		}
	}
}
