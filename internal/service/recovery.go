package service

import (
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"github.com/sealpost/sealpost/internal/seal"
	"image/png"
	"strings"

	"github.com/pquerna/otp"

	"github.com/sealpost/sealpost/internal/audit"
	"github.com/sealpost/sealpost/internal/password"
	"github.com/sealpost/sealpost/internal/store"
	"github.com/sealpost/sealpost/internal/totp"
)

// Self-service recovery, without calling the clinic:
//
//   - forgot password: the patient names their username; if it has an
//     active account, a password_reset message goes to the email on file
//     through the ordinary notice, guard and delivery path (PHI-free, a
//     link that lives 30 minutes and works once). The link opens a session
//     that may only set a new password; setting it ends every session, and
//     signing in again still needs the second factor. The answer is the same
//     whether or not the username exists, and every request counts in the
//     sign-in throttle (throttle.go) like a failed password.
//   - lost authenticator: sign in with a recovery code (the factor step
//     accepts them); that sign-in leads to replacing the authenticator, which
//     removes the old one and ends every other session.

const categoryPasswordReset = "password_reset"

// errResetCounted marks a reset request that was counted and not locked.
var errResetCounted = &Error{Kind: KindBadCredentials, Detail: "reset request counted"}

// RequestPasswordReset sends a reset link to the email on file of the
// account with this username in the tenant, if there is one. It answers nil
// in either case (KindLocked when the throttle says so, for known and
// unknown usernames alike).
func (s *Service) RequestPasswordReset(ctx context.Context, tenantID, username, addr string) error {
	if tenantID == "" {
		return errSignIn
	}
	if _, err := s.tenantData(ctx, tenantID); err != nil {
		if errors.Is(err, store.ErrNotFound) {
			return nil
		}
		return err
	}
	addrFP, err := s.addrFP(ctx, tenantID, addr)
	if err != nil {
		return err
	}
	if err := s.locked(ctx, addrScope(tenantID, addrFP)); err != nil {
		return err
	}
	user, ok := normUsername(username)
	var fp []byte
	var acct store.Account
	found := false
	if ok {
		if fp, err = s.sealer.Fingerprint(ctx, tenantID, purposeLogin, []byte(user)); err != nil {
			return err
		}
		acct, err = s.accountByLogin(ctx, tenantID, user, fp)
		if err != nil && !errors.Is(err, store.ErrNotFound) {
			return err
		}
		found = err == nil
		if found {
			fp = acct.LoginFP
		}
	}
	th := newThrottle(tenantID, fp, addrFP)
	if err := s.locked(ctx, th.addr, th.pair, th.user); err != nil {
		return err
	}
	ev := audit.Event{TenantID: tenantID, At: s.now(), Actor: "anonymous", Action: audit.ActionPasswordResetAsked, ObjectType: "recipient"}
	if found {
		ev.Actor, ev.ObjectID = "recipient:"+acct.RecipientID, acct.RecipientID
	}
	if err := s.failed(ctx, th, errResetCounted, ev); err != errResetCounted {
		return err
	}
	if !found || acct.State != store.AccountActive {
		return nil
	}
	subject, body := "Password reset", "You asked to reset your password. If it was not you, contact us: your password was not changed unless you followed the link."
	if locale, _ := s.PageLocale(ctx, tenantID, acct.RecipientID); strings.HasPrefix(locale, "es") {
		subject, body = "Restablecimiento de contraseña", "Usted pidió restablecer su contraseña. Si no fue usted, comuníquese con nosotros: su contraseña no cambió a menos que siguiera el enlace."
	}
	_, err = s.Send(ctx, Principal{TenantID: tenantID}, SendInput{Recipient: "self-service", Category: categoryPasswordReset,
		Subject: subject, Body: body, self: &selfSend{recipientID: acct.RecipientID}}, "", nil)
	return err
}

// followResetLink opens a password-reset link: once (the link is consumed),
// for an active account, into a session that may only set a password.
func (s *Service) followResetLink(ctx context.Context, token string, l ResolvedLink, cur *Session) (LinkTarget, error) {
	acct, err := s.st.GetAccount(ctx, l.TenantID, l.RecipientID)
	if errors.Is(err, store.ErrNotFound) || err == nil && acct.State != store.AccountActive {
		return LinkTarget{TenantID: l.TenantID}, errNotEnrolled
	}
	if err != nil {
		return LinkTarget{}, err
	}
	th := sha256.Sum256([]byte(token))
	ok, err := s.st.ConsumeLink(ctx, th[:], s.now())
	if err != nil {
		return LinkTarget{}, err
	}
	if !ok {
		return LinkTarget{TenantID: l.TenantID}, &Error{Kind: KindGone, Detail: "this link has expired or was revoked"}
	}
	is, err := s.issue(ctx, cur, Session{TenantID: l.TenantID, RecipientID: l.RecipientID, Stage: store.StageReset}, "/recover/password")
	if err != nil {
		return LinkTarget{}, err
	}
	return LinkTarget{Issued: &is, Next: is.Next, TenantID: l.TenantID}, nil
}

// ResetPassword sets a new password from a reset-link session. Every session
// of the recipient ends, this one too: the patient signs in again with the
// new password and their second factor.
func (s *Service) ResetPassword(ctx context.Context, ses Session, pw, confirm string) error {
	if ses.Stage != store.StageReset {
		return errStageWrong
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
	hash, err := password.Hash(pw, s.cfg.PasswordParams)
	release()
	if err != nil {
		return err
	}
	err = s.st.SetAccountPassword(ctx, ses.TenantID, ses.RecipientID, hash, s.now(), s.event(ses, audit.ActionPasswordReset, "recipient", ses.RecipientID))
	if errors.Is(err, store.ErrNotFound) {
		return errNotEnrolled
	}
	return err
}

// isRecoveryCode tells a recovery code from a TOTP code as checkFactor does.
func isRecoveryCode(code string) bool {
	code = strings.TrimSpace(code)
	_, ok := totp.NormalizeRecovery(code)
	return ok && len(strings.ReplaceAll(code, " ", "")) > 8
}

// errReplaceStale: replacing the authenticator needs a fresh factor.
var errReplaceStale = &Error{Kind: KindStepUpRequired, Detail: "replacing the authenticator needs a fresh check of your second factor"}

// BeginTOTPReplace starts replacing the authenticator of a signed-in
// session with a fresh factor: a new secret, sealed in the session until a
// code from the new app confirms it. Called again, it shows the same one.
func (s *Service) BeginTOTPReplace(ctx context.Context, ses Session) (TOTPEnrolment, error) {
	if !ses.SignedIn() {
		return TOTPEnrolment{}, errSignIn
	}
	if !s.FactorFresh(ctx, ses) {
		return TOTPEnrolment{}, errReplaceStale
	}
	k, err := s.pendingReplace(ctx, ses)
	if err != nil {
		td, err := s.tenantData(ctx, ses.TenantID)
		if err != nil {
			return TOTPEnrolment{}, err
		}
		issuer := td.settings.DisplayName
		if issuer == "" {
			issuer = td.tenant.Name
		}
		issuer = strings.ReplaceAll(issuer, ":", " ")
		nk, err := totp.Generate(issuer, "secure messages")
		if err != nil {
			return TOTPEnrolment{}, err
		}
		pj, _ := json.Marshal(pendingEnrolment{URI: nk.URI})
		if err := s.sealPending(ctx, ses, "totp_replace", pj); err != nil {
			return TOTPEnrolment{}, err
		}
		if k, err = otp.NewKeyFromURL(nk.URI); err != nil {
			return TOTPEnrolment{}, err
		}
	}
	img, err := k.Image(220, 220)
	if err != nil {
		return TOTPEnrolment{}, err
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		return TOTPEnrolment{}, err
	}
	return TOTPEnrolment{Secret: k.Secret(), URI: k.URL(), QRPNG: b.Bytes()}, nil
}

func (s *Service) pendingReplace(ctx context.Context, ses Session) (*otp.Key, error) {
	if ses.pending == nil {
		return nil, errStageWrong
	}
	k, err := s.openPendingKey(ctx, ses, "totp_replace")
	if errors.Is(err, seal.ErrDecrypt) {
		return nil, errStageWrong // the session holds an enrolment's key, not a replacement's
	}
	return k, err
}

// ConfirmTOTPReplace checks a code from the new app and makes it the
// account's only authenticator; every other session of the recipient ends.
func (s *Service) ConfirmTOTPReplace(ctx context.Context, ses Session, code string) error {
	if !ses.SignedIn() {
		return errSignIn
	}
	if !s.FactorFresh(ctx, ses) {
		return errReplaceStale
	}
	k, err := s.pendingReplace(ctx, ses)
	if err != nil {
		return err
	}
	step, ok := totp.Verify(k.Secret(), code, s.now(), 0)
	if !ok {
		return invalid(FieldError{Pointer: "/code", Detail: "that code is not correct; check your app's clock and try the current code"})
	}
	dk, err := s.recipientKey(ctx, ses.TenantID, ses.RecipientID)
	if err != nil {
		return err
	}
	sealed, err := dk.Seal("totp", []byte(k.Secret()))
	if err != nil {
		return err
	}
	if err := s.st.ReplaceTOTP(ctx, ses.TenantID, ses.RecipientID, sealed, step, ses.idHash, s.now(),
		s.event(ses, audit.ActionFactorReplace, "recipient", ses.RecipientID)); err != nil {
		return err
	}
	return s.st.SetSessionPending(ctx, ses.idHash, nil)
}
