package sms

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/sealpost/sealpost/internal/channel"
	"github.com/sealpost/sealpost/internal/channel/webhook"
)

// HTTPConfig configures the generic signed-HTTP gateway adapter.
type HTTPConfig struct {
	URL        string // the gateway's send endpoint
	Secret     []byte // signing key (at least webhook.MinKeyBytes bytes)
	HTTPClient *http.Client
	Timeout    time.Duration // per request, default DefaultTimeout
}

// HTTPProvider POSTs {"to","body","id"} as JSON to a gateway, signed the
// Standard Webhooks way (webhook-id = the idempotency key). It implements
// Provider and is safe for concurrent use.
type HTTPProvider struct {
	url     *url.URL
	signer  *webhook.Signer
	client  *http.Client
	timeout time.Duration
	now     func() time.Time
}

var _ Provider = (*HTTPProvider)(nil)

// NewHTTP checks cfg and returns an adapter.
func NewHTTP(cfg HTTPConfig) (*HTTPProvider, error) {
	u, err := checkBaseURL(cfg.URL)
	if err != nil {
		return nil, err
	}
	signer, err := webhook.NewSignerKey(cfg.Secret)
	if err != nil {
		return nil, errors.New("sms: gateway secret must be at least 16 bytes")
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	return &HTTPProvider{url: u, signer: signer, client: noRedirectClient(cfg.HTTPClient), timeout: cfg.Timeout, now: time.Now}, nil
}

// HTTPRequest is the JSON body sent to a gateway.
type HTTPRequest struct {
	To   string `json:"to"`
	Body string `json:"body"`
	ID   string `json:"id"` // idempotency key, equal to webhook-id
}

// Send posts one message. A 2xx answer {"id": "..."} gives the provider id
// (a 2xx without it is still a success, with an empty id); 429, 408, 5xx,
// timeouts and connection failures are temporary; other statuses permanent.
func (h *HTTPProvider) Send(ctx context.Context, to, body, idempotencyKey string) (string, error) {
	if idempotencyKey == "" {
		return "", channel.Permanent("missing idempotency key", nil)
	}
	payload, err := json.Marshal(HTTPRequest{To: to, Body: body, ID: idempotencyKey})
	if err != nil {
		return "", channel.Permanent("sms gateway payload encoding failed", nil)
	}
	ctx, cancel := context.WithTimeout(ctx, h.timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, h.url.String(), bytes.NewReader(payload))
	if err != nil {
		return "", channel.Permanent("sms gateway invalid request", nil)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json")
	req.Header.Set("User-Agent", "sealpost-sms/1")
	req.Header.Set("Idempotency-Key", idempotencyKey)
	h.signer.SetHeaders(req.Header, idempotencyKey, h.now(), payload)
	who := "sms gateway " + h.url.Host
	resp, err := h.client.Do(req)
	if err != nil {
		return "", transportError(who, ctx, err)
	}
	defer func() {
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, maxResponse))
		_ = resp.Body.Close()
	}()
	code := resp.StatusCode
	switch {
	case code >= 200 && code < 300:
		var r struct {
			ID string `json:"id"`
		}
		raw, _ := io.ReadAll(io.LimitReader(resp.Body, maxResponse))
		if json.Unmarshal(raw, &r) != nil || len(r.ID) > 256 {
			r.ID = ""
		}
		return r.ID, nil
	case code >= 300 && code < 400:
		return "", channel.Permanent(who+" "+strconv.Itoa(code)+" redirect not followed", nil)
	case retryable(code):
		return "", channel.Temporary(who+" "+strconv.Itoa(code), nil)
	default:
		return "", channel.Permanent(who+" "+strconv.Itoa(code), nil)
	}
}
