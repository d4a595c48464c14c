package staff

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"strings"
	"time"

	"github.com/sealpost/sealpost/internal/ids"
	"github.com/sealpost/sealpost/internal/oidc"
	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/store"
)

// Staff sign-in through the organisation's OpenID Connect provider (issue
// 18: "or through the organisation's OpenID Connect provider configured for
// staff (acr/amr must prove MFA)"). The tenant configures the provider with
// PUT /v1/settings/staff-oidc (package service keeps it). The flow is the
// patient one's (internal/oidc: code flow with PKCE, state, nonce, go-oidc
// verification) with stricter rules: EVERY sign-in must show a second
// factor in acr or amr; the claim (default "email") must be an email address,
// verified when the token says; it must name an existing, active staff
// account of the flow's tenant (no provisioning). The session issued is the
// same as after a password and TOTP sign-in (factor satisfied, same idle
// and absolute limits). Success and every refusal are audited; a refusal
// records a fixed reason word, never token contents, and every refusal
// shows the same message.

// Audit actions of staff OIDC sign-in.
const (
	ActionStaffSignInOIDC = "staff.signin_oidc"
	// ActionStaffOIDCRefused prefixes a refused staff OIDC sign-in; the
	// reason follows ("staff.oidc_refused.mfa").
	ActionStaffOIDCRefused = "staff.oidc_refused"
)

// OIDCCallbackPath is where the provider sends staff back; it must be
// registered at the provider as {public_url}/staff/oidc/callback.
const OIDCCallbackPath = "/staff/oidc/callback"

// Refusal reasons besides internal/oidc's.
const (
	ReasonNoMFA           oidc.Reason = "mfa"              // acr/amr do not prove a second factor
	ReasonEmailUnverified oidc.Reason = "email_unverified" // email_verified is false
	ReasonNoStaff         oidc.Reason = "no_staff"         // no active staff account of the tenant has that email
)

const (
	purposeOIDCFlow = "staff-oidc-flow"
	oidcFlowTTL     = 10 * time.Minute
)

var errOIDCRefused = &service.Error{Kind: service.KindUnauthenticated,
	Detail: "signing in with your organisation did not work; start again from the staff sign-in page"}

// oidcFlow is the flow cookie's content (MAC'd under the tenant's key).
type oidcFlow struct {
	Tenant  string `json:"t"`
	State   string `json:"s"`
	Nonce   string `json:"n"`
	Verify  string `json:"v"`
	Expires int64  `json:"e"`
}

// OIDCEnabled says whether the tenant lets staff sign in with its provider.
func (s *Service) OIDCEnabled(ctx context.Context, tenantID string) bool {
	return ids.Valid(ids.Tenant, tenantID) && s.svc.StaffOIDCConfigured(ctx, tenantID)
}

func (s *Service) oidcRedirect() string {
	return strings.TrimRight(s.svc.BaseURL(), "/") + OIDCCallbackPath
}

// OIDCStart begins a staff sign-in with the tenant's provider: the provider
// URL to send the browser to and the flow cookie's value.
func (s *Service) OIDCStart(ctx context.Context, tenantID string) (redirect, cookie string, err error) {
	if !s.OIDCEnabled(ctx, tenantID) {
		return "", "", errOIDCRefused
	}
	cl, _, err := s.svc.StaffOIDCClient(ctx, tenantID, s.oidcRedirect())
	if err != nil {
		var oe *oidc.Error
		if errors.As(err, &oe) {
			s.oidcRefused(ctx, tenantID, oe.Reason)
			return "", "", errOIDCRefused
		}
		return "", "", err
	}
	f := oidc.NewFlow()
	fl := oidcFlow{Tenant: tenantID, State: f.State, Nonce: f.Nonce, Verify: f.Verifier, Expires: s.now().Add(oidcFlowTTL).Unix()}
	b, _ := json.Marshal(fl)
	tag, err := s.sealer.Fingerprint(ctx, tenantID, purposeOIDCFlow, b)
	if err != nil {
		return "", "", err
	}
	return cl.AuthURL(f, nil), base64.RawURLEncoding.EncodeToString(b) + "." + base64.RawURLEncoding.EncodeToString(tag), nil
}

// openFlow checks the flow cookie's MAC (under the tenant it names).
func (s *Service) openFlow(ctx context.Context, cookie string) (oidcFlow, bool) {
	var fl oidcFlow
	b64, t64, ok := strings.Cut(cookie, ".")
	if !ok || len(cookie) > 2048 {
		return fl, false
	}
	b, err1 := base64.RawURLEncoding.DecodeString(b64)
	tag, err2 := base64.RawURLEncoding.DecodeString(t64)
	if err1 != nil || err2 != nil || json.Unmarshal(b, &fl) != nil || !ids.Valid(ids.Tenant, fl.Tenant) {
		return oidcFlow{}, false
	}
	good, err := s.sealer.VerifyFingerprint(ctx, fl.Tenant, purposeOIDCFlow, tag, b)
	if err != nil || !good {
		return oidcFlow{}, false
	}
	return fl, true
}

// OIDCCallback finishes a staff flow: cookie is the flow cookie (the page
// deletes it whatever the outcome, so it is used once); state, code and
// providerErr the callback's query. It returns the new staff session, and
// the flow's tenant ("" when the cookie does not verify) for the page's
// way back to the staff sign-in.
func (s *Service) OIDCCallback(ctx context.Context, cookie, state, code, providerErr string) (Issued, string, error) {
	fl, ok := s.openFlow(ctx, cookie)
	if !ok {
		// No flow that verifies: nobody's tenant to record it in; the
		// system chain gets it, coalesced as other anonymous staff
		// refusals (anonymous.go).
		s.oidcRefused(ctx, "", oidc.ReasonState)
		return Issued{}, "", errOIDCRefused
	}
	is, err := s.oidcCallback(ctx, fl, state, code, providerErr)
	return is, fl.Tenant, err
}

func (s *Service) oidcCallback(ctx context.Context, fl oidcFlow, state, code, providerErr string) (Issued, error) {
	f := oidc.Flow{State: fl.State, Nonce: fl.Nonce, Verifier: fl.Verify}
	if s.now().Unix() > fl.Expires || !f.CheckState(state) {
		s.oidcRefused(ctx, fl.Tenant, oidc.ReasonState)
		return Issued{}, errOIDCRefused
	}
	if providerErr != "" {
		s.oidcRefused(ctx, fl.Tenant, oidc.ReasonProvider)
		return Issued{}, errOIDCRefused
	}
	cl, cfg, err := s.svc.StaffOIDCClient(ctx, fl.Tenant, s.oidcRedirect())
	if err == nil {
		var id oidc.Identity
		if id, err = cl.Exchange(ctx, f, code); err == nil {
			return s.oidcSignIn(ctx, fl.Tenant, cfg, id)
		}
	}
	var oe *oidc.Error
	var se *service.Error
	switch {
	case errors.As(err, &oe):
		s.oidcRefused(ctx, fl.Tenant, oe.Reason)
		return Issued{}, errOIDCRefused
	case errors.As(err, &se) && se.Kind == service.KindNotFound: // the provider was removed meanwhile
		s.oidcRefused(ctx, fl.Tenant, oidc.ReasonProvider)
		return Issued{}, errOIDCRefused
	}
	return Issued{}, err
}

// oidcSignIn applies the staff rules to a verified identity and issues the
// session.
func (s *Service) oidcSignIn(ctx context.Context, tenantID string, cfg oidc.Config, id oidc.Identity) (Issued, error) {
	if !oidc.SecondFactor(cfg, id) {
		s.oidcRefused(ctx, tenantID, ReasonNoMFA)
		return Issued{}, errOIDCRefused
	}
	if cfg.Claim() == "email" && id.EmailVerified != nil && !*id.EmailVerified {
		s.oidcRefused(ctx, tenantID, ReasonEmailUnverified)
		return Issued{}, errOIDCRefused
	}
	email, ok := normEmail(id.ExternalID)
	if !ok {
		s.oidcRefused(ctx, tenantID, oidc.ReasonClaim)
		return Issued{}, errOIDCRefused
	}
	fp, err := s.sealer.Fingerprint(ctx, tenantID, purposeStaffEmail, []byte(email))
	if err != nil {
		return Issued{}, err
	}
	st, err := s.st.StaffByEmail(ctx, tenantID, fp)
	if errors.Is(err, store.ErrNotFound) || err == nil && st.Status != store.StaffActive {
		s.oidcRefused(ctx, tenantID, ReasonNoStaff)
		return Issued{}, errOIDCRefused
	}
	if err != nil {
		return Issued{}, err
	}
	row, tok := s.newSession(tenantID, st.ID, store.StaffStageActive, true)
	err = s.st.StaffSignedInOIDC(ctx, tenantID, st.ID, row, s.event(tenantID, "staff:"+st.ID, ActionStaffSignInOIDC, "staff", st.ID))
	if errors.Is(err, store.ErrConflict) { // disabled meanwhile
		s.oidcRefused(ctx, tenantID, ReasonNoStaff)
		return Issued{}, errOIDCRefused
	}
	if err != nil {
		return Issued{}, err
	}
	return Issued{Token: tok, Next: "/staff/inbox"}, nil
}

// oidcRefused records a refused staff OIDC sign-in in the tenant's chain
// (the system chain when no tenant is known). The reason is a fixed word.
func (s *Service) oidcRefused(ctx context.Context, tenantID string, reason oidc.Reason) {
	ev := s.event(tenantID, "oidc", ActionStaffOIDCRefused+"."+string(reason), "tenant", tenantID)
	if tenantID == "" {
		if !s.anonymousAudited("oidc|" + string(reason)) {
			return
		}
		ev.ObjectID = "unknown"
	}
	if err := s.st.AppendAudit(ctx, ev); err != nil {
		s.log.Warn("staff oidc refusal audit failed", "err", err)
	}
}
