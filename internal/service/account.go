package service

import (
	"context"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"time"

	"github.com/sealpost/sealpost/internal/audit"
	"github.com/sealpost/sealpost/internal/password"
	"github.com/sealpost/sealpost/internal/store"
	"github.com/sealpost/sealpost/internal/totp"
)

// The account page's changes: a new password (the current one and a fresh
// factor), new recovery codes (a fresh factor). Replacing the authenticator
// is in recovery.go.

var errAccountStale = &Error{Kind: KindStepUpRequired, Detail: "this change needs a fresh check of your second factor"}

// ChangePassword checks the current password (a wrong one counts in the
// sign-in throttle like a failed sign-in) and sets a new one; every session
// of the recipient ends, this one too.
func (s *Service) ChangePassword(ctx context.Context, ses Session, current, pw, confirm, addr string) error {
	if !ses.SignedIn() {
		return errSignIn
	}
	if !s.FactorFresh(ctx, ses) {
		return errAccountStale
	}
	var fs []FieldError
	if err := password.Check(pw); err != nil {
		var pe *password.PolicyError
		if !errors.As(err, &pe) {
			return err
		}
		fs = append(fs, FieldError{Pointer: "/password", Detail: pe.Reason})
	} else if subtle.ConstantTimeCompare([]byte(pw), []byte(confirm)) != 1 {
		fs = append(fs, FieldError{Pointer: "/confirm", Detail: "the two passwords are not the same"})
	}
	if len(fs) > 0 {
		return invalid(fs...)
	}
	release, err := s.passwordSlot(ctx)
	if err != nil {
		return err
	}
	defer release()
	wrong := invalid(FieldError{Pointer: "/current", Detail: "the current password is not correct"})
	if err := s.factor(ctx, ses, addr, wrong, func(acct store.Account) (bool, error) {
		return s.verifyPassword(current, acct.PasswordHash)
	}); err != nil {
		return err
	}
	hash, err := password.Hash(pw, s.cfg.PasswordParams)
	if err != nil {
		return err
	}
	err = s.st.SetAccountPassword(ctx, ses.TenantID, ses.RecipientID, hash, s.now(), s.event(ses, audit.ActionPasswordChange, "recipient", ses.RecipientID))
	if errors.Is(err, store.ErrNotFound) {
		return errNotEnrolled
	}
	return err
}

// NewRecoveryCodes replaces the account's recovery codes and returns the
// new ones, to be shown once.
func (s *Service) NewRecoveryCodes(ctx context.Context, ses Session) ([]string, error) {
	if !ses.SignedIn() {
		return nil, errSignIn
	}
	if !s.FactorFresh(ctx, ses) {
		return nil, errAccountStale
	}
	codes, err := totp.NewRecoveryCodes(recoveryCodeCount)
	if err != nil {
		return nil, err
	}
	hashes := make([][]byte, len(codes))
	for i, c := range codes {
		n, _ := totp.NormalizeRecovery(c)
		hashes[i] = totp.HashRecovery(n)
	}
	if err := s.st.ReplaceRecoveryCodes(ctx, ses.TenantID, ses.RecipientID, hashes,
		s.event(ses, audit.ActionRecoveryCodesNew, "recipient", ses.RecipientID)); err != nil {
		return nil, err
	}
	return codes, nil
}

// DeviceSession is one signed-in session as the account page lists it.
type DeviceSession struct {
	Current    bool // the session asking
	SignedInAt time.Time
	LastSeen   time.Time
}

// Sessions lists the recipient's signed-in sessions.
func (s *Service) Sessions(ctx context.Context, ses Session) ([]DeviceSession, error) {
	if !ses.SignedIn() {
		return nil, errSignIn
	}
	list, err := s.st.ListSessions(ctx, ses.TenantID, ses.RecipientID)
	if err != nil {
		return nil, err
	}
	out := make([]DeviceSession, 0, len(list))
	for _, x := range list {
		out = append(out, DeviceSession{Current: subtle.ConstantTimeCompare(x.IDHash, ses.idHash) == 1, SignedInAt: x.CreatedAt, LastSeen: x.SeenAt})
	}
	return out, nil
}

// EndOtherSessions signs the recipient out everywhere but this session.
func (s *Service) EndOtherSessions(ctx context.Context, ses Session) error {
	if !ses.SignedIn() {
		return errSignIn
	}
	_, err := s.st.DeleteOtherSessions(ctx, ses.TenantID, ses.RecipientID, ses.idHash, s.event(ses, audit.ActionSignOutOthers, "recipient", ses.RecipientID))
	return err
}

// PasskeyView is a passkey as the account page lists it.
type PasskeyView struct {
	ID        string // base64url of the credential id
	CreatedAt time.Time
}

// Passkeys lists the recipient's passkeys, oldest first.
func (s *Service) Passkeys(ctx context.Context, ses Session) ([]PasskeyView, error) {
	if !ses.SignedIn() {
		return nil, errSignIn
	}
	pks, err := s.st.ListPasskeys(ctx, ses.TenantID, ses.RecipientID)
	if err != nil {
		return nil, err
	}
	out := make([]PasskeyView, 0, len(pks))
	for _, p := range pks {
		out = append(out, PasskeyView{ID: base64.RawURLEncoding.EncodeToString(p.ID), CreatedAt: p.CreatedAt})
	}
	return out, nil
}

// RemovePasskey removes one of the recipient's passkeys (a fresh factor
// first). Another recipient's or an unknown id is KindNotFound.
func (s *Service) RemovePasskey(ctx context.Context, ses Session, id string) error {
	if !ses.SignedIn() {
		return errSignIn
	}
	if !s.FactorFresh(ctx, ses) {
		return errAccountStale
	}
	raw, err := base64.RawURLEncoding.DecodeString(id)
	if err != nil || len(raw) == 0 || len(raw) > 1023 {
		return &Error{Kind: KindNotFound, Detail: "no such passkey"}
	}
	err = s.st.DeletePasskey(ctx, ses.TenantID, ses.RecipientID, raw, s.event(ses, audit.ActionPasskeyRemove, "recipient", ses.RecipientID))
	if errors.Is(err, store.ErrNotFound) {
		return &Error{Kind: KindNotFound, Detail: "no such passkey"}
	}
	return err
}
