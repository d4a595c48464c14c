package api_test

import (
	"bytes"
	"encoding/base64"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/api"
	"github.com/sealpost/sealpost/internal/passkey/passkeytest"
	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/staff"
	"github.com/sealpost/sealpost/internal/testdb"
	"github.com/sealpost/sealpost/internal/testsmtp"
)

// Staff passkeys over real HTTP on both databases, with a software
// authenticator: enrolment on /staff/account within 10 minutes of a full
// sign-in, sign-in with password then passkey, and every way a passkey
// answer can be wrong — refused, audited, counted toward the lockout.

// newPasskeyEnv is newEnv whose loopback listener is named "localhost" (its
// public URL and the URL the tests call): a WebAuthn relying party needs a
// host name, not an address.
func newPasskeyEnv(t *testing.T, kind string) *env {
	e := newEnvConfig(t, kind, nil, func(c *service.Config) {
		c.PublicURL = strings.Replace(c.PublicURL, "127.0.0.1", "localhost", 1)
	})
	e.srv.URL = strings.Replace(e.srv.URL, "127.0.0.1", "localhost", 1)
	return e
}

// staffAuthenticator is a software authenticator for the env's staff pages.
func (e *env) staffAuthenticator(t *testing.T) *passkeytest.Authenticator {
	return passkeytest.NewAuthenticator(t, "localhost", e.srv.URL)
}

var metaCSRF = regexp.MustCompile(`name="csrf-token" content="([^"]+)"`)

// staffJSON posts a passkey ceremony step as passkey.js does, with the CSRF
// token of the page the browser is on.
func (b *browser) staffJSON(path string, body []byte) resp {
	b.t.Helper()
	tok := ""
	if m := metaCSRF.FindStringSubmatch(b.page); m != nil {
		tok = m[1]
	} else if m := csrfRE.FindStringSubmatch(b.page); m != nil {
		tok = m[1]
	}
	return b.staffJSONToken(path, body, tok, b.e.srv.URL)
}

func (b *browser) staffJSONToken(path string, body []byte, token, origin string) resp {
	b.t.Helper()
	req, _ := http.NewRequest("POST", b.e.srv.URL+path, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("X-CSRF-Token", token)
	}
	req.Header.Set("Origin", origin)
	res, err := b.c.Do(req)
	if err != nil {
		b.t.Fatal(err)
	}
	defer res.Body.Close()
	out, _ := io.ReadAll(res.Body)
	return resp{res.StatusCode, res.Header, out}
}

// addStaffPasskey registers auth for the signed-in browser b on /staff/account.
func (e *env) addStaffPasskey(t *testing.T, b *browser, auth *passkeytest.Authenticator) {
	t.Helper()
	if st, page := b.get("/staff/account"); st != 200 || !strings.Contains(page, `id="staff-add-passkey"`) {
		t.Fatalf("account page without the add button: %d %s", st, page)
	}
	opts := b.staffJSON("/staff/account/passkeys/begin", nil)
	e.expect(opts, 200, "")
	e.expect(b.staffJSON("/staff/account/passkeys/finish", auth.Create(t, opts.body)), 200, "")
}

// passkeySignIn runs the passkey ceremony on a browser at the second step.
func (e *env) passkeySignIn(t *testing.T, b *browser, auth *passkeytest.Authenticator) resp {
	t.Helper()
	lo := b.staffJSON("/staff/signin/passkey/begin", nil)
	if lo.status != 200 {
		return lo
	}
	auth.Counter++
	return b.staffJSON("/staff/signin/passkey/finish", auth.Get(t, lo.body, nil))
}

func TestStaffPasskeys(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newPasskeyEnv(t, kind)
		relay := testsmtp.Start(t)
		a, bt := e.tenant("clinic-a"), e.tenant("clinic-b")
		ann := e.newStaff(t, relay, a, "Ann", "member", "billing")
		bob := e.newStaff(t, relay, a, "Bob", "member", "billing")
		fred := e.newStaff(t, relay, bt, "Fred", "member", "billing")
		auth, bobAuth, fredAuth := e.staffAuthenticator(t), e.staffAuthenticator(t), e.staffAuthenticator(t)

		// Just enrolled (a full sign-in): the account page offers a passkey.
		if st, page := ann.b.get("/staff/account"); st != 200 || !strings.Contains(page, `id="staff-no-passkey"`) ||
			!strings.Contains(page, `src="/assets/passkey.js"`) || !strings.Contains(page, `id="staff-totp"`) {
			t.Fatalf("account page: %d %s", st, page)
		}
		if !strings.Contains(ann.b.page, `href="/staff/account"`) {
			t.Fatal("no account link in the staff navigation")
		}
		opts := ann.b.staffJSON("/staff/account/passkeys/begin", nil)
		e.expect(opts, 200, "")
		o := passkeytest.ParseOptions(t, opts.body)
		if o.PublicKey.RP.ID != "localhost" || o.PublicKey.AuthenticatorSelection.UserVerification != "required" || o.PublicKey.Attestation != "none" {
			t.Fatalf("creation options: %s", opts.body)
		}
		if strings.Contains(string(opts.body), ann.email) {
			t.Fatal("the options carry the staff email")
		}
		created := auth.Create(t, opts.body)
		e.expect(ann.b.staffJSON("/staff/account/passkeys/finish", created), 200, "")
		if e.auditCount(staff.ActionPasskeyAdd) != 1 {
			t.Fatal("passkey added without its audit event")
		}
		// The ceremony's state is used once: the same answer again is refused.
		expectT(t, ann.b.staffJSON("/staff/account/passkeys/finish", created), 401, api.ProblemBadCredentials)
		if e.auditCount(staff.ActionPasskeyRefused) != 1 {
			t.Fatal("a refused registration answer was not audited")
		}
		if n := e.raw.Int(`SELECT COUNT(*) FROM staff_passkeys WHERE tenant_id = $1 AND staff_id = $2`, a.id, ann.id); n != 1 {
			t.Fatalf("%d stored passkeys", n)
		}
		ann.b.get("/staff/account")
		if !strings.Contains(ann.b.page, "Passkey added ") || strings.Contains(ann.b.page, `id="staff-no-passkey"`) {
			t.Fatalf("passkey not listed: %s", ann.b.page)
		}
		e.addStaffPasskey(t, bob.b, bobAuth)
		e.addStaffPasskey(t, fred.b, fredAuth)

		// Sign in: password, then the passkey; the session is renewed.
		pw := e.staffPassword(t, ann)
		if !strings.Contains(pw.page, `id="staff-passkey-signin"`) || !strings.Contains(pw.page, `id="code"`) {
			t.Fatalf("the second step does not offer both factors: %s", pw.page)
		}
		// The password-checked stage opens no staff route.
		expectT(t, pw.staffAPI("GET", "/v1/staff-inbox", nil), 401, api.ProblemSignInRequired)
		// Back to the first step: signing in again replaces the stage.
		stage := pw.staffCookie()
		if st, _ := pw.get("/staff/signin?tenant=" + a.id); st != 200 {
			t.Fatalf("back to sign-in: %d", st)
		}
		if st, page := pw.post("/staff/signin", url.Values{"tenant": {a.id}, "email": {ann.email}, "password": {testPassword}}); st != 200 || pw.url != "/staff/signin/factor" || pw.staffCookie() == stage {
			t.Fatalf("signing in again from the second step: %d %s %s", st, pw.url, page)
		}
		if n := e.raw.Int(`SELECT COUNT(*) FROM staff_sessions WHERE stage = 'password' AND staff_id = $1`, ann.id); n != 1 {
			t.Fatalf("%d password-checked sessions, want 1", n)
		}
		before := pw.staffCookie()
		lo := pw.staffJSON("/staff/signin/passkey/begin", nil)
		e.expect(lo, 200, "")
		if o := passkeytest.ParseOptions(t, lo.body); o.PublicKey.UserVerification != "required" || len(o.PublicKey.AllowCredentials) != 1 ||
			o.PublicKey.AllowCredentials[0].ID != base64.RawURLEncoding.EncodeToString(auth.CredID) {
			t.Fatalf("request options: %s", lo.body)
		}
		auth.Counter++
		fin := pw.staffJSON("/staff/signin/passkey/finish", auth.Get(t, lo.body, nil))
		e.expect(fin, 200, "")
		if !strings.Contains(string(fin.body), `"next":"/staff/inbox"`) || pw.staffCookie() == before {
			t.Fatalf("passkey sign-in: %s (session renewed: %v)", fin.body, pw.staffCookie() != before)
		}
		expectT(t, pw.staffAPI("GET", "/v1/staff-inbox", nil), 200, "")
		if e.auditCount(staff.ActionStaffSignInPasskey) != 1 {
			t.Fatal("passkey sign-in not audited")
		}
		if e.raw.Int(`SELECT COUNT(*) FROM staff_sessions WHERE stage = 'password' AND staff_id = $1`, ann.id) != 0 {
			t.Fatal("the password-checked session outlived the sign-in")
		}

		// Each refusal: no session, audited as a failed sign-in of that
		// account, counted toward its lockout.
		refused := func(t *testing.T, u staffUser, r resp) {
			t.Helper()
			expectT(t, r, 401, api.ProblemBadCredentials)
		}
		failures := func(u staffUser) int64 {
			return e.raw.Int(`SELECT failures FROM staff WHERE tenant_id = $1 AND id = $2`, u.tn.id, u.id)
		}
		t.Run("another staff member's passkey", func(t *testing.T) {
			fails, f0 := e.auditCount(staff.ActionStaffSignInFail), failures(bob)
			b := e.staffPassword(t, bob)
			lo := b.staffJSON("/staff/signin/passkey/begin", nil)
			e.expect(lo, 200, "")
			auth.Counter++
			refused(t, bob, b.staffJSON("/staff/signin/passkey/finish", auth.Get(t, lo.body, nil)))
			if e.auditCount(staff.ActionStaffSignInFail) != fails+1 || failures(bob) != f0+1 {
				t.Fatal("not counted")
			}
			expectT(t, b.staffAPI("GET", "/v1/staff-inbox", nil), 401, api.ProblemSignInRequired)
		})
		t.Run("another tenant", func(t *testing.T) {
			// Ann's credential answering Fred's (tenant B) challenge.
			fails := e.auditCount(staff.ActionStaffSignInFail)
			b := e.staffPassword(t, fred)
			lo := b.staffJSON("/staff/signin/passkey/begin", nil)
			e.expect(lo, 200, "")
			auth.Counter++
			refused(t, fred, b.staffJSON("/staff/signin/passkey/finish", auth.Get(t, lo.body, nil)))
			if e.auditCount(staff.ActionStaffSignInFail) != fails+1 {
				t.Fatal("not audited")
			}
			// Ann's row copied into Fred's account (tenant B) does not verify
			// (its binding names tenant A and Ann), so it is never used.
			e.raw.Exec(`DELETE FROM staff_passkeys WHERE tenant_id = $1 AND staff_id = $2`, bt.id, fred.id)
			e.raw.Exec(`INSERT INTO staff_passkeys (tenant_id, staff_id, id, data, binding, sign_count, created_at)
				SELECT $1, $2, id, data, binding, sign_count, created_at FROM staff_passkeys WHERE tenant_id = $3 AND staff_id = $4`, bt.id, fred.id, a.id, ann.id)
			b = e.staffPassword(t, fred)
			if strings.Contains(b.page, `id="staff-passkey-signin"`) {
				t.Fatal("a moved credential is offered")
			}
			expectT(t, b.staffJSON("/staff/signin/passkey/begin", nil), 401, api.ProblemBadCredentials)
			if !strings.Contains(e.logs.String(), "staff passkey binding does not verify") {
				t.Fatal("the moved credential was not logged")
			}
		})
		t.Run("expired stage", func(t *testing.T) {
			denied := e.refused(staff.ActionStaffDenied)
			b := e.staffPassword(t, ann)
			lo := b.staffJSON("/staff/signin/passkey/begin", nil)
			e.expect(lo, 200, "")
			e.clock.Add(staff.PasswordStageTTL + time.Second)
			auth.Counter++
			expectT(t, b.staffJSON("/staff/signin/passkey/finish", auth.Get(t, lo.body, nil)), 401, api.ProblemSignInRequired)
			expectT(t, b.staffJSON("/staff/signin/passkey/begin", nil), 401, api.ProblemSignInRequired)
			if e.refused(staff.ActionStaffDenied) != denied+2 {
				t.Fatal("refusals after the stage expired not audited")
			}
			if st, _ := b.get("/staff/signin/factor"); st != 401 {
				t.Fatalf("factor page after the stage expired: %d", st)
			}
		})
		t.Run("no user verification", func(t *testing.T) {
			fails := e.auditCount(staff.ActionStaffSignInFail)
			b := e.staffPassword(t, ann)
			auth.Flags = passkeytest.FlagUP
			defer func() { auth.Flags = passkeytest.FlagUP | passkeytest.FlagUV }()
			refused(t, ann, e.passkeySignIn(t, b, auth))
			if e.auditCount(staff.ActionStaffSignInFail) != fails+1 {
				t.Fatal("not audited")
			}
		})
		t.Run("replayed challenge", func(t *testing.T) {
			fails := e.auditCount(staff.ActionStaffSignInFail)
			b := e.staffPassword(t, ann)
			first := b.staffJSON("/staff/signin/passkey/begin", nil)
			second := b.staffJSON("/staff/signin/passkey/begin", nil)
			e.expect(first, 200, "")
			e.expect(second, 200, "")
			auth.Counter++
			// An answer to the first challenge after a second was issued.
			refused(t, ann, b.staffJSON("/staff/signin/passkey/finish", auth.Get(t, first.body, nil)))
			// The second challenge was taken by that attempt: used once.
			auth.Counter++
			refused(t, ann, b.staffJSON("/staff/signin/passkey/finish", auth.Get(t, second.body, nil)))
			if e.auditCount(staff.ActionStaffSignInFail) != fails+2 {
				t.Fatal("not audited")
			}
		})
		t.Run("cloned authenticator", func(t *testing.T) {
			b := e.staffPassword(t, ann)
			// The stored counter is 1 (the one sign-in); the answer says 1 again.
			if n := e.raw.Int(`SELECT sign_count FROM staff_passkeys WHERE staff_id = $1`, ann.id); n != 1 {
				t.Fatalf("stored counter %d", n)
			}
			auth.Counter = 0
			refused(t, ann, e.passkeySignIn(t, b, auth))
			auth.Counter = 100
		})
		t.Run("without the stage's CSRF token", func(t *testing.T) {
			denied := e.refused(staff.ActionStaffDenied)
			b := e.staffPassword(t, ann)
			expectT(t, b.staffJSONToken("/staff/signin/passkey/begin", nil, "", e.srv.URL), 403, api.ProblemCSRF)
			expectT(t, b.staffJSONToken("/staff/signin/passkey/begin", nil, ann.b.staffCSRF(), e.srv.URL), 403, api.ProblemCSRF)
			tok := metaCSRF.FindStringSubmatch(b.page)[1]
			expectT(t, b.staffJSONToken("/staff/signin/passkey/begin", nil, tok, "https://evil.example"), 403, api.ProblemCSRF)
			if e.refused(staff.ActionStaffDenied) != denied+3 {
				t.Fatal("CSRF refusals not audited")
			}
		})
		// Four failures of Ann's so far (no UV, the replay twice, the
		// clone); a wrong code is the fifth: locked, even her passkey.
		t.Run("lockout", func(t *testing.T) {
			if got := failures(ann); got != 4 {
				t.Fatalf("failures %d, want 4", got)
			}
			b := e.staffPassword(t, ann)
			if st, _ := b.post("/staff/signin/factor", url.Values{"code": {"000000"}}); st != 401 {
				t.Fatalf("wrong code: %d", st)
			}
			expectT(t, b.staffJSON("/staff/signin/passkey/begin", nil), 429, api.ProblemSignInLocked)
			if st, _ := b.post("/staff/signin/factor", url.Values{"code": {code(t, ann.secret, e.clock.Now().Add(time.Minute))}}); st != 429 {
				t.Fatalf("right code while locked: %d", st)
			}
		})
		e.clock.Add(staff.LockFor)
		b := e.staffPassword(t, ann)
		e.expect(e.passkeySignIn(t, b, auth), 200, "")

		// Adding or removing needs a full sign-in within 10 minutes.
		for range 2 { // keep the session alive past the window
			e.clock.Add(5 * time.Minute)
			expectT(t, b.staffAPI("GET", "/v1/staff-inbox", nil), 200, "")
		}
		e.clock.Add(time.Minute)
		if st, page := b.get("/staff/account"); st != 200 || !strings.Contains(page, `id="staff-stale"`) || strings.Contains(page, `id="staff-add-passkey"`) {
			t.Fatalf("stale account page: %d %s", st, page)
		}
		expectT(t, b.staffJSONToken("/staff/account/passkeys/begin", nil, b.staffCSRF(), e.srv.URL), 403, api.ProblemStepUpRequired)
		id := base64.RawURLEncoding.EncodeToString(auth.CredID)
		if st, _ := b.post("/staff/account/passkeys/remove", url.Values{"id": {id}}); st != 403 {
			t.Fatalf("stale removal: %d", st)
		}
		// Another member cannot remove it; its owner, freshly signed in, can.
		bb := e.staffSignIn(t, bob)
		bb.get("/staff/account")
		if st, _ := bb.post("/staff/account/passkeys/remove", url.Values{"id": {id}}); st != 404 {
			t.Fatalf("bob removing ann's passkey: %d", st)
		}
		fresh := e.staffSignIn(t, ann) // with the TOTP code: it stays enrolled
		fresh.get("/staff/account")
		if st, page := fresh.post("/staff/account/passkeys/remove", url.Values{"id": {id}}); st != 200 || fresh.url != "/staff/account" || !strings.Contains(page, `id="staff-no-passkey"`) {
			t.Fatalf("remove: %d %s", st, fresh.url)
		}
		if e.auditCount(staff.ActionPasskeyRemove) != 1 {
			t.Fatal("removal not audited")
		}
		// Without passkeys the second step offers the code only, and it works.
		pw = e.staffPassword(t, ann)
		if strings.Contains(pw.page, `id="staff-passkey-signin"`) {
			t.Fatal("passkey offered without one")
		}
		expectT(t, pw.staffJSON("/staff/signin/passkey/begin", nil), 401, api.ProblemBadCredentials)
		e.clock.Add(30 * time.Second)
		if st, _ := pw.post("/staff/signin/factor", url.Values{"code": {code(t, ann.secret, e.clock.Now())}}); st != 200 || pw.url != "/staff/inbox" {
			t.Fatalf("TOTP after removing the passkey: %d %s", st, pw.url)
		}
		if e.auditCount(staff.ActionStaffSignInPassword) < 5 {
			t.Fatal("password-checked stages not audited")
		}
	})
}

// TestStaffPasskeyPageMatrix: every page of the staff sign-in's second step
// and of the staff account refuses, and audits, each caller without the
// right staff session — signed out, a patient session, a staff session
// still enrolling, one with only its password checked, one signed in where
// the password-checked stage is needed — each with its own valid CSRF
// token, so the refusal comes from the session check; plain HTTP outside
// --dev is refused too. No refusal changes anything but the audit log.
// Every such page has a case.
func TestStaffPasskeyPageMatrix(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newPasskeyEnv(t, kind)
		relay := testsmtp.Start(t)
		a, bt := e.tenant("clinic-a"), e.tenant("clinic-b")
		olga := e.newStaff(t, relay, a, "Olga", "member", "billing")
		fred := e.newStaff(t, relay, bt, "Fred", "member", "billing")
		auth := e.staffAuthenticator(t)
		e.addStaffPasskey(t, olga.b, auth)
		credID := base64.RawURLEncoding.EncodeToString(auth.CredID)
		patient := e.browser(t)
		e.enrol(t, patient, a, "pat-a")
		r := e.do("POST", "/v1/staff", a.key, map[string]any{"email": "nomfa@staff.example", "role": "member", "pools": []string{"billing"}})
		e.expect(r, 201, "")
		link := inviteRE.FindString(mailText(e.staffNotices(t, relay)[0]))
		enrolling := e.browser(t)
		enrolling.get(link)
		enrolling.post(link, nil)
		passwordOnly := e.staffPassword(t, olga)
		signedIn := e.staffSignIn(t, olga)

		// Each caller's own CSRF token: the double-submit one before any
		// staff session, else its session's.
		tokenPage := map[*browser]string{e.browser(t): "/staff/signin?tenant=" + a.id, patient: "/staff/signin?tenant=" + a.id, enrolling: "/staff/enrol",
			passwordOnly: "/staff/signin/factor", signedIn: "/staff/account", fred.b: "/staff/account"}
		tokens := map[*browser]string{}
		var signedOut *browser
		for b, page := range tokenPage {
			path, _, _ := strings.Cut(page, "?")
			if st, _ := b.get(page); st != 200 || b.url != path {
				t.Fatalf("%s: %d %s", page, st, b.url)
			}
			tokens[b] = b.csrf()
			if b != patient && path == "/staff/signin" {
				signedOut = b
			}
		}
		callers := map[string]*browser{"signed out": signedOut, "patient session": patient, "enrolling": enrolling, "password only": passwordOnly, "signed in": signedIn}

		type outcome struct {
			status int
			url    string // the final page after redirects ("" for JSON)
		}
		cases := map[string]struct {
			path    string
			json    bool
			allowed string             // the caller this page is for (not tried here)
			want    map[string]outcome // refused callers and their answers
		}{
			"GET /staff/signin/factor": {"/staff/signin/factor", false, "password only", map[string]outcome{
				"signed out": {401, "/staff/signin/factor"}, "patient session": {401, "/staff/signin/factor"}, "enrolling": {401, "/staff/signin/factor"}}},
			"POST /staff/signin/factor": {"/staff/signin/factor", false, "password only", map[string]outcome{
				"signed out": {401, "/staff/signin/factor"}, "patient session": {401, "/staff/signin/factor"}, "enrolling": {401, "/staff/signin/factor"}}},
			"POST /staff/signin/passkey/begin": {"/staff/signin/passkey/begin", true, "password only", map[string]outcome{
				"signed out": {401, ""}, "patient session": {401, ""}, "enrolling": {401, ""}, "signed in": {401, ""}}},
			"POST /staff/signin/passkey/finish": {"/staff/signin/passkey/finish", true, "password only", map[string]outcome{
				"signed out": {401, ""}, "patient session": {401, ""}, "enrolling": {401, ""}, "signed in": {401, ""}}},
			"GET /staff/account": {"/staff/account", false, "signed in", map[string]outcome{
				"signed out": {200, "/staff/signin"}, "patient session": {200, "/staff/signin"}, "enrolling": {200, "/staff/signin"}, "password only": {200, "/staff/signin"}}},
			"POST /staff/account/passkeys/begin": {"/staff/account/passkeys/begin", true, "signed in", map[string]outcome{
				"signed out": {401, ""}, "patient session": {401, ""}, "enrolling": {401, ""}, "password only": {401, ""}}},
			"POST /staff/account/passkeys/finish": {"/staff/account/passkeys/finish", true, "signed in", map[string]outcome{
				"signed out": {401, ""}, "patient session": {401, ""}, "enrolling": {401, ""}, "password only": {401, ""}}},
			"POST /staff/account/passkeys/remove": {"/staff/account/passkeys/remove", false, "signed in", map[string]outcome{
				"signed out": {200, "/staff/signin"}, "patient session": {200, "/staff/signin"}, "enrolling": {200, "/staff/signin"}, "password only": {200, "/staff/signin"}}},
		}
		srv := e.srv.Config.Handler.(*api.Server)
		seen := 0
		for _, pat := range srv.PagePatterns() {
			if strings.HasPrefix(pat, "GET /staff/signin/") || strings.HasPrefix(pat, "POST /staff/signin/") || strings.Contains(pat, " /staff/account") {
				seen++
				if _, ok := cases[pat]; !ok {
					t.Errorf("page %s has no case", pat)
				}
			}
		}
		if seen != len(cases) {
			t.Fatalf("%d such pages, %d cases", seen, len(cases))
		}
		counts := func() map[string]int64 { m := e.rowCounts(); delete(m, "audit_events"); return m }
		call := func(b *browser, method, path string, json bool, token string) (int, string) {
			if json {
				r := b.staffJSONToken(path, []byte(`{}`), token, e.srv.URL)
				return r.status, ""
			}
			if method == "GET" {
				return b.get(path)
			}
			st, _ := b.post(path, url.Values{"csrf": {token}, "code": {"123456"}, "id": {credID}})
			return st, b.url
		}
		for pat, c := range cases {
			method, _, _ := strings.Cut(pat, " ")
			for who, want := range c.want {
				t.Run(pat+" "+who, func(t *testing.T) {
					b := callers[who]
					before, denied := counts(), e.refused(staff.ActionStaffDenied)
					st, final := call(b, method, c.path, c.json, tokens[b])
					if st != want.status || (!c.json && b.url != want.url) {
						t.Fatalf("%d at %s, want %d at %s: %s", st, final, want.status, want.url, b.page)
					}
					if got := e.refused(staff.ActionStaffDenied) - denied; got != 1 {
						t.Fatalf("%d staff.access_denied events, want 1", got)
					}
					if after := counts(); !mapsEqual(before, after) {
						t.Fatalf("rows changed %v → %v", before, after)
					}
				})
			}
		}
		// Another tenant's staff member cannot remove Olga's passkey.
		t.Run("another tenant removes", func(t *testing.T) {
			before := counts()
			if st, _ := fred.b.post("/staff/account/passkeys/remove", url.Values{"csrf": {tokens[fred.b]}, "id": {credID}}); st != 404 {
				t.Fatalf("%d", st)
			}
			if after := counts(); !mapsEqual(before, after) {
				t.Fatalf("rows changed %v → %v", before, after)
			}
		})
		// A signed-in member on the second step goes to the inbox.
		if st, _ := signedIn.get("/staff/signin/factor"); st != 200 || signedIn.url != "/staff/inbox" {
			t.Fatalf("signed in at the second step: %d %s", st, signedIn.url)
		}
		// Plain HTTP outside --dev: refused before any session is read.
		plain := httptest.NewServer(api.New(e.svc, slog.New(slog.DiscardHandler), e.met))
		defer plain.Close()
		for pat, c := range cases {
			method, _, _ := strings.Cut(pat, " ")
			t.Run(pat+" plain HTTP", func(t *testing.T) {
				before, denied := counts(), e.refused(staff.ActionStaffDenied)
				req, _ := http.NewRequest(method, plain.URL+c.path, strings.NewReader(`{}`))
				res, err := http.DefaultClient.Do(req)
				if err != nil {
					t.Fatal(err)
				}
				res.Body.Close()
				if res.StatusCode != 403 {
					t.Fatalf("%d", res.StatusCode)
				}
				if e.refused(staff.ActionStaffDenied) != denied+1 {
					t.Fatal("not audited")
				}
				if after := counts(); !mapsEqual(before, after) {
					t.Fatalf("rows changed %v → %v", before, after)
				}
			})
		}
		// The callers the pages are for do get in.
		if st, _ := passwordOnly.get("/staff/signin/factor"); st != 200 || !strings.Contains(passwordOnly.page, `id="staff-passkey-signin"`) {
			t.Fatalf("second step: %d", st)
		}
		if st, _ := signedIn.get("/staff/account"); st != 200 || !strings.Contains(signedIn.page, "Passkey added ") {
			t.Fatalf("account: %d", st)
		}
	})
}

func mapsEqual(a, b map[string]int64) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}
