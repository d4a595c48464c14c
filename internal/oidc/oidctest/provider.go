// Package oidctest runs a real OpenID provider on loopback for tests:
// zitadel/oidc's op package with its example in-memory storage
// (github.com/zitadel/oidc/v3/example/server/storage), adapted only so the
// test chooses the signing key, who signs in and the acr / amr / auth_time
// of the sign-in. Discovery, JWKS, the authorize endpoint, PKCE, the code
// exchange and ID token creation are the library's. Only tests import it.
package oidctest

import (
	"context"
	"crypto/rand"
	"crypto/rsa"
	"encoding/base64"
	"encoding/json"
	"html/template"
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
)

// The client the provider knows sealpost as.
const (
	ClientID     = "sealpost-portal"
	ClientSecret = "portal-client-secret-0123456789"
)

// Password is the provider's password for a user (its id).
func Password(user string) string { return "pw-" + user }

// Provider is a running OpenID provider.
type Provider struct {
	Issuer string
	srv    *httptest.Server
	key    *rsa.PrivateKey
	kid    string

	mu        sync.Mutex
	form      bool          // the login page asks for username and password
	user      string        // else: whom it signs in at once
	amr       []string      // the sign-in's amr
	acr       string        // and acr
	authAge   time.Duration // auth_time = now - authAge
	alter     func(claims map[string]any) (map[string]any, string)
	authorize url.Values // the last authorize request's query
}

type signingKey struct{ o *Provider }

func (k signingKey) SignatureAlgorithm() jose.SignatureAlgorithm { return jose.RS256 }
func (k signingKey) Key() any                                    { return k.o.key }
func (k signingKey) ID() string                                  { return k.o.kid }

type publicKey struct{ o *Provider }

func (k publicKey) ID() string                         { return k.o.kid }
func (k publicKey) Algorithm() jose.SignatureAlgorithm { return jose.RS256 }
func (k publicKey) Use() string                        { return "sig" }
func (k publicKey) Key() any                           { return &k.o.key.PublicKey }

// opStore is the example storage with the test's key and sign-in facts.
type opStore struct {
	*storage.Storage
	o *Provider
}

func (s opStore) SigningKey(context.Context) (op.SigningKey, error) { return signingKey{s.o}, nil }
func (s opStore) KeySet(context.Context) ([]op.Key, error)          { return []op.Key{publicKey{s.o}}, nil }
func (s opStore) SignatureAlgorithms(context.Context) ([]jose.SignatureAlgorithm, error) {
	return []jose.SignatureAlgorithm{jose.RS256}, nil
}

func (s opStore) AuthRequestByCode(ctx context.Context, code string) (op.AuthRequest, error) {
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

type users map[string]*storage.User

func (u users) GetUserByID(id string) *storage.User { return u[id] }
func (u users) GetUserByUsername(name string) *storage.User {
	for _, x := range u {
		if x.Username == name {
			return x
		}
	}
	return nil
}
func (u users) ExampleClientID() string { return "service" }

var loginPage = template.Must(template.New("login").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Portal sign-in</title></head><body>
<h1>Portal sign-in</h1>
<form method="post" action="/login/username">
<input type="hidden" name="id" value="{{.}}">
<label for="username">Username</label> <input id="username" name="username" autocomplete="username">
<label for="password">Password</label> <input id="password" name="password" type="password" autocomplete="current-password">
<button type="submit">Sign in to the portal</button>
</form></body></html>`))

// Start runs the provider for a relying party whose redirect URI is
// redirectURI; its users' ids (the ID token's sub) and usernames are
// subjects, their passwords Password(subject). By default its login page
// signs in the user named with SignIn at once; WithForm makes it ask.
func Start(t testing.TB, redirectURI string, subjects ...string) *Provider {
	t.Helper()
	o := &Provider{kid: "test-key-1", amr: []string{"pwd", "otp"}}
	var err error
	if o.key, err = rsa.GenerateKey(rand.Reader, 2048); err != nil {
		t.Fatal(err)
	}
	us := users{}
	for _, s := range subjects {
		us[s] = &storage.User{ID: s, Username: s, Password: Password(s)}
	}
	client := storage.WebClient(ClientID, ClientSecret, redirectURI)
	st := opStore{Storage: storage.NewStorageWithClients(us, map[string]*storage.Client{ClientID: client}), o: o}
	o.srv = httptest.NewUnstartedServer(nil)
	o.Issuer = "http://" + o.srv.Listener.Addr().String()
	key := [32]byte{1, 2, 3}
	provider, err := op.NewProvider(&op.Config{CryptoKey: key, CodeMethodS256: true, AuthMethodPost: true},
		st, op.StaticIssuer(o.Issuer), op.WithAllowInsecure())
	if err != nil {
		t.Fatal(err)
	}
	callback := op.AuthCallbackURL(provider)
	mux := http.NewServeMux()
	// The login UI (the provider's own business, outside the protocol), as
	// the example's: a correct password completes the auth request.
	mux.HandleFunc("GET /login/username", func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("authRequestID")
		o.mu.Lock()
		form, user := o.form, o.user
		o.mu.Unlock()
		if form {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			_ = loginPage.Execute(w, id)
			return
		}
		if err := st.CheckUsernamePassword(user, Password(user), id); err != nil {
			http.Error(w, err.Error(), http.StatusForbidden)
			return
		}
		http.Redirect(w, r, callback(r.Context(), id), http.StatusFound)
	})
	mux.HandleFunc("POST /login/username", func(w http.ResponseWriter, r *http.Request) {
		id := r.PostFormValue("id")
		if err := st.CheckUsernamePassword(r.PostFormValue("username"), r.PostFormValue("password"), id); err != nil {
			http.Error(w, "wrong username or password", http.StatusForbidden)
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

// SignIn sets whom the login page signs in (without a form) and the
// sign-in's amr, acr and age (auth_time = now - age); alterations are reset.
func (o *Provider) SignIn(user string, amr []string, acr string, age time.Duration) {
	o.mu.Lock()
	o.user, o.amr, o.acr, o.authAge, o.alter = user, amr, acr, age, nil
	o.mu.Unlock()
}

// WithForm makes the login page ask for a username and password.
func (o *Provider) WithForm(on bool) {
	o.mu.Lock()
	o.form = on
	o.mu.Unlock()
}

// Alter makes the token endpoint rewrite the ID token the provider issued,
// for the cases a correct provider never produces (wrong audience or
// issuer, expired, bad signature, alg none, another nonce): f gets the
// provider's claims and returns the claims to sign and how: "" signs with
// the provider's key, "badsig" with another key under the same kid, "none"
// not at all (alg none). nil stops altering.
func (o *Provider) Alter(f func(claims map[string]any) (map[string]any, string)) {
	o.mu.Lock()
	o.alter = f
	o.mu.Unlock()
}

// LastAuthorize is the query of the last authorization request.
func (o *Provider) LastAuthorize() url.Values {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.authorize
}

func (o *Provider) tokenEndpoint(provider http.Handler) http.HandlerFunc {
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
		if len(parts) != 3 {
			http.Error(w, "no id_token", http.StatusInternalServerError)
			return
		}
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
				http.Error(w, err.Error(), http.StatusInternalServerError)
				return
			}
			jws, err := sig.Sign(b)
			if err != nil {
				http.Error(w, err.Error(), http.StatusInternalServerError)
				return
			}
			body["id_token"], _ = jws.CompactSerialize()
		}
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		_ = json.NewEncoder(w).Encode(body)
	}
}
