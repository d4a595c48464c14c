package api_test

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/oidc/oidctest"
	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/testdb"
)

// The provider is internal/oidc/oidctest: zitadel/oidc's op package with
// its example in-memory storage, started on loopback by each test.

// oidcEnv is an API env whose service may dial loopback (the provider) over
// http, a tenant with the provider configured, and recipients pat-a, pat-b.
func oidcEnv(t *testing.T, kind string) (*env, tenant, *oidctest.Provider) {
	e := newEnvConfig(t, kind, nil, func(c *service.Config) { c.AllowHTTPWebhooks = true })
	tn := e.tenant("clinic")
	o := oidctest.Start(t, e.srv.URL+service.OIDCCallbackPath, "pat-a", "pat-b", "stranger")
	e.putRecipient(tn, "pat-a", recipientBody("a"))
	e.putRecipient(tn, "pat-b", recipientBody("b"))
	e.expect(e.do("PUT", "/v1/settings", tn.key, map[string]any{"display_name": "Lakeside Portal"}), 200, "")
	e.expect(e.do("PUT", "/v1/settings/oidc", tn.key, map[string]any{"issuer": o.Issuer, "client_id": oidctest.ClientID,
		"client_secret": oidctest.ClientSecret, "scopes": []string{"profile"}, "step_up_amr": []string{"otp", "hwk"}}), 200, "")
	return e, tn, o
}

func TestOIDCSettings(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e, tn, o := oidcEnv(t, kind)
		r := e.do("GET", "/v1/settings/oidc", tn.key, nil)
		e.expect(r, 200, "")
		if bytes.Contains(r.body, []byte(oidctest.ClientSecret)) || !bytes.Contains(r.body, []byte(`"client_secret_set":true`)) {
			t.Fatalf("GET shows the secret or hides that it is set: %s", r.body)
		}
		var settings string
		if err := e.raw.QueryRow(`SELECT settings FROM tenants WHERE id = $1`, tn.id).Scan(&settings); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(settings, oidctest.ClientSecret) {
			t.Fatal("the client secret is stored in the clear")
		}
		if r := e.do("GET", "/v1/settings", tn.key, nil); bytes.Contains(r.body, []byte("oidc")) || bytes.Contains(r.body, []byte("secret")) {
			t.Fatalf("GET /v1/settings shows the provider: %s", r.body)
		}
		// PUT /v1/settings keeps the provider; a PUT without a secret keeps the secret.
		e.expect(e.do("PUT", "/v1/settings", tn.key, map[string]any{"display_name": "Lakeside"}), 200, "")
		e.expect(e.do("PUT", "/v1/settings/oidc", tn.key, map[string]any{"issuer": o.Issuer, "client_id": oidctest.ClientID,
			"step_up_acr_values": []string{"urn:mfa"}}), 200, "")
		if got := e.do("GET", "/v1/settings/oidc", tn.key, nil).json(t); got["client_secret_set"] != true || got["step_up_acr_values"] == nil {
			t.Fatalf("after updates: %v", got)
		}
		// Bad input: each refused, nothing changes.
		for _, bad := range []map[string]any{
			{"issuer": "ftp://id.example", "client_id": "x", "client_secret": "s", "step_up_amr": []string{"otp"}},
			{"issuer": "https://id.example", "client_id": "", "client_secret": "s", "step_up_amr": []string{"otp"}},
			{"issuer": "https://id.example", "client_id": "x", "client_secret": "s"},
			{"issuer": "https://id.example", "client_id": "x", "client_secret": "s", "step_up_amr": []string{"otp"}, "external_id_claim": "a b"},
		} {
			e.expect(e.do("PUT", "/v1/settings/oidc", tn.key, bad), 422, "urn:sealpost:problem:validation-failed")
		}
		if got := e.do("GET", "/v1/settings/oidc", tn.key, nil).json(t); got["issuer"] != o.Issuer {
			t.Fatalf("refused PUT changed the provider: %v", got)
		}
	})
}

// signInWithPortal follows the sign-in button through the provider and back.
func signInWithPortal(b *browser, tn tenant) (int, string) {
	b.t.Helper()
	b.get("/signin?tenant=" + tn.id)
	if !strings.Contains(b.page, "Sign in with Lakeside Portal") {
		b.t.Fatalf("no portal button on the sign-in page: %s", b.page)
	}
	return b.get("/oidc/start?tenant=" + tn.id)
}

func TestOIDCSignIn(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e, tn, o := oidcEnv(t, kind)
		rid, _ := e.sendTo(tn, "pat-a", "test_result", "", "Restricted result", "Restricted body")
		pid, _ := e.sendTo(tn, "pat-a", "account_message", "phi", "Phi subject", "Phi body")

		t.Run("success", func(t *testing.T) {
			o.SignIn("pat-a", []string{"pwd", "otp"}, "", 0)
			b := e.browser(t)
			before := e.auditCount("signin.success")
			if st, page := signInWithPortal(b, tn); st != 200 || b.url != "/inbox" || !strings.Contains(page, "Phi subject") {
				t.Fatalf("after sign-in: %d %s %s", st, b.url, page)
			}
			q := o.LastAuthorize()
			if q.Get("code_challenge_method") != "S256" || q.Get("code_challenge") == "" || q.Get("state") == "" || q.Get("nonce") == "" {
				t.Fatalf("authorize request lacks PKCE/state/nonce: %v", q)
			}
			if e.auditCount("signin.success") != before+1 {
				t.Fatal("sign-in not audited")
			}
			// The fresh otp sign-in opens the restricted message at once.
			if st, page := b.get("/inbox/" + rid); st != 200 || !strings.Contains(page, "Restricted body") {
				t.Fatalf("restricted after fresh otp: %d %s %s", st, b.url, page)
			}
		})

		t.Run("after key rotation", func(t *testing.T) {
			// The sealed client secret still opens after `keys rotate` (old
			// keys stay in the keysets; its data key is not re-wrapped).
			if _, err := e.svc.RotateKeys(context.Background(), "test", nil); err != nil {
				t.Fatal(err)
			}
			e.svc.ForgetOIDCClients(tn.id)
			o.SignIn("pat-a", []string{"pwd"}, "", 0)
			b := e.browser(t)
			if st, _ := signInWithPortal(b, tn); st != 200 || b.url != "/inbox" {
				t.Fatalf("after rotation: %d %s", st, b.url)
			}
		})

		t.Run("password only is no second factor", func(t *testing.T) {
			o.SignIn("pat-a", []string{"pwd"}, "", 0)
			b := e.browser(t)
			signInWithPortal(b, tn)
			if st, page := b.get("/inbox/" + pid); st != 200 || !strings.Contains(page, "Phi body") {
				t.Fatalf("phi: %d %s", st, page)
			}
			// Restricted: back to the provider with prompt=login, max_age and
			// acr_values (none configured: amr decides), then to the message.
			o.SignIn("pat-a", []string{"pwd", "otp"}, "", 0)
			if st, page := b.get("/inbox/" + rid); st != 200 || b.url != "/inbox/"+rid || !strings.Contains(page, "Restricted body") {
				t.Fatalf("after step-up: %d %s %s", st, b.url, page)
			}
			if q := o.LastAuthorize(); q.Get("prompt") != "login" || q.Get("max_age") != "300" {
				t.Fatalf("step-up authorize: %v", q)
			}
		})

		// Step-up answered by the provider for another person: pat-a's
		// session must not be stepped up by pat-b's sign-in.
		t.Run("step-up for another subject", func(t *testing.T) {
			o.SignIn("pat-a", []string{"pwd"}, "", 0)
			b := e.browser(t)
			signInWithPortal(b, tn)
			o.SignIn("pat-b", []string{"pwd", "otp"}, "", 0)
			before := e.auditCount("oidc.refused.stepup_subject")
			if st, page := b.get("/inbox/" + rid); st == 200 || strings.Contains(page, "Restricted body") {
				t.Fatalf("stepped up by another subject: %d", st)
			}
			if e.auditCount("oidc.refused.stepup_subject") != before+1 {
				t.Fatal("step-up by another subject not audited")
			}
		})

		t.Run("stale auth_time for a restricted message", func(t *testing.T) {
			o.SignIn("pat-a", []string{"otp"}, "", 10*time.Minute)
			b := e.browser(t)
			signInWithPortal(b, tn)
			// Stop at the provider: the step-up request.
			b.c.CheckRedirect = func(r *http.Request, _ []*http.Request) error {
				if strings.HasPrefix(r.URL.String(), o.Issuer) {
					return http.ErrUseLastResponse
				}
				return nil
			}
			res, err := b.c.Get(e.srv.URL + "/inbox/" + rid)
			if err != nil {
				t.Fatal(err)
			}
			io.Copy(io.Discard, res.Body)
			res.Body.Close()
			loc, _ := url.Parse(res.Header.Get("Location"))
			if q := loc.Query(); !strings.HasPrefix(loc.String(), o.Issuer) || q.Get("prompt") != "login" || q.Get("max_age") != "300" || q.Get("code_challenge_method") != "S256" {
				t.Fatalf("stale factor → %d %s", res.StatusCode, loc)
			}
			// The provider answers with a sign-in still 10 minutes old: refused, audited.
			b.c.CheckRedirect = nil
			before := e.auditCount("oidc.refused.stepup_stale")
			if st, page := b.get(loc.String()); st != 403 || strings.Contains(page, "Restricted body") {
				t.Fatalf("stale step-up: %d %s", st, page)
			}
			if e.auditCount("oidc.refused.stepup_stale") != before+1 {
				t.Fatal("stale step-up not audited")
			}
		})

		refusals := []struct {
			name, reason string
			setup        func(o *oidctest.Provider)
		}{
			{"wrong audience", "token", func(o *oidctest.Provider) {
				o.Alter(func(c map[string]any) (map[string]any, string) { c["aud"] = []string{"another-client"}; return c, "" })
			}},
			{"wrong issuer", "token", func(o *oidctest.Provider) {
				o.Alter(func(c map[string]any) (map[string]any, string) { c["iss"] = "https://evil.example"; return c, "" })
			}},
			{"expired", "token", func(o *oidctest.Provider) {
				o.Alter(func(c map[string]any) (map[string]any, string) {
					c["iat"], c["exp"] = time.Now().Add(-2*time.Hour).Unix(), time.Now().Add(-time.Hour).Unix()
					return c, ""
				})
			}},
			{"bad signature", "token", func(o *oidctest.Provider) {
				o.Alter(func(c map[string]any) (map[string]any, string) { return c, "badsig" })
			}},
			{"alg none", "token", func(o *oidctest.Provider) {
				o.Alter(func(c map[string]any) (map[string]any, string) { return c, "none" })
			}},
			{"nonce mismatch", "nonce", func(o *oidctest.Provider) {
				o.Alter(func(c map[string]any) (map[string]any, string) { c["nonce"] = "another-nonce"; return c, "" })
			}},
			{"subject maps to no recipient", "no_recipient", func(o *oidctest.Provider) { o.SignIn("stranger", []string{"otp"}, "", 0) }},
		}
		for _, c := range refusals {
			t.Run(c.name, func(t *testing.T) {
				o.SignIn("pat-a", []string{"otp"}, "", 0)
				c.setup(o)
				before := e.auditCount("oidc.refused." + c.reason)
				b := e.browser(t)
				if st, page := signInWithPortal(b, tn); st != 401 || strings.Contains(page, "Phi subject") {
					t.Fatalf("%s: %d %s %s", c.name, st, b.url, page)
				}
				if b.cookie() != "" {
					t.Fatal("a session cookie was set")
				}
				if got := e.auditCount("oidc.refused." + c.reason); got != before+1 {
					t.Fatalf("audit oidc.refused.%s: %d, want %d", c.reason, got, before+1)
				}
			})
		}

		t.Run("issuer differs from the discovery document", func(t *testing.T) {
			// The provider says it is http://127.0.0.1:port; the tenant names
			// it http://localhost:port. go-oidc refuses the metadata.
			o.SignIn("pat-a", []string{"otp"}, "", 0)
			other := strings.Replace(o.Issuer, "127.0.0.1", "localhost", 1)
			e.expect(e.do("PUT", "/v1/settings/oidc", tn.key, map[string]any{"issuer": other, "client_id": oidctest.ClientID,
				"step_up_amr": []string{"otp"}}), 200, "")
			t.Cleanup(func() {
				e.expect(e.do("PUT", "/v1/settings/oidc", tn.key, map[string]any{"issuer": o.Issuer, "client_id": oidctest.ClientID,
					"step_up_amr": []string{"otp", "hwk"}}), 200, "")
			})
			before := e.auditCount("oidc.refused.provider")
			b := e.browser(t)
			if st, _ := b.get("/oidc/start?tenant=" + tn.id); st != 401 || strings.HasPrefix(b.url, "/authorize") || b.cookie() != "" {
				t.Fatalf("mismatched issuer: %d %s", st, b.url)
			}
			if e.auditCount("oidc.refused.provider") != before+1 {
				t.Fatal("not audited")
			}
		})

		t.Run("state mismatch", func(t *testing.T) {
			o.SignIn("pat-a", []string{"otp"}, "", 0)
			b := e.browser(t)
			b.c.CheckRedirect = func(r *http.Request, _ []*http.Request) error {
				if r.URL.Path == service.OIDCCallbackPath {
					return http.ErrUseLastResponse
				}
				return nil
			}
			// The last answer is the provider's redirect to the callback.
			res, err := b.c.Get(e.srv.URL + "/oidc/start?tenant=" + tn.id)
			if err != nil {
				t.Fatal(err)
			}
			res.Body.Close()
			cb := res.Header.Get("Location")
			u, _ := url.Parse(cb)
			if u.Path != service.OIDCCallbackPath || u.Query().Get("code") == "" {
				t.Fatalf("no callback: %d %s", res.StatusCode, cb)
			}
			q := u.Query()
			q.Set("state", q.Get("state")+"x")
			u.RawQuery = q.Encode()
			b.c.CheckRedirect = nil
			before := e.auditCount("oidc.refused.state")
			if st, _ := b.get(u.String()); st != 401 || b.cookie() != "" {
				t.Fatalf("state mismatch: %d", st)
			}
			if e.auditCount("oidc.refused.state") != before+1 {
				t.Fatal("state mismatch not audited")
			}
			// The flow cookie was used up: the right state fails now too.
			q.Set("state", strings.TrimSuffix(q.Get("state"), "x"))
			u.RawQuery = q.Encode()
			if st, _ := b.get(u.String()); st != 401 || b.cookie() != "" {
				t.Fatalf("replayed callback: %d", st)
			}
		})

		// An anonymous callback (no flow cookie, no session) is refused and
		// counted but writes no audit event: otherwise anyone could grow the
		// system audit chain by calling it in a loop.
		t.Run("anonymous callbacks write nothing", func(t *testing.T) {
			before := e.rowCounts()
			for i := 0; i < 20; i++ {
				if st, _ := e.browser(t).get(service.OIDCCallbackPath + "?state=s&code=c"); st != 401 {
					t.Fatalf("anonymous callback: %d", st)
				}
			}
			if after := e.rowCounts(); after["audit_events"] != before["audit_events"] {
				t.Fatalf("anonymous callbacks wrote %d audit events", after["audit_events"]-before["audit_events"])
			}
		})
	})
}
