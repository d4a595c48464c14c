package sms

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha1"
	"crypto/subtle"
	"encoding/base64"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/sealpost/sealpost/internal/channel"
)

// DefaultTwilioBaseURL is Twilio's REST API.
const DefaultTwilioBaseURL = "https://api.twilio.com"

// TwilioConfig configures the Twilio-compatible adapter.
type TwilioConfig struct {
	BaseURL             string // default DefaultTwilioBaseURL; any server speaking the Messages API
	AccountSID          string
	AuthToken           string
	From                string // sender number or alphanumeric id, or:
	MessagingServiceSID string // a Messaging Service (at least one of From, MessagingServiceSID)
	StatusCallbackURL   string // public URL of StatusHandler; sent as StatusCallback, and the URL signatures are checked against
	HTTPClient          *http.Client
	Timeout             time.Duration // per request, default DefaultTimeout
}

// Twilio sends SMS through Twilio's Messages API (or a compatible one). It
// implements Provider and is safe for concurrent use.
type Twilio struct {
	cfg      TwilioConfig
	endpoint string
	client   *http.Client
}

var _ Provider = (*Twilio)(nil)

// NewTwilio checks cfg and returns an adapter.
func NewTwilio(cfg TwilioConfig) (*Twilio, error) {
	if cfg.BaseURL == "" {
		cfg.BaseURL = DefaultTwilioBaseURL
	}
	base, err := checkBaseURL(cfg.BaseURL)
	if err != nil {
		return nil, errors.New("twilio: invalid base URL")
	}
	if cfg.AccountSID == "" || cfg.AuthToken == "" {
		return nil, errors.New("twilio: account SID and auth token are required")
	}
	if cfg.From == "" && cfg.MessagingServiceSID == "" {
		return nil, errors.New("twilio: From or MessagingServiceSID is required")
	}
	if cfg.StatusCallbackURL != "" {
		if _, err := checkBaseURL(cfg.StatusCallbackURL); err != nil {
			return nil, errors.New("twilio: invalid status callback URL")
		}
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	endpoint := strings.TrimRight(base.String(), "/") + "/2010-04-01/Accounts/" + url.PathEscape(cfg.AccountSID) + "/Messages.json"
	return &Twilio{cfg: cfg, endpoint: endpoint, client: noRedirectClient(cfg.HTTPClient)}, nil
}

// twilioCode is an error code that Twilio writes as a number, a string or
// null. Only digits are kept, so nothing else of the answer can reach a
// reason.
type twilioCode string

func (c *twilioCode) UnmarshalJSON(b []byte) error {
	s := strings.Trim(string(b), `"`)
	var d strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' && d.Len() < 10 {
			d.WriteRune(r)
		}
	}
	*c = twilioCode(d.String())
	return nil
}

// twilioResponse is the part of a Messages API answer that is used: a
// Message resource on success, an error object ({code, message, status})
// otherwise. message / error_message are never read (they quote numbers).
type twilioResponse struct {
	SID       string     `json:"sid"`
	Status    string     `json:"status"`
	ErrorCode twilioCode `json:"error_code"`
	Code      twilioCode `json:"code"`
}

// Send creates a message: POST {BaseURL}/2010-04-01/Accounts/{sid}/Messages.json
// with To, From and/or MessagingServiceSid, Body and StatusCallback, HTTP
// basic auth, and I-Twilio-Idempotency-Token = idempotencyKey. It returns the
// message SID.
func (t *Twilio) Send(ctx context.Context, to, body, idempotencyKey string) (string, error) {
	form := url.Values{}
	form.Set("To", to)
	if t.cfg.From != "" {
		form.Set("From", t.cfg.From)
	}
	if t.cfg.MessagingServiceSID != "" {
		form.Set("MessagingServiceSid", t.cfg.MessagingServiceSID)
	}
	form.Set("Body", body)
	if t.cfg.StatusCallbackURL != "" {
		form.Set("StatusCallback", t.cfg.StatusCallbackURL)
	}
	ctx, cancel := context.WithTimeout(ctx, t.cfg.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, t.endpoint, strings.NewReader(form.Encode()))
	if err != nil {
		return "", channel.Permanent("twilio invalid request", nil)
	}
	req.SetBasicAuth(t.cfg.AccountSID, t.cfg.AuthToken)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Accept", "application/json")
	req.Header.Set("User-Agent", "sealpost-sms/1")
	if idempotencyKey != "" {
		req.Header.Set("I-Twilio-Idempotency-Token", idempotencyKey)
	}
	resp, err := t.client.Do(req)
	if err != nil {
		return "", transportError("twilio", ctx, err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, maxResponse))
	if err != nil {
		if resp.StatusCode >= 200 && resp.StatusCode < 300 {
			// Accepted but the answer was cut: retrying with the same
			// idempotency token is safe.
			return "", transportError("twilio", ctx, err)
		}
	}
	var r twilioResponse
	jsonErr := json.Unmarshal(bytes.TrimSpace(raw), &r)

	code := resp.StatusCode
	reason := "twilio " + strconv.Itoa(code)
	if c := string(r.Code); c != "" {
		reason += " code " + c
	} else if c := string(r.ErrorCode); c != "" {
		reason += " code " + c
	}
	switch {
	case code >= 200 && code < 300:
		if jsonErr != nil || r.SID == "" {
			return "", channel.Temporary("twilio answer without message sid", nil)
		}
		if r.Status == "failed" || r.Status == "undelivered" {
			return r.SID, channel.Permanent(reason+" message "+r.Status, nil)
		}
		return r.SID, nil
	case code >= 300 && code < 400:
		return "", channel.Permanent("twilio "+strconv.Itoa(code)+" redirect not followed", nil)
	case retryable(code):
		return "", channel.Temporary(reason, nil)
	default:
		return "", channel.Permanent(reason, nil)
	}
}

// Status is one status callback.
type Status struct {
	ProviderID string // MessageSid
	Status     string // MessageStatus: queued, sending, sent, delivered, undelivered, failed, …
	Delivered  bool   // Status == "delivered"
	ErrorCode  string // ErrorCode (digits only), for undelivered / failed
}

// StatusHandler serves Twilio's status callbacks (mount it at
// StatusCallbackURL). Requests whose X-Twilio-Signature does not verify get
// 403 and onStatus is not called. delivered is true only for "delivered".
func (t *Twilio) StatusHandler(onStatus func(ctx context.Context, providerID, status string, delivered bool)) http.Handler {
	return t.StatusEventHandler(func(ctx context.Context, s Status) {
		onStatus(ctx, s.ProviderID, s.Status, s.Delivered)
	})
}

// StatusEventHandler is StatusHandler with the error code of failed
// messages as well.
func (t *Twilio) StatusEventHandler(onStatus func(ctx context.Context, s Status)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			w.Header().Set("Allow", http.MethodPost)
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
		if err := r.ParseForm(); err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		sig := r.Header.Get("X-Twilio-Signature")
		if sig == "" || !t.validSignature(r, sig) {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		sid, status := r.PostForm.Get("MessageSid"), r.PostForm.Get("MessageStatus")
		if sid == "" || status == "" {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		var code twilioCode
		_ = code.UnmarshalJSON([]byte(r.PostForm.Get("ErrorCode")))
		onStatus(r.Context(), Status{ProviderID: sid, Status: status, Delivered: status == "delivered", ErrorCode: string(code)})
		w.WriteHeader(http.StatusNoContent)
	})
}

// validSignature checks sig against the URL the request was made to: the
// path and query as received, under the scheme and host of
// StatusCallbackURL when it is configured (a proxy in front may change
// them), else under the request's own scheme and Host. Each is tried with
// and without an explicit default port, as Twilio's libraries do.
func (t *Twilio) validSignature(r *http.Request, sig string) bool {
	scheme, host := "http", r.Host
	if r.TLS != nil {
		scheme = "https"
	}
	if t.cfg.StatusCallbackURL != "" {
		if u, err := url.Parse(t.cfg.StatusCallbackURL); err == nil {
			scheme, host = u.Scheme, u.Host
		}
	}
	uri := r.RequestURI // as received, not re-encoded
	if uri == "" {
		uri = r.URL.RequestURI()
	}
	ok := 0
	for _, u := range portVariants(scheme + "://" + host + uri) {
		want := TwilioSignature(t.cfg.AuthToken, u, r.PostForm)
		ok |= subtle.ConstantTimeCompare([]byte(want), []byte(sig))
	}
	return ok == 1
}

// portVariants returns raw plus the same URL with the scheme's default port
// added or removed.
func portVariants(raw string) []string {
	u, err := url.Parse(raw)
	if err != nil {
		return []string{raw}
	}
	def := map[string]string{"http": "80", "https": "443"}[u.Scheme]
	if def == "" {
		return []string{raw}
	}
	v := *u
	switch u.Port() {
	case "":
		v.Host = net.JoinHostPort(u.Hostname(), def)
	case def:
		v.Host = u.Hostname()
		if strings.Contains(v.Host, ":") { // IPv6 literal
			v.Host = "[" + v.Host + "]"
		}
	default:
		return []string{raw}
	}
	return []string{raw, v.String()}
}

// TwilioSignature computes X-Twilio-Signature for a POST to fullURL with
// params: base64(HMAC-SHA1(authToken, fullURL + for each param name in
// sorted order, name + value (values sorted too))).
func TwilioSignature(authToken, fullURL string, params url.Values) string {
	m := hmac.New(sha1.New, []byte(authToken))
	m.Write([]byte(fullURL))
	keys := make([]string, 0, len(params))
	for k := range params {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		vals := append([]string(nil), params[k]...)
		sort.Strings(vals)
		for i, v := range vals {
			if i > 0 && vals[i-1] == v {
				continue
			}
			m.Write([]byte(k))
			m.Write([]byte(v))
		}
	}
	return base64.StdEncoding.EncodeToString(m.Sum(nil))
}
