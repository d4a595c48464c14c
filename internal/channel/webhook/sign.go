// Package webhook delivers notices and delivery-status events to tenant
// endpoints over HTTPS, signed the Standard Webhooks way
// (https://www.standardwebhooks.com): every request carries webhook-id,
// webhook-timestamp and webhook-signature headers, the signature being
// "v1," + base64(HMAC-SHA256(key, id + "." + timestamp + "." + body)) with
// key = base64-decoded secret (after the "whsec_" prefix).
//
// Payloads carry only the rendered, guard-checked notice (title, body, link)
// and metadata; never the sealed subject or body of a message.
package webhook

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Header names (lower case, as in the Standard Webhooks specification; Go
// canonicalises them on the wire, and receivers must match them
// case-insensitively as HTTP requires).
const (
	HeaderID        = "webhook-id"
	HeaderTimestamp = "webhook-timestamp"
	HeaderSignature = "webhook-signature"
)

// SecretPrefix starts every secret NewSecret returns.
const SecretPrefix = "whsec_"

// DefaultTolerance is how far a webhook-timestamp may be from the
// receiver's clock when Verify is given no tolerance.
const DefaultTolerance = 5 * time.Minute

// MinKeyBytes is the shortest signing key accepted (after base64 decoding).
const MinKeyBytes = 16

// Verification and secret errors. They carry no secret, header or body text.
var (
	ErrInvalidSecret      = errors.New("webhook: invalid secret")
	ErrMissingHeaders     = errors.New("webhook: missing webhook-id, webhook-timestamp or webhook-signature header")
	ErrInvalidTimestamp   = errors.New("webhook: invalid webhook-timestamp")
	ErrTimestampTolerance = errors.New("webhook: webhook-timestamp outside tolerance")
	ErrNoMatchingSig      = errors.New("webhook: no matching signature")
)

// NewSecret returns a fresh secret: "whsec_" + base64(32 random bytes).
func NewSecret() string {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil { // crypto/rand.Read does not fail on supported platforms
		panic("webhook: crypto/rand: " + err.Error())
	}
	return SecretPrefix + base64.StdEncoding.EncodeToString(b)
}

// ParseSecret decodes a "whsec_<base64>" secret (the prefix is optional, as
// in the Standard Webhooks libraries) into its signing key.
func ParseSecret(secret string) ([]byte, error) {
	s := strings.TrimPrefix(strings.TrimSpace(secret), SecretPrefix)
	key, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		// Some senders omit padding.
		key, err = base64.RawStdEncoding.DecodeString(s)
		if err != nil {
			return nil, ErrInvalidSecret
		}
	}
	if len(key) < MinKeyBytes {
		return nil, ErrInvalidSecret
	}
	return key, nil
}

// Signer signs webhook requests with one key. It is safe for concurrent use.
type Signer struct {
	key []byte
}

// NewSigner returns a Signer for a "whsec_..." secret.
func NewSigner(secret string) (*Signer, error) {
	key, err := ParseSecret(secret)
	if err != nil {
		return nil, err
	}
	return &Signer{key: key}, nil
}

// NewSignerKey returns a Signer for a raw key (at least MinKeyBytes long).
func NewSignerKey(key []byte) (*Signer, error) {
	if len(key) < MinKeyBytes {
		return nil, ErrInvalidSecret
	}
	return &Signer{key: append([]byte(nil), key...)}, nil
}

// Sign returns "v1,<base64(HMAC-SHA256(key, msgID.unix_ts.body))>".
func (s *Signer) Sign(msgID string, ts time.Time, body []byte) string {
	return "v1," + base64.StdEncoding.EncodeToString(mac(s.key, msgID, ts.Unix(), body))
}

// SetHeaders sets webhook-id, webhook-timestamp and webhook-signature on h.
func (s *Signer) SetHeaders(h http.Header, msgID string, ts time.Time, body []byte) {
	h.Set(HeaderID, msgID)
	h.Set(HeaderTimestamp, strconv.FormatInt(ts.Unix(), 10))
	h.Set(HeaderSignature, s.Sign(msgID, ts, body))
}

func mac(key []byte, msgID string, unix int64, body []byte) []byte {
	m := hmac.New(sha256.New, key)
	m.Write([]byte(msgID))
	m.Write([]byte{'.'})
	m.Write([]byte(strconv.FormatInt(unix, 10)))
	m.Write([]byte{'.'})
	m.Write(body)
	return m.Sum(nil)
}

// Verify checks a received webhook: the webhook-id, webhook-timestamp and
// webhook-signature headers must be present, the timestamp within tolerance
// of now (DefaultTolerance if tolerance <= 0), and at least one of the
// space-separated "v1,<base64>" signatures must match (constant-time).
func Verify(secret string, h http.Header, body []byte, now time.Time, tolerance time.Duration) error {
	key, err := ParseSecret(secret)
	if err != nil {
		return err
	}
	return verifyKey(key, h, body, now, tolerance)
}

// VerifyKey is Verify with a raw key.
func VerifyKey(key []byte, h http.Header, body []byte, now time.Time, tolerance time.Duration) error {
	if len(key) < MinKeyBytes {
		return ErrInvalidSecret
	}
	return verifyKey(key, h, body, now, tolerance)
}

func verifyKey(key []byte, h http.Header, body []byte, now time.Time, tolerance time.Duration) error {
	id, tsText, sigs := h.Get(HeaderID), h.Get(HeaderTimestamp), h.Get(HeaderSignature)
	if id == "" || tsText == "" || sigs == "" {
		return ErrMissingHeaders
	}
	unix, err := strconv.ParseInt(tsText, 10, 64)
	if err != nil || unix < 0 {
		return ErrInvalidTimestamp
	}
	if tolerance <= 0 {
		tolerance = DefaultTolerance
	}
	// Compare in seconds to avoid time.Duration overflow on absurd values.
	diff := now.Unix() - unix
	tol := int64(tolerance / time.Second)
	if diff > tol || diff < -tol {
		return ErrTimestampTolerance
	}
	want := mac(key, id, unix, body)
	ok := false
	for _, sig := range strings.Fields(sigs) {
		version, b64, found := strings.Cut(sig, ",")
		if !found || version != "v1" {
			continue
		}
		got, err := base64.StdEncoding.DecodeString(b64)
		if err != nil {
			continue
		}
		if hmac.Equal(got, want) {
			ok = true // keep looping: time does not depend on which one matched
		}
	}
	if !ok {
		return ErrNoMatchingSig
	}
	return nil
}
