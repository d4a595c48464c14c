package service

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/sealpost/sealpost/internal/ids"
	"github.com/sealpost/sealpost/internal/seal"
	"github.com/sealpost/sealpost/internal/store"
)

// API keys look like "sp_<10 chars>_<32 chars>": the first two parts are the
// visible prefix that identifies the key; the last carries 160 random bits.
var (
	apiKeyRE     = regexp.MustCompile(`^(sp_[0-9a-z]{10})_([0-9a-z]{32})$`)
	tenantNameRE = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]{0,62}$`)
)

// NewAPIKey returns a fresh key and its stored form.
func NewAPIKey(tenantID, label string) (key string, rec store.APIKey) {
	prefix := "sp_" + ids.Token(10)[:10]
	key = prefix + "_" + ids.Token(20)
	h := sha256.Sum256([]byte(key))
	return key, store.APIKey{Prefix: prefix, TenantID: tenantID, SecretHash: h[:], Label: label}
}

// CreatedTenant is what tenant creation reveals, once.
type CreatedTenant struct {
	TenantID  string `json:"tenant_id"`
	Name      string `json:"name"`
	APIKey    string `json:"api_key"`
	KeyPrefix string `json:"key_prefix"`
}

// CreateTenant makes a tenant with fresh key material and a first API key.
func (s *Service) CreateTenant(ctx context.Context, name, actor string) (CreatedTenant, error) {
	if !tenantNameRE.MatchString(name) {
		return CreatedTenant{}, errors.New(tenantNameAdvice(name))
	}
	id := ids.New(ids.Tenant)
	tk, err := seal.NewTenantKeys(ctx, s.keys, id)
	if err != nil {
		return CreatedTenant{}, fmt.Errorf("create tenant keys: %w", err)
	}
	key, rec := NewAPIKey(id, "initial")
	err = s.st.CreateTenant(ctx, store.Tenant{ID: id, Name: name, KEK: tk.KEK, MAC: tk.MAC, Index: tk.Index}, rec, actor)
	if errors.Is(err, store.ErrExists) {
		return CreatedTenant{}, fmt.Errorf("a tenant named %q already exists", name)
	}
	if err != nil {
		return CreatedTenant{}, err
	}
	s.forgetSignInTenants()
	return CreatedTenant{TenantID: id, Name: name, APIKey: key, KeyPrefix: rec.Prefix}, nil
}

// tenantNameAdvice explains that a tenant name is a slug (an operator's
// handle for the CLI), suggests one made from what was given, and points to
// the display name patients see.
func tenantNameAdvice(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
			dash = false
		case b.Len() > 0 && !dash:
			b.WriteByte('-')
			dash = true
		}
	}
	slug := strings.TrimRight(b.String(), "-")
	if len(slug) > 63 {
		slug = strings.TrimRight(slug[:63], "-")
	}
	msg := "a tenant name is a slug: 1–63 characters of a-z, 0-9, '.', '_', '-', starting with a letter or digit"
	if slug != "" {
		msg += fmt.Sprintf(" (e.g. %q)", slug)
	}
	return msg + `; the name patients see is the tenant's display name: PUT /v1/settings {"display_name": "…"}`
}

// CreateAPIKey adds a key to a tenant (by id or name) and returns it, once.
func (s *Service) CreateAPIKey(ctx context.Context, tenant, label, actor string) (key string, rec store.APIKey, err error) {
	t, err := s.st.GetTenant(ctx, tenant)
	if err != nil {
		return "", store.APIKey{}, err
	}
	key, rec = NewAPIKey(t.ID, label)
	if err := s.st.CreateAPIKey(ctx, rec, actor); err != nil {
		return "", store.APIKey{}, err
	}
	return key, rec, nil
}

// RevokeAPIKey revokes a tenant's key by prefix.
func (s *Service) RevokeAPIKey(ctx context.Context, tenant, prefix, actor string) error {
	t, err := s.st.GetTenant(ctx, tenant)
	if err != nil {
		return err
	}
	if err := s.st.RevokeAPIKey(ctx, t.ID, prefix, actor); err != nil {
		return err
	}
	s.apiKeys.forget(prefix)
	return nil
}

var errUnauthorized = &Error{Kind: KindUnauthorized, Detail: "a valid API key is required: Authorization: Bearer <key>"}

// Authenticate checks an API key presented as a bearer token. Every failure
// (malformed, unknown, wrong secret, revoked) gives the same answer.
func (s *Service) Authenticate(ctx context.Context, key string) (Principal, error) {
	m := apiKeyRE.FindStringSubmatch(key)
	if m == nil {
		return Principal{}, errUnauthorized
	}
	prefix := m[1]
	rec, ok := s.apiKeys.get(prefix)
	if !ok {
		r, err := s.st.LookupAPIKey(ctx, prefix)
		if errors.Is(err, store.ErrNotFound) {
			// Spend the same work as a real comparison.
			h := sha256.Sum256([]byte(key))
			subtle.ConstantTimeCompare(h[:], make([]byte, len(h)))
			return Principal{}, errUnauthorized
		}
		if err != nil {
			return Principal{}, err
		}
		rec = r
		s.apiKeys.put(rec)
	}
	h := sha256.Sum256([]byte(key))
	if subtle.ConstantTimeCompare(h[:], rec.SecretHash) != 1 || rec.RevokedAt != nil {
		return Principal{}, errUnauthorized
	}
	return Principal{TenantID: rec.TenantID, KeyPrefix: prefix}, nil
}

// keyCache remembers looked-up API keys for a short time so authentication does
// not read the database on every request.
type keyCache struct {
	ttl time.Duration
	mu  sync.Mutex
	m   map[string]cachedKey
}

type cachedKey struct {
	rec store.APIKey
	at  time.Time
}

func newKeyCache(ttl time.Duration) *keyCache { return &keyCache{ttl: ttl, m: map[string]cachedKey{}} }

func (c *keyCache) get(prefix string) (store.APIKey, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.m[prefix]
	if !ok || time.Since(e.at) > c.ttl {
		return store.APIKey{}, false
	}
	return e.rec, true
}

func (c *keyCache) put(rec store.APIKey) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.m) > 10000 {
		clear(c.m)
	}
	c.m[rec.Prefix] = cachedKey{rec, time.Now()}
}

func (c *keyCache) forget(prefix string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.m, prefix)
}
