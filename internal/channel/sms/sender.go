package sms

import (
	"context"
	"errors"
	"regexp"

	"github.com/sealpost/sealpost/internal/channel"
)

// Provider sends one SMS. idempotencyKey is stable across retries of one
// delivery; providers pass it on so a retry does not send twice. Errors
// should be classified with channel.Temporary / channel.Permanent and must
// not quote the number or the body.
type Provider interface {
	Send(ctx context.Context, to, body, idempotencyKey string) (providerID string, err error)
}

// Sender implements channel.Sender for SMS over a Provider.
type Sender struct {
	p Provider
}

var _ channel.Sender = (*Sender)(nil)

// NewSender returns a Sender using p.
func NewSender(p Provider) *Sender { return &Sender{p: p} }

var e164 = regexp.MustCompile(`^\+[1-9][0-9]{1,14}$`)

// ValidE164 reports whether s is an E.164 number: "+", a non-zero digit, at
// most 15 digits in all.
func ValidE164(s string) bool { return e164.MatchString(s) }

// Send sends n.SMS to n.To with idempotency key n.DeliveryID. The receipt
// carries the provider's id; delivery is confirmed later by a status
// callback, so Delivered is false.
func (s *Sender) Send(ctx context.Context, n channel.Notice) (channel.Receipt, error) {
	if !ValidE164(n.To) {
		return channel.Receipt{}, channel.Permanent("invalid phone number", nil)
	}
	if n.DeliveryID == "" {
		return channel.Receipt{}, channel.Permanent("missing delivery id", nil)
	}
	if err := CheckText(n.SMS); err != nil {
		reason := "sms text refused"
		switch {
		case errors.Is(err, ErrEmptyText):
			reason = "sms text is empty"
		case errors.Is(err, ErrNotGSM7):
			reason = "sms text is not gsm-7"
		case errors.Is(err, ErrTooLong):
			reason = "sms text longer than 160 septets"
		}
		return channel.Receipt{}, channel.Permanent(reason, err)
	}
	id, err := s.p.Send(ctx, n.To, n.SMS, n.DeliveryID)
	if err != nil {
		var ce *channel.Error
		switch {
		case errors.As(err, &ce):
			return channel.Receipt{}, err
		case errors.Is(err, context.DeadlineExceeded):
			return channel.Receipt{}, channel.Temporary("sms provider timed out", context.DeadlineExceeded)
		default:
			// Unclassified: retry (idempotency key makes it safe) and drop
			// the text, which may quote the number or the body.
			return channel.Receipt{}, channel.Temporary("sms provider error", nil)
		}
	}
	return channel.Receipt{ProviderID: id}, nil
}
