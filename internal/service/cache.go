package service

import (
	"context"
	"encoding/json"
	"sync"
	"time"

	"github.com/sealpost/sealpost/internal/store"
)

// tenantCache keeps per-tenant settings the delivery path reads on every
// notice (tenant row, category definitions, guard terms) for a few seconds.
// Changes made through this node drop the entry at once; other nodes see them
// within the TTL.
type tenantCache struct {
	ttl time.Duration
	mu  sync.Mutex
	m   map[string]*tenantEntry
}

type tenantEntry struct {
	at         time.Time
	tenant     store.Tenant
	categories map[string]string
	terms      []store.GuardTerm
	webhooks   []store.Webhook
	settings   Settings
	oidc       *oidcStored // sign in with the portal, if configured
}

const tenantCacheTTL = 5 * time.Second

func (s *Service) tenantData(ctx context.Context, tenantID string) (*tenantEntry, error) {
	c := s.tcache
	c.mu.Lock()
	e := c.m[tenantID]
	c.mu.Unlock()
	if e != nil && time.Since(e.at) < c.ttl {
		return e, nil
	}
	t, err := s.st.GetTenant(ctx, tenantID)
	if err != nil {
		return nil, err
	}
	cats, err := s.st.Categories(ctx, tenantID)
	if err != nil {
		return nil, err
	}
	terms, err := s.st.GuardTerms(ctx, tenantID)
	if err != nil {
		return nil, err
	}
	hooks, err := s.st.Webhooks(ctx, tenantID)
	if err != nil {
		return nil, err
	}
	var set storedSettings
	if t.Settings != "" {
		_ = json.Unmarshal([]byte(t.Settings), &set) // validated when saved
	}
	e = &tenantEntry{at: time.Now(), tenant: t, categories: cats, terms: terms, webhooks: hooks, settings: set.Settings, oidc: set.OIDC}
	c.mu.Lock()
	if len(c.m) > 10000 {
		clear(c.m)
	}
	c.m[tenantID] = e
	c.mu.Unlock()
	return e, nil
}

func (s *Service) forgetTenant(tenantID string) {
	s.tcache.mu.Lock()
	delete(s.tcache.m, tenantID)
	s.tcache.mu.Unlock()
}
