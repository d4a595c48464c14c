package webhook

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strconv"
	"time"

	"github.com/sealpost/sealpost/internal/channel"
)

// DefaultTimeout bounds one POST when NewSender is given no timeout.
const DefaultTimeout = 10 * time.Second

// UserAgent is sent with every webhook request.
const UserAgent = "sealpost-webhook/1"

// maxResponseDrain is how much of a receiver's response body is read (and
// discarded) so the connection can be reused.
const maxResponseDrain = 64 << 10

// ErrUnknownEndpoint may be returned (wrapped) by a Sender's lookup function
// when the tenant has no such endpoint: the delivery then fails permanently
// instead of being retried.
var ErrUnknownEndpoint = errors.New("webhook: unknown endpoint")

// Endpoint is a receiver: its URL and its signing secret ("whsec_...").
type Endpoint struct {
	URL    string
	Secret string
}

// Sender posts signed notices and events to tenant endpoints. It implements
// channel.Sender (n.To is the endpoint URL, n.Target its id). It is safe for
// concurrent use.
type Sender struct {
	client  *http.Client
	timeout time.Duration
	lookup  func(ctx context.Context, tenantID, endpointID string) (string, error)
	now     func() time.Time
}

var _ channel.Sender = (*Sender)(nil)

// NewSender returns a Sender. client may be nil (a default client is used);
// it is copied and never follows redirects. timeout bounds each request
// (DefaultTimeout if <= 0) so a slow receiver cannot hold a worker. lookup
// returns the signing secret of the tenant's endpoint with that id (never by
// URL: two endpoints may share one URL, each with its own secret); it may be
// nil if only Post is used.
func NewSender(client *http.Client, timeout time.Duration, lookup func(ctx context.Context, tenantID, endpointID string) (secret string, err error)) *Sender {
	var c http.Client
	if client != nil {
		c = *client
	}
	c.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	return &Sender{client: &c, timeout: timeout, lookup: lookup, now: time.Now}
}

// NoticePayload is the JSON body POSTed for a notice.
type NoticePayload struct {
	Type      string     `json:"type"` // "notice"
	ID        string     `json:"id"`   // the delivery id, equal to webhook-id
	Timestamp string     `json:"timestamp"`
	Data      NoticeData `json:"data"`
}

// NoticeData is the rendered, guard-checked notice. It never holds the
// sealed subject or body of the message.
type NoticeData struct {
	MessageID string `json:"message_id"`
	Category  string `json:"category"`
	Urgency   string `json:"urgency"`
	Title     string `json:"title"`
	Body      string `json:"body"` // the rendered notice body, not the message's
	Link      string `json:"link"`
	DeepLink  string `json:"deep_link,omitempty"` // the tenant's mobile deep link, when configured
	// UnsubscribeURL, on marketing notices only, is the one-click
	// unsubscribe target (POST with List-Unsubscribe=One-Click, RFC 8058),
	// for the portal's app to offer beside the notice.
	UnsubscribeURL string `json:"unsubscribe_url,omitempty"`
}

// StatusPayload is the JSON body POSTed for a delivery-status event.
type StatusPayload struct {
	Type      string     `json:"type"` // "delivery.status"
	Timestamp string     `json:"timestamp"`
	Data      StatusData `json:"data"`
}

// StatusData describes one delivery's new status.
type StatusData struct {
	DeliveryID string `json:"delivery_id"`
	MessageID  string `json:"message_id"`
	Status     string `json:"status"`
	Attempts   int    `json:"attempts"`
	At         string `json:"at"`
}

// Statuses a delivery-status event may carry.
var Statuses = []string{"queued", "scheduled", "sent", "delivered", "failed", "blocked", "suppressed", "canceled"}

// StatusEvent returns the payload of a delivery-status event. Post it with
// StatusEventID(deliveryID, status) as msgID so retries keep one webhook-id.
func StatusEvent(deliveryID, messageID, status string, attempts int, at time.Time) ([]byte, error) {
	if deliveryID == "" || messageID == "" {
		return nil, errors.New("webhook: status event needs delivery and message ids")
	}
	known := false
	for _, s := range Statuses {
		known = known || s == status
	}
	if !known {
		return nil, errors.New("webhook: unknown delivery status")
	}
	if attempts < 0 {
		return nil, errors.New("webhook: negative attempt count")
	}
	if at.IsZero() {
		return nil, errors.New("webhook: status event needs a time")
	}
	ts := at.UTC().Format(time.RFC3339)
	return json.Marshal(StatusPayload{
		Type:      "delivery.status",
		Timestamp: ts,
		Data: StatusData{
			DeliveryID: deliveryID,
			MessageID:  messageID,
			Status:     status,
			Attempts:   attempts,
			At:         ts,
		},
	})
}

// StatusEventID is the webhook-id for a delivery's status event: stable
// across retries of that event, distinct per status.
func StatusEventID(deliveryID, status string) string { return deliveryID + "." + status }

// Send posts n to the endpoint n.Target (at URL n.To) of tenant n.TenantID,
// signed with that endpoint's secret. The webhook-id is
// n.DeliveryID, so a retry is recognisable by the receiver. A 2xx answer is
// reported as Delivered (the receiver is the destination).
func (s *Sender) Send(ctx context.Context, n channel.Notice) (channel.Receipt, error) {
	u, err := checkURL(n.To)
	if err != nil {
		return channel.Receipt{}, err
	}
	if n.DeliveryID == "" {
		return channel.Receipt{}, channel.Permanent("missing delivery id", nil)
	}
	if n.Target == "" {
		return channel.Receipt{}, channel.Permanent("missing webhook endpoint id", nil)
	}
	if s.lookup == nil {
		return channel.Receipt{}, channel.Permanent("no endpoint lookup configured", nil)
	}
	secret, err := s.lookup(ctx, n.TenantID, n.Target)
	if err != nil {
		if errors.Is(err, ErrUnknownEndpoint) {
			return channel.Receipt{}, channel.Permanent("webhook "+u.Host+": unknown endpoint", nil)
		}
		// Storage trouble: retry later. The lookup's error is not kept (it
		// may quote the URL).
		return channel.Receipt{}, channel.Temporary("webhook endpoint lookup failed", nil)
	}
	body, err := json.Marshal(NoticePayload{
		Type:      "notice",
		ID:        n.DeliveryID,
		Timestamp: s.now().UTC().Format(time.RFC3339),
		Data: NoticeData{
			MessageID:      n.MessageID,
			Category:       n.Category,
			Urgency:        n.Urgency,
			Title:          n.Title,
			Body:           n.Body,
			Link:           n.Link,
			UnsubscribeURL: n.UnsubscribeURL,
			DeepLink:       n.DeepLink,
		},
	})
	if err != nil {
		return channel.Receipt{}, channel.Permanent("webhook payload encoding failed", nil)
	}
	if err := s.post(ctx, u, secret, n.DeliveryID, body); err != nil {
		return channel.Receipt{}, err
	}
	return channel.Receipt{Delivered: true}, nil
}

// Post sends payload to ep, signed with ep.Secret, with webhook-id msgID.
// Errors are classified with channel.Temporary / channel.Permanent.
func (s *Sender) Post(ctx context.Context, ep Endpoint, msgID string, payload []byte) error {
	u, err := checkURL(ep.URL)
	if err != nil {
		return err
	}
	if msgID == "" {
		return channel.Permanent("missing webhook id", nil)
	}
	return s.post(ctx, u, ep.Secret, msgID, payload)
}

func (s *Sender) post(ctx context.Context, u *url.URL, secret, msgID string, body []byte) error {
	host := u.Host
	signer, err := NewSigner(secret)
	if err != nil {
		return channel.Permanent("webhook "+host+": endpoint secret invalid", nil)
	}
	ctx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u.String(), bytes.NewReader(body))
	if err != nil {
		return channel.Permanent("webhook "+host+": invalid request", nil)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", UserAgent)
	signer.SetHeaders(req.Header, msgID, s.now(), body)
	resp, err := s.client.Do(req)
	if err != nil {
		return transportError("webhook "+host, ctx, err)
	}
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, maxResponseDrain))
	_ = resp.Body.Close()
	return classifyStatus("webhook "+host, resp.StatusCode)
}

// checkURL accepts absolute http(s) URLs with a host and no userinfo. Its
// errors never quote the URL (its path or query may hold tokens).
func checkURL(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, channel.Permanent("invalid endpoint url", nil)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, channel.Permanent("endpoint url must be http or https", nil)
	}
	if u.User != nil {
		return nil, channel.Permanent("endpoint url must not contain credentials", nil)
	}
	if u.Host == "" || u.Hostname() == "" {
		return nil, channel.Permanent("endpoint url has no host", nil)
	}
	u.Fragment, u.RawFragment = "", ""
	return u, nil
}

// CheckURL reports whether raw is acceptable as an endpoint URL (for
// validating endpoint configuration when it is saved).
func CheckURL(raw string) error {
	_, err := checkURL(raw)
	return err
}

// PublicLiteral reports false when raw's host is an IP address a webhook may
// not be sent to (for refusing such an endpoint when it is saved). Host names
// pass: what they resolve to is checked when dialled (PublicTransport).
func PublicLiteral(raw string) bool {
	u, err := checkURL(raw)
	if err != nil {
		return false
	}
	a, err := netip.ParseAddr(u.Hostname())
	return err != nil || publicAddr(a)
}

// classifyStatus maps an HTTP status to nil or a classified error.
func classifyStatus(who string, code int) error {
	reason := who + ": http " + strconv.Itoa(code)
	switch {
	case code >= 200 && code < 300:
		return nil
	case code >= 300 && code < 400:
		return channel.Permanent(who+": redirect not followed", nil)
	case code == http.StatusGone:
		return channel.Permanent("endpoint gone", nil)
	case code == http.StatusTooManyRequests, code == http.StatusRequestTimeout, code >= 500:
		return channel.Temporary(reason, nil)
	default:
		return channel.Permanent(reason, nil)
	}
}

// transportError classifies a failed round trip. The *url.Error wrapper is
// dropped: it quotes the full URL.
func transportError(who string, ctx context.Context, err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	var ne net.Error
	switch {
	case errors.Is(ctx.Err(), context.DeadlineExceeded), errors.Is(err, context.DeadlineExceeded),
		errors.As(err, &ne) && ne.Timeout():
		return channel.Temporary(who+": timed out", context.DeadlineExceeded)
	case errors.Is(err, ErrForbiddenAddress):
		return channel.Permanent(who+": endpoint address is not public", nil)
	case isCertError(err):
		return channel.Permanent(who+": tls certificate does not verify", err)
	case errors.Is(ctx.Err(), context.Canceled):
		return channel.Temporary(who+": canceled", context.Canceled)
	default:
		return channel.Temporary(who+": connection failed", sanitize(err))
	}
}

func isCertError(err error) bool {
	var ve *tls.CertificateVerificationError
	var ua x509.UnknownAuthorityError
	var hn x509.HostnameError
	var ci x509.CertificateInvalidError
	return errors.As(err, &ve) || errors.As(err, &ua) || errors.As(err, &hn) || errors.As(err, &ci)
}

// sanitize keeps an error's text only if it is a network-level error (it
// names host:port at most); anything else is replaced by a generic error.
func sanitize(err error) error {
	var oe *net.OpError
	var de *net.DNSError
	if errors.As(err, &oe) || errors.As(err, &de) {
		return err
	}
	return fmt.Errorf("%T", err)
}
