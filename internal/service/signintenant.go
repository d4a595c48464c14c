package service

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/sealpost/sealpost/internal/ids"
)

// What a signed-out browser's sign-in form needs to find its tenant: the
// tenants with the host of their public link base, and a MAC'd hint naming
// the tenant of the last link the browser followed. The choice among them is
// the hosted pages' (internal/api/signintenant.go).

// SignInTenant is a tenant a sign-in form may be for. Host is the host (and
// port, if not 443) of the tenant's public link base, lower case; "" when the
// tenant has none of its own.
type SignInTenant struct {
	ID   string
	Host string
}

type signInDirectory struct {
	mu      sync.Mutex
	at      time.Time
	tenants []SignInTenant
}

// SignInTenants lists every tenant with its public host, cached for as long
// as tenant settings are (a few seconds).
func (s *Service) SignInTenants(ctx context.Context) ([]SignInTenant, error) {
	d := &s.signin
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.tenants != nil && time.Since(d.at) < tenantCacheTTL {
		return d.tenants, nil
	}
	ts, err := s.st.ListTenants(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]SignInTenant, 0, len(ts))
	for _, t := range ts {
		var set Settings
		_ = json.Unmarshal([]byte(t.Settings), &set) // a tenant with unreadable settings has no host of its own
		out = append(out, SignInTenant{ID: t.ID, Host: PublicHost(set.PublicURL)})
	}
	d.tenants, d.at = out, time.Now()
	return out, nil
}

// HostTenant returns the tenant whose public link base names host, or ""
// when none does or more than one does (a shared host decides nothing).
func HostTenant(tenants []SignInTenant, host string) string {
	h := NormalHost(host)
	if h == "" {
		return ""
	}
	match := ""
	for _, t := range tenants {
		if t.Host != h {
			continue
		}
		if match != "" {
			return ""
		}
		match = t.ID
	}
	return match
}

// PublicHost is the host of an https base URL as a browser's Host header
// names it: lower case, without a trailing dot or the default port 443; ""
// if base is empty or not an https URL.
func PublicHost(base string) string {
	u, err := url.Parse(base)
	if err != nil || u.Scheme != "https" || u.Host == "" {
		return ""
	}
	return NormalHost(u.Host)
}

// NormalHost lower-cases a Host header value and drops a trailing dot and
// the port 443.
func NormalHost(h string) string {
	h = strings.ToLower(strings.TrimSuffix(h, ":443"))
	return strings.TrimSuffix(h, ".")
}

const signInHintPurpose = "signin-tenant-hint"

// SignInHint is a cookie value naming tenantID: the tenant id and a keyed
// fingerprint of it under the tenant's MAC key, so a browser cannot make up
// a hint for a tenant it never followed a link of. It stays valid across key
// rotations (old MAC keys still verify).
func (s *Service) SignInHint(ctx context.Context, tenantID string) (string, error) {
	tag, err := s.sealer.Fingerprint(ctx, tenantID, signInHintPurpose, []byte(tenantID))
	if err != nil {
		return "", err
	}
	return tenantID + "." + base64.RawURLEncoding.EncodeToString(tag), nil
}

// HintTenant returns the tenant a SignInHint value names, or "" if the value
// is malformed, its tenant is gone or its fingerprint does not verify.
func (s *Service) HintTenant(ctx context.Context, hint string) string {
	id, b64, ok := strings.Cut(hint, ".")
	if !ok || !ids.Valid(ids.Tenant, id) || len(b64) > 128 {
		return ""
	}
	tag, err := base64.RawURLEncoding.DecodeString(b64)
	if err != nil {
		return ""
	}
	good, err := s.sealer.VerifyFingerprint(ctx, id, signInHintPurpose, tag, []byte(id))
	if err != nil || !good {
		return ""
	}
	return id
}

// forgetSignInTenants drops the cached list (a tenant's settings changed).
func (s *Service) forgetSignInTenants() {
	s.signin.mu.Lock()
	s.signin.tenants = nil
	s.signin.mu.Unlock()
}
