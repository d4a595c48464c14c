// Package oidc is sealpost's relying-party side of OpenID Connect: a
// tenant's provider configuration, the authorization code flow with PKCE
// (S256), state and nonce, verification of the ID token with go-oidc
// (issuer, audience, expiry, signature, algorithm, nonce), mapping a claim to
// the recipient's external id, and the step-up decision (acr / amr with a
// fresh auth_time). It has no HTTP handlers: internal/service keeps the flow
// state and issues sessions, internal/api serves the pages.
package oidc

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	gooidc "github.com/coreos/go-oidc/v3/oidc"
	"golang.org/x/oauth2"
)

// Config is a tenant's provider as stored (the secret already opened).
type Config struct {
	Issuer       string
	ClientID     string
	ClientSecret string
	// Scopes are requested besides "openid".
	Scopes []string
	// ExternalIDClaim names the ID token claim whose string value is the
	// recipient's external_id ("sub" by default).
	ExternalIDClaim string
	// ACRValues are the acr values that prove a second factor; they are
	// also sent as acr_values when asking for step-up.
	ACRValues []string
	// AMRFactors are amr entries that prove a second factor (e.g. "otp",
	// "hwk", "mfa").
	AMRFactors []string
}

// Claim returns the configured external id claim or "sub".
func (c Config) Claim() string {
	if c.ExternalIDClaim == "" {
		return "sub"
	}
	return c.ExternalIDClaim
}

// Reason is why a callback was refused, for the audit log and metrics (no
// PHI, no token contents).
type Reason string

// Refusal reasons.
const (
	ReasonState    Reason = "state"    // missing, expired or mismatched state
	ReasonProvider Reason = "provider" // the provider answered with an error or could not be reached
	ReasonExchange Reason = "exchange" // the code exchange failed
	ReasonToken    Reason = "token"    // the ID token failed verification (issuer, audience, expiry, signature, alg)
	ReasonNonce    Reason = "nonce"    // the ID token's nonce is not the flow's
	ReasonClaim    Reason = "claim"    // the external id claim is missing or not a string
)

// Error is a refused callback.
type Error struct {
	Reason Reason
	err    error
}

func (e *Error) Error() string { return "oidc: refused (" + string(e.Reason) + ")" }

// Unwrap returns the underlying cause (for tests; never shown to users).
func (e *Error) Unwrap() error { return e.err }

func refuse(r Reason, err error) *Error { return &Error{Reason: r, err: err} }

// Flow is the per-attempt secret state bound to the browser: state, nonce
// and the PKCE verifier.
type Flow struct {
	State    string
	Nonce    string
	Verifier string
}

func random() string {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		panic("oidc: crypto/rand failed")
	}
	return base64.RawURLEncoding.EncodeToString(b)
}

// NewFlow returns fresh random state, nonce and verifier (256 bits each).
func NewFlow() Flow {
	return Flow{State: random(), Nonce: random(), Verifier: oauth2.GenerateVerifier()}
}

// CheckState compares the state returned by the provider with the flow's in
// constant time.
func (f Flow) CheckState(got string) bool {
	return f.State != "" && subtle.ConstantTimeCompare([]byte(f.State), []byte(got)) == 1
}

// Client is a discovered provider for one tenant configuration.
type Client struct {
	cfg      Config
	provider *gooidc.Provider
	oauth    oauth2.Config
	verifier *gooidc.IDTokenVerifier
	http     *http.Client
	now      func() time.Time
}

// algorithms are the ID token signature algorithms accepted; "none" and
// HMAC (which would use the client secret as key) are not among them.
var algorithms = []string{gooidc.RS256, gooidc.RS384, gooidc.RS512, gooidc.ES256, gooidc.ES384, gooidc.ES512,
	gooidc.PS256, gooidc.PS384, gooidc.PS512, gooidc.EdDSA}

// Discover fetches the provider's metadata with hc (which decides which
// addresses may be dialled) and returns a client. go-oidc refuses metadata
// whose issuer differs from cfg.Issuer.
func Discover(ctx context.Context, cfg Config, redirectURL string, hc *http.Client, now func() time.Time) (*Client, error) {
	ctx = gooidc.ClientContext(ctx, hc)
	p, err := gooidc.NewProvider(ctx, cfg.Issuer)
	if err != nil {
		return nil, refuse(ReasonProvider, err)
	}
	if now == nil {
		now = time.Now
	}
	scopes := append([]string{gooidc.ScopeOpenID}, slices.DeleteFunc(slices.Clone(cfg.Scopes), func(s string) bool { return s == gooidc.ScopeOpenID })...)
	c := &Client{cfg: cfg, provider: p, http: hc, now: now,
		oauth: oauth2.Config{ClientID: cfg.ClientID, ClientSecret: cfg.ClientSecret, Endpoint: p.Endpoint(), RedirectURL: redirectURL, Scopes: scopes}}
	c.verifier = p.VerifierContext(gooidc.ClientContext(context.Background(), hc),
		&gooidc.Config{ClientID: cfg.ClientID, SupportedSigningAlgs: algorithms, Now: now})
	return c, nil
}

// StepUp asks the provider for a fresh sign-in with a second factor.
type StepUp struct {
	MaxAge time.Duration
}

// AuthURL is where to send the browser: code flow with PKCE S256, state and
// nonce; with step-up also prompt=login, max_age and acr_values.
func (c *Client) AuthURL(f Flow, up *StepUp) string {
	opts := []oauth2.AuthCodeOption{oauth2.S256ChallengeOption(f.Verifier), gooidc.Nonce(f.Nonce)}
	if up != nil {
		opts = append(opts, oauth2.SetAuthURLParam("prompt", "login"),
			oauth2.SetAuthURLParam("max_age", fmt.Sprint(int(up.MaxAge.Seconds()))))
		if len(c.cfg.ACRValues) > 0 {
			opts = append(opts, oauth2.SetAuthURLParam("acr_values", strings.Join(c.cfg.ACRValues, " ")))
		}
	}
	return c.oauth.AuthCodeURL(f.State, opts...)
}

// Identity is what a verified ID token says about the user.
type Identity struct {
	ExternalID string
	AuthTime   time.Time // zero if the token has none
	ACR        string
	AMR        []string
	// EmailVerified is the token's email_verified claim, nil when absent.
	EmailVerified *bool
}

// Exchange redeems code with the flow's PKCE verifier and verifies the ID
// token: signature with the provider's keys (no "none", no HMAC), issuer,
// audience (the client id), expiry, and the flow's nonce.
func (c *Client) Exchange(ctx context.Context, f Flow, code string) (Identity, error) {
	if code == "" || len(code) > 2048 {
		return Identity{}, refuse(ReasonExchange, errors.New("no code"))
	}
	tok, err := c.oauth.Exchange(gooidc.ClientContext(ctx, c.http), code, oauth2.VerifierOption(f.Verifier))
	if err != nil {
		return Identity{}, refuse(ReasonExchange, err)
	}
	raw, _ := tok.Extra("id_token").(string)
	if raw == "" || len(raw) > 16<<10 {
		return Identity{}, refuse(ReasonToken, errors.New("no id_token"))
	}
	idt, err := c.verifier.Verify(gooidc.ClientContext(ctx, c.http), raw)
	if err != nil {
		return Identity{}, refuse(ReasonToken, err)
	}
	if subtle.ConstantTimeCompare([]byte(idt.Nonce), []byte(f.Nonce)) != 1 || f.Nonce == "" {
		return Identity{}, refuse(ReasonNonce, errors.New("nonce mismatch"))
	}
	var claims map[string]any
	if err := idt.Claims(&claims); err != nil {
		return Identity{}, refuse(ReasonToken, err)
	}
	var id Identity
	if v, ok := claims[c.cfg.Claim()].(string); ok && v != "" && len(v) <= 200 {
		id.ExternalID = v
	} else {
		return Identity{}, refuse(ReasonClaim, errors.New("claim missing"))
	}
	if v, ok := claims["auth_time"].(float64); ok && v > 0 {
		id.AuthTime = time.Unix(int64(v), 0)
	}
	id.ACR, _ = claims["acr"].(string)
	switch v := claims["email_verified"].(type) {
	case bool:
		id.EmailVerified = &v
	case string: // some providers send "true" / "false"
		b := v == "true"
		id.EmailVerified = &b
	case nil:
	default:
		f := false
		id.EmailVerified = &f
	}
	if a, ok := claims["amr"].([]any); ok {
		for _, x := range a {
			if s, ok := x.(string); ok {
				id.AMR = append(id.AMR, s)
			}
		}
	}
	return id, nil
}

// SecondFactor reports whether the identity's acr or amr proves a second
// factor under cfg.
func SecondFactor(cfg Config, id Identity) bool {
	if id.ACR != "" && slices.Contains(cfg.ACRValues, id.ACR) {
		return true
	}
	for _, m := range id.AMR {
		if slices.Contains(cfg.AMRFactors, m) {
			return true
		}
	}
	return false
}

// FactorAt is the time of the identity's proven second factor: its
// auth_time if acr/amr prove a second factor and auth_time is present and
// not in the future (with a minute of skew); nil otherwise.
func FactorAt(cfg Config, id Identity, now time.Time) *time.Time {
	if !SecondFactor(cfg, id) || id.AuthTime.IsZero() || id.AuthTime.After(now.Add(time.Minute)) {
		return nil
	}
	t := id.AuthTime
	if t.After(now) {
		t = now
	}
	return &t
}

// ValidIssuer reports whether raw is an acceptable issuer URL: https (or
// http when allowHTTP, for loopback tests and --dev), no query, fragment or
// credentials.
func ValidIssuer(raw string, allowHTTP bool) bool {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" || u.User != nil || u.RawQuery != "" || u.Fragment != "" || len(raw) > 300 {
		return false
	}
	return u.Scheme == "https" || (allowHTTP && u.Scheme == "http")
}
