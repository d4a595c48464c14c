package api_test

import (
	"bytes"
	"encoding/base64"
	"log/slog"
	"maps"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/api"
	"github.com/sealpost/sealpost/internal/oidc/oidctest"
	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/staff"
	"github.com/sealpost/sealpost/internal/testdb"
	"github.com/sealpost/sealpost/internal/testsmtp"
)

// Staff sign-in through the organisation's OpenID provider, against the
// real loopback provider (internal/oidc/oidctest).

// staffOIDCEnv: tenants A and B, each with an enrolled staff member (Olga
// in A, Fred in B) and the same provider configured for staff, whose
// second-factor proof is amr otp or hwk.
func staffOIDCEnv(t *testing.T, kind string) (e *env, a, b tenant, olga, fred staffUser, o *oidctest.Provider) {
	e = newEnvConfig(t, kind, nil, func(c *service.Config) { c.AllowHTTPWebhooks = true })
	relay := testsmtp.Start(t)
	a, b = e.tenant("clinic-a"), e.tenant("clinic-b")
	olga = e.newStaff(t, relay, a, "Olga", "member")
	fred = e.newStaff(t, relay, b, "Fred", "member")
	o = oidctest.Start(t, e.srv.URL+staff.OIDCCallbackPath, "olga", "fred", "stranger")
	for _, tn := range []tenant{a, b} {
		e.expect(e.do("PUT", "/v1/settings/staff-oidc", tn.key, map[string]any{"issuer": o.Issuer, "client_id": oidctest.ClientID,
			"client_secret": oidctest.ClientSecret, "step_up_amr": []string{"otp", "hwk"}}), 200, "")
	}
	return
}

// idpSignIn makes the provider sign the next user in with the given amr and
// acr, its ID token carrying email (and email_verified when verified is
// non-nil).
func idpSignIn(o *oidctest.Provider, user, email string, amr []string, acr string, verified *bool) {
	o.SignIn(user, amr, acr, 0)
	o.Alter(func(c map[string]any) (map[string]any, string) {
		if email != "" {
			c["email"] = email
		}
		if verified != nil {
			c["email_verified"] = *verified
		}
		return c, ""
	})
}

// staffOIDCSignIn follows the staff sign-in page's button through the
// provider and back to the callback.
func staffOIDCSignIn(b *browser, tn tenant) (int, string) {
	b.t.Helper()
	if st, page := b.get("/staff/signin?tenant=" + tn.id); st != 200 || !strings.Contains(page, `id="staff-oidc-signin"`) || !strings.Contains(page, "Sign in with your organisation") {
		b.t.Fatalf("no organisation button on the staff sign-in page: %d %s", st, page)
	}
	return b.get("/staff/oidc/start?tenant=" + tn.id)
}

func (b *browser) staffCookie() string {
	u, _ := url.Parse(b.e.srv.URL)
	for _, c := range b.c.Jar.Cookies(u) {
		if c.Name == "sealpost_staff" || c.Name == "__Host-sealpost_staff" {
			return c.Value
		}
	}
	return ""
}

func TestStaffOIDCSettings(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnvConfig(t, kind, nil, func(c *service.Config) { c.AllowHTTPWebhooks = true })
		tn := e.tenant("clinic")
		o := oidctest.Start(t, e.srv.URL+staff.OIDCCallbackPath, "olga")
		e.expect(e.do("GET", "/v1/settings/staff-oidc", tn.key, nil), 404, api.ProblemNotFound)
		if _, page := e.browser(t).get("/staff/signin?tenant=" + tn.id); strings.Contains(page, "staff-oidc-signin") {
			t.Fatal("the organisation button shows without a provider")
		}
		// A provider without a second-factor proof is refused, as is bad input; nothing changes.
		audits := e.auditCount("tenant.settings")
		for _, bad := range []map[string]any{
			{"issuer": o.Issuer, "client_id": oidctest.ClientID, "client_secret": "s"},
			{"issuer": o.Issuer, "client_id": oidctest.ClientID, "client_secret": "s", "step_up_amr": []string{}, "step_up_acr_values": []string{}},
			{"issuer": "ftp://id.example", "client_id": "x", "client_secret": "s", "step_up_amr": []string{"otp"}},
			{"issuer": o.Issuer, "client_id": "", "client_secret": "s", "step_up_amr": []string{"otp"}},
			{"issuer": o.Issuer, "client_id": "x", "step_up_amr": []string{"otp"}}, // no secret yet
			{"issuer": o.Issuer, "client_id": "x", "client_secret": "s", "step_up_amr": []string{"otp"}, "external_id_claim": "a b"},
		} {
			e.expect(e.do("PUT", "/v1/settings/staff-oidc", tn.key, bad), 422, api.ProblemValidation)
		}
		if e.auditCount("tenant.settings") != audits {
			t.Fatal("a refused PUT was recorded")
		}
		e.expect(e.do("GET", "/v1/settings/staff-oidc", tn.key, nil), 404, api.ProblemNotFound)

		r := e.do("PUT", "/v1/settings/staff-oidc", tn.key, map[string]any{"issuer": o.Issuer + "/", "client_id": oidctest.ClientID,
			"client_secret": oidctest.ClientSecret, "step_up_acr_values": []string{"urn:mfa"}})
		e.expect(r, 200, "")
		if bytes.Contains(r.body, []byte(oidctest.ClientSecret)) {
			t.Fatalf("PUT answers the secret: %s", r.body)
		}
		if e.auditCount("tenant.settings") != audits+1 {
			t.Fatal("the PUT is not audited")
		}
		got := e.do("GET", "/v1/settings/staff-oidc", tn.key, nil).json(t)
		if got["issuer"] != o.Issuer || got["client_secret_set"] != true || got["external_id_claim"] != "email" || got["client_secret"] != nil {
			t.Fatalf("GET: %v", got)
		}
		var settings string
		if err := e.raw.QueryRow(`SELECT settings FROM tenants WHERE id = $1`, tn.id).Scan(&settings); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(settings, oidctest.ClientSecret) || !strings.Contains(settings, `"staff_oidc"`) {
			t.Fatalf("stored settings: the secret in the clear, or no staff_oidc: %s", settings)
		}
		// The patient provider and the general settings are separate and
		// each PUT keeps the other; a PUT without a secret keeps the secret.
		e.expect(e.do("PUT", "/v1/settings", tn.key, map[string]any{"display_name": "Lakeside"}), 200, "")
		e.expect(e.do("PUT", "/v1/settings/oidc", tn.key, map[string]any{"issuer": o.Issuer, "client_id": "patients",
			"client_secret": "patient-secret", "step_up_amr": []string{"otp"}}), 200, "")
		e.expect(e.do("PUT", "/v1/settings/staff-oidc", tn.key, map[string]any{"issuer": o.Issuer, "client_id": oidctest.ClientID,
			"step_up_amr": []string{"hwk"}, "external_id_claim": "upn"}), 200, "")
		got = e.do("GET", "/v1/settings/staff-oidc", tn.key, nil).json(t)
		if got["client_id"] != oidctest.ClientID || got["client_secret_set"] != true || got["external_id_claim"] != "upn" {
			t.Fatalf("after the other PUTs: %v", got)
		}
		if p := e.do("GET", "/v1/settings/oidc", tn.key, nil).json(t); p["client_id"] != "patients" {
			t.Fatalf("the patient provider: %v", p)
		}
		if _, page := e.browser(t).get("/staff/signin?tenant=" + tn.id); !strings.Contains(page, "staff-oidc-signin") {
			t.Fatal("no organisation button with a provider")
		}
	})
}

func TestStaffOIDCSignIn(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e, a, _, olga, fred, o := staffOIDCEnv(t, kind)
		yes, no := true, false

		t.Run("MFA proven opens the staff inbox", func(t *testing.T) {
			idpSignIn(o, "olga", olga.email, []string{"pwd", "otp"}, "", &yes)
			b := e.browser(t)
			before := e.auditCount(staff.ActionStaffSignInOIDC)
			if st, page := staffOIDCSignIn(b, a); st != 200 || b.url != staff.OIDCCallbackPath || !strings.Contains(page, `href="/staff/inbox"`) {
				t.Fatalf("callback: %d %s %s", st, b.url, page)
			}
			q := o.LastAuthorize()
			if q.Get("code_challenge_method") != "S256" || q.Get("state") == "" || q.Get("nonce") == "" {
				t.Fatalf("authorize request lacks PKCE/state/nonce: %v", q)
			}
			if b.staffCookie() == "" {
				t.Fatal("no staff session cookie")
			}
			if st, _ := b.get("/staff/inbox"); st != 200 || b.url != "/staff/inbox" {
				t.Fatalf("staff inbox: %d %s", st, b.url)
			}
			if r := b.staffAPI("GET", "/v1/staff-inbox", nil); r.status != 200 {
				t.Fatalf("staff inbox API: %d %s", r.status, r.body)
			}
			if e.auditCount(staff.ActionStaffSignInOIDC) != before+1 {
				t.Fatal("the sign-in is not audited")
			}
			// Signed in already: the start page goes to the inbox, not the provider.
			if st, _ := b.get("/staff/oidc/start?tenant=" + a.id); st != 200 || b.url != "/staff/inbox" {
				t.Fatalf("start when signed in: %d %s", st, b.url)
			}
			var n int
			if err := e.raw.QueryRow(`SELECT COUNT(*) FROM audit_events WHERE action = $1 AND actor = $2 AND object_id = $3`,
				staff.ActionStaffSignInOIDC, "staff:"+olga.id, olga.id).Scan(&n); err != nil || n == 0 {
				t.Fatalf("sign-in event not Olga's: %d %v", n, err)
			}
			// The same idle limit as a password and TOTP session.
			e.clock.Add(staff.DefaultSessionIdle + time.Minute)
			if st, _ := b.get("/staff/inbox"); st != 200 || b.url != "/staff/signin" {
				t.Fatalf("idle session: %d %s", st, b.url)
			}
		})

		t.Run("email_verified absent is accepted", func(t *testing.T) {
			idpSignIn(o, "olga", strings.ToUpper(olga.email), []string{"hwk"}, "", nil)
			b := e.browser(t)
			if st, _ := staffOIDCSignIn(b, a); st != 200 || b.staffCookie() == "" {
				t.Fatalf("callback: %d %s", st, b.url)
			}
		})

		t.Run("acr proves MFA when configured", func(t *testing.T) {
			e.expect(e.do("PUT", "/v1/settings/staff-oidc", a.key, map[string]any{"issuer": o.Issuer, "client_id": oidctest.ClientID,
				"step_up_acr_values": []string{"urn:mfa"}}), 200, "")
			t.Cleanup(func() {
				e.expect(e.do("PUT", "/v1/settings/staff-oidc", a.key, map[string]any{"issuer": o.Issuer, "client_id": oidctest.ClientID,
					"step_up_amr": []string{"otp", "hwk"}}), 200, "")
			})
			idpSignIn(o, "olga", olga.email, []string{"pwd"}, "urn:mfa", &yes)
			if b := e.browser(t); func() bool { st, _ := staffOIDCSignIn(b, a); return st != 200 || b.staffCookie() == "" }() {
				t.Fatal("acr urn:mfa refused")
			}
			// amr otp is not among the configured proofs any more.
			idpSignIn(o, "olga", olga.email, []string{"otp"}, "urn:weak", &yes)
			if b := e.browser(t); func() bool { st, _ := staffOIDCSignIn(b, a); return st != 401 || b.staffCookie() != "" }() {
				t.Fatal("unconfigured amr accepted")
			}
		})

		refusals := []struct {
			name, reason string
			setup        func()
		}{
			{"password only", "mfa", func() { idpSignIn(o, "olga", olga.email, []string{"pwd"}, "", &yes) }},
			{"no amr or acr", "mfa", func() { idpSignIn(o, "olga", olga.email, nil, "", &yes) }},
			{"acr not configured", "mfa", func() { idpSignIn(o, "olga", olga.email, []string{"pwd"}, "urn:mfa", &yes) }},
			{"email not verified", "email_unverified", func() { idpSignIn(o, "olga", olga.email, []string{"otp"}, "", &no) }},
			{"unknown email", "no_staff", func() { idpSignIn(o, "stranger", "stranger@staff.example", []string{"otp"}, "", &yes) }},
			{"another tenant's staff member", "no_staff", func() { idpSignIn(o, "fred", fred.email, []string{"otp"}, "", &yes) }},
			{"no email claim", "claim", func() {
				o.SignIn("olga", []string{"otp"}, "", 0)
				o.Alter(func(c map[string]any) (map[string]any, string) { delete(c, "email"); return c, "" })
			}},
			{"claim is no email address", "claim", func() { idpSignIn(o, "olga", "olga", []string{"otp"}, "", &yes) }},
			{"nonce mismatch", "nonce", func() {
				o.SignIn("olga", []string{"otp"}, "", 0)
				o.Alter(func(c map[string]any) (map[string]any, string) {
					c["email"], c["nonce"] = olga.email, "another"
					return c, ""
				})
			}},
			{"bad signature", "token", func() {
				o.SignIn("olga", []string{"otp"}, "", 0)
				o.Alter(func(c map[string]any) (map[string]any, string) { c["email"] = olga.email; return c, "badsig" })
			}},
		}
		for _, c := range refusals {
			t.Run(c.name, func(t *testing.T) {
				c.setup()
				action := staff.ActionStaffOIDCRefused + "." + c.reason
				before, sessions := e.auditCount(action), e.raw.Int(`SELECT COUNT(*) FROM staff_sessions`)
				b := e.browser(t)
				st, page := staffOIDCSignIn(b, a)
				if st != 401 || !strings.Contains(page, "Sign-in did not work") || !strings.Contains(page, "/staff/signin?tenant="+a.id) {
					t.Fatalf("%d %s %s", st, b.url, page)
				}
				if b.staffCookie() != "" || e.raw.Int(`SELECT COUNT(*) FROM staff_sessions`) != sessions {
					t.Fatal("a staff session was made")
				}
				if got := e.auditCount(action); got != before+1 {
					t.Fatalf("audit %s: %d, want %d", action, got, before+1)
				}
				if st, _ := b.get("/staff/inbox"); b.url != "/staff/signin" {
					t.Fatalf("inbox after a refusal: %d %s", st, b.url)
				}
			})
		}

		t.Run("Fred signs in at his own tenant", func(t *testing.T) {
			idpSignIn(o, "fred", fred.email, []string{"otp"}, "", &yes)
			b := e.browser(t)
			if st, _ := staffOIDCSignIn(b, fred.tn); st != 200 || b.staffCookie() == "" {
				t.Fatalf("callback: %d %s", st, b.url)
			}
			if r := b.staffAPI("GET", "/v1/staff-session", nil); r.status != 200 || !strings.Contains(string(r.body), "Fred") {
				t.Fatalf("Fred's session: %d %s", r.status, r.body)
			}
		})

		t.Run("state mismatch and replay", func(t *testing.T) {
			idpSignIn(o, "olga", olga.email, []string{"otp"}, "", &yes)
			b := e.browser(t)
			b.c.CheckRedirect = func(r *http.Request, _ []*http.Request) error {
				if r.URL.Path == staff.OIDCCallbackPath {
					return http.ErrUseLastResponse
				}
				return nil
			}
			res, err := b.c.Get(e.srv.URL + "/staff/oidc/start?tenant=" + a.id)
			if err != nil {
				t.Fatal(err)
			}
			res.Body.Close()
			u, _ := url.Parse(res.Header.Get("Location"))
			if u.Path != staff.OIDCCallbackPath || u.Query().Get("code") == "" {
				t.Fatalf("no callback: %d %s", res.StatusCode, u)
			}
			b.c.CheckRedirect = nil
			q := u.Query()
			q.Set("state", q.Get("state")+"x")
			u.RawQuery = q.Encode()
			action := staff.ActionStaffOIDCRefused + ".state"
			before := e.auditCount(action)
			if st, _ := b.get(u.String()); st != 401 || b.staffCookie() != "" {
				t.Fatalf("state mismatch: %d", st)
			}
			if e.auditCount(action) != before+1 {
				t.Fatal("state mismatch not audited")
			}
			// The flow cookie was used up: the right state fails now too.
			q.Set("state", strings.TrimSuffix(q.Get("state"), "x"))
			u.RawQuery = q.Encode()
			if st, _ := b.get(u.String()); st != 401 || b.staffCookie() != "" {
				t.Fatalf("replayed callback: %d", st)
			}
			if e.auditCount(action) != before+2 {
				t.Fatal("replay not audited")
			}
		})

		t.Run("a flow of tenant B cannot be finished as tenant A", func(t *testing.T) {
			// The flow cookie is MAC'd under the tenant it names: one whose
			// tenant is rewritten does not verify.
			idpSignIn(o, "olga", olga.email, []string{"otp"}, "", &yes)
			b := e.browser(t)
			b.c.CheckRedirect = func(r *http.Request, _ []*http.Request) error {
				if r.URL.Path == staff.OIDCCallbackPath {
					return http.ErrUseLastResponse
				}
				return nil
			}
			res, err := b.c.Get(e.srv.URL + "/staff/oidc/start?tenant=" + fred.tn.id)
			if err != nil {
				t.Fatal(err)
			}
			res.Body.Close()
			b.c.CheckRedirect = nil
			cb, _ := url.Parse(e.srv.URL + staff.OIDCCallbackPath)
			rewritten := false
			for _, c := range b.c.Jar.Cookies(cb) {
				if c.Name == "sealpost_staff_oidc" {
					rewritten = true
					payload, tag, _ := strings.Cut(c.Value, ".")
					raw := mustB64(t, payload)
					raw = bytes.Replace(raw, []byte(fred.tn.id), []byte(a.id), 1)
					c.Value = b64(raw) + "." + tag
					c.Path = staff.OIDCCallbackPath
					b.c.Jar.SetCookies(cb, []*http.Cookie{c})
				}
			}
			if !rewritten {
				t.Fatal("no flow cookie")
			}
			before := e.refused(staff.ActionStaffOIDCRefused + ".state")
			if st, _ := b.get(res.Header.Get("Location")); st != 401 || b.staffCookie() != "" {
				t.Fatalf("rewritten flow: %d", st)
			}
			if e.refused(staff.ActionStaffOIDCRefused+".state") != before+1 {
				t.Fatal("not audited")
			}
		})
	})
}

// staffOIDCCrossTenantCases: tenant B's key neither reads nor changes A's
// staff provider (api_test.go's cross-tenant matrix).
func staffOIDCCrossTenantCases(t *testing.T, e *env, a, b tenant) map[string]func(t *testing.T) {
	e.expect(e.do("PUT", "/v1/settings/staff-oidc", a.key, map[string]any{"issuer": "https://idp.alpha.example", "client_id": "alpha",
		"client_secret": "alpha-secret", "step_up_amr": []string{"otp"}}), 200, "")
	aSees := func(t *testing.T) {
		if got := e.do("GET", "/v1/settings/staff-oidc", a.key, nil).json(t); got["issuer"] != "https://idp.alpha.example" || got["client_id"] != "alpha" {
			t.Errorf("A's staff provider changed: %v", got)
		}
	}
	return map[string]func(t *testing.T){
		"GET /v1/settings/staff-oidc": func(t *testing.T) {
			r := e.do("GET", "/v1/settings/staff-oidc", b.key, nil)
			if r.status == 200 && bytes.Contains(r.body, []byte("alpha")) || r.status != 200 && r.status != 404 {
				t.Errorf("B reads A's staff provider: %d %s", r.status, r.body)
			}
		},
		"PUT /v1/settings/staff-oidc": func(t *testing.T) {
			expectT(t, e.do("PUT", "/v1/settings/staff-oidc", b.key, map[string]any{"issuer": "https://idp.beta.example", "client_id": "beta",
				"client_secret": "beta-secret", "step_up_amr": []string{"hwk"}}), 200, "")
			aSees(t)
		},
	}
}

func mustB64(t *testing.T, s string) []byte {
	t.Helper()
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func b64(b []byte) string { return base64.RawURLEncoding.EncodeToString(b) }

// TestStaffOIDCPageMatrix: each staff OIDC page refuses plain HTTP outside
// --dev, and a callback without its flow (a signed-out browser, a patient
// session, a staff session of the tenant) makes no session; each refusal is
// audited and changes nothing else. A start for a tenant without a provider
// is refused. Every /staff/oidc/ page has a case.
func TestStaffOIDCPageMatrix(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e, a, _, olga, _, _ := staffOIDCEnv(t, kind)
		c := e.tenant("clinic-c") // no provider
		patient := e.browser(t)
		e.enrol(t, patient, a, "pat-a")
		srv := e.srv.Config.Handler.(*api.Server)
		cases := map[string]string{ // pattern → the path to call
			"GET /staff/oidc/start":    "/staff/oidc/start?tenant=" + a.id,
			"GET /staff/oidc/callback": staff.OIDCCallbackPath + "?state=s&code=c",
		}
		seen := 0
		for _, pat := range srv.PagePatterns() {
			if !strings.Contains(pat, "/staff/oidc/") {
				continue
			}
			seen++
			if cases[pat] == "" {
				t.Errorf("page %s has no case", pat)
			}
		}
		if seen != len(cases) {
			t.Fatalf("%d /staff/oidc/ pages, %d cases", seen, len(cases))
		}
		noRows := func(t *testing.T, before map[string]int64) {
			t.Helper()
			after := e.rowCounts()
			delete(after, "audit_events")
			if !maps.Equal(before, after) {
				t.Errorf("rows changed %v → %v", before, after)
			}
		}
		counts := func() map[string]int64 { m := e.rowCounts(); delete(m, "audit_events"); return m }

		plain := httptest.NewServer(api.New(e.svc, slog.New(slog.DiscardHandler), e.met))
		defer plain.Close()
		for pat, path := range cases {
			t.Run(pat+" plain HTTP", func(t *testing.T) {
				before, denied := counts(), e.refused(staff.ActionStaffDenied)
				res, err := http.Get(plain.URL + path)
				if err != nil {
					t.Fatal(err)
				}
				res.Body.Close()
				if res.StatusCode != 403 || res.Header.Get("Location") != "" {
					t.Fatalf("%d", res.StatusCode)
				}
				if e.refused(staff.ActionStaffDenied) != denied+1 {
					t.Fatal("not audited")
				}
				noRows(t, before)
			})
		}
		t.Run("start without a provider", func(t *testing.T) {
			before := counts()
			b := e.browser(t)
			if st, page := b.get("/staff/oidc/start?tenant=" + c.id); st != 401 || b.url != "/staff/oidc/start" || !strings.Contains(page, "Sign-in did not work") {
				t.Fatalf("%d %s", st, b.url)
			}
			noRows(t, before)
		})
		for name, b := range map[string]*browser{"signed out": e.browser(t), "patient session": patient, "staff session": olga.b} {
			t.Run("callback without a flow, "+name, func(t *testing.T) {
				before, refused := counts(), e.refused(staff.ActionStaffOIDCRefused+".state")
				sessions := e.raw.Int(`SELECT COUNT(*) FROM staff_sessions`)
				if st, _ := b.get(cases["GET /staff/oidc/callback"]); st != 401 {
					t.Fatalf("%d %s", st, b.url)
				}
				if e.refused(staff.ActionStaffOIDCRefused+".state") != refused+1 {
					t.Fatal("not audited")
				}
				if e.raw.Int(`SELECT COUNT(*) FROM staff_sessions`) != sessions {
					t.Fatal("a staff session was made")
				}
				noRows(t, before)
			})
		}
	})
}
