package service

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/riverqueue/river"
	"github.com/sealpost/sealpost/internal/channel/webhook"
	"github.com/sealpost/sealpost/internal/ids"
	"github.com/sealpost/sealpost/internal/jobs"
	"github.com/sealpost/sealpost/internal/store"
)

// Webhook events.
const (
	EventNotice = "notice"
	EventStatus = "delivery.status"
	EventReply  = "message.reply" // a patient replied (replies.go): ids only
)

// WebhookInput is the body of POST /v1/webhooks.
type WebhookInput struct {
	URL    string   `json:"url"`
	Events []string `json:"events"`
}

// WebhookView is an endpoint as listed; Secret is set only in the answer to
// its creation.
type WebhookView struct {
	ID        string    `json:"id"`
	URL       string    `json:"url"`
	Events    []string  `json:"events"`
	Secret    string    `json:"secret,omitempty"`
	CreatedAt time.Time `json:"created_at"`
}

// DefaultMaxWebhooks is how many webhook endpoints a tenant may have unless
// Config.MaxWebhooks says otherwise.
const DefaultMaxWebhooks = 10

// CreateWebhook registers an endpoint and returns its signing secret, once.
// A tenant at its endpoint cap gets KindLimitReached and nothing is stored.
func (s *Service) CreateWebhook(ctx context.Context, p Principal, in WebhookInput) (WebhookView, error) {
	var fs []FieldError
	if err := webhook.CheckURL(in.URL); err != nil || len(in.URL) > 500 || !strings.HasPrefix(in.URL, "https://") && !s.allowHTTPWebhooks {
		fs = append(fs, FieldError{"/url", "must be an https URL without credentials"})
	}
	if !s.allowHTTPWebhooks && !webhook.PublicLiteral(in.URL) {
		// Dialling would refuse it anyway; say so now.
		fs = append(fs, FieldError{"/url", "must not point at a loopback, private or other non-public address"})
	}
	if len(in.Events) == 0 {
		fs = append(fs, FieldError{"/events", "list notice, delivery.status and/or message.reply"})
	}
	for _, e := range in.Events {
		if e != EventNotice && e != EventStatus && e != EventReply {
			fs = append(fs, FieldError{"/events", "events are notice, delivery.status and message.reply"})
		}
	}
	if len(fs) > 0 {
		return WebhookView{}, invalid(fs...)
	}
	id := ids.New("whk")
	secret := webhook.NewSecret()
	dk, wrapped, err := s.sealer.NewDataKey(ctx, p.TenantID, "webhook/"+id)
	if err != nil {
		return WebhookView{}, err
	}
	sealed, err := dk.Seal("secret", []byte(secret))
	if err != nil {
		return WebhookView{}, err
	}
	events := slices.Compact(slices.Sorted(slices.Values(in.Events)))
	w := store.Webhook{TenantID: p.TenantID, ID: id, URL: in.URL, Events: strings.Join(events, ","), Secret: sealed}
	err = s.st.CreateWebhook(ctx, w, wrapped, p.Actor(), s.maxWebhooks)
	if errors.Is(err, store.ErrLimit) {
		return WebhookView{}, &Error{Kind: KindLimitReached,
			Detail: fmt.Sprintf("this tenant already has the most webhook endpoints allowed (%d); delete one first", s.maxWebhooks)}
	}
	if err != nil {
		return WebhookView{}, err
	}
	s.forgetTenant(p.TenantID)
	return WebhookView{ID: id, URL: in.URL, Events: events, Secret: secret, CreatedAt: time.Now().UTC()}, nil
}

// ListWebhooks lists a tenant's endpoints (never their secrets).
func (s *Service) ListWebhooks(ctx context.Context, p Principal) ([]WebhookView, error) {
	ws, err := s.st.Webhooks(ctx, p.TenantID)
	if err != nil {
		return nil, err
	}
	out := []WebhookView{}
	for _, w := range ws {
		out = append(out, WebhookView{ID: w.ID, URL: w.URL, Events: strings.Split(w.Events, ","), CreatedAt: w.CreatedAt})
	}
	return out, nil
}

// DeleteWebhook removes an endpoint (its secret is shredded).
func (s *Service) DeleteWebhook(ctx context.Context, p Principal, id string) error {
	if !ids.Valid("whk", id) {
		return &Error{Kind: KindNotFound, Detail: "no such webhook"}
	}
	err := s.st.DeleteWebhook(ctx, p.TenantID, id, p.Actor())
	if errors.Is(err, store.ErrNotFound) {
		return &Error{Kind: KindNotFound, Detail: "no such webhook"}
	}
	s.forgetTenant(p.TenantID)
	return err
}

// webhooksFor returns a tenant's endpoints subscribed to an event (cached).
func (s *Service) webhooksFor(ctx context.Context, tenantID, event string) ([]store.Webhook, error) {
	td, err := s.tenantData(ctx, tenantID)
	if err != nil {
		return nil, err
	}
	var out []store.Webhook
	for _, w := range td.webhooks {
		if slices.Contains(strings.Split(w.Events, ","), event) {
			out = append(out, w)
		}
	}
	return out, nil
}

// WebhookURL returns the URL of a tenant's endpoint.
func (s *Service) WebhookURL(ctx context.Context, tenantID, id string) (string, error) {
	td, err := s.tenantData(ctx, tenantID)
	if err != nil {
		return "", err
	}
	for _, w := range td.webhooks {
		if w.ID == id {
			return w.URL, nil
		}
	}
	return "", webhook.ErrUnknownEndpoint
}

// WebhookSecret opens the signing secret of the tenant's endpoint with that
// id. Secrets are found by id, never by URL: two endpoints may share a URL,
// and each is signed with its own secret.
func (s *Service) WebhookSecret(ctx context.Context, tenantID, id string) (string, error) {
	td, err := s.tenantData(ctx, tenantID)
	if err != nil {
		return "", err
	}
	for _, w := range td.webhooks {
		if w.ID != id {
			continue
		}
		wrapped, err := s.st.DataKey(ctx, tenantID, "webhook/"+w.ID)
		if err != nil {
			return "", err
		}
		dk, err := s.sealer.OpenDataKey(ctx, tenantID, "webhook/"+w.ID, wrapped)
		if err != nil {
			return "", err
		}
		sec, err := dk.Open("secret", w.Secret)
		return string(sec), err
	}
	return "", webhook.ErrUnknownEndpoint
}

// StatusEventJobs are the status-event jobs for a delivery's new status, one
// per endpoint subscribed to delivery.status. Deliveries made to webhooks
// (channel "webhook") have none: their status is the endpoint's own HTTP
// answer, and an event per webhook delivery per status endpoint would
// multiply (endpoints × endpoints per message). So one message makes at most
// one notice per notice endpoint, plus one event per status endpoint for
// each status change of its email and SMS deliveries: linear in endpoints.
func (s *Service) StatusEventJobs(ctx context.Context, d store.Delivery, status string, attempts int) ([]river.InsertManyParams, error) {
	out, err := s.PrepareStatusEventJobs(ctx, d, status, attempts)
	s.AssignFair(d.TenantID, out)
	return out, err
}

// AssignFair gives jobs about to be inserted for a tenant their River
// priority from the tenant's budget (internal/fairshare), spending it.
func (s *Service) AssignFair(tenantID string, jobs []river.InsertManyParams) {
	s.fair.Assign(tenantID, jobs)
}

// PrepareStatusEventJobs is StatusEventJobs without spending the tenant's
// queue budget: for jobs built before a send that may not happen (the
// delivery worker prepares the "sent" events ahead of the hand-off, and
// calls AssignFair once the channel accepted).
func (s *Service) PrepareStatusEventJobs(ctx context.Context, d store.Delivery, status string, attempts int) ([]river.InsertManyParams, error) {
	if d.Channel == "webhook" {
		return nil, nil
	}
	eps, err := s.webhooksFor(ctx, d.TenantID, EventStatus)
	if err != nil {
		return nil, err
	}
	var out []river.InsertManyParams
	for _, ep := range eps {
		out = append(out, river.InsertManyParams{Args: jobs.StatusEvent{TenantID: d.TenantID, EndpointID: ep.ID, DeliveryID: d.ID,
			MessageID: d.MessageID, Status: status, Attempts: attempts, At: time.Now().UnixMicro()}})
	}
	return out, nil
}
