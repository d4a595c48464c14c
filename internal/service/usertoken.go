package service

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"net/http"
	"sort"
	"sync"
	"time"

	"github.com/sealpost/sealpost/internal/audit"
	"github.com/sealpost/sealpost/internal/channel/webhook"
	"github.com/sealpost/sealpost/internal/ids"
	"github.com/sealpost/sealpost/internal/store"
	"github.com/sealpost/sealpost/internal/usertoken"
)

// Portal-signed user tokens: the tenant's key configuration (tenant API)
// and turning a verified token into an inbox session for its recipient.

type userTokens struct {
	cache *usertoken.Cache
	mu    sync.Mutex
	cfgs  map[string]userTokenCfg
}

type userTokenCfg struct {
	at  time.Time
	cfg usertoken.Config
	ok  bool
}

func newUserTokens(client *http.Client, now func() time.Time) *userTokens {
	if client == nil {
		client = &http.Client{Transport: webhook.PublicTransport()}
	}
	return &userTokens{cache: usertoken.NewCache(client, now), cfgs: map[string]userTokenCfg{}}
}

// userTokenConfig loads a tenant's configuration, kept for tenantCacheTTL:
// a change on another node takes effect within it (on this one at once).
func (s *Service) userTokenConfig(ctx context.Context, tenantID string) (usertoken.Config, bool, error) {
	// tenantID comes from an unverified token's aud: refuse what cannot be
	// a tenant id before any lookup, and cache only configurations that
	// exist, so random audiences neither reach the database more than once
	// each nor push real tenants out of the cache.
	if !ids.Valid(ids.Tenant, tenantID) {
		return usertoken.Config{}, false, nil
	}
	u := s.utok
	u.mu.Lock()
	e, hit := u.cfgs[tenantID]
	u.mu.Unlock()
	if hit && time.Since(e.at) < tenantCacheTTL {
		return e.cfg, e.ok, nil
	}
	raw, _, err := s.st.UserTokenKeys(ctx, tenantID)
	e = userTokenCfg{at: time.Now()}
	switch {
	case errors.Is(err, store.ErrNotFound):
		return usertoken.Config{}, false, nil
	case err != nil:
		return usertoken.Config{}, false, err
	default:
		if err := json.Unmarshal([]byte(raw), &e.cfg); err != nil {
			return usertoken.Config{}, false, err
		}
		e.ok = true
	}
	u.mu.Lock()
	if len(u.cfgs) > 10000 {
		clear(u.cfgs)
	}
	u.cfgs[tenantID] = e
	u.mu.Unlock()
	return e.cfg, e.ok, nil
}

// UserTokenKeysView is a tenant's user-token configuration as the API shows
// it (public keys only; nothing secret is stored).
type UserTokenKeysView struct {
	JWKS       json.RawMessage `json:"jwks,omitempty"`
	JWKSURL    string          `json:"jwks_url,omitempty"`
	RequireJTI bool            `json:"require_jti"`
	KeyIDs     []string        `json:"key_ids,omitempty"` // of an inline set
	UpdatedAt  time.Time       `json:"updated_at"`
}

func userTokenView(cfg usertoken.Config, at time.Time) UserTokenKeysView {
	v := UserTokenKeysView{JWKS: cfg.JWKS, JWKSURL: cfg.JWKSURL, RequireJTI: cfg.RequireJTI, UpdatedAt: at}
	if len(cfg.JWKS) > 0 {
		if ks, err := usertoken.ParseJWKS(cfg.JWKS); err == nil {
			v.KeyIDs = ks.KIDs()
			sort.Strings(v.KeyIDs)
		}
	}
	return v
}

// GetUserTokenKeys returns the tenant's user-token configuration.
func (s *Service) GetUserTokenKeys(ctx context.Context, p Principal) (UserTokenKeysView, error) {
	raw, at, err := s.st.UserTokenKeys(ctx, p.TenantID)
	if errors.Is(err, store.ErrNotFound) {
		return UserTokenKeysView{}, &Error{Kind: KindNotFound, Detail: "no user-token keys are registered; PUT /v1/settings/user-token-keys"}
	}
	if err != nil {
		return UserTokenKeysView{}, err
	}
	var cfg usertoken.Config
	if err := json.Unmarshal([]byte(raw), &cfg); err != nil {
		return UserTokenKeysView{}, err
	}
	return userTokenView(cfg, at), nil
}

// PutUserTokenKeys replaces the tenant's user-token configuration. A key
// removed from an inline set stops verifying at once on this node (within
// 5 s on others); from a jwks_url set, when the cached set expires.
func (s *Service) PutUserTokenKeys(ctx context.Context, p Principal, in usertoken.Config) (UserTokenKeysView, error) {
	if ptr, detail := in.Validate(); ptr != "" {
		return UserTokenKeysView{}, invalid(FieldError{ptr, detail})
	}
	// As for webhook endpoints: a jwks_url whose host is a non-public IP
	// literal is refused when saved (names are checked when dialled).
	if in.JWKSURL != "" && !s.allowHTTPWebhooks && !webhook.PublicLiteral(in.JWKSURL) {
		return UserTokenKeysView{}, invalid(FieldError{"/jwks_url", "the address must be public"})
	}
	if len(in.JWKS) > 0 {
		var compact json.RawMessage
		if b, err := json.Marshal(in.JWKS); err == nil {
			compact = b
		}
		in.JWKS = compact
	}
	b, err := json.Marshal(in)
	if err != nil {
		return UserTokenKeysView{}, err
	}
	at := s.now()
	if err := s.st.PutUserTokenKeys(ctx, p.TenantID, string(b), audit.Event{TenantID: p.TenantID, At: at, Actor: p.Actor(),
		Action: audit.ActionUserTokenKeys, ObjectType: "tenant", ObjectID: p.TenantID}); err != nil {
		return UserTokenKeysView{}, err
	}
	s.utok.mu.Lock()
	delete(s.utok.cfgs, p.TenantID)
	s.utok.mu.Unlock()
	s.utok.cache.Forget(p.TenantID)
	return userTokenView(in, at), nil
}

func tokenRefused(detail string) *Error {
	return &Error{Kind: KindUserToken, Detail: detail}
}

// TokenSession verifies a user token (Authorization: Bearer) and returns an
// inbox session for its recipient: signed in, with its second factor at
// auth_time if amr names one (usertoken.SecondFactors), so restricted
// content opens only within the tenant's step-up window. Refusals after the
// signature verified name a recipient and are audited (user_token.refused);
// tokens issued before the recipient's last account reset, and a reused or
// missing jti where the tenant requires one, are refused.
func (s *Service) TokenSession(ctx context.Context, token string) (Session, error) {
	c, err := s.utok.cache.Verify(ctx, token, s.userTokenConfig)
	if err != nil {
		var ue *usertoken.Error
		if errors.As(err, &ue) {
			if ue.Subject != "" {
				if p, perr := usertoken.Parse(token); perr == nil {
					if aerr := s.auditTokenRefusal(ctx, p.Tenant, ue.Subject, ue.Code); aerr != nil {
						return Session{}, aerr
					}
				}
			}
			return Session{}, tokenRefused(ue.Detail)
		}
		var fe *usertoken.FetchError
		if errors.As(err, &fe) {
			return Session{}, tokenRefused("the tenant's jwks_url " + fe.Reason)
		}
		return Session{}, err
	}
	r, err := s.recipientForToken(ctx, c.TenantID, c.Subject)
	if err != nil {
		return Session{}, err
	}
	ses := Session{TenantID: c.TenantID, RecipientID: r.ID, Stage: store.StageActive, CreatedAt: c.IssuedAt, Expires: c.Expiry}
	refuse := func(code, detail string) (Session, error) {
		if err := s.st.AppendAudit(ctx, s.event(ses, audit.ActionUserTokenRefused, "recipient", r.ID)); err != nil {
			return Session{}, err
		}
		return Session{}, tokenRefused(detail)
	}
	resetAt, err := s.st.RecipientResetAt(ctx, c.TenantID, r.ID)
	if err != nil {
		return Session{}, err
	}
	if !resetAt.IsZero() && c.IssuedAt.Before(resetAt) {
		return refuse(usertoken.CodeReset, "the user token was issued before the recipient's account was reset; mint a new one")
	}
	cfg, _, err := s.userTokenConfig(ctx, c.TenantID)
	if err != nil {
		return Session{}, err
	}
	if cfg.RequireJTI {
		if c.JTI == "" {
			return refuse(usertoken.CodeClaims, "this tenant requires a jti in every user token")
		}
		h := sha256.Sum256([]byte(c.JTI))
		fresh, err := s.st.UseJTI(ctx, c.TenantID, h[:], c.Expiry.Add(usertoken.Skew), s.now())
		if err != nil {
			return Session{}, err
		}
		if !fresh {
			return refuse(usertoken.CodeReplayed, "this user token's jti was already used; mint a new token for each call")
		}
	}
	if c.SecondFactor() {
		at := c.AuthTime
		ses.FactorAt = &at
	}
	return ses, nil
}

func (s *Service) recipientForToken(ctx context.Context, tenantID, externalID string) (store.Recipient, error) {
	if !s.validRecipientID(externalID) {
		return store.Recipient{}, tokenRefused("sub is not a valid external_id")
	}
	r, err := s.RecipientByExternalID(ctx, tenantID, externalID)
	if errors.Is(err, store.ErrNotFound) {
		return store.Recipient{}, tokenRefused("sub names no recipient of this tenant")
	}
	return r, err
}

// auditTokenRefusal records a refused token whose signature verified, if
// its sub names a recipient of the tenant.
func (s *Service) auditTokenRefusal(ctx context.Context, tenantID, externalID, code string) error {
	if !s.validRecipientID(externalID) {
		return nil
	}
	r, err := s.RecipientByExternalID(ctx, tenantID, externalID)
	if errors.Is(err, store.ErrNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	ses := Session{TenantID: tenantID, RecipientID: r.ID}
	return s.st.AppendAudit(ctx, s.event(ses, audit.ActionUserTokenRefused, "recipient", r.ID))
}
