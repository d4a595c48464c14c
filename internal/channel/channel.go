// Package channel is the contract between the delivery worker and the channel
// adapters (email, SMS, webhook): what a rendered notice looks like when it is
// handed over, and how an adapter reports a failure — temporary (the worker
// retries with backoff) or permanent (the delivery fails). A notice has already
// passed the PHI guard when an adapter sees it. Adapters must never put
// recipient addresses or notice text into errors: Reason is logged and shown
// in delivery status.
package channel

import (
	"context"
	"errors"
	"fmt"
)

// Notice is one rendered notice for one contact point.
type Notice struct {
	TenantID   string
	DeliveryID string // stable across retries: adapters derive idempotency keys and Message-IDs from it
	MessageID  string
	Category   string
	Urgency    string // normal, time_sensitive, urgent
	Locale     string
	To         string // email address, E.164 number, or endpoint URL
	Target     string // webhook channel: the endpoint's id (its secret is looked up by it)

	Subject string // email
	Text    string // email plain text
	HTML    string // email HTML
	SMS     string // SMS text
	Title   string // push / webhook
	Body    string // push / webhook

	Link           string // the end-user link (already in the texts)
	DeepLink       string // the tenant's mobile deep link for the same token, if configured
	Marketing      bool   // marketing category: List-Unsubscribe applies
	UnsubscribeURL string // one-click unsubscribe target (RFC 8058), marketing only

	// RequireTLS (email): the text carries the message's content, so the
	// whole path must be TLS: submit with REQUIRETLS (RFC 8689), and if the
	// relay does not offer it or refuses it, send nothing and fail with
	// ErrRequireTLSRefused (the worker then sends the PHI-free notice).
	RequireTLS bool
}

// ErrRequireTLSRefused is the cause of a send failure when a RequireTLS
// notice could not be submitted with REQUIRETLS; nothing was sent.
var ErrRequireTLSRefused = errors.New("channel: REQUIRETLS not available for this message")

// Receipt is what a channel reports on success.
type Receipt struct {
	ProviderID string // the provider's id for the send (SMTP queue id, SMS sid…), if any
	Delivered  bool   // the channel confirmed delivery (not just acceptance)
}

// Sender sends notices on one channel. Implementations are safe for
// concurrent use.
type Sender interface {
	Send(ctx context.Context, n Notice) (Receipt, error)
}

// Error is a classified send failure.
type Error struct {
	Temporary bool
	Reason    string // short, PHI-free: "smtp 451 4.7.1 try again later", "tls certificate does not verify"
	Err       error  // underlying error, for logs (must be PHI-free as well)
}

func (e *Error) Error() string {
	kind := "permanent"
	if e.Temporary {
		kind = "temporary"
	}
	if e.Err != nil {
		return fmt.Sprintf("%s failure: %s: %v", kind, e.Reason, e.Err)
	}
	return kind + " failure: " + e.Reason
}

func (e *Error) Unwrap() error { return e.Err }

// Temporary returns a failure worth retrying (SMTP 4xx, HTTP 429/5xx,
// timeouts, refused connections).
func Temporary(reason string, err error) error {
	return &Error{Temporary: true, Reason: reason, Err: err}
}

// Permanent returns a failure not worth retrying (SMTP 5xx, HTTP 4xx, TLS
// that cannot be verified, a malformed address).
func Permanent(reason string, err error) error { return &Error{Reason: reason, Err: err} }

// IsTemporary reports whether err should be retried. Unclassified errors and
// context deadlines are temporary: a retry is safe because notices carry a
// stable id, and losing a notice is worse than a recognisable repeat.
func IsTemporary(err error) bool {
	var e *Error
	if errors.As(err, &e) {
		return e.Temporary
	}
	return err != nil
}

// Reason is the PHI-free text to record for err.
func Reason(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Reason
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return "timed out"
	}
	return "send failed"
}
