package service

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"time"

	"github.com/sealpost/sealpost/internal/channel/webhook"
	"github.com/sealpost/sealpost/internal/oidc"
)

// Staff sign-in through the organisation's OpenID Connect provider (issue
// 18): the tenant configures it with PUT /v1/settings/staff-oidc, same
// shape and validation as the patient provider (/v1/settings/oidc), kept
// beside it in the tenant settings JSON ("staff_oidc"), its client secret
// sealed under a data key of its own and never returned. A second-factor
// proof (step_up_acr_values and/or step_up_amr) is required: package staff
// refuses every staff sign-in whose token does not show one. The claim
// naming the staff member defaults to "email". The flow itself is package
// staff's (oidc.go).

const (
	staffOIDCOwner = "staff-oidc"
	// StaffOIDCDefaultClaim is the claim that names a staff member (an
	// email address) unless the tenant configures another.
	StaffOIDCDefaultClaim = "email"
)

// staffOIDCStored reads the tenant's staff provider from the store (not the
// tenant cache: staff sign-ins are rare and must see a change at once).
func (s *Service) staffOIDCStored(ctx context.Context, tenantID string) (*oidcStored, error) {
	t, err := s.st.GetTenant(ctx, tenantID)
	if err != nil {
		return nil, err
	}
	var cur storedSettings
	if t.Settings != "" {
		_ = json.Unmarshal([]byte(t.Settings), &cur)
	}
	return cur.StaffOIDC, nil
}

var errStaffOIDCNotConfigured = &Error{Kind: KindNotFound, Detail: "staff sign-in with the organisation's provider is not configured"}

// GetStaffOIDCSettings returns the tenant's staff provider without its
// secret; an unconfigured tenant gets KindNotFound.
func (s *Service) GetStaffOIDCSettings(ctx context.Context, p Principal) (OIDCSettings, error) {
	st, err := s.staffOIDCStored(ctx, p.TenantID)
	if err != nil {
		return OIDCSettings{}, err
	}
	if st == nil {
		return OIDCSettings{}, errStaffOIDCNotConfigured
	}
	return st.view(), nil
}

// PutStaffOIDCSettings replaces the tenant's staff provider (audited as a
// settings change). An empty client_secret keeps the stored one; an empty
// external_id_claim is "email". The answer never contains the secret.
func (s *Service) PutStaffOIDCSettings(ctx context.Context, p Principal, in OIDCSettings) (OIDCSettings, error) {
	t, err := s.st.GetTenant(ctx, p.TenantID)
	if err != nil {
		return OIDCSettings{}, err
	}
	var cur storedSettings
	if t.Settings != "" {
		_ = json.Unmarshal([]byte(t.Settings), &cur)
	}
	in.ClientSecretSet = false
	if e := in.validate(s.allowHTTPWebhooks, cur.StaffOIDC != nil && len(cur.StaffOIDC.SecretSealed) > 0); e != nil {
		return OIDCSettings{}, e
	}
	in.Issuer = strings.TrimRight(in.Issuer, "/")
	if in.ExternalIDClaim == "" {
		in.ExternalIDClaim = StaffOIDCDefaultClaim
	}
	st := &oidcStored{OIDCSettings: in}
	st.ClientSecret = ""
	if in.ClientSecret != "" {
		dk, wrapped, err := s.sealer.NewDataKey(ctx, p.TenantID, staffOIDCOwner)
		if err != nil {
			return OIDCSettings{}, err
		}
		sealed, err := dk.Seal("client_secret", []byte(in.ClientSecret))
		if err != nil {
			return OIDCSettings{}, err
		}
		st.SecretKey, st.SecretSealed = wrapped, sealed
	} else {
		st.SecretKey, st.SecretSealed = cur.StaffOIDC.SecretKey, cur.StaffOIDC.SecretSealed
	}
	cur.StaffOIDC = st
	b, _ := json.Marshal(cur)
	if err := s.st.SetTenantSettings(ctx, p.TenantID, string(b), p.Actor()); err != nil {
		return OIDCSettings{}, err
	}
	s.forgetTenant(p.TenantID)
	return st.view(), nil
}

// StaffOIDCConfigured says whether the tenant has a staff provider.
func (s *Service) StaffOIDCConfigured(ctx context.Context, tenantID string) bool {
	st, err := s.staffOIDCStored(ctx, tenantID)
	return err == nil && st != nil
}

// StaffOIDCClient opens the tenant's staff provider (its sealed secret) and
// discovers it, for a flow whose callback is redirectURL. An unconfigured
// tenant is KindNotFound; an unreachable provider an *oidc.Error.
func (s *Service) StaffOIDCClient(ctx context.Context, tenantID, redirectURL string) (*oidc.Client, oidc.Config, error) {
	o, err := s.staffOIDCStored(ctx, tenantID)
	if err != nil {
		return nil, oidc.Config{}, err
	}
	if o == nil {
		return nil, oidc.Config{}, errStaffOIDCNotConfigured
	}
	dk, err := s.sealer.OpenDataKey(ctx, tenantID, staffOIDCOwner, o.SecretKey)
	if err != nil {
		return nil, oidc.Config{}, err
	}
	secret, err := dk.Open("client_secret", o.SecretSealed)
	if err != nil {
		return nil, oidc.Config{}, err
	}
	claim := o.ExternalIDClaim
	if claim == "" {
		claim = StaffOIDCDefaultClaim
	}
	cfg := oidc.Config{Issuer: o.Issuer, ClientID: o.ClientID, ClientSecret: string(secret), Scopes: o.Scopes,
		ExternalIDClaim: claim, ACRValues: o.ACRValues, AMRFactors: o.AMRFactors}
	tr := webhook.PublicTransport()
	if s.allowHTTPWebhooks {
		tr = webhook.LoopbackTransport()
	}
	hc := &http.Client{Transport: tr, Timeout: 10 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	cl, err := oidc.Discover(ctx, cfg, redirectURL, hc, s.cfg.Now)
	if err != nil {
		return nil, oidc.Config{}, err
	}
	return cl, cfg, nil
}
