package api_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/rsa"
	"encoding/base64"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	jose "github.com/go-jose/go-jose/v4"
	"github.com/zitadel/oidc/v3/example/server/storage"
	"github.com/zitadel/oidc/v3/pkg/op"

	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/testdb"
)

// A real OpenID provider on loopback: zitadel/oidc's op package with its
// example in-memory storage (github.com/zitadel/oidc/v3/example/server/storage),
// adapted only so the test chooses the signing key, the user its login page
// signs in, and the acr / amr / auth_time of the sign-in. Everything else —
// discovery, JWKS, the authorize endpoint, PKCE, code exchange, ID token
// creation — is the library's.

type testOP struct {
	issuer string
	srv    *httptest.Server
	key    *rsa.PrivateKey
	kid    string

	mu        sync.Mutex
	user      string                                               // whom the login page signs in
	amr       []string                                             // the sign-in's amr
	acr       string                                               // and acr
	authAge   time.Duration                                        // auth_time = now - authAge
	alter     func(claims map[string]any) (map[string]any, string) // re-sign the ID token: new claims, "" / "badsig" / "none"
	authorize url.Values                                           // the last authorize request's query
}

type opSigningKey struct{ o *testOP }

func (k opSigningKey) SignatureAlgorithm() jose.SignatureAlgorithm { return jose.RS256 }
func (k opSigningKey) Key() any                                    { return k.o.key }
func (k opSigningKey) ID() string                                  { return k.o.kid }

type opPublicKey struct{ o *testOP }

func (k opPublicKey) ID() string                         { return k.o.kid }
func (k opPublicKey) Algorithm() jose.SignatureAlgorithm { return jose.RS256 }
func (k opPublicKey) Use() string                        { return "sig" }
func (k opPublicKey) Key() any                           { return &k.o.key.PublicKey }

// opStorage is the example storage with the test's key and sign-in facts.
type opStorage struct {
	*storage.Storage
	o *testOP
}

func (s opStorage) SigningKey(context.Context) (op.SigningKey, error) { return opSigningKey{s.o}, nil }
func (s opStorage) KeySet(context.Context) ([]op.Key, error)          { return []op.Key{opPublicKey{s.o}}, nil }
func (s opStorage) SignatureAlgorithms(context.Context) ([]jose.SignatureAlgorithm, error) {
	return []jose.SignatureAlgorithm{jose.RS256}, nil
}

func (s opStorage) AuthRequestByCode(ctx context.Context, code string) (op.AuthRequest, error) {
	r, err := s.Storage.AuthRequestByCode(ctx, code)
	if err != nil {
		return nil, err
	}
	s.o.mu.Lock()
	defer s.o.mu.Unlock()
	return signedIn{AuthRequest: r, amr: s.o.amr, acr: s.o.acr, at: time.Now().Add(-s.o.authAge)}, nil
}

type signedIn struct {
	op.AuthRequest
	amr []string
	acr string
	at  time.Time
}

func (a signedIn) GetAMR() []string       { return a.amr }
func (a signedIn) GetACR() string         { return a.acr }
func (a signedIn) GetAuthTime() time.Time { return a.at }

type opUsers map[string]*storage.User

func (u opUsers) GetUserByID(id string) *storage.User { return u[id] }
func (u opUsers) GetUserByUsername(name string) *storage.User {
	for _, x := range u {
		if x.Username == name {
			return x
		}
	}
	return nil
}
func (u opUsers) ExampleClientID() string { return "service" }

const (
	opClientID     = "sealpost-portal"
	opClientSecret = "portal-client-secret-0123456789"
)

// startOP runs the provider for a sealpost at base; its users' ids (the
// ID token's sub) are the given external ids.
func startOP(t *testing.T, base string, subjects ...string) *testOP {
	t.Helper()
	o := &testOP{kid: "test-key-1", amr: []string{"pwd", "otp"}}
	var err error
	if o.key, err = rsa.GenerateKey(rand.Reader, 2048); err != nil {
		t.Fatal(err)
	}
	users := opUsers{}
	for _, s := range subjects {
		users[s] = &storage.User{ID: s, Username: s, Password: "pw-" + s}
	}
	client := storage.WebClient(opClientID, opClientSecret, base+service.OIDCCallbackPath)
	st := opStorage{Storage: storage.NewStorageWithClients(users, map[string]*storage.Client{opClientID: client}), o: o}
	o.srv = httptest.NewUnstartedServer(nil)
	o.issuer = "http://" + o.srv.Listener.Addr().String()
	key := [32]byte{1, 2, 3}
	provider, err := op.NewProvider(&op.Config{CryptoKey: key, CodeMethodS256: true, AuthMethodPost: true},
		st, op.StaticIssuer(o.issuer), op.WithAllowInsecure())
	if err != nil {
		t.Fatal(err)
	}
	callback := op.AuthCallbackURL(provider)
	mux := http.NewServeMux()
	// The login UI (an OP's own business, outside the protocol): it signs in
	// the user the test chose, as the example's login form would after a
	// correct password.
	mux.HandleFunc("/login/username", func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("authRequestID")
		o.mu.Lock()
		user := o.user
		o.mu.Unlock()
		if err := st.CheckUsernamePassword(user, "pw-"+user, id); err != nil {
			http.Error(w, err.Error(), http.StatusForbidden)
			return
		}
		http.Redirect(w, r, callback(r.Context(), id), http.StatusFound)
	})
	mux.HandleFunc("/authorize", func(w http.ResponseWriter, r *http.Request) {
		o.mu.Lock()
		o.authorize = r.URL.Query()
		o.mu.Unlock()
		provider.ServeHTTP(w, r)
	})
	mux.HandleFunc("/oauth/token", o.tokenEndpoint(provider))
	mux.Handle("/", provider)
	o.srv.Config.Handler = mux
	o.srv.Start()
	t.Cleanup(o.srv.Close)
	return o
}

// tokenEndpoint passes the token request to the provider; when the test set
// o.alter it then rewrites the ID token the provider issued, for the cases a
// correct provider never produces (wrong audience or issuer, expired, bad
// signature, alg none, another nonce): the claims are the provider's,
// changed by alter, and signed again with the provider's key — or with
// another key ("badsig"), or not at all ("none").
func (o *testOP) tokenEndpoint(provider http.Handler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		o.mu.Lock()
		alter := o.alter
		o.mu.Unlock()
		if alter == nil {
			provider.ServeHTTP(w, r)
			return
		}
		rec := httptest.NewRecorder()
		provider.ServeHTTP(rec, r)
		var body map[string]any
		if rec.Code != 200 || json.Unmarshal(rec.Body.Bytes(), &body) != nil {
			w.WriteHeader(rec.Code)
			_, _ = w.Write(rec.Body.Bytes())
			return
		}
		raw, _ := body["id_token"].(string)
		parts := strings.Split(raw, ".")
		payload, _ := base64.RawURLEncoding.DecodeString(parts[1])
		var claims map[string]any
		_ = json.Unmarshal(payload, &claims)
		claims, how := alter(claims)
		b, _ := json.Marshal(claims)
		switch how {
		case "none":
			hdr := base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"none","kid":"` + o.kid + `"}`))
			body["id_token"] = hdr + "." + base64.RawURLEncoding.EncodeToString(b) + "."
		default:
			key := o.key
			if how == "badsig" {
				key, _ = rsa.GenerateKey(rand.Reader, 2048)
			}
			sig, err := jose.NewSigner(jose.SigningKey{Algorithm: jose.RS256, Key: key},
				(&jose.SignerOptions{}).WithType("JWT").WithHeader("kid", o.kid))
			if err != nil {
				panic(err)
			}
			jws, err := sig.Sign(b)
			if err != nil {
				panic(err)
			}
			body["id_token"], _ = jws.CompactSerialize()
		}
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		_ = json.NewEncoder(w).Encode(body)
	}
}

func (o *testOP) set(f func(o *testOP)) {
	o.mu.Lock()
	f(o)
	o.mu.Unlock()
}

// oidcEnv is an API env whose service may dial loopback (the provider) over
// http, a tenant with the provider configured, and recipients pat-a, pat-b.
func oidcEnv(t *testing.T, kind string) (*env, tenant, *testOP) {
	e := newEnvConfig(t, kind, nil, func(c *service.Config) { c.AllowHTTPWebhooks = true })
	tn := e.tenant("clinic")
	o := startOP(t, e.srv.URL, "pat-a", "pat-b", "stranger")
	e.putRecipient(tn, "pat-a", recipientBody("a"))
	e.putRecipient(tn, "pat-b", recipientBody("b"))
	e.expect(e.do("PUT", "/v1/settings", tn.key, map[string]any{"display_name": "Lakeside Portal"}), 200, "")
	e.expect(e.do("PUT", "/v1/settings/oidc", tn.key, map[string]any{"issuer": o.issuer, "client_id": opClientID,
		"client_secret": opClientSecret, "scopes": []string{"profile"}, "step_up_amr": []string{"otp", "hwk"}}), 200, "")
	return e, tn, o
}

func TestOIDCSettings(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e, tn, o := oidcEnv(t, kind)
		r := e.do("GET", "/v1/settings/oidc", tn.key, nil)
		e.expect(r, 200, "")
		if bytes.Contains(r.body, []byte(opClientSecret)) || !bytes.Contains(r.body, []byte(`"client_secret_set":true`)) {
			t.Fatalf("GET shows the secret or hides that it is set: %s", r.body)
		}
		var settings string
		if err := e.raw.QueryRow(`SELECT settings FROM tenants WHERE id = $1`, tn.id).Scan(&settings); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(settings, opClientSecret) {
			t.Fatal("the client secret is stored in the clear")
		}
		// PUT /v1/settings keeps the provider; a PUT without a secret keeps the secret.
		e.expect(e.do("PUT", "/v1/settings", tn.key, map[string]any{"display_name": "Lakeside"}), 200, "")
		e.expect(e.do("PUT", "/v1/settings/oidc", tn.key, map[string]any{"issuer": o.issuer, "client_id": opClientID,
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
		if got := e.do("GET", "/v1/settings/oidc", tn.key, nil).json(t); got["issuer"] != o.issuer {
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
			o.set(func(o *testOP) { o.user, o.alter, o.amr, o.authAge = "pat-a", nil, []string{"pwd", "otp"}, 0 })
			b := e.browser(t)
			before := e.auditCount("signin.success")
			if st, page := signInWithPortal(b, tn); st != 200 || b.url != "/inbox" || !strings.Contains(page, "Phi subject") {
				t.Fatalf("after sign-in: %d %s %s", st, b.url, page)
			}
			q := o.authorize
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

		t.Run("password only is no second factor", func(t *testing.T) {
			o.set(func(o *testOP) { o.user, o.alter, o.amr, o.authAge = "pat-a", nil, []string{"pwd"}, 0 })
			b := e.browser(t)
			signInWithPortal(b, tn)
			if st, page := b.get("/inbox/" + pid); st != 200 || !strings.Contains(page, "Phi body") {
				t.Fatalf("phi: %d %s", st, page)
			}
			// Restricted: back to the provider with prompt=login, max_age and
			// acr_values (none configured: amr decides), then to the message.
			o.set(func(o *testOP) { o.amr = []string{"pwd", "otp"} })
			if st, page := b.get("/inbox/" + rid); st != 200 || b.url != "/inbox/"+rid || !strings.Contains(page, "Restricted body") {
				t.Fatalf("after step-up: %d %s %s", st, b.url, page)
			}
			if q := o.authorize; q.Get("prompt") != "login" || q.Get("max_age") != "300" {
				t.Fatalf("step-up authorize: %v", q)
			}
		})

		t.Run("stale auth_time for a restricted message", func(t *testing.T) {
			o.set(func(o *testOP) { o.user, o.alter, o.amr, o.authAge = "pat-a", nil, []string{"otp"}, 10*time.Minute })
			b := e.browser(t)
			signInWithPortal(b, tn)
			// Stop at the provider: the step-up request.
			b.c.CheckRedirect = func(r *http.Request, _ []*http.Request) error {
				if strings.HasPrefix(r.URL.String(), o.issuer) {
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
			if q := loc.Query(); !strings.HasPrefix(loc.String(), o.issuer) || q.Get("prompt") != "login" || q.Get("max_age") != "300" || q.Get("code_challenge_method") != "S256" {
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
			setup        func(o *testOP)
		}{
			{"wrong audience", "token", func(o *testOP) {
				o.alter = func(c map[string]any) (map[string]any, string) { c["aud"] = []string{"another-client"}; return c, "" }
			}},
			{"wrong issuer", "token", func(o *testOP) {
				o.alter = func(c map[string]any) (map[string]any, string) { c["iss"] = "https://evil.example"; return c, "" }
			}},
			{"expired", "token", func(o *testOP) {
				o.alter = func(c map[string]any) (map[string]any, string) {
					c["iat"], c["exp"] = time.Now().Add(-2*time.Hour).Unix(), time.Now().Add(-time.Hour).Unix()
					return c, ""
				}
			}},
			{"bad signature", "token", func(o *testOP) {
				o.alter = func(c map[string]any) (map[string]any, string) { return c, "badsig" }
			}},
			{"alg none", "token", func(o *testOP) {
				o.alter = func(c map[string]any) (map[string]any, string) { return c, "none" }
			}},
			{"nonce mismatch", "nonce", func(o *testOP) {
				o.alter = func(c map[string]any) (map[string]any, string) { c["nonce"] = "another-nonce"; return c, "" }
			}},
			{"subject maps to no recipient", "no_recipient", func(o *testOP) { o.user = "stranger" }},
		}
		for _, c := range refusals {
			t.Run(c.name, func(t *testing.T) {
				o.set(func(o *testOP) { o.user, o.alter, o.amr, o.authAge = "pat-a", nil, []string{"otp"}, 0; c.setup(o) })
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
			o.set(func(o *testOP) { o.user, o.alter = "pat-a", nil })
			other := strings.Replace(o.issuer, "127.0.0.1", "localhost", 1)
			e.expect(e.do("PUT", "/v1/settings/oidc", tn.key, map[string]any{"issuer": other, "client_id": opClientID,
				"step_up_amr": []string{"otp"}}), 200, "")
			t.Cleanup(func() {
				e.expect(e.do("PUT", "/v1/settings/oidc", tn.key, map[string]any{"issuer": o.issuer, "client_id": opClientID,
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
			o.set(func(o *testOP) { o.user, o.alter, o.amr, o.authAge = "pat-a", nil, []string{"otp"}, 0 })
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
	})
}
