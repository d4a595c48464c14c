package usertoken

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Config is a tenant's user-token configuration: its key set inline or the
// https address it is fetched from, and whether every token must carry a
// jti used once.
type Config struct {
	JWKS       json.RawMessage `json:"jwks,omitempty"`
	JWKSURL    string          `json:"jwks_url,omitempty"`
	RequireJTI bool            `json:"require_jti,omitempty"`
}

// Fetch bounds for jwks_url.
const (
	FetchTimeout = 5 * time.Second
	// A fetched set is kept for its Cache-Control max-age, clamped to
	// [MinMaxAge, MaxMaxAge]; DefaultMaxAge without one.
	MinMaxAge     = time.Minute
	MaxMaxAge     = time.Hour
	DefaultMaxAge = 5 * time.Minute
	// RefetchEvery is how often an unknown kid may trigger a fetch before
	// the cached set expires (rotation without waiting for max-age).
	RefetchEvery = time.Minute
)

// Validate checks a configuration as the tenant submits it: exactly one of
// jwks and jwks_url; an inline set must parse; a URL must be https.
func (c Config) Validate() (pointer, detail string) {
	hasSet := len(c.JWKS) > 0 && string(c.JWKS) != "null"
	switch {
	case hasSet && c.JWKSURL != "":
		return "/jwks_url", "give either jwks or jwks_url, not both"
	case hasSet:
		if _, err := ParseJWKS(c.JWKS); err != nil {
			return "/jwks", err.Error()
		}
	case c.JWKSURL != "":
		if err := checkURL(c.JWKSURL); err != nil {
			return "/jwks_url", err.Error()
		}
	default:
		return "/jwks", "give jwks (a JSON Web Key Set) or jwks_url (its https address)"
	}
	return "", ""
}

func checkURL(s string) error {
	u, err := url.Parse(s)
	if err != nil || u.Scheme != "https" || u.Host == "" || u.User != nil || u.Fragment != "" || len(s) > 500 {
		return errors.New("an https URL without credentials or fragment, at most 500 characters")
	}
	return nil
}

// Cache holds each tenant's parsed key set. Inline sets are parsed once per
// change; fetched ones are kept for their max-age and refetched early, at
// most once per RefetchEvery, when a token names an unknown kid.
type Cache struct {
	client *http.Client
	now    func() time.Time

	mu   sync.Mutex
	m    map[string]*entry
	seen map[[32]byte]verified // verified tokens (Verify)
}

type entry struct {
	source    string // the inline set or URL the entry was made from
	ks        *KeySet
	expires   time.Time // zero: inline, never
	lastFetch time.Time
	err       error // the last fetch failed (ks nil)
}

// NewCache returns a cache fetching with client's transport (in production
// webhook.PublicTransport: the same address rules as webhooks). Redirects
// are not followed; each fetch is bounded by FetchTimeout and MaxJWKSBytes.
func NewCache(client *http.Client, now func() time.Time) *Cache {
	if client == nil {
		client = &http.Client{}
	}
	c := *client
	c.Timeout = FetchTimeout
	c.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	if now == nil {
		now = time.Now
	}
	return &Cache{client: &c, now: now, m: map[string]*entry{}, seen: map[[32]byte]verified{}}
}

// Keys returns the tenant's key set for a token naming kid.
func (c *Cache) Keys(ctx context.Context, tenantID string, cfg Config, kid string) (*KeySet, error) {
	now := c.now()
	inline := cfg.JWKSURL == ""
	c.mu.Lock()
	e := c.m[tenantID]
	if e != nil && e.from(cfg) && e.err != nil && now.Sub(e.lastFetch) < RefetchEvery {
		c.mu.Unlock()
		return nil, e.err // a failed fetch is retried at most once a minute
	}
	if e != nil && e.from(cfg) && e.ks != nil {
		_, known := e.ks.keys[kid]
		if inline || (now.Before(e.expires) && (known || now.Sub(e.lastFetch) < RefetchEvery)) {
			c.mu.Unlock()
			return e.ks, nil
		}
	}
	var prev *entry
	if e != nil && e.from(cfg) && e.ks != nil {
		prev = e
		e.lastFetch = now // other callers keep using the old set meanwhile
	}
	c.mu.Unlock()

	source := cfg.JWKSURL
	if inline {
		source = string(cfg.JWKS)
	}
	ne := &entry{source: source, lastFetch: now}
	if inline {
		ks, err := ParseJWKS(cfg.JWKS)
		if err != nil {
			return nil, refuse(CodeNoKeys, "the tenant's stored key set does not parse")
		}
		ne.ks = ks
	} else {
		ks, maxAge, err := c.fetch(ctx, cfg.JWKSURL)
		if err != nil {
			if prev != nil && now.Before(prev.expires) {
				return prev.ks, nil // an early refetch failed: the set still in date stands
			}
			c.mu.Lock()
			c.m[tenantID] = &entry{source: source, lastFetch: now, err: err}
			c.mu.Unlock()
			return nil, err
		}
		ne.ks, ne.expires = ks, now.Add(maxAge)
	}
	c.mu.Lock()
	if len(c.m) > 10000 {
		clear(c.m)
	}
	c.m[tenantID] = ne
	c.mu.Unlock()
	return ne.ks, nil
}

// from reports whether the entry was made from cfg's key source (its URL,
// or the inline set itself). The comparison converts without copying: this
// runs on every request that carries a token.
func (e *entry) from(cfg Config) bool {
	if cfg.JWKSURL != "" {
		return e.source == cfg.JWKSURL
	}
	return e.source == string(cfg.JWKS)
}

// Forget drops a tenant's entry (its configuration changed).
func (c *Cache) Forget(tenantID string) {
	c.mu.Lock()
	delete(c.m, tenantID)
	for k, v := range c.seen {
		if v.claims.TenantID == tenantID {
			delete(c.seen, k)
		}
	}
	c.mu.Unlock()
}

// FetchError is a jwks_url that could not be used. Its text names the
// failure, never the response body.
type FetchError struct{ Reason string }

func (e *FetchError) Error() string { return "usertoken: jwks_url: " + e.Reason }

func (c *Cache) fetch(ctx context.Context, u string) (*KeySet, time.Duration, error) {
	if err := checkURL(u); err != nil {
		return nil, 0, &FetchError{"not an https URL"}
	}
	ctx, cancel := context.WithTimeout(ctx, FetchTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, 0, &FetchError{"not a valid URL"}
	}
	req.Header.Set("Accept", "application/jwk-set+json, application/json")
	resp, err := c.client.Do(req)
	if err != nil {
		return nil, 0, &FetchError{fetchFailure(err)}
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, 0, &FetchError{fmt.Sprintf("answered HTTP %d (redirects are not followed)", resp.StatusCode)}
	}
	b, err := io.ReadAll(io.LimitReader(resp.Body, MaxJWKSBytes+1))
	if err != nil {
		return nil, 0, &FetchError{fetchFailure(err)}
	}
	if len(b) > MaxJWKSBytes {
		return nil, 0, &FetchError{fmt.Sprintf("the key set is larger than %d KiB", MaxJWKSBytes>>10)}
	}
	ks, err := ParseJWKS(b)
	if err != nil {
		return nil, 0, &FetchError{err.Error()}
	}
	return ks, maxAge(resp.Header.Get("Cache-Control")), nil
}

func fetchFailure(err error) string {
	switch {
	case errors.Is(err, context.DeadlineExceeded) || strings.Contains(err.Error(), "Client.Timeout"):
		return "did not answer within 5 s"
	case strings.Contains(err.Error(), "not public"):
		return "resolves to an address that is not public"
	}
	return "could not be fetched"
}

// maxAge reads Cache-Control max-age, clamped to [MinMaxAge, MaxMaxAge].
func maxAge(cc string) time.Duration {
	d := DefaultMaxAge
	for _, part := range strings.Split(cc, ",") {
		k, v, _ := strings.Cut(strings.TrimSpace(part), "=")
		switch strings.ToLower(k) {
		case "no-store", "no-cache":
			d = MinMaxAge
		case "max-age":
			if n, err := strconv.Atoi(strings.Trim(v, `"`)); err == nil && n >= 0 {
				d = time.Duration(n) * time.Second
			}
		}
	}
	return min(max(d, MinMaxAge), MaxMaxAge)
}

// ConfigFunc loads a tenant's configuration; ok false when the tenant has
// none (or does not exist).
type ConfigFunc func(ctx context.Context, tenantID string) (cfg Config, ok bool, err error)

type verified struct {
	kid    string
	ks     *KeySet
	claims Claims
}

// Verify parses and verifies a token against its tenant's current keys.
// A browser sends the same token with every call until it expires, so a
// verified token is remembered (by its SHA-256) with the key set that
// verified it: while that set is still the tenant's current one, the
// signature is not checked again. A changed or refetched set verifies
// afresh, so a removed key stops working at once.
func (c *Cache) Verify(ctx context.Context, token string, load ConfigFunc) (Claims, error) {
	if len(token) > MaxTokenBytes {
		return Claims{}, refuse(CodeTooLarge, "the user token is larger than 8 KiB")
	}
	now := c.now()
	sum := sha256.Sum256([]byte(token))
	c.mu.Lock()
	v, hit := c.seen[sum]
	c.mu.Unlock()
	if hit {
		cfg, ok, err := load(ctx, v.claims.TenantID)
		if err != nil {
			return Claims{}, err
		}
		if ok {
			ks, err := c.Keys(ctx, v.claims.TenantID, cfg, v.kid)
			if err == nil && ks == v.ks && now.Before(v.claims.Expiry.Add(Skew)) {
				return v.claims, nil
			}
		}
	}
	p, err := Parse(token)
	if err != nil {
		return Claims{}, err
	}
	cfg, ok, err := load(ctx, p.Tenant)
	if err != nil {
		return Claims{}, err
	}
	if !ok {
		return Claims{}, refuse(CodeNoKeys, "aud names no tenant with registered user-token keys")
	}
	ks, err := c.Keys(ctx, p.Tenant, cfg, p.KID)
	if err != nil {
		return Claims{}, err
	}
	claims, err := p.Verify(ks, p.Tenant, now)
	if err != nil {
		return Claims{}, err
	}
	c.mu.Lock()
	if len(c.seen) > 10000 {
		clear(c.seen)
	}
	c.seen[sum] = verified{kid: p.KID, ks: ks, claims: claims}
	c.mu.Unlock()
	return claims, nil
}
