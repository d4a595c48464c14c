package service

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/sealpost/sealpost/internal/audit"
	"github.com/sealpost/sealpost/internal/channel/webhook"
	"github.com/sealpost/sealpost/internal/ids"
	"github.com/sealpost/sealpost/internal/oidc"
	"github.com/sealpost/sealpost/internal/store"
)

// Sign in with the portal (OpenID Connect). A tenant configures its
// provider (PUT /v1/settings/oidc); the client secret is sealed under a data
// key of the tenant and never returned. The flow's state, nonce and PKCE
// verifier travel in a short-lived cookie MAC'd under the tenant's key; the
// callback verifies the ID token (internal/oidc), maps the configured claim
// to a recipient by external id (blind index) and issues a signed-in
// session whose factor time is the token's auth_time only when acr/amr prove
// a second factor. Every refusal is audited without PHI.

// OIDCSettings is a tenant's provider as the API shows and takes it.
// ClientSecret is write-only: GET answers ClientSecretSet instead.
type OIDCSettings struct {
	Issuer          string   `json:"issuer"`
	ClientID        string   `json:"client_id"`
	ClientSecret    string   `json:"client_secret,omitempty"`
	ClientSecretSet bool     `json:"client_secret_set"`
	Scopes          []string `json:"scopes,omitempty"`
	ExternalIDClaim string   `json:"external_id_claim,omitempty"`
	ACRValues       []string `json:"step_up_acr_values,omitempty"`
	AMRFactors      []string `json:"step_up_amr,omitempty"`
	// PortalName is the button's "Sign in with {portal name}"; the tenant's
	// display name if empty.
	PortalName string `json:"portal_name,omitempty"`
}

// oidcStored is the configuration as kept in the tenant's settings JSON.
type oidcStored struct {
	OIDCSettings
	SecretKey    []byte `json:"secret_key"`    // wrapped data key "oidc"
	SecretSealed []byte `json:"secret_sealed"` // the client secret sealed under it
}

// storedSettings is the tenant settings row: the API's Settings and the
// OIDC configuration beside them, so PUT /v1/settings keeps the latter.
type storedSettings struct {
	Settings
	OIDC *oidcStored `json:"oidc,omitempty"`
	// StaffOIDC is the staff sign-in provider (staffoidc.go).
	StaffOIDC *oidcStored `json:"staff_oidc,omitempty"`
}

const (
	oidcOwner      = "oidc"
	oidcFlowTTL    = 10 * time.Minute
	oidcFlowPurpos = "oidc-flow"
	// OIDCCallbackPath is where the provider sends the browser back.
	OIDCCallbackPath = "/oidc/callback"
)

var tokenRE = regexp.MustCompile(`^[\x21-\x7e]{1,100}$`)

func (in *OIDCSettings) validate(allowHTTP, haveSecret bool) *Error {
	var fs []FieldError
	if !oidc.ValidIssuer(in.Issuer, allowHTTP) {
		fs = append(fs, FieldError{"/issuer", "the provider's https issuer URL, exactly as its discovery document states it"})
	} else if !allowHTTP && !webhook.PublicLiteral(in.Issuer) {
		fs = append(fs, FieldError{"/issuer", "must not point at a loopback, private or other non-public address"})
	}
	if !tokenRE.MatchString(in.ClientID) {
		fs = append(fs, FieldError{"/client_id", "1 to 100 printable characters"})
	}
	if in.ClientSecret == "" && !haveSecret || len(in.ClientSecret) > 500 {
		fs = append(fs, FieldError{"/client_secret", "the client secret (kept sealed, never shown again)"})
	}
	if len(in.Scopes) > 10 {
		fs = append(fs, FieldError{"/scopes", "at most 10 scopes"})
	}
	for _, sc := range in.Scopes {
		if !tokenRE.MatchString(sc) || strings.ContainsAny(sc, `"\`) {
			fs = append(fs, FieldError{"/scopes", "scope names: printable, no spaces"})
			break
		}
	}
	if in.ExternalIDClaim != "" && !regexp.MustCompile(`^[A-Za-z0-9_.:/-]{1,64}$`).MatchString(in.ExternalIDClaim) {
		fs = append(fs, FieldError{"/external_id_claim", "a claim name, e.g. sub or patient_id"})
	}
	for _, l := range [][]string{in.ACRValues, in.AMRFactors} {
		if len(l) > 10 {
			fs = append(fs, FieldError{"/step_up_acr_values", "at most 10 values each"})
		}
		for _, v := range l {
			if !tokenRE.MatchString(v) {
				fs = append(fs, FieldError{"/step_up_acr_values", "values: printable, no spaces"})
			}
		}
	}
	if len(in.ACRValues) == 0 && len(in.AMRFactors) == 0 {
		fs = append(fs, FieldError{"/step_up_amr", `say how the provider proves a second factor: step_up_acr_values and/or step_up_amr (e.g. ["otp","hwk","mfa"])`})
	}
	if len([]rune(in.PortalName)) > 60 || strings.ContainsAny(in.PortalName, "{}<>\r\n") {
		fs = append(fs, FieldError{"/portal_name", "at most 60 characters, no braces or angle brackets"})
	}
	if len(fs) > 0 {
		return invalid(fs...)
	}
	return nil
}

func (st *oidcStored) view() OIDCSettings {
	v := st.OIDCSettings
	v.ClientSecret, v.ClientSecretSet = "", len(st.SecretSealed) > 0
	return v
}

// GetOIDCSettings returns the tenant's provider without its secret; an
// unconfigured tenant gets KindNotFound.
func (s *Service) GetOIDCSettings(ctx context.Context, p Principal) (OIDCSettings, error) {
	td, err := s.tenantData(ctx, p.TenantID)
	if err != nil {
		return OIDCSettings{}, err
	}
	if td.oidc == nil {
		return OIDCSettings{}, &Error{Kind: KindNotFound, Detail: "sign-in with the portal is not configured"}
	}
	return td.oidc.view(), nil
}

// PutOIDCSettings replaces the tenant's provider. An empty client_secret
// keeps the stored one. The answer never contains the secret.
func (s *Service) PutOIDCSettings(ctx context.Context, p Principal, in OIDCSettings) (OIDCSettings, error) {
	t, err := s.st.GetTenant(ctx, p.TenantID)
	if err != nil {
		return OIDCSettings{}, err
	}
	var cur storedSettings
	if t.Settings != "" {
		_ = json.Unmarshal([]byte(t.Settings), &cur)
	}
	if e := in.validate(s.allowHTTPWebhooks, cur.OIDC != nil && len(cur.OIDC.SecretSealed) > 0); e != nil {
		return OIDCSettings{}, e
	}
	in.Issuer = strings.TrimRight(in.Issuer, "/")
	st := &oidcStored{OIDCSettings: in}
	st.ClientSecret, st.ClientSecretSet = "", false
	if in.ClientSecret != "" {
		dk, wrapped, err := s.sealer.NewDataKey(ctx, p.TenantID, oidcOwner)
		if err != nil {
			return OIDCSettings{}, err
		}
		sealed, err := dk.Seal("client_secret", []byte(in.ClientSecret))
		if err != nil {
			return OIDCSettings{}, err
		}
		st.SecretKey, st.SecretSealed = wrapped, sealed
	} else {
		st.SecretKey, st.SecretSealed = cur.OIDC.SecretKey, cur.OIDC.SecretSealed
	}
	cur.OIDC = st
	b, _ := json.Marshal(cur)
	if err := s.st.SetTenantSettings(ctx, p.TenantID, string(b), p.Actor()); err != nil {
		return OIDCSettings{}, err
	}
	s.forgetTenant(p.TenantID)
	s.oidcClients.forget(p.TenantID)
	return st.view(), nil
}

// OIDCEnabled returns the button label ("Sign in with …") when the tenant
// has a provider, or "".
func (s *Service) OIDCEnabled(ctx context.Context, tenantID string) string {
	if tenantID == "" {
		return ""
	}
	td, err := s.tenantData(ctx, tenantID)
	if err != nil || td.oidc == nil {
		return ""
	}
	name := td.oidc.PortalName
	if name == "" {
		name = td.settings.DisplayName
	}
	if name == "" {
		name = "your portal"
	}
	return "Sign in with " + name
}

// oidcClients caches discovered providers per tenant for a few minutes.
type oidcClients struct {
	mu sync.Mutex
	m  map[string]oidcClientEntry
}

type oidcClientEntry struct {
	at     time.Time
	key    string // the stored configuration it was built from
	client *oidc.Client
	cfg    oidc.Config
}

// oidcKey identifies a stored configuration and redirect URL, so a change
// seen through the tenant cache (other nodes: within its TTL) rebuilds the
// client at once.
func oidcKey(st *oidcStored, redirect string) string {
	b, _ := json.Marshal(struct {
		S *oidcStored
		R string
	}{st, redirect})
	return string(b)
}

// ForgetOIDCClients drops a tenant's discovered provider, so the next
// sign-in opens the sealed secret and discovers again (tests).
func (s *Service) ForgetOIDCClients(tenantID string) { s.oidcClients.forget(tenantID) }

func (c *oidcClients) forget(tenantID string) {
	c.mu.Lock()
	delete(c.m, tenantID)
	c.mu.Unlock()
}

const oidcDiscoveryTTL = 10 * time.Minute

// oidcClient returns the tenant's discovered provider.
func (s *Service) oidcClient(ctx context.Context, tenantID string) (*oidc.Client, oidc.Config, *tenantEntry, error) {
	td, err := s.tenantData(ctx, tenantID)
	if err != nil {
		return nil, oidc.Config{}, nil, err
	}
	if td.oidc == nil {
		return nil, oidc.Config{}, td, &Error{Kind: KindNotFound, Detail: "sign-in with the portal is not configured"}
	}
	redirect := s.linkBase(td) + OIDCCallbackPath
	key := oidcKey(td.oidc, redirect)
	c := &s.oidcClients
	c.mu.Lock()
	e, ok := c.m[tenantID]
	c.mu.Unlock()
	if ok && e.key == key && time.Since(e.at) < oidcDiscoveryTTL {
		return e.client, e.cfg, td, nil
	}
	dk, err := s.sealer.OpenDataKey(ctx, tenantID, oidcOwner, td.oidc.SecretKey)
	if err != nil {
		return nil, oidc.Config{}, td, err
	}
	secret, err := dk.Open("client_secret", td.oidc.SecretSealed)
	if err != nil {
		return nil, oidc.Config{}, td, err
	}
	o := td.oidc
	cfg := oidc.Config{Issuer: o.Issuer, ClientID: o.ClientID, ClientSecret: string(secret), Scopes: o.Scopes,
		ExternalIDClaim: o.ExternalIDClaim, ACRValues: o.ACRValues, AMRFactors: o.AMRFactors}
	tr := webhook.PublicTransport()
	if s.allowHTTPWebhooks {
		tr = webhook.LoopbackTransport()
	}
	hc := &http.Client{Transport: tr, Timeout: 10 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	cl, err := oidc.Discover(ctx, cfg, redirect, hc, s.cfg.Now)
	if err != nil {
		return nil, oidc.Config{}, td, err
	}
	c.mu.Lock()
	if c.m == nil || len(c.m) > 10000 {
		c.m = map[string]oidcClientEntry{}
	}
	c.m[tenantID] = oidcClientEntry{at: time.Now(), key: key, client: cl, cfg: cfg}
	c.mu.Unlock()
	return cl, cfg, td, nil
}

// oidcFlow is the cookie's content.
type oidcFlow struct {
	Tenant  string `json:"t"`
	State   string `json:"s"`
	Nonce   string `json:"n"`
	Verify  string `json:"v"`
	Next    string `json:"x,omitempty"`
	StepUp  bool   `json:"u,omitempty"`
	Expires int64  `json:"e"`
}

// OIDCStart begins a sign-in (or, with stepUp, a step-up of cur) with the
// tenant's provider: it returns the provider URL to redirect to and the
// flow cookie's value. next is a local path to return to.
func (s *Service) OIDCStart(ctx context.Context, tenantID string, cur *Session, next string, stepUp bool) (redirect, cookie string, err error) {
	if cur != nil {
		tenantID = cur.TenantID
	}
	if !ids.Valid(ids.Tenant, tenantID) {
		return "", "", errSignIn
	}
	if stepUp && (cur == nil || !cur.SignedIn()) {
		return "", "", errSignIn
	}
	cl, _, td, err := s.oidcClient(ctx, tenantID)
	if err != nil {
		var oe *oidc.Error
		if errors.As(err, &oe) {
			s.oidcRefused(ctx, tenantID, cur, oe.Reason)
			return "", "", errOIDC
		}
		return "", "", err
	}
	if next == "" && cur != nil && cur.MessageID != "" {
		next = "/inbox/" + cur.MessageID
	}
	f := oidc.NewFlow()
	fl := oidcFlow{Tenant: tenantID, State: f.State, Nonce: f.Nonce, Verify: f.Verifier, Next: next, StepUp: stepUp,
		Expires: s.now().Add(oidcFlowTTL).Unix()}
	b, _ := json.Marshal(fl)
	tag, err := s.sealer.Fingerprint(ctx, tenantID, oidcFlowPurpos, b)
	if err != nil {
		return "", "", err
	}
	var up *oidc.StepUp
	if stepUp {
		up = &oidc.StepUp{MaxAge: s.stepUpWindow(td)}
	}
	return cl.AuthURL(f, up), base64.RawURLEncoding.EncodeToString(b) + "." + base64.RawURLEncoding.EncodeToString(tag), nil
}

var errOIDC = &Error{Kind: KindUnauthenticated, Detail: "signing in with your portal did not work; start again from the sign-in page"}

// openFlow checks the flow cookie's MAC and expiry.
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
	good, err := s.sealer.VerifyFingerprint(ctx, fl.Tenant, oidcFlowPurpos, tag, b)
	if err != nil || !good {
		return oidcFlow{}, false
	}
	return fl, true
}

// OIDCCallback finishes a flow: cookie is the flow cookie (the edge deletes
// it whatever the outcome, so it is used once), state, code and providerErr
// the callback's query. On success the browser gets a signed-in session and
// goes to the flow's next page.
func (s *Service) OIDCCallback(ctx context.Context, cur *Session, cookie, state, code, providerErr string) (Issued, error) {
	fl, ok := s.openFlow(ctx, cookie)
	if !ok {
		if cur == nil {
			// Nobody to attribute it to (no flow cookie that verifies, no
			// session): an anonymous request to the callback. It is counted,
			// not audited — anyone could otherwise grow the system audit
			// chain by calling the callback in a loop.
			s.met.SignInFailed("oidc", string(oidc.ReasonState))
			return Issued{}, errOIDC
		}
		s.oidcRefused(ctx, cur.TenantID, cur, oidc.ReasonState)
		return Issued{}, errOIDC
	}
	f := oidc.Flow{State: fl.State, Nonce: fl.Nonce, Verifier: fl.Verify}
	if s.now().Unix() > fl.Expires || !f.CheckState(state) || cur != nil && cur.TenantID != fl.Tenant {
		s.oidcRefused(ctx, fl.Tenant, cur, oidc.ReasonState)
		return Issued{}, errOIDC
	}
	if providerErr != "" {
		s.oidcRefused(ctx, fl.Tenant, cur, oidc.ReasonProvider)
		return Issued{}, errOIDC
	}
	cl, cfg, td, err := s.oidcClient(ctx, fl.Tenant)
	if err != nil {
		var oe *oidc.Error
		if errors.As(err, &oe) {
			s.oidcRefused(ctx, fl.Tenant, cur, oe.Reason)
			return Issued{}, errOIDC
		}
		return Issued{}, err
	}
	id, err := cl.Exchange(ctx, f, code)
	if err != nil {
		var oe *oidc.Error
		if errors.As(err, &oe) {
			s.oidcRefused(ctx, fl.Tenant, cur, oe.Reason)
			return Issued{}, errOIDC
		}
		return Issued{}, err
	}
	r, err := s.RecipientByExternalID(ctx, fl.Tenant, id.ExternalID)
	if errors.Is(err, store.ErrNotFound) {
		s.oidcRefused(ctx, fl.Tenant, cur, "no_recipient")
		return Issued{}, &Error{Kind: KindUnauthenticated, Detail: "your portal account has no secure messages here yet"}
	}
	if err != nil {
		return Issued{}, err
	}
	now := s.now()
	factorAt := oidc.FactorAt(cfg, id, now)
	ses := Session{TenantID: fl.Tenant, RecipientID: r.ID, Stage: store.StageActive, FactorAt: factorAt}
	if fl.StepUp {
		if cur == nil || !cur.SignedIn() || cur.RecipientID != r.ID {
			s.oidcRefused(ctx, fl.Tenant, cur, "stepup_subject")
			return Issued{}, errOIDC
		}
		if factorAt == nil || now.Sub(*factorAt) >= s.stepUpWindow(td) {
			s.oidcRefused(ctx, fl.Tenant, cur, "stepup_stale")
			return Issued{}, &Error{Kind: KindStepUpRequired, Detail: "your portal did not confirm a recent second factor; this message stays closed"}
		}
		return s.issue(ctx, cur, ses, fl.Next, s.event(ses, audit.ActionStepUp, "recipient", r.ID))
	}
	next := "/inbox"
	if fl.Next != "" {
		next = fl.Next
	}
	return s.issue(ctx, cur, ses, next, s.event(ses, audit.ActionSignIn, "recipient", r.ID))
}

// oidcRefused records a refused OIDC sign-in: against the session's
// recipient when there is one, else the tenant (or the system chain when the
// tenant is unknown). The reason is a fixed word, never token content.
func (s *Service) oidcRefused(ctx context.Context, tenantID string, cur *Session, reason oidc.Reason) {
	ev := audit.Event{TenantID: tenantID, At: s.now(), Actor: "oidc", Action: audit.ActionOIDCRefused + "." + string(reason),
		ObjectType: "tenant", ObjectID: tenantID}
	if tenantID == "" {
		ev.ObjectID = "unknown"
	}
	if cur != nil && cur.TenantID == tenantID && cur.RecipientID != "" {
		ev.Actor, ev.ObjectType, ev.ObjectID = cur.Actor(), "recipient", cur.RecipientID
	}
	if err := s.st.AppendAudit(ctx, ev); err != nil {
		s.log.Warn("oidc refusal audit failed", "err", err)
	}
	s.met.SignInFailed("oidc", string(reason))
}

// OIDCStepUpPreferred reports whether a step-up of ses should go to the
// portal: the tenant has a provider and the recipient has no sealpost
// account (an OIDC-only user).
func (s *Service) OIDCStepUpPreferred(ctx context.Context, ses Session) bool {
	if s.OIDCEnabled(ctx, ses.TenantID) == "" {
		return false
	}
	acct, err := s.st.GetAccount(ctx, ses.TenantID, ses.RecipientID)
	return err != nil || acct.State != store.AccountActive
}
