// Package app is the example portal: the smallest web app that puts
// sealpost's message center inside a portal. It signs its own users in,
// mints sealpost user tokens for them (Ed25519, public key registered with
// sealpost), embeds the inbox widget from sealpost under a strict CSP, asks
// for a second factor when the widget needs a step-up, and sends its user
// messages through sealpost's API. Copy it; replace the demo user store.
package app

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/sha512"
	"crypto/subtle"
	"embed"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	jose "github.com/go-jose/go-jose/v4"
	"github.com/go-jose/go-jose/v4/jwt"
	"github.com/pquerna/otp/totp"
)

// Config is how the portal reaches sealpost.
type Config struct {
	Sealpost string // sealpost's base URL: its API and the widget script
	APIKey   string // the tenant's API key (server side only)
	TenantID string // the tenant id: the user tokens' aud
	// Origin is this portal's own origin as the browser sees it
	// ("http://127.0.0.1:8090"); it is added to the tenant's widget_origins.
	Origin string
	// WidgetIntegrity is the widget's SRI hash (docs/integrate.md, or
	// `sealpost widget`). Empty: fetched once at start and pinned.
	WidgetIntegrity string
	// Now is the clock (tests pass sealpost's); time.Now when nil.
	Now func() time.Time
	// Client calls sealpost; http.DefaultClient when nil.
	Client *http.Client
}

// User is a portal account. A real portal has its own user store.
type User struct {
	Username, Password string
	TOTPSecret         string // base32; the second factor the portal asks for at step-up
	ExternalID         string // the recipient's external_id in sealpost
	Email              string
	TimeZone           string
}

// DemoUser is the account New creates.
var DemoUser = User{Username: "alex", Password: "correct horse battery staple", TOTPSecret: "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
	ExternalID: "portal-demo-alex", Email: "alex@example.org", TimeZone: "America/New_York"}

// stepUpFresh is how long after a second factor the portal mints tokens
// that say so (sealpost's own window, step_up_minutes, is checked too).
const stepUpFresh = 2 * time.Minute

// App is the portal's HTTP handler.
type App struct {
	cfg   Config
	key   ed25519.PrivateKey
	kid   string
	user  User
	mux   *http.ServeMux
	mu    sync.Mutex
	sess  map[string]*session
	pages *template.Template

	// Counters a test (or a curious developer) can read.
	TokensMinted  atomic.Int64
	StepUpsAsked  atomic.Int64 // the widget asked for a step-up token
	StepUpsPassed atomic.Int64
}

type session struct {
	user     *User
	csrf     string
	signedIn time.Time
	factorAt time.Time
}

//go:embed static
var static embed.FS

// New registers the portal with sealpost — its token signing key, its
// origin for the widget, its demo user as a recipient — and returns it.
func New(ctx context.Context, cfg Config) (*App, error) {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Client == nil {
		cfg.Client = http.DefaultClient
	}
	cfg.Sealpost = strings.TrimRight(cfg.Sealpost, "/")
	if cfg.Sealpost == "" || cfg.APIKey == "" || cfg.TenantID == "" || cfg.Origin == "" {
		return nil, errors.New("sealpost URL, API key, tenant id and this portal's origin are required")
	}
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	a := &App{cfg: cfg, key: priv, kid: "portal-" + randHex(6), user: DemoUser, sess: map[string]*session{}, mux: http.NewServeMux()}
	a.pages = template.Must(template.New("").Parse(pagesHTML))

	// 1. The public half of the signing key: sealpost verifies our tokens with it.
	jwks := jose.JSONWebKeySet{Keys: []jose.JSONWebKey{{Key: priv.Public(), KeyID: a.kid, Algorithm: string(jose.EdDSA), Use: "sig"}}}
	if err := a.api(ctx, "PUT", "/v1/settings/user-token-keys", map[string]any{"jwks": jwks}, nil); err != nil {
		return nil, fmt.Errorf("registering the token key: %w", err)
	}
	// 2. Our origin in widget_origins (the other settings are kept).
	var settings map[string]any
	if err := a.api(ctx, "GET", "/v1/settings", nil, &settings); err != nil {
		return nil, err
	}
	origins, _ := settings["widget_origins"].([]any)
	have := false
	for _, o := range origins {
		have = have || o == cfg.Origin
	}
	if !have {
		settings["widget_origins"] = append(origins, cfg.Origin)
		if err := a.api(ctx, "PUT", "/v1/settings", settings, nil); err != nil {
			return nil, fmt.Errorf("adding %s to widget_origins: %w", cfg.Origin, err)
		}
	}
	// 3. Our user as a recipient (idempotent).
	u := a.user
	if err := a.api(ctx, "PUT", "/v1/recipients/"+url.PathEscape(u.ExternalID),
		map[string]any{"email": u.Email, "time_zone": u.TimeZone, "locale": "en"}, nil); err != nil {
		return nil, fmt.Errorf("registering the recipient: %w", err)
	}
	// 4. The widget's integrity hash, pinned.
	if a.cfg.WidgetIntegrity == "" {
		if a.cfg.WidgetIntegrity, err = a.fetchIntegrity(ctx); err != nil {
			return nil, err
		}
	}

	a.mux.HandleFunc("GET /{$}", a.home)
	a.mux.HandleFunc("POST /login", a.login)
	a.mux.HandleFunc("POST /logout", a.logout)
	a.mux.HandleFunc("POST /send", a.send)
	a.mux.HandleFunc("POST /token", a.token)
	a.mux.HandleFunc("POST /stepup", a.stepUp)
	a.mux.Handle("GET /static/", http.FileServerFS(static))
	return a, nil
}

// WidgetIntegrity is the SRI hash the pages use.
func (a *App) WidgetIntegrity() string { return a.cfg.WidgetIntegrity }

// ServeHTTP serves the portal with its security headers.
func (a *App) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	// The widget is a script from sealpost; it calls sealpost with fetch.
	// Nothing inline, nothing else.
	h.Set("Content-Security-Policy", "default-src 'none'; script-src 'self' "+a.cfg.Sealpost+"; style-src 'self'; connect-src 'self' "+a.cfg.Sealpost+
		"; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "same-origin")
	a.mux.ServeHTTP(w, r)
}

// ---------- pages ----------

func (a *App) home(w http.ResponseWriter, r *http.Request) {
	s := a.session(r)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	data := map[string]any{"Sealpost": a.cfg.Sealpost, "Integrity": a.cfg.WidgetIntegrity, "Demo": a.user}
	if s == nil {
		_ = a.pages.ExecuteTemplate(w, "login", data)
		return
	}
	data["CSRF"] = s.csrf
	data["User"] = s.user
	_ = a.pages.ExecuteTemplate(w, "home", data)
}

func (a *App) login(w http.ResponseWriter, r *http.Request) {
	if !sameOrigin(r) {
		http.Error(w, "cross-site form", http.StatusForbidden)
		return
	}
	u := a.user
	okUser := subtle.ConstantTimeCompare([]byte(r.PostFormValue("username")), []byte(u.Username)) == 1
	okPass := subtle.ConstantTimeCompare([]byte(r.PostFormValue("password")), []byte(u.Password)) == 1
	if !okUser || !okPass {
		http.Redirect(w, r, "/?failed=1", http.StatusSeeOther)
		return
	}
	id := randHex(24)
	a.mu.Lock()
	a.sess[id] = &session{user: &a.user, csrf: randHex(16), signedIn: a.cfg.Now()}
	a.mu.Unlock()
	http.SetCookie(w, &http.Cookie{Name: "portal_session", Value: id, Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode, Secure: r.TLS != nil})
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (a *App) logout(w http.ResponseWriter, r *http.Request) {
	if c, err := r.Cookie("portal_session"); err == nil && sameOrigin(r) {
		a.mu.Lock()
		delete(a.sess, c.Value)
		a.mu.Unlock()
	}
	http.SetCookie(w, &http.Cookie{Name: "portal_session", Path: "/", MaxAge: -1})
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// send posts a message to the signed-in user through sealpost's API — what
// the portal's back office does when a bill, a prescription or a result is
// ready.
func (a *App) send(w http.ResponseWriter, r *http.Request) {
	s := a.session(r)
	if s == nil || !a.csrfOK(r, s, r.PostFormValue("csrf")) {
		http.Error(w, "sign in first", http.StatusForbidden)
		return
	}
	msg := map[string]any{"recipient": s.user.ExternalID, "category": "account_message", "sensitivity": "phi",
		"subject": "Your visit summary", "body": "Thank you for visiting Lakeside Clinic.\nBlood pressure: 120/80.\nNext visit: in six months."}
	if r.PostFormValue("kind") == "restricted" {
		msg = map[string]any{"recipient": s.user.ExternalID, "category": "test_result", "sensitivity": "restricted",
			"subject": "Your lab result", "body": "HbA1c: 6.1 % (reference below 5.7 %).\nPlease book a follow-up visit."}
	}
	if err := a.api(r.Context(), "POST", "/v1/messages", msg, nil); err != nil {
		http.Error(w, "sealpost refused the message: "+err.Error(), http.StatusBadGateway)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// token mints a sealpost user token for the signed-in user: what the
// widget's getToken callback fetches. A step-up request gets a token that
// names the second factor only right after the user passed it; otherwise the
// page is told to ask for it ({"need":"otp"}).
func (a *App) token(w http.ResponseWriter, r *http.Request) {
	s := a.session(r)
	if s == nil || !a.csrfOK(r, s, r.Header.Get("X-CSRF-Token")) {
		writeJSON(w, http.StatusUnauthorized, map[string]string{"need": "sign_in"})
		return
	}
	var in struct {
		Reason  string `json:"reason"`
		Message string `json:"message"`
	}
	if err := json.NewDecoder(io.LimitReader(r.Body, 4096)).Decode(&in); err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": "bad request"})
		return
	}
	now := a.cfg.Now()
	a.mu.Lock()
	factorAt := s.factorAt
	a.mu.Unlock()
	fresh := !factorAt.IsZero() && now.Sub(factorAt) < stepUpFresh
	if in.Reason == "step_up" {
		a.StepUpsAsked.Add(1)
		if !fresh {
			writeJSON(w, http.StatusOK, map[string]string{"need": "otp"})
			return
		}
	}
	amr, authTime := []string{"pwd"}, s.signedIn
	if fresh {
		amr, authTime = []string{"pwd", "otp"}, factorAt
	}
	tok, err := a.mint(s.user.ExternalID, now, authTime, amr)
	if err != nil {
		writeJSON(w, http.StatusInternalServerError, map[string]string{"error": "could not sign"})
		return
	}
	a.TokensMinted.Add(1)
	writeJSON(w, http.StatusOK, map[string]string{"token": tok})
}

// mint signs a token: sub the recipient's external_id, aud the tenant,
// five minutes of life, when and how the user authenticated.
func (a *App) mint(sub string, now, authTime time.Time, amr []string) (string, error) {
	sg, err := jose.NewSigner(jose.SigningKey{Algorithm: jose.EdDSA, Key: a.key},
		(&jose.SignerOptions{}).WithType("JWT").WithHeader("kid", a.kid))
	if err != nil {
		return "", err
	}
	claims := map[string]any{"sub": sub, "aud": a.cfg.TenantID, "iat": now.Unix(), "exp": now.Add(5 * time.Minute).Unix(),
		"auth_time": authTime.Unix(), "amr": amr, "jti": randHex(12)}
	return jwt.Signed(sg).Claims(claims).Serialize()
}

// stepUp checks the user's authenticator code.
func (a *App) stepUp(w http.ResponseWriter, r *http.Request) {
	s := a.session(r)
	if s == nil || !a.csrfOK(r, s, r.Header.Get("X-CSRF-Token")) {
		writeJSON(w, http.StatusUnauthorized, map[string]string{"need": "sign_in"})
		return
	}
	var in struct {
		Code string `json:"code"`
	}
	if err := json.NewDecoder(io.LimitReader(r.Body, 1024)).Decode(&in); err != nil || len(in.Code) != 6 {
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": "Enter the 6-digit code."})
		return
	}
	now := a.cfg.Now()
	ok, _ := totp.ValidateCustom(in.Code, s.user.TOTPSecret, now, totp.ValidateOpts{Period: 30, Skew: 1, Digits: 6})
	if !ok {
		writeJSON(w, http.StatusUnauthorized, map[string]string{"error": "That code did not work. Try the current one."})
		return
	}
	a.mu.Lock()
	s.factorAt = now
	a.mu.Unlock()
	a.StepUpsPassed.Add(1)
	w.WriteHeader(http.StatusNoContent)
}

// ---------- helpers ----------

func (a *App) session(r *http.Request) *session {
	c, err := r.Cookie("portal_session")
	if err != nil {
		return nil
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.sess[c.Value]
}

func (a *App) csrfOK(r *http.Request, s *session, tok string) bool {
	return sameOrigin(r) && subtle.ConstantTimeCompare([]byte(tok), []byte(s.csrf)) == 1
}

// sameOrigin refuses what a browser marks as coming from another site.
func sameOrigin(r *http.Request) bool {
	switch r.Header.Get("Sec-Fetch-Site") {
	case "", "same-origin", "none":
	default:
		return false
	}
	switch o := r.Header.Get("Origin"); o {
	case "":
		return true
	case "null": // sent under a no-referrer policy; trust it only with the browser's own verdict
		return r.Header.Get("Sec-Fetch-Site") == "same-origin"
	default:
		u, err := url.Parse(o)
		return err == nil && u.Host == r.Host
	}
}

// api calls sealpost with the tenant's API key.
func (a *App) api(ctx context.Context, method, path string, body, out any) error {
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return err
		}
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, a.cfg.Sealpost+path, rd)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+a.cfg.APIKey)
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if method == "POST" && path == "/v1/messages" {
		req.Header.Set("Idempotency-Key", randHex(16))
	}
	res, err := a.cfg.Client.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(io.LimitReader(res.Body, 1<<20))
	if res.StatusCode >= 300 {
		var p struct {
			Detail string `json:"detail"`
		}
		_ = json.Unmarshal(b, &p)
		return fmt.Errorf("%s %s: %d %s", method, path, res.StatusCode, p.Detail)
	}
	if out != nil {
		return json.Unmarshal(b, out)
	}
	return nil
}

func (a *App) fetchIntegrity(ctx context.Context) (string, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", a.cfg.Sealpost+"/widget/v1/sealpost-inbox.js", nil)
	if err != nil {
		return "", err
	}
	res, err := a.cfg.Client.Do(req)
	if err != nil {
		return "", err
	}
	defer res.Body.Close()
	b, err := io.ReadAll(io.LimitReader(res.Body, 1<<20))
	if err != nil || res.StatusCode != 200 {
		return "", fmt.Errorf("fetching the widget: %d %v", res.StatusCode, err)
	}
	sum := sha512.Sum384(b)
	return "sha384-" + base64.StdEncoding.EncodeToString(sum[:]), nil
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func randHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
