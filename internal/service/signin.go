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
// the factor step with a new id. Failures are throttled (throttle.go): a
// locked address, username or (username, address) pair answers KindLocked
// with when to try again. Whatever the username and the locks, every attempt
// past the address check runs exactly one password hash at the configured
// cost — against the account's hash, or a dummy with the same parameters — so
// neither the answer nor its timing tells whether the username exists or is
// locked.
func (s *Service) SignIn(ctx context.Context, cur *Session, in SignInInput) (_ Issued, refusal error) {
	defer func() { s.countSignIn("password", refusal) }()
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
	addrFP, err := s.addrFP(ctx, tenantID, in.Addr)
	if err != nil {
		return Issued{}, err
	}
	// An address locked across usernames says nothing about any username.
	if err := s.locked(ctx, addrScope(tenantID, addrFP)); err != nil {
		return Issued{}, err
	}
	user, ok := normUsername(in.Username)
	var acct store.Account
	var fp []byte
	found := false
	if ok {
		if fp, err = s.sealer.Fingerprint(ctx, tenantID, purposeLogin, []byte(user)); err != nil {
			return Issued{}, err
		}
		acct, err = s.accountByLogin(ctx, tenantID, user, fp)
		if err != nil && !errors.Is(err, store.ErrNotFound) {
			return Issued{}, err
		}
		found = err == nil
	}
	if found {
		fp = acct.LoginFP // the value the factor step counts by too
	}
	th := newThrottle(tenantID, fp, addrFP)
	lockErr := s.locked(ctx, th.username()...)
	var le *Error
	if lockErr != nil && !errors.As(lockErr, &le) {
		return Issued{}, lockErr
	}
	release, err := s.passwordSlot(ctx)
	if err != nil {
		return Issued{}, err
	}
	defer release()
	phc := s.dummyPHC
	if found {
		phc = acct.PasswordHash
	}
	good, err := s.verifyPassword(in.Password, phc)
	if err != nil {
		return Issued{}, err
	}
	var evs []audit.Event
	if found {
		evs = append(evs, audit.Event{TenantID: tenantID, At: s.now(), Actor: "recipient:" + acct.RecipientID,
			Action: audit.ActionSignInFailed, ObjectType: "recipient", ObjectID: acct.RecipientID})
	}
	if le != nil {
		if found {
			_ = s.st.AppendAudit(ctx, evs[0])
		}
		return Issued{}, le
	}
	if !found || !good {
		return Issued{}, s.failed(ctx, th, errCredentials, evs...)
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

// passwordVerify is password.Verify; a test observes through it that each
// sign-in runs exactly one hash, and with which parameters.
var passwordVerify = password.Verify

// verifyPassword checks pw against a stored (or the dummy) PHC string.
func (s *Service) verifyPassword(pw, phc string) (bool, error) { return passwordVerify(pw, phc) }

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
// code, or a passkey); a false answer counts as a failure of the account's
// username from addr, answered with refused unless that failure locks a
// scope.
func (s *Service) factor(ctx context.Context, ses Session, addr string, refused *Error, check func(store.Account) (bool, error)) (refusal error) {
	defer func() { s.countSignIn("factor", refusal) }()
	acct, err := s.st.GetAccount(ctx, ses.TenantID, ses.RecipientID)
	if errors.Is(err, store.ErrNotFound) {
		return errSignIn
	}
	if err != nil {
		return err
	}
	addrFP, err := s.addrFP(ctx, ses.TenantID, addr)
	if err != nil {
		return err
	}
	th := newThrottle(ses.TenantID, acct.LoginFP, addrFP)
	if err := s.locked(ctx, th.addr, th.pair, th.user); err != nil {
		return err
	}
	ok, err := check(acct)
	if err != nil {
		return err
	}
	if !ok {
		return s.failed(ctx, th, refused, s.event(ses, audit.ActionSignInFailed, "recipient", ses.RecipientID))
	}
	return nil
}

// factorPassed finishes a passed factor check: at sign-in the session
// becomes signed in, when signed in it is a step-up. Either way the failures
// counted against the username (from any address) are cleared, and the
// session gets a new id and the factor time that step-up checks.
func (s *Service) factorPassed(ctx context.Context, ses Session, addr string) (Issued, error) {
	now := s.now()
	acct, err := s.st.GetAccount(ctx, ses.TenantID, ses.RecipientID)
	if err != nil {
		return Issued{}, err
	}
	addrFP, err := s.addrFP(ctx, ses.TenantID, addr)
	if err != nil {
		return Issued{}, err
	}
	th := newThrottle(ses.TenantID, acct.LoginFP, addrFP)
	if ses.SignedIn() {
		if err := s.st.ClearThrottle(ctx, th.username()); err != nil {
			return Issued{}, err
		}
		next := ses
		next.FactorAt = &now
		return s.issue(ctx, &ses, next, "", s.event(ses, audit.ActionStepUp, "recipient", ses.RecipientID))
	}
	if err := s.st.ClearThrottle(ctx, th.username(), s.event(ses, audit.ActionSignIn, "recipient", ses.RecipientID)); err != nil {
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
	is, err := s.factorPassed(ctx, ses, addr)
	if err == nil && isRecoveryCode(code) {
		// Signed in without the authenticator: replace it now (recovery.go).
		is.Next = "/account/authenticator"
	}
	return is, err
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
	return s.factorPassed(ctx, ses, addr)
}
