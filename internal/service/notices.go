package service

import (
	"context"
	"crypto/sha256"
	"encoding/base32"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/sealpost/sealpost/internal/category"
	"github.com/sealpost/sealpost/internal/store"
)

// LookupCategory finds a category for a tenant: its own definition first,
// then the built-in catalog.
func (s *Service) LookupCategory(ctx context.Context, tenantID, key string) (category.Category, bool, error) {
	td, err := s.tenantData(ctx, tenantID)
	if err != nil {
		return category.Category{}, false, err
	}
	defs := td.categories
	if d, ok := defs[key]; ok {
		var c CategoryInput
		if err := json.Unmarshal([]byte(d), &c); err != nil {
			return category.Category{}, false, fmt.Errorf("tenant category %s is unreadable: %w", key, err)
		}
		return c.toCategory(key), true, nil
	}
	c, ok := category.Lookup(key)
	return c, ok, nil
}

// TenantName is the tenant's name as notices show it.
func (s *Service) TenantName(ctx context.Context, tenantID string) (string, error) {
	td, err := s.tenantData(ctx, tenantID)
	if err != nil {
		return "", err
	}
	return td.name(), nil
}

// DeepLink renders the tenant's deep-link template for a notice link (""
// without a template).
func (s *Service) DeepLink(ctx context.Context, tenantID, link string) (string, error) {
	td, err := s.tenantData(ctx, tenantID)
	if err != nil || td.settings.DeepLinkTemplate == "" {
		return "", err
	}
	i := strings.LastIndex(link, "/m/")
	if i < 0 {
		return "", nil
	}
	return strings.Replace(td.settings.DeepLinkTemplate, "{token}", link[i+3:], 1), nil
}

// AllowedLinks are the link prefixes a tenant's notices may carry.
func (s *Service) allowedLinks(td *tenantEntry) []string {
	out := []string{s.base.String() + "/m/"}
	if td != nil && td.settings.PublicURL != "" {
		out = append(out, td.settings.PublicURL+"/m/")
	}
	if td != nil && td.settings.DeepLinkTemplate != "" {
		out = append(out, strings.SplitN(td.settings.DeepLinkTemplate, "{token}", 2)[0])
	}
	return out
}

var linkEnc = base32.NewEncoding("0123456789abcdefghjkmnpqrstvwxyz").WithPadding(base32.NoPadding)

// NoticeLink returns the end-user link a delivery's notice carries (under the
// tenant's public URL when it set one). The token
// is a keyed MAC of the delivery id under the tenant's key (≥ 128
// unpredictable bits, the same on every retry, so a re-sent notice is
// identical); only its SHA-256 is stored.
func (s *Service) NoticeLink(ctx context.Context, tenantID, deliveryID, messageID, recipientID string, expires time.Time) (string, store.Link, error) {
	tag, err := s.sealer.Fingerprint(ctx, tenantID, "notice-link", []byte(deliveryID))
	if err != nil {
		return "", store.Link{}, err
	}
	sum := sha256.Sum256(tag) // fixed length whatever the MAC's framing
	token := linkEnc.EncodeToString(sum[:20])
	th := sha256.Sum256([]byte(token))
	td, err := s.tenantData(ctx, tenantID)
	if err != nil {
		return "", store.Link{}, err
	}
	return s.linkBase(td) + "/m/" + token, store.Link{TokenHash: th[:], TenantID: tenantID, MessageID: messageID, RecipientID: recipientID, ExpiresAt: expires}, nil
}

// BaseURL is the public base of end-user links.
func (s *Service) BaseURL() string { return s.base.String() }

// Preferences are a recipient's delivery choices. They hold no PHI.
type Preferences struct {
	// Channels switches whole channels off ("email": false).
	Channels map[string]bool `json:"channels,omitempty"`
	// Categories switches channels off per category ("billing_reminder": {"sms": false}).
	Categories map[string]map[string]bool `json:"categories,omitempty"`
	// QuietHours, in the recipient's time zone: notices other than urgent ones
	// wait until the end.
	QuietHours *QuietHours `json:"quiet_hours,omitempty"`
}

// QuietHours is a daily window "HH:MM"–"HH:MM" (it may span midnight).
type QuietHours struct {
	Start string `json:"start"`
	End   string `json:"end"`
}

var hhmm = regexp.MustCompile(`^([01][0-9]|2[0-3]):[0-5][0-9]$`)

var channels = map[string]bool{"email": true, "sms": true, "webhook": true, "push": true}

func (p *Preferences) validate() *Error {
	var fs []FieldError
	for ch := range p.Channels {
		if !channels[ch] {
			fs = append(fs, FieldError{"/channels", "channels are email, sms, webhook, push"})
		}
	}
	for cat, m := range p.Categories {
		if !noticeVarKey.MatchString(cat) {
			fs = append(fs, FieldError{"/categories", "category keys are lower-case identifiers"})
		}
		for ch := range m {
			if !channels[ch] {
				fs = append(fs, FieldError{"/categories/" + cat, "channels are email, sms, webhook, push"})
			}
		}
	}
	if q := p.QuietHours; q != nil && (!hhmm.MatchString(q.Start) || !hhmm.MatchString(q.End) || q.Start == q.End) {
		fs = append(fs, FieldError{"/quiet_hours", "start and end are different times HH:MM"})
	}
	if len(fs) > 0 {
		return invalid(fs...)
	}
	return nil
}

// Allows reports whether a category may be sent on a channel.
func (p Preferences) Allows(categoryKey, ch string) bool {
	if on, ok := p.Channels[ch]; ok && !on {
		return false
	}
	if m, ok := p.Categories[categoryKey]; ok {
		if on, ok := m[ch]; ok && !on {
			return false
		}
	}
	return true
}

// QuietUntil returns the end of the quiet window if now falls inside it, in
// the given zone, or the zero time.
func (p Preferences) QuietUntil(now time.Time, loc *time.Location) time.Time {
	q := p.QuietHours
	if q == nil {
		return time.Time{}
	}
	local := now.In(loc)
	at := func(hm string, day time.Time) time.Time {
		t, _ := time.Parse("15:04", hm)
		return time.Date(day.Year(), day.Month(), day.Day(), t.Hour(), t.Minute(), 0, 0, loc)
	}
	start, end := at(q.Start, local), at(q.End, local)
	if start.Before(end) { // same-day window
		if !local.Before(start) && local.Before(end) {
			return end
		}
		return time.Time{}
	}
	// Overnight window: quiet from start to midnight and from midnight to end.
	switch {
	case local.Before(end):
		return end
	case !local.Before(start):
		return at(q.End, local.AddDate(0, 0, 1))
	}
	return time.Time{}
}

// RecipientPreferences loads a recipient's preferences.
func (s *Service) RecipientPreferences(ctx context.Context, tenantID, recipientID string) (Preferences, error) {
	raw, err := s.st.Preferences(ctx, tenantID, recipientID)
	if err != nil {
		return Preferences{}, err
	}
	var p Preferences
	if err := json.Unmarshal([]byte(raw), &p); err != nil {
		return Preferences{}, fmt.Errorf("stored preferences unreadable: %w", err)
	}
	return p, nil
}

func (s *Service) recipientByExternal(ctx context.Context, p Principal, externalID string) (store.Recipient, error) {
	if !s.validRecipientID(externalID) {
		return store.Recipient{}, &Error{Kind: KindNotFound, Detail: "no such recipient"}
	}
	r, err := s.RecipientByExternalID(ctx, p.TenantID, externalID)
	if errors.Is(err, store.ErrNotFound) {
		return store.Recipient{}, &Error{Kind: KindNotFound, Detail: "no such recipient"}
	}
	return r, err
}

// GetPreferences returns a recipient's preferences.
func (s *Service) GetPreferences(ctx context.Context, p Principal, externalID string) (Preferences, error) {
	r, err := s.recipientByExternal(ctx, p, externalID)
	if err != nil {
		return Preferences{}, err
	}
	return s.RecipientPreferences(ctx, p.TenantID, r.ID)
}

// PutPreferences replaces a recipient's preferences.
func (s *Service) PutPreferences(ctx context.Context, p Principal, externalID string, in Preferences) (Preferences, error) {
	r, err := s.recipientByExternal(ctx, p, externalID)
	if err != nil {
		return Preferences{}, err
	}
	if e := in.validate(); e != nil {
		return Preferences{}, e
	}
	b, _ := json.Marshal(in)
	if err := s.st.SetPreferences(ctx, p.TenantID, r.ID, string(b), p.Actor()); err != nil {
		return Preferences{}, err
	}
	return in, nil
}

// ConsentInput is the body of POST /v1/recipients/{id}/consents.
type ConsentInput struct {
	Kind          string   `json:"kind"`
	NoticeVersion string   `json:"notice_version"`
	Source        string   `json:"source"`
	Categories    []string `json:"categories,omitempty"`
}

// Consent kinds.
const (
	ConsentMarketing  = "marketing"
	ConsentPHIInEmail = "phi_in_email" // a phi message's content may be emailed, over REQUIRETLS only
)

var consentKinds = map[string]bool{ConsentMarketing: true, ConsentPHIInEmail: true}

// GiveConsent records a consent.
func (s *Service) GiveConsent(ctx context.Context, p Principal, externalID string, in ConsentInput) ([]store.Consent, error) {
	r, err := s.recipientByExternal(ctx, p, externalID)
	if err != nil {
		return nil, err
	}
	var fs []FieldError
	if !consentKinds[in.Kind] {
		fs = append(fs, FieldError{"/kind", "must be marketing or phi_in_email"})
	}
	if !s.validOpaque(in.NoticeVersion) {
		fs = append(fs, FieldError{"/notice_version", "the privacy-notice version the person agreed to (1–128 of letters, digits, . _ : -)"})
	}
	if !s.validOpaque(in.Source) {
		fs = append(fs, FieldError{"/source", "where consent was given, e.g. web_signup (1–128 of letters, digits, . _ : -)"})
	}
	for _, c := range in.Categories {
		if !noticeVarKey.MatchString(c) {
			fs = append(fs, FieldError{"/categories", "category keys are lower-case identifiers"})
		}
	}
	if len(fs) > 0 {
		return nil, invalid(fs...)
	}
	c := store.Consent{Kind: in.Kind, Categories: strings.Join(in.Categories, ",")}
	if c.Sealed, c.WrappedKey, err = s.sealConsent(ctx, p.TenantID, r.ID, in.Kind, in.NoticeVersion, in.Source); err != nil {
		return nil, err
	}
	if err := s.st.PutConsent(ctx, p.TenantID, r.ID, c, p.Actor()); err != nil {
		return nil, err
	}
	return s.openConsents(ctx, p.TenantID, r.ID)
}

// WithdrawConsent withdraws a consent.
func (s *Service) WithdrawConsent(ctx context.Context, p Principal, externalID, kind string) error {
	r, err := s.recipientByExternal(ctx, p, externalID)
	if err != nil {
		return err
	}
	if err := s.st.WithdrawConsent(ctx, p.TenantID, r.ID, kind, p.Actor()); errors.Is(err, store.ErrNotFound) {
		return &Error{Kind: KindNotFound, Detail: "no such consent in force"}
	} else {
		return err
	}
}

// HasConsent reports whether a recipient has a consent in force for a category.
func (s *Service) HasConsent(ctx context.Context, tenantID, recipientID, kind, categoryKey string) (bool, error) {
	cats, ok, err := s.st.ConsentInForce(ctx, tenantID, recipientID, kind)
	if err != nil || !ok {
		return false, err
	}
	return ConsentCovers(cats, categoryKey), nil
}

// ConsentCovers reports whether a consent's categories ("" = all, else
// comma-separated keys) include categoryKey.
func ConsentCovers(categories, categoryKey string) bool {
	if categories == "" {
		return true
	}
	for _, k := range strings.Split(categories, ",") {
		if k == categoryKey {
			return true
		}
	}
	return false
}

// ResolvedLink is what a live end-user link opens.
type ResolvedLink struct {
	TenantID, MessageID, RecipientID string
}

// ResolveLink finds the message and recipient behind an end-user link token.
// Unknown tokens are KindNotFound; expired or revoked ones KindGone.
func (s *Service) ResolveLink(ctx context.Context, token string) (ResolvedLink, error) {
	if len(token) < 26 || len(token) > 64 {
		return ResolvedLink{}, &Error{Kind: KindNotFound, Detail: "no such link"}
	}
	th := sha256.Sum256([]byte(token))
	l, err := s.st.ResolveLink(ctx, th[:])
	switch {
	case errors.Is(err, store.ErrNotFound):
		return ResolvedLink{}, &Error{Kind: KindNotFound, Detail: "no such link"}
	case errors.Is(err, store.ErrGone):
		// The tenant (only) still brands the "expired" page and its sign-in.
		return ResolvedLink{TenantID: l.TenantID}, &Error{Kind: KindGone, Detail: "this link has expired or was revoked"}
	case err != nil:
		return ResolvedLink{}, err
	}
	return ResolvedLink{TenantID: l.TenantID, MessageID: l.MessageID, RecipientID: l.RecipientID}, nil
}

// UnsubscribeByLink withdraws the marketing consent of a link's recipient
// (one-click unsubscribe). Links of revoked messages still unsubscribe; only
// unknown tokens are refused.
func (s *Service) UnsubscribeByLink(ctx context.Context, token string) error {
	if len(token) < 26 || len(token) > 64 {
		return &Error{Kind: KindNotFound, Detail: "no such link"}
	}
	th := sha256.Sum256([]byte(token))
	l, err := s.st.ResolveLink(ctx, th[:])
	if errors.Is(err, store.ErrNotFound) {
		return &Error{Kind: KindNotFound, Detail: "no such link"}
	}
	if err != nil && !errors.Is(err, store.ErrGone) {
		return err
	}
	err = s.st.WithdrawConsent(ctx, l.TenantID, l.RecipientID, "marketing", "recipient:one-click")
	if err != nil && !errors.Is(err, store.ErrNotFound) { // not found: already unsubscribed
		return err
	}
	return s.recordCampaignUnsubscribe(ctx, l)
}
