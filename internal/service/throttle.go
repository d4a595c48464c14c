package service

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"time"

	"github.com/sealpost/sealpost/internal/audit"
	"github.com/sealpost/sealpost/internal/store"
)

// Sign-in throttling: failures counted per client address and per account,
// and the "locked" answer with when to try again.

func lockedError(until time.Time, now time.Time) *Error {
	mins := int(until.Sub(now).Round(time.Minute) / time.Minute)
	if mins < 1 {
		mins = 1
	}
	return &Error{Kind: KindLocked, Detail: fmt.Sprintf("too many failed attempts; try again in %d minutes", mins), RetryAfter: until.Sub(now)}
}

// addrScope is the throttle key of a client address in a tenant: a hash, so
// the table holds no addresses.
func addrScope(tenantID, addr string) string {
	h := sha256.Sum256([]byte(tenantID + "\x00" + addr))
	return "addr:" + hex.EncodeToString(h[:16])
}

func (s *Service) addrLocked(ctx context.Context, scope string) (*Error, error) {
	st, err := s.st.GetThrottle(ctx, scope)
	if err != nil {
		return nil, err
	}
	if now := s.now(); st.LockedUntil != nil && st.LockedUntil.After(now) {
		return lockedError(*st.LockedUntil, now), nil
	}
	return nil, nil
}

// addrFailed records a failure against an address only (unknown username).
func (s *Service) addrFailed(ctx context.Context, scope, tenantID, recipientID string, now time.Time) error {
	until, err := s.st.ThrottleFailed(ctx, scope, addrMaxFailures, addrWindow, addrLockFor, now)
	if err != nil {
		return err
	}
	if until != nil {
		return lockedError(*until, now)
	}
	return errCredentials
}

// accountFailed records a failed password or code against the account (with
// its audit event) and the address.
func (s *Service) accountFailed(ctx context.Context, scope string, acct store.Account, now time.Time) error {
	until, err := s.st.SignInFailed(ctx, acct.TenantID, acct.RecipientID, accountMaxFailures, accountLockFor, now,
		audit.Event{TenantID: acct.TenantID, At: now, Actor: "recipient:" + acct.RecipientID, Action: audit.ActionSignInFailed, ObjectType: "recipient", ObjectID: acct.RecipientID})
	if err != nil {
		return err
	}
	aUntil, err := s.st.ThrottleFailed(ctx, scope, addrMaxFailures, addrWindow, addrLockFor, now)
	if err != nil {
		return err
	}
	if until == nil {
		until = aUntil
	}
	if until != nil {
		return lockedError(*until, now)
	}
	return errCredentials
}
