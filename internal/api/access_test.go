package api_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pquerna/otp"
	"github.com/pquerna/otp/totp"

	"github.com/sealpost/sealpost/internal/api"
	"github.com/sealpost/sealpost/internal/passkey/passkeytest"
	"github.com/sealpost/sealpost/internal/testdb"
)

// End-user access through the hosted pages and the session API, driven over
// real HTTP with a cookie jar, on both databases. The browser end-to-end test
// (internal/e2e) runs the same flow in Chromium.

const testPassword = "correct horse battery staple 42"

// browser is a cookie-keeping HTTP client that follows redirects like a
// browser and sends the page's CSRF token and Origin with its forms.
type browser struct {
	t    *testing.T
	e    *env
	c    *http.Client
	page string // last page body
	url  string // last final URL (path)
}

func (e *env) browser(t *testing.T) *browser {
	jar, _ := cookiejar.New(nil)
	return &browser{t: t, e: e, c: &http.Client{Jar: jar}}
}

func (b *browser) do(req *http.Request) (int, string) {
	b.t.Helper()
	res, err := b.c.Do(req)
	if err != nil {
		b.t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	b.page, b.url = string(body), res.Request.URL.Path
	return res.StatusCode, b.page
}

func (b *browser) get(u string) (int, string) {
	b.t.Helper()
	if strings.HasPrefix(u, "/") {
		u = b.e.srv.URL + u
	}
	req, _ := http.NewRequest("GET", u, nil)
	return b.do(req)
}

var csrfRE = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

func (b *browser) csrf() string {
	m := csrfRE.FindStringSubmatch(b.page)
	if m == nil {
		b.t.Fatalf("no CSRF token on the page at %s: %s", b.url, b.page)
	}
	return m[1]
}

// post submits a form on the current page (its CSRF token added).
func (b *browser) post(path string, v url.Values) (int, string) {
	b.t.Helper()
	if v == nil {
		v = url.Values{}
	}
	if v.Get("csrf") == "" {
		v.Set("csrf", b.csrf())
	}
	req, _ := http.NewRequest("POST", b.e.srv.URL+path, strings.NewReader(v.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", b.e.srv.URL)
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	return b.do(req)
}

// api calls a session route; unsafe methods send the session's CSRF token.
func (b *browser) api(method, path string) resp {
	b.t.Helper()
	req, _ := http.NewRequest(method, b.e.srv.URL+path, nil)
	if method != "GET" {
		req.Header.Set("X-CSRF-Token", b.sessionCSRF())
		req.Header.Set("Origin", b.e.srv.URL)
	}
	res, err := b.c.Do(req)
	if err != nil {
		b.t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	return resp{res.StatusCode, res.Header, body}
}

func (b *browser) sessionCSRF() string {
	b.t.Helper()
	req, _ := http.NewRequest("GET", b.e.srv.URL+"/v1/session", nil)
	res, err := b.c.Do(req)
	if err != nil {
		b.t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	m := regexp.MustCompile(`"csrf_token":"([^"]+)"`).FindSubmatch(body)
	if m == nil {
		return ""
	}
	return string(m[1])
}

func (b *browser) cookie() string {
	u, _ := url.Parse(b.e.srv.URL)
	for _, c := range b.c.Jar.Cookies(u) {
		if c.Name == "sealpost_session" {
			return c.Value
		}
	}
	return ""
}

func (b *browser) setCookie(v string) {
	u, _ := url.Parse(b.e.srv.URL)
	b.c.Jar.SetCookies(u, []*http.Cookie{{Name: "sealpost_session", Value: v, Path: "/"}})
}

func code(t *testing.T, secret string, at time.Time) string {
	t.Helper()
	c, err := totp.GenerateCodeCustom(secret, at, totp.ValidateOpts{Period: 30, Digits: otp.DigitsSix, Algorithm: otp.AlgorithmSHA1})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// The page shows the secret in groups of four.
var secretRE = regexp.MustCompile(`id="totp-secret"[^>]*>([A-Z2-7 ]+)<`)

// user is an enrolled end user.
type user struct {
	tn       tenant
	ext      string
	username string
	secret   string
	recovery []string
}

func (e *env) sendTo(tn tenant, ext, category, sensitivity, subject, body string) (id, link string) {
	e.t.Helper()
	m := map[string]any{"recipient": ext, "category": category, "subject": subject, "body": body}
	if sensitivity != "" {
		m["sensitivity"] = sensitivity
	}
	r := e.send(tn, m)
	return r["id"].(string), r["link"].(string)
}

// enrol registers ext and enrols an account through the pages, leaving b
// signed in.
func (e *env) enrol(t *testing.T, b *browser, tn tenant, ext string) user {
	t.Helper()
	e.putRecipient(tn, ext, map[string]any{"email": ext + "@example.org"})
	_, link := e.sendTo(tn, ext, "account_registration", "", "Welcome", "Set up your account")
	if st, _ := b.get(link); st != 200 || b.url != "/enrol" {
		t.Fatalf("registration link → %d %s", st, b.url)
	}
	u := user{tn: tn, ext: ext, username: ext + "@example.org"}
	if st, page := b.post("/enrol", url.Values{"username": {u.username}, "password": {testPassword}, "confirm": {testPassword}}); st != 200 || b.url != "/enrol/totp" {
		t.Fatalf("enrol → %d %s %s", st, b.url, page)
	}
	m := secretRE.FindStringSubmatch(b.page)
	if m == nil || !strings.Contains(b.page, `alt="QR code for your authenticator app"`) || !strings.Contains(b.page, "data:image/png;base64,") {
		t.Fatalf("TOTP page lacks its QR code or secret: %s", b.page)
	}
	u.secret = strings.ReplaceAll(m[1], " ", "")
	if st, page := b.post("/enrol/totp", url.Values{"code": {code(t, u.secret, e.clock.Now())}}); st != 200 || b.url != "/enrol/recovery" {
		t.Fatalf("confirm TOTP → %d %s %s", st, b.url, page)
	}
	for _, m := range regexp.MustCompile(`<li>([a-z0-9-]+)</li>`).FindAllStringSubmatch(b.page, -1) {
		u.recovery = append(u.recovery, m[1])
	}
	if len(u.recovery) != 10 {
		t.Fatalf("want 10 recovery codes, got %d", len(u.recovery))
	}
	// The codes are shown once.
	if b.get("/enrol/recovery"); b.url != "/inbox" {
		t.Fatalf("recovery codes shown twice (%s)", b.url)
	}
	return u
}

// signIn signs u in from a link (or /signin), passing the factor with a
// fresh TOTP step (the clock moves 30 s so no code is reused).
func (e *env) signIn(t *testing.T, b *browser, u user, start string) {
	t.Helper()
	b.get(start)
	if b.url != "/signin" {
		t.Fatalf("%s led to %s, want /signin", start, b.url)
	}
	if st, page := b.post("/signin", url.Values{"tenant": {u.tn.id}, "username": {u.username}, "password": {testPassword}}); st != 200 || b.url != "/signin/factor" {
		t.Fatalf("sign-in → %d %s %s", st, b.url, page)
	}
	e.clock.Add(30 * time.Second)
	if st, page := b.post("/signin/factor", url.Values{"code": {code(t, u.secret, e.clock.Now())}}); st != 200 {
		t.Fatalf("factor → %d %s %s", st, b.url, page)
	}
}

func (e *env) auditCount(action string) int {
	e.t.Helper()
	var n int
	if err := e.raw.QueryRow(`SELECT COUNT(*) FROM audit_events WHERE action = $1`, action).Scan(&n); err != nil {
		e.t.Fatal(err)
	}
	return n
}

func TestPickupFlow(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		tn := e.tenant("clinic")
		b := e.browser(t)
		u := e.enrol(t, b, tn, "pat-1")
		if e.auditCount("account.enrol") != 1 || e.auditCount("factor.enrol") != 1 || e.auditCount("signin.success") != 1 {
			t.Fatal("enrolment not audited")
		}
		if st, _ := b.post("/signout", nil); st != 200 || b.cookie() != "" {
			t.Fatalf("sign out: %d cookie %q", st, b.cookie())
		}

		// A phi message: link → sign in → factor → the message.
		id, link := e.sendTo(tn, "pat-1", "account_message", "phi", "Your visit summary", "Blood pressure 120/80.\nSee you in May.")
		b.get(link)
		if b.url != "/signin" {
			t.Fatalf("link → %s", b.url)
		}
		b.post("/signin", url.Values{"username": {u.username}, "password": {testPassword}})
		// The enrolment code's step was used: the same code is refused.
		enrolCode := code(t, u.secret, e.clock.Now())
		if st, page := b.post("/signin/factor", url.Values{"code": {enrolCode}}); st != 401 || !strings.Contains(page, "already used") {
			t.Fatalf("replayed TOTP code: %d %s", st, page)
		}
		e.clock.Add(30 * time.Second)
		c := code(t, u.secret, e.clock.Now())
		if st, page := b.post("/signin/factor", url.Values{"code": {c}}); st != 200 || b.url != "/inbox/"+id || !strings.Contains(page, "Blood pressure 120/80.\nSee you in May.") {
			t.Fatalf("factor → %d %s %s", st, b.url, page)
		}
		// A code is accepted once, also across sessions.
		b2 := e.browser(t)
		b2.get("/signin?tenant=" + tn.id)
		b2.post("/signin", url.Values{"username": {u.username}, "password": {testPassword}, "tenant": {tn.id}})
		if st, _ := b2.post("/signin/factor", url.Values{"code": {c}}); st != 401 {
			t.Fatalf("a used code signed in a second browser: %d", st)
		}
		if e.auditCount("message.open") != 1 {
			t.Fatal("open not audited")
		}

		// Restricted: a fresh factor is needed, then the page returns to it.
		n0 := unread(t, b) // the registration message is still unread
		rid, rlink := e.sendTo(tn, "pat-1", "test_result", "", "Your lab result", "HbA1c 6.1%")
		att := bytes.Repeat([]byte("%PDF-1.7 sealed attachment\n"), 50000) // 1.35 MB: two streaming segments
		att = att[:testAttachmentMax-7]
		ar := e.do("POST", "/v1/messages/"+rid+"/attachments", tn.key, att, "Content-Type", "application/pdf", "Content-Disposition", `attachment; filename="results.pdf"`)
		e.expect(ar, 201, "")
		aid := ar.json(t)["id"].(string)
		if n := unread(t, b); n != n0+1 {
			t.Fatalf("unread = %d, want %d", n, n0+1)
		}
		e.clock.Add(6 * time.Minute)
		b.get(rlink)
		if b.url != "/stepup" || !strings.Contains(b.page, "Confirm it") {
			t.Fatalf("restricted without step-up → %s", b.url)
		}
		if r := b.api("GET", "/v1/inbox/"+rid); r.status != 403 || !strings.Contains(string(r.body), api.ProblemStepUpRequired) {
			t.Fatalf("API without step-up: %d %s", r.status, r.body)
		}
		if r := b.api("GET", "/v1/inbox"); r.status != 200 || strings.Contains(string(r.body), "Your lab result") || !strings.Contains(string(r.body), `"subject_hidden":true`) {
			t.Fatalf("restricted subject listed before step-up: %s", r.body)
		}
		if st, page := b.post("/stepup", url.Values{"code": {code(t, u.secret, e.clock.Now())}, "next": {"/inbox/" + rid}}); st != 200 || b.url != "/inbox/"+rid || !strings.Contains(page, "HbA1c 6.1%") {
			t.Fatalf("step-up → %d %s %s", st, b.url, page)
		}
		if e.auditCount("stepup.success") != 1 {
			t.Fatal("step-up not audited")
		}
		if n := unread(t, b); n != n0 {
			t.Fatalf("unread = %d after reading, want %d", n, n0)
		}
		// Download: same bytes, declared type, attachment disposition.
		req, _ := http.NewRequest("GET", e.srv.URL+"/inbox/"+rid+"/attachments/"+aid, nil)
		res, err := b.c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		got, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != 200 || !bytes.Equal(got, att) || res.Header.Get("Content-Type") != "application/pdf" ||
			res.Header.Get("Content-Disposition") != `attachment; filename=results.pdf` {
			t.Fatalf("download: %d %d bytes %q %q", res.StatusCode, len(got), res.Header.Get("Content-Type"), res.Header.Get("Content-Disposition"))
		}
		if e.auditCount("attachment.download") != 1 {
			t.Fatal("download not audited")
		}
		// Unread/archive buttons.
		b.get("/inbox/" + rid)
		if b.post("/inbox/"+rid+"/unread", nil); unread(t, b) != n0+1 {
			t.Fatal("mark unread did not count")
		}
		b.get("/inbox")
		if !strings.Contains(b.page, `data-unread="true"`) {
			t.Fatal("inbox does not mark the unread message")
		}
		b.get("/inbox/" + rid)
		b.post("/inbox/"+rid+"/archive", nil)
		if r := b.api("GET", "/v1/inbox"); strings.Contains(string(r.body), rid) {
			t.Fatal("archived message still listed")
		}
		if r := b.api("GET", "/v1/inbox?archived=true"); !strings.Contains(string(r.body), rid) {
			t.Fatal("archived message not in the archive")
		}
		// Sign out everywhere ends the other sessions too.
		b.get("/inbox")
		b.post("/signout", url.Values{"everywhere": {"1"}})
		if r := b.api("GET", "/v1/inbox"); r.status != 401 {
			t.Fatalf("after sign-out everywhere: %d", r.status)
		}
	})
}

func unread(t *testing.T, b *browser) int {
	t.Helper()
	r := b.api("GET", "/v1/inbox/unread_count")
	if r.status != 200 {
		t.Fatalf("unread_count: %d %s", r.status, r.body)
	}
	return int(r.json(t)["unread"].(float64))
}

// TestEndUserRouteMatrix runs every end-user route as the wrong recipient,
// the wrong tenant, signed out and (where the message is restricted) without
// step-up. Every session route of api.Routes() must have a case.
func TestEndUserRouteMatrix(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		tnA, tnB := e.tenant("clinic-a"), e.tenant("clinic-b")
		owner := e.browser(t)
		e.enrol(t, owner, tnA, "pat-a")
		other := e.browser(t)
		e.enrol(t, other, tnA, "pat-b") // same tenant, another recipient
		foreign := e.browser(t)
		e.enrol(t, foreign, tnB, "pat-c") // another tenant
		signedOut := e.browser(t)

		rid, _ := e.sendTo(tnA, "pat-a", "test_result", "", "Restricted result", "Restricted body")
		ar := e.do("POST", "/v1/messages/"+rid+"/attachments", tnA.key, "pdf bytes", "Content-Type", "application/pdf", "Content-Disposition", `attachment; filename="r.pdf"`)
		e.expect(ar, 201, "")
		aid := ar.json(t)["id"].(string)
		pid, _ := e.sendTo(tnA, "pat-a", "account_message", "phi", "Phi subject", "Phi body")

		type call struct {
			method, path string
			perMessage   bool
		}
		// Server-Sent Events: the first event is read, then the stream closed.
		stream := map[string]bool{"GET /v1/inbox/events": true}
		calls := map[string]call{
			"GET /v1/session":                                {"GET", "/v1/session", false},
			"GET /v1/inbox":                                  {"GET", "/v1/inbox", false},
			"GET /v1/inbox/unread_count":                     {"GET", "/v1/inbox/unread_count", false},
			"GET /v1/inbox/events":                           {"GET", "/v1/inbox/events", false},
			"GET /v1/inbox/{id}":                             {"GET", "/v1/inbox/" + rid, true},
			"POST /v1/inbox/{id}/read":                       {"POST", "/v1/inbox/" + rid + "/read", true},
			"POST /v1/inbox/{id}/unread":                     {"POST", "/v1/inbox/" + rid + "/unread", true},
			"POST /v1/inbox/{id}/archive":                    {"POST", "/v1/inbox/" + rid + "/archive", true},
			"GET /v1/inbox/{id}/attachments/{attachment_id}": {"GET", "/v1/inbox/" + rid + "/attachments/" + aid, true},
			"POST /v1/inbox/{id}/replies":                    {"POST", "/v1/inbox/" + rid + "/replies", true},
			"GET /v1/inbox/{id}/thread":                      {"GET", "/v1/inbox/" + rid + "/thread", true},
		}
		// A reply's attachments (replyattachments_test.go): the message's checks come first.
		calls["POST /v1/inbox/{id}/replies/{reply_id}/attachments"] = call{"POST", "/v1/inbox/" + rid + "/replies/rpl_06h045n3y309pm8x9asc2eb6xg/attachments", true}
		calls["GET /v1/inbox/{id}/replies/{reply_id}/attachments/{attachment_id}"] = call{"GET", "/v1/inbox/" + rid + "/replies/rpl_06h045n3y309pm8x9asc2eb6xg/attachments/rat_06h045n3y309pm8x9asc2eb6xg", true} // replydownload_test.go
		// Routes that take a JSON body get a valid one, so the refusal
		// comes from the access checks.
		bodies := map[string]any{"POST /v1/inbox/{id}/replies": map[string]string{"body": "a reply"}}
		hit := func(b *browser, name string, c call) resp {
			if body, ok := bodies[name]; ok {
				return b.apiJSON(c.method, c.path, body)
			}
			return b.api(c.method, c.path)
		}
		for _, rt := range api.Routes() {
			if rt.Auth == api.AccessSession || rt.Auth == api.AccessInbox {
				if _, ok := calls[rt.Method+" "+rt.Pattern]; !ok {
					t.Errorf("end-user route %s %s has no case in this test", rt.Method, rt.Pattern)
				}
			}
		}
		deniedBefore := e.auditCount("access.denied")
		perMessage := 0
		e.clock.Add(6 * time.Minute) // every session's factor is now stale
		for name, c := range calls {
			t.Run(name, func(t *testing.T) {
				expectT(t, hit(signedOut, name, c), 401, api.ProblemSignInRequired)
				if stream[name] {
					// Each sees its own count only: the owner's two unread
					// messages are in neither.
					for _, b := range []*browser{foreign, other} {
						s := b.events(t, "")
						if got, want := s.unread(), b.unreadCount(t); got != want {
							t.Fatalf("stream count %d, own count %d", got, want)
						}
						s.close()
					}
					return
				}
				if !c.perMessage {
					if r := hit(foreign, name, c); r.status != 200 || strings.Contains(string(r.body), rid) || strings.Contains(string(r.body), pid) {
						t.Fatalf("foreign tenant sees: %d %s", r.status, r.body)
					}
					if r := hit(other, name, c); r.status != 200 || strings.Contains(string(r.body), rid) || strings.Contains(string(r.body), pid) {
						t.Fatalf("other recipient sees: %d %s", r.status, r.body)
					}
					return
				}
				perMessage++
				expectT(t, hit(other, name, c), 404, api.ProblemNotFound)
				expectT(t, hit(foreign, name, c), 404, api.ProblemNotFound)
				expectT(t, hit(owner, name, c), 403, api.ProblemStepUpRequired)
			})
		}
		// The phi message opens without step-up; the restricted one stayed unread.
		if r := owner.api("GET", "/v1/inbox/"+pid); r.status != 200 || !strings.Contains(string(r.body), "Phi body") {
			t.Fatalf("owner open phi: %d %s", r.status, r.body)
		}
		if got := e.auditCount("access.denied") - deniedBefore; got != 2*perMessage {
			t.Fatalf("access.denied events = %d, want %d", got, 2*perMessage)
		}
		var readAt *int64
		if err := e.raw.QueryRow(`SELECT read_at FROM messages WHERE id = $1`, rid).Scan(&readAt); err != nil || readAt != nil {
			t.Fatalf("refused calls changed the message (read_at %v, %v)", readAt, err)
		}
		// Hosted pages answer the same way.
		other.get("/inbox/" + rid)
		if !strings.Contains(other.page, "no such message") {
			t.Fatalf("other recipient's page: %s", other.page)
		}
		signedOut.get("/inbox/" + rid)
		if signedOut.url != "/signin" {
			t.Fatalf("signed out → %s", signedOut.url)
		}
	})
}

func TestCSRFAndOrigin(t *testing.T) {
	e := newEnv(t, "sqlite")
	tn := e.tenant("clinic")
	b := e.browser(t)
	e.enrol(t, b, tn, "pat-1")
	id, _ := e.sendTo(tn, "pat-1", "account_message", "phi", "S", "B")
	n0 := unread(t, b)
	token := b.sessionCSRF()
	try := func(hdr map[string]string) int {
		req, _ := http.NewRequest("POST", e.srv.URL+"/v1/inbox/"+id+"/read", nil)
		for k, v := range hdr {
			req.Header.Set(k, v)
		}
		res, err := b.c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		return res.StatusCode
	}
	for name, hdr := range map[string]map[string]string{
		"no token":         {},
		"wrong token":      {"X-CSRF-Token": strings.Repeat("A", 43)},
		"other origin":     {"X-CSRF-Token": token, "Origin": "https://evil.example"},
		"cross-site fetch": {"X-CSRF-Token": token, "Sec-Fetch-Site": "cross-site"},
	} {
		if st := try(hdr); st != 403 {
			t.Errorf("%s: %d, want 403", name, st)
		}
	}
	if unread(t, b) != n0 {
		t.Fatal("a refused request changed state")
	}
	if st := try(map[string]string{"X-CSRF-Token": token, "Origin": e.srv.URL}); st != 204 {
		t.Fatalf("good request: %d", st)
	}
	// A form without the token, or posted from another origin, is refused.
	b.get("/inbox")
	if st, _ := b.post("/signout", url.Values{"csrf": {"forged"}}); st != 403 {
		t.Fatalf("forged form token: %d", st)
	}
	b.get("/inbox")
	req, _ := http.NewRequest("POST", e.srv.URL+"/signout", strings.NewReader("csrf="+url.QueryEscape(b.csrf())))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", "https://evil.example")
	if st, _ := b.do(req); st != 403 {
		t.Fatalf("cross-origin form: %d", st)
	}
	if unread(t, b) != n0-1 {
		t.Fatal("session lost to a refused sign-out")
	}
}

// TestSessionFixation: a session id planted before sign-in is never the one
// signed in, and each step of sign-in issues a new id.
func TestSessionFixation(t *testing.T) {
	e := newEnv(t, "sqlite")
	tn := e.tenant("clinic")
	b := e.browser(t)
	u := e.enrol(t, b, tn, "pat-1")
	b.post("/signout", nil)
	_, link := e.sendTo(tn, "pat-1", "account_message", "phi", "S", "B")
	b.setCookie("planted-by-attacker-000000000000000000000000")
	b.get(link)
	linkSession := b.cookie()
	if linkSession == "" || strings.HasPrefix(linkSession, "planted") {
		t.Fatalf("link session %q", linkSession)
	}
	b.post("/signin", url.Values{"username": {u.username}, "password": {testPassword}})
	pwSession := b.cookie()
	e.clock.Add(30 * time.Second)
	b.post("/signin/factor", url.Values{"code": {code(t, u.secret, e.clock.Now())}})
	final := b.cookie()
	if pwSession == linkSession || final == pwSession || final == linkSession {
		t.Fatal("session id not renewed at each step")
	}
	// The earlier ids are dead.
	for _, old := range []string{linkSession, pwSession} {
		x := e.browser(t)
		x.setCookie(old)
		if r := x.api("GET", "/v1/inbox"); r.status != 401 {
			t.Fatalf("an earlier session id still works: %d", r.status)
		}
	}
}

func TestLockoutAndTimeouts(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		tn := e.tenant("clinic")
		b := e.browser(t)
		u := e.enrol(t, b, tn, "pat-1")
		b.post("/signout", nil)
		b.get("/signin?tenant=" + tn.id)
		for i := 0; i < 4; i++ {
			if st, page := b.post("/signin", url.Values{"tenant": {tn.id}, "username": {u.username}, "password": {"wrong password " + fmt.Sprint(i)}}); st != 401 || !strings.Contains(page, "not correct") {
				t.Fatalf("failure %d: %d", i, st)
			}
		}
		if st, page := b.post("/signin", url.Values{"tenant": {tn.id}, "username": {u.username}, "password": {"wrong again"}}); st != 429 || !strings.Contains(page, "try again in 30 seconds") {
			t.Fatalf("fifth failure: %d %s", st, page)
		}
		if st, _ := b.post("/signin", url.Values{"tenant": {tn.id}, "username": {u.username}, "password": {testPassword}}); st != 429 {
			t.Fatalf("right password while locked: %d", st)
		}
		if got := e.auditCount("signin.failure"); got != 6 {
			t.Fatalf("signin.failure events = %d, want 6", got)
		}
		e.clock.Add(16 * time.Minute)
		e.signIn(t, b, u, "/signin?tenant="+tn.id)
		if b.url != "/inbox" {
			t.Fatalf("after the lock: %s", b.url)
		}
		// Idle timeout: 20 minutes without a request.
		e.clock.Add(21 * time.Minute)
		if r := b.api("GET", "/v1/inbox"); r.status != 401 {
			t.Fatalf("idle session still works: %d", r.status)
		}
		// Absolute timeout: 12 hours even when active.
		e.signIn(t, b, u, "/signin?tenant="+tn.id)
		signedInAt := e.clock.Now()
		for e.clock.Now().Add(15*time.Minute).Sub(signedInAt) < 12*time.Hour {
			e.clock.Add(15 * time.Minute)
			if r := b.api("GET", "/v1/inbox/unread_count"); r.status != 200 {
				t.Fatalf("active session ended after %s: %d", e.clock.Now().Sub(signedInAt), r.status)
			}
		}
		e.clock.Add(15 * time.Minute)
		if r := b.api("GET", "/v1/inbox"); r.status != 401 {
			t.Fatalf("session outlived its absolute limit: %d", r.status)
		}
	})
}

func TestUnknownUserAndAddressThrottle(t *testing.T) {
	e := newEnv(t, "sqlite")
	tn := e.tenant("clinic")
	b := e.browser(t)
	b.get("/signin?tenant=" + tn.id)
	for i := 0; i < 19; i++ {
		if st, page := b.post("/signin", url.Values{"tenant": {tn.id}, "username": {fmt.Sprintf("nobody%d", i)}, "password": {"whatever password"}}); st != 401 || !strings.Contains(page, "username or password is not correct") {
			t.Fatalf("unknown user %d: %d", i, st)
		}
	}
	if st, _ := b.post("/signin", url.Values{"tenant": {tn.id}, "username": {"nobody"}, "password": {"x"}}); st != 429 {
		t.Fatalf("20th failure from one address: %d", st)
	}
}

func TestAttachmentUploads(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		tn := e.tenant("clinic")
		e.putRecipient(tn, "p-1", map[string]any{"email": "p@example.org"})
		id, _ := e.sendTo(tn, "p-1", "account_message", "phi", "S", "B")
		path := "/v1/messages/" + id + "/attachments"
		disp := `attachment; filename="a.pdf"`
		blobFiles := func() int {
			n := 0
			filepath.WalkDir(e.blobs.Path(), func(p string, d os.DirEntry, err error) error {
				if err == nil && !d.IsDir() {
					n++
				}
				return nil
			})
			return n
		}
		before := e.rowCounts()
		e.expect(e.do("POST", path, tn.key, bytes.Repeat([]byte("x"), testAttachmentMax+1), "Content-Type", "application/pdf", "Content-Disposition", disp), 413, api.ProblemBodyTooLarge)
		e.expect(e.do("POST", path, tn.key, "x", "Content-Type", "application/pdf", "Content-Disposition", `attachment; filename=""`), 422, api.ProblemValidation)
		e.expect(e.do("POST", path, tn.key, "x", "Content-Type", "application/pdf"), 422, api.ProblemValidation)
		e.expect(e.do("POST", path, tn.key, "x", "Content-Type", "not a type", "Content-Disposition", disp), 422, api.ProblemValidation)
		e.expect(e.do("POST", "/v1/messages/msg_06h045n3y309pm8x9asc2eb6xg/attachments", tn.key, "x", "Content-Type", "application/pdf", "Content-Disposition", disp), 404, api.ProblemNotFound)
		// A body that ends before its Content-Length.
		conn, err := net.Dial("tcp", strings.TrimPrefix(e.srv.URL, "http://"))
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(conn, "POST %s HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer %s\r\nContent-Type: application/pdf\r\nContent-Disposition: %s\r\nContent-Length: 5000\r\n\r\n%s", path, tn.key, disp, strings.Repeat("y", 1000))
		conn.(*net.TCPConn).CloseWrite()
		reply, _ := io.ReadAll(conn)
		conn.Close()
		if !bytes.Contains(reply, []byte("400 Bad Request")) || !bytes.Contains(reply, []byte(api.ProblemUploadTruncated)) {
			t.Fatalf("truncated upload: %s", reply)
		}
		if after := e.rowCounts(); fmt.Sprint(after) != fmt.Sprint(before) || blobFiles() != 0 {
			t.Fatalf("refused uploads left rows or files:\n%v\n%v (%d files)", before, after, blobFiles())
		}
		// Another tenant cannot attach to this message.
		other := e.tenant("other")
		e.expect(e.do("POST", path, other.key, "x", "Content-Type", "application/pdf", "Content-Disposition", disp), 404, api.ProblemNotFound)
	})
}

func TestTamperedAndShreddedAttachments(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		tn := e.tenant("clinic")
		b := e.browser(t)
		e.enrol(t, b, tn, "pat-1")
		id, _ := e.sendTo(tn, "pat-1", "account_message", "phi", "S", "B")
		data := bytes.Repeat([]byte{0xA5}, 3<<18) // 768 KiB: one segment
		ar := e.do("POST", "/v1/messages/"+id+"/attachments", tn.key, data, "Content-Type", "application/octet-stream", "Content-Disposition", `attachment; filename="scan.bin"`)
		e.expect(ar, 201, "")
		aid := ar.json(t)["id"].(string)
		var key string
		if err := e.raw.QueryRow(`SELECT blob_key FROM attachments WHERE id = $1`, aid).Scan(&key); err != nil {
			t.Fatal(err)
		}
		var file string
		filepath.WalkDir(e.blobs.Path(), func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.Contains(p, aid) {
				file = p
			}
			return nil
		})
		orig, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(orig, data[:64]) {
			t.Fatal("attachment stored in clear")
		}
		get := func() (int, []byte) {
			res, err := b.c.Get(e.srv.URL + "/v1/inbox/" + id + "/attachments/" + aid)
			if err != nil {
				return -1, nil
			}
			defer res.Body.Close()
			body, err := io.ReadAll(res.Body)
			if err != nil {
				return -2, body
			}
			return res.StatusCode, body
		}
		if st, body := get(); st != 200 || sha256.Sum256(body) != sha256.Sum256(data) {
			t.Fatalf("download: %d", st)
		}
		tampered := bytes.Clone(orig)
		tampered[len(tampered)/2] ^= 1
		if err := os.WriteFile(file, tampered, 0o600); err != nil {
			t.Fatal(err)
		}
		if st, body := get(); st == 200 && bytes.Equal(body, data) || st == 200 && len(body) > 0 {
			t.Fatalf("tampered ciphertext served: %d, %d bytes", st, len(body))
		}
		os.WriteFile(file, orig[:len(orig)-100], 0o600) // truncated at rest
		if st, body := get(); st == 200 && len(body) > 0 {
			t.Fatalf("truncated ciphertext served: %d, %d bytes", st, len(body))
		}
		os.WriteFile(file, orig, 0o600)
		// Revoking the message shreds the attachment: key row and file gone.
		e.expect(e.do("DELETE", "/v1/messages/"+id, tn.key, nil), 200, "")
		var n int
		e.raw.QueryRow(`SELECT COUNT(*) FROM data_keys WHERE owner = $1`, "attachment/"+aid).Scan(&n)
		if n != 0 {
			t.Fatal("attachment key survived the revoke")
		}
		if _, err := os.Stat(file); !os.IsNotExist(err) {
			t.Fatalf("attachment file survived the revoke: %v", err)
		}
		if st, _ := get(); st != 410 {
			t.Fatalf("download after revoke: %d", st)
		}
	})
}

func TestAccountReset(t *testing.T) {
	e := newEnv(t, "sqlite")
	tn := e.tenant("clinic")
	b := e.browser(t)
	u := e.enrol(t, b, tn, "pat-1")
	r := e.do("POST", "/v1/recipients/pat-1/reset", tn.key, nil)
	e.expect(r, 202, "")
	if r.json(t)["link"] == nil {
		t.Fatal("no registration link in the reset answer")
	}
	if x := b.api("GET", "/v1/inbox"); x.status != 401 {
		t.Fatalf("session survived the reset: %d", x.status)
	}
	b2 := e.browser(t)
	b2.get("/signin?tenant=" + tn.id)
	if st, _ := b2.post("/signin", url.Values{"tenant": {tn.id}, "username": {u.username}, "password": {testPassword}}); st != 401 {
		t.Fatalf("old password after reset: %d", st)
	}
	// The new registration link enrols again.
	b3 := e.browser(t)
	if b3.get(r.json(t)["link"].(string)); b3.url != "/enrol" {
		t.Fatalf("new registration link → %s", b3.url)
	}
	e.expect(e.do("POST", "/v1/recipients/nobody/reset", tn.key, nil), 404, api.ProblemNotFound)
	other := e.tenant("other")
	e.expect(e.do("POST", "/v1/recipients/pat-1/reset", other.key, nil), 404, api.ProblemNotFound)
}

func TestAuditFailureRefusesRead(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		tn := e.tenant("clinic")
		b := e.browser(t)
		e.enrol(t, b, tn, "pat-1")
		id, _ := e.sendTo(tn, "pat-1", "account_message", "phi", "Sealed subject", "Sealed body")
		if kind == "sqlite" {
			e.raw.Exec(`CREATE TRIGGER audit_down BEFORE INSERT ON audit_events BEGIN SELECT RAISE(ABORT, 'audit store unavailable'); END`)
		} else {
			e.raw.Exec(`CREATE FUNCTION audit_down() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit store unavailable'; END $$`)
			e.raw.Exec(`CREATE TRIGGER audit_down BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_down()`)
		}
		r := b.api("GET", "/v1/inbox/"+id)
		if r.status != 500 || bytes.Contains(r.body, []byte("Sealed")) {
			t.Fatalf("read without its audit event: %d %s", r.status, r.body)
		}
		if r := b.api("GET", "/v1/inbox"); r.status != 500 || bytes.Contains(r.body, []byte("Sealed")) {
			t.Fatalf("listing without its audit event: %d %s", r.status, r.body)
		}
		var readAt *int64
		e.raw.QueryRow(`SELECT read_at FROM messages WHERE id = $1`, id).Scan(&readAt)
		if readAt != nil {
			t.Fatal("marked read without an audit event")
		}
	})
}

func TestBrandingOnPages(t *testing.T) {
	e := newEnv(t, "sqlite")
	tn := e.tenant("clinic")
	png := "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
	e.expect(e.do("PUT", "/v1/settings", tn.key, map[string]any{"display_name": "Lakeside Clinic", "brand_color": "#ffd23f", "logo": png, "step_up_minutes": 2}), 200, "")
	for _, bad := range []map[string]any{
		{"brand_color": "red"},
		{"logo": "data:image/svg+xml;base64,PHN2Zz48L3N2Zz4="},
		{"logo": "data:image/png;base64,/9j/4AAQ"}, // JPEG bytes declared as PNG
		{"step_up_minutes": 61},
	} {
		e.expect(e.do("PUT", "/v1/settings", tn.key, bad), 422, api.ProblemValidation)
	}
	b := e.browser(t)
	e.enrol(t, b, tn, "pat-1")
	b.get("/inbox")
	if !strings.Contains(b.page, "Lakeside Clinic") || !strings.Contains(b.page, "background:#ffd23f;color:#000000") || !strings.Contains(b.page, `<img src="`+png) {
		t.Fatalf("branding missing (a light colour needs dark text): %s", b.page)
	}
	// The tenant's 2-minute step-up window applies.
	rid, _ := e.sendTo(tn, "pat-1", "test_result", "", "R", "B")
	e.clock.Add(90 * time.Second)
	if r := b.api("GET", "/v1/inbox/"+rid); r.status != 200 {
		t.Fatalf("within the tenant's window: %d", r.status)
	}
	e.clock.Add(time.Minute)
	if r := b.api("GET", "/v1/inbox/"+rid); r.status != 403 {
		t.Fatalf("past the tenant's window: %d", r.status)
	}
}

// passkeyPost runs a passkey ceremony step as passkey.js does.
func (b *browser) passkeyPost(path string, body []byte) resp {
	b.t.Helper()
	req, _ := http.NewRequest("POST", b.e.srv.URL+path, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-CSRF-Token", b.sessionCSRFAny())
	req.Header.Set("Origin", b.e.srv.URL)
	res, err := b.c.Do(req)
	if err != nil {
		b.t.Fatal(err)
	}
	defer res.Body.Close()
	out, _ := io.ReadAll(res.Body)
	return resp{res.StatusCode, res.Header, out}
}

// racePasskeyPosts sends n copies of one passkey ceremony step at once, as
// a replaying client would: all with the browser's cookies as they are now
// (not as a winner's answer sets them), and returns their answers. A
// successful answer's cookies go back to the browser.
func (b *browser) racePasskeyPosts(path string, body []byte, n int) []resp {
	b.t.Helper()
	u, _ := url.Parse(b.e.srv.URL)
	csrf, cookies := b.sessionCSRFAny(), b.c.Jar.Cookies(u)
	c := &http.Client{Transport: b.c.Transport, Timeout: b.c.Timeout}
	reqs := make([]*http.Request, n)
	for i := range reqs {
		reqs[i], _ = http.NewRequest("POST", b.e.srv.URL+path, bytes.NewReader(body))
		reqs[i].Header.Set("Content-Type", "application/json")
		reqs[i].Header.Set("X-CSRF-Token", csrf)
		reqs[i].Header.Set("Origin", b.e.srv.URL)
		for _, k := range cookies {
			reqs[i].AddCookie(k)
		}
	}
	out := make([]resp, n)
	errs := make([]error, n)
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i := range reqs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			res, err := c.Do(reqs[i])
			if err != nil {
				errs[i] = err
				return
			}
			defer res.Body.Close()
			if res.StatusCode == 200 {
				b.c.Jar.SetCookies(u, res.Cookies())
			}
			got, _ := io.ReadAll(res.Body)
			out[i] = resp{res.StatusCode, res.Header, got}
		}()
	}
	close(start)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			b.t.Fatal(err)
		}
	}
	return out
}

// problemType is the type of a problem+json answer.
func problemType(t *testing.T, r resp) string {
	t.Helper()
	var p api.Problem
	if err := json.Unmarshal(r.body, &p); err != nil {
		t.Fatalf("not a problem: %s", r.body)
	}
	return p.Type
}

// sessionCSRFAny reads the CSRF token from the page's meta tag (it works
// before sign-in completes, where /v1/session does not).
func (b *browser) sessionCSRFAny() string {
	if m := regexp.MustCompile(`name="csrf-token" content="([^"]+)"`).FindStringSubmatch(b.page); m != nil {
		return m[1]
	}
	return b.sessionCSRF()
}

func TestPasskeys(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		tn := e.tenant("clinic")
		b := e.browser(t)
		u := e.enrol(t, b, tn, "pat-1")
		// Passkeys need an https relying party: the tenant's public link base.
		b.get("/account")
		if strings.Contains(b.page, "Add a passkey") {
			t.Fatal("passkeys offered over plain http")
		}
		e.expect(e.do("PUT", "/v1/settings", tn.key, map[string]any{"public_url": "https://portal.example.org"}), 200, "")
		auth := passkeytest.NewAuthenticator(t, "portal.example.org", "https://portal.example.org")

		b.get("/account")
		if !strings.Contains(b.page, "You have 10 unused recovery codes") {
			t.Fatalf("recovery codes left not shown: %s", b.page)
		}
		if !strings.Contains(b.page, "Add a passkey") || !strings.Contains(b.page, `src="/assets/passkey.js"`) {
			t.Fatalf("account page: %s", b.page)
		}
		opts := b.passkeyPost("/passkeys/register/begin", nil)
		e.expect(opts, 200, "")
		created := auth.Create(t, opts.body)
		e.expect(b.passkeyPost("/passkeys/register/finish", created), 200, "")
		if e.auditCount("passkey.enrol") != 1 {
			t.Fatal("passkey enrolment not audited")
		}
		// The ceremony state is used once: a replayed answer is refused
		// like one that does not verify, and audited.
		expectT(t, b.passkeyPost("/passkeys/register/finish", created), 401, api.ProblemBadCredentials)
		if e.auditCount("passkey.enrol") != 1 || e.auditCount("passkey.refused") != 1 {
			t.Fatalf("replayed registration: %d passkey.enrol, %d passkey.refused events", e.auditCount("passkey.enrol"), e.auditCount("passkey.refused"))
		}

		// Sign in with password, then the passkey instead of a code.
		b.get("/inbox")
		b.post("/signout", nil)
		b.get("/signin?tenant=" + tn.id)
		b.post("/signin", url.Values{"tenant": {tn.id}, "username": {u.username}, "password": {testPassword}})
		if b.url != "/signin/factor" || !strings.Contains(b.page, "Use a passkey instead") {
			t.Fatalf("factor page without the passkey option: %s", b.url)
		}
		before := b.cookie()
		lo := b.passkeyPost("/passkeys/login/begin", nil)
		e.expect(lo, 200, "")
		auth.Counter++
		// Two finishes with one answer at once (one challenge): exactly one
		// signs in; the other is refused, as a failed attempt if it reached
		// the ceremony, or for want of a session if the winner had already
		// replaced it.
		answer := auth.Get(t, lo.body, nil)
		failed := e.auditCount("signin.failure")
		fins := b.racePasskeyPosts("/passkeys/login/finish", answer, 2)
		var fin resp
		refused := 0
		for _, r := range fins {
			switch r.status {
			case 200:
				if fin.status == 200 {
					t.Fatalf("one passkey answer signed in twice: %s / %s", fin.body, r.body)
				}
				fin = r
			case 401:
				if problemType(t, r) == api.ProblemBadCredentials {
					refused++
				}
			default:
				t.Fatalf("racing finish: %d %s", r.status, r.body)
			}
		}
		if fin.status != 200 || !strings.Contains(string(fin.body), `"next":"/inbox"`) || b.cookie() == before {
			t.Fatalf("passkey sign-in: %s (session renewed: %v)", fin.body, b.cookie() != before)
		}
		if n := e.auditCount("signin.failure"); n != failed+refused {
			t.Fatalf("%d refused racing finishes, %d signin.failure events", refused, n-failed)
		}
		if r := b.api("GET", "/v1/inbox"); r.status != 200 {
			t.Fatalf("after passkey sign-in: %d", r.status)
		}
		// Replayed again on the signed-in session: no ceremony to finish,
		// refused and counted like a wrong answer.
		failed = e.auditCount("signin.failure")
		b.get("/account") // the new session's CSRF token
		expectT(t, b.passkeyPost("/passkeys/login/finish", answer), 401, api.ProblemBadCredentials)
		if e.auditCount("signin.failure") != failed+1 {
			t.Fatal("replayed passkey answer not recorded")
		}

		// Step-up with the passkey.
		rid, _ := e.sendTo(tn, "pat-1", "test_result", "", "R", "Restricted body")
		e.clock.Add(6 * time.Minute)
		expectT(t, b.api("GET", "/v1/inbox/"+rid), 403, api.ProblemStepUpRequired)
		// Adding another passkey also needs a fresh factor.
		b.get("/account")
		expectT(t, b.passkeyPost("/passkeys/register/begin", nil), 403, api.ProblemStepUpRequired)
		b.get("/stepup?next=/inbox/" + rid)
		lo = b.passkeyPost("/passkeys/login/begin", nil)
		auth.Counter++
		e.expect(b.passkeyPost("/passkeys/login/finish", auth.Get(t, lo.body, nil)), 200, "")
		if r := b.api("GET", "/v1/inbox/"+rid); r.status != 200 || !strings.Contains(string(r.body), "Restricted body") {
			t.Fatalf("after passkey step-up: %d", r.status)
		}

		// A cloned authenticator (counter going backwards) is refused and
		// counted as a failed attempt.
		e.clock.Add(6 * time.Minute)
		failed = e.auditCount("signin.failure")
		b.get("/stepup?next=/inbox/" + rid)
		lo = b.passkeyPost("/passkeys/login/begin", nil)
		auth.Counter--
		expectT(t, b.passkeyPost("/passkeys/login/finish", auth.Get(t, lo.body, nil)), 401, api.ProblemBadCredentials)
		if e.auditCount("signin.failure") != failed+1 {
			t.Fatal("refused passkey not recorded")
		}
		// Without the session's CSRF token nothing starts.
		req, _ := http.NewRequest("POST", e.srv.URL+"/passkeys/login/begin", nil)
		res, err := b.c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != 403 {
			t.Fatalf("passkey begin without CSRF: %d", res.StatusCode)
		}
		if res, err := http.Get(e.srv.URL + "/assets/passkey.js"); err != nil || res.StatusCode != 200 || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/javascript") {
			t.Fatalf("passkey.js: %v %v", res, err)
		}

		// The account page lists the passkey and removes it: with a fresh
		// factor, only the owner's.
		b.get("/account")
		m := regexp.MustCompile(`name="id" value="([A-Za-z0-9_-]+)"`).FindStringSubmatch(b.page)
		if m == nil || !strings.Contains(b.page, "Passkey added ") {
			t.Fatalf("passkey not listed: %s", b.page)
		}
		if b.post("/account/passkeys/remove", url.Values{"id": {m[1]}}); b.url != "/stepup" {
			t.Fatalf("stale remove → %s", b.url)
		}
		intruder := e.browser(t)
		e.enrol(t, intruder, tn, "pat-2")
		intruder.get("/account")
		if st, _ := intruder.post("/account/passkeys/remove", url.Values{"id": {m[1]}}); st != 404 {
			t.Fatalf("another recipient removing the passkey → %d", st)
		}
		e.clock.Add(30 * time.Second)
		if st, _ := b.post("/stepup", url.Values{"code": {code(t, u.secret, e.clock.Now())}, "next": {"/account"}}); st != 200 || b.url != "/account" {
			t.Fatalf("step-up → %d %s", st, b.url)
		}
		if st, page := b.post("/account/passkeys/remove", url.Values{"id": {m[1]}}); st != 200 || b.url != "/account" || strings.Contains(page, "Passkey added ") {
			t.Fatalf("remove → %d %s", st, b.url)
		}
		if e.auditCount("passkey.remove") != 1 {
			t.Fatal("passkey removal not audited")
		}
	})
}
