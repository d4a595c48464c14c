package service

import (
	"context"
	"errors"
	"strings"

	"github.com/sealpost/sealpost/internal/audit"
	"github.com/sealpost/sealpost/internal/password"
	"github.com/sealpost/sealpost/internal/store"
	"github.com/sealpost/sealpost/internal/totp"
)

// Sign-in: password, then a second factor (TOTP or recovery code; passkeys
// in passkeys.go); step-up re-checks the factor of a signed-in session.

// SignInInput is the sign-in form. Addr is the client address (for
// throttling only; it is hashed).
type SignInInput struct {
	TenantID, Username, Password, Addr string
}

// SignIn checks a username and password. On success the session moves to
// the factor step with a new id. Failures count against the account and the
// address; enough of them lock either for a while (KindLocked, with when to
// try again).
func (s *Service) SignIn(ctx context.Context, cur *Session, in SignInInput) (Issued, error) {
	tenantID := in.TenantID
	if cur != nil {
		tenantID = cur.TenantID
	}
	if tenantID == "" {
		return Issued{}, errSignIn
	}
	if _, err := s.tenantData(ctx, tenantID); err != nil {
		if errors.Is(err, store.ErrNotFound) {
			return Issued{}, errSignIn
		}
		return Issued{}, err
	}
	scope := addrScope(tenantID, in.Addr)
	if le, err := s.addrLocked(ctx, scope); err != nil || le != nil {
		if err != nil {
			return Issued{}, err
		}
		return Issued{}, le
	}
	now := s.now()
	user, ok := normUsername(in.Username)
	var acct store.Account
	var err error
	if ok {
		var fp []byte
		if fp, err = s.sealer.Fingerprint(ctx, tenantID, "login", []byte(user)); err != nil {
			return Issued{}, err
		}
		acct, err = s.st.GetAccountByLogin(ctx, tenantID, fp)
		if err != nil && !errors.Is(err, store.ErrNotFound) {
			return Issued{}, err
		}
	}
	release, serr := s.passwordSlot(ctx)
	if serr != nil {
		return Issued{}, serr
	}
	defer release()
	if !ok || err != nil {
		password.DummyVerify(in.Password)
		return Issued{}, s.addrFailed(ctx, scope, tenantID, "", now)
	}
	if acct.LockedUntil != nil && acct.LockedUntil.After(now) {
		_ = s.st.AppendAudit(ctx, audit.Event{TenantID: tenantID, At: now, Actor: "recipient:" + acct.RecipientID,
			Action: audit.ActionSignInFailed, ObjectType: "recipient", ObjectID: acct.RecipientID})
		return Issued{}, lockedError(*acct.LockedUntil, now)
	}
	good, err := password.Verify(in.Password, acct.PasswordHash)
	if err != nil {
		return Issued{}, err
	}
	if !good {
		return Issued{}, s.accountFailed(ctx, scope, acct, now)
	}
	if acct.State != store.AccountActive {
		return Issued{}, errNotEnrolled
	}
	ses := Session{TenantID: tenantID, RecipientID: acct.RecipientID, Stage: store.StagePassword}
	if cur != nil && cur.RecipientID == acct.RecipientID && cur.TenantID == tenantID {
		ses.MessageID = cur.MessageID
	}
	return s.issue(ctx, cur, ses, "/signin/factor")
}

// checkFactor verifies a TOTP code (accepted once: its step must be newer
// than the last accepted one) or an unused recovery code.
func (s *Service) checkFactor(ctx context.Context, acct store.Account, code string) (bool, error) {
	code = strings.TrimSpace(code)
	if n, ok := totp.NormalizeRecovery(code); ok && len(strings.ReplaceAll(code, " ", "")) > 8 {
		return s.st.UseRecoveryCode(ctx, acct.TenantID, acct.RecipientID, totp.HashRecovery(n), s.now())
	}
	if acct.TOTPSecret == nil {
		return false, nil
	}
	dk, err := s.recipientKey(ctx, acct.TenantID, acct.RecipientID)
	if err != nil {
		return false, err
	}
	secret, err := dk.Open("totp", acct.TOTPSecret)
	if err != nil {
		return false, err
	}
	step, ok := totp.Verify(string(secret), code, s.now(), acct.TOTPLastStep)
	if !ok {
		return false, nil
	}
	return s.st.AcceptTOTPStep(ctx, acct.TenantID, acct.RecipientID, step)
}

// factor runs a second-factor check for a session's account with the same
// throttling as passwords: check verifies the factor (a TOTP or recovery
// code, or a passkey); a false answer counts as a failure, answered with
// refused unless that failure locks the account or the address.
func (s *Service) factor(ctx context.Context, ses Session, addr string, refused *Error, check func(store.Account) (bool, error)) error {
	scope := addrScope(ses.TenantID, addr)
	if le, err := s.addrLocked(ctx, scope); err != nil || le != nil {
		if err != nil {
			return err
		}
		return le
	}
	acct, err := s.st.GetAccount(ctx, ses.TenantID, ses.RecipientID)
	if errors.Is(err, store.ErrNotFound) {
		return errSignIn
	}
	if err != nil {
		return err
	}
	now := s.now()
	if acct.LockedUntil != nil && acct.LockedUntil.After(now) {
		return lockedError(*acct.LockedUntil, now)
	}
	ok, err := check(acct)
	if err != nil {
		return err
	}
	if !ok {
		if e := s.accountFailed(ctx, scope, acct, now); e != errCredentials {
			return e
		}
		return refused
	}
	return nil
}

// factorPassed finishes a passed factor check: at sign-in the session
// becomes signed in, when signed in it is a step-up. Either way the session
// gets a new id and the factor time that step-up checks.
func (s *Service) factorPassed(ctx context.Context, ses Session) (Issued, error) {
	now := s.now()
	if ses.SignedIn() {
		next := ses
		next.FactorAt = &now
		return s.issue(ctx, &ses, next, "", s.event(ses, audit.ActionStepUp, "recipient", ses.RecipientID))
	}
	if err := s.st.SignInSucceeded(ctx, ses.TenantID, ses.RecipientID, now, s.event(ses, audit.ActionSignIn, "recipient", ses.RecipientID)); err != nil {
		return Issued{}, err
	}
	next := "/inbox"
	if ses.MessageID != "" {
		next = "/inbox/" + ses.MessageID
	}
	return s.issue(ctx, &ses, Session{TenantID: ses.TenantID, RecipientID: ses.RecipientID, Stage: store.StageActive, FactorAt: &now}, next)
}

// codeFactor checks a TOTP or recovery code.
func (s *Service) codeFactor(ctx context.Context, ses Session, code, addr string) error {
	return s.factor(ctx, ses, addr, errFactor, func(acct store.Account) (bool, error) { return s.checkFactor(ctx, acct, code) })
}

// VerifyFactor completes sign-in with the second factor.
func (s *Service) VerifyFactor(ctx context.Context, ses Session, code, addr string) (Issued, error) {
	if ses.Stage != store.StagePassword {
		return Issued{}, errStageWrong
	}
	if err := s.codeFactor(ctx, ses, code, addr); err != nil {
		return Issued{}, err
	}
	return s.factorPassed(ctx, ses)
}

// StepUp re-checks the second factor of a signed-in session, so restricted
// messages open for the tenant's step-up window.
func (s *Service) StepUp(ctx context.Context, ses Session, code, addr string) (Issued, error) {
	if !ses.SignedIn() {
		return Issued{}, errSignIn
	}
	if err := s.codeFactor(ctx, ses, code, addr); err != nil {
		return Issued{}, err
	}
	return s.factorPassed(ctx, ses)
}
