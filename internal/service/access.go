package service

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"image/png"
	"strings"
	"time"
	"unicode"

	"github.com/pquerna/otp"
	"golang.org/x/text/unicode/norm"

	"github.com/sealpost/sealpost/internal/audit"
	"github.com/sealpost/sealpost/internal/password"
	"github.com/sealpost/sealpost/internal/seal"
	"github.com/sealpost/sealpost/internal/store"
	"github.com/sealpost/sealpost/internal/totp"
)

// Patient access: end-user accounts (password + TOTP, recovery codes),
// server-side sessions with idle and absolute timeouts, step-up for
// restricted messages, and sign-in throttling per account and per address.
// Every sign-in, failure, enrolment and step-up is an audit event written in
// the same transaction as the change it records.

// Access defaults.
const (
	DefaultSessionIdle = 20 * time.Minute
	DefaultSessionMax  = 12 * time.Hour
	DefaultStepUp      = 5 * time.Minute

	accountMaxFailures = 5                // consecutive failures before an account locks
	accountLockFor     = 15 * time.Minute // how long it stays locked
	addrMaxFailures    = 20               // failures from one address within addrWindow
	addrWindow         = 15 * time.Minute
	addrLockFor        = 15 * time.Minute
	sessionTouchEvery  = time.Minute // seen_at is written at most this often
	recoveryCodeCount  = 10
	categoryRegister   = "account_registration"
)

// Session is an end user's authenticated (or partly authenticated) session
// as the edge sees it.
type Session struct {
	TenantID    string
	RecipientID string
	Stage       string
	MessageID   string // the message of the link being followed, if any
	CSRF        string // the form/header token bound to this session
	FactorAt    *time.Time
	CreatedAt   time.Time

	idHash  []byte
	pending []byte
}

// Actor is how the end user appears in the audit log.
func (ses Session) Actor() string { return "recipient:" + ses.RecipientID }

// SignedIn reports whether the session completed password and factor.
func (ses Session) SignedIn() bool { return ses.Stage == store.StageActive }

// Issued is a new session the edge must set as the cookie (the previous one
// is gone), and where to send the browser next.
type Issued struct {
	Token   string
	Session Session
	Next    string
}

// CheckCSRF compares a submitted token with the session's in constant time.
func (ses Session) CheckCSRF(token string) bool {
	return ses.CSRF != "" && subtle.ConstantTimeCompare([]byte(ses.CSRF), []byte(token)) == 1
}

func randToken(n int) string {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic("service: crypto/rand failed")
	}
	return base64.RawURLEncoding.EncodeToString(b)
}

func tokenHash(token string) []byte {
	h := sha256.Sum256([]byte(token))
	return h[:]
}

var (
	errSignIn       = &Error{Kind: KindUnauthenticated, Detail: "sign in to continue"}
	errCredentials  = &Error{Kind: KindBadCredentials, Detail: "the username or password is not correct"}
	errFactor       = &Error{Kind: KindBadCredentials, Detail: "that code is not correct or was already used; wait for a new code from your app and try again"}
	errNotEnrolled  = &Error{Kind: KindNotEnrolled, Detail: "your account is not set up yet; use the link in your registration notice, or ask for a new one"}
	errStageWrong   = &Error{Kind: KindUnauthenticated, Detail: "this step is not available now; start again from your link or the sign-in page"}
	errStepUp       = &Error{Kind: KindStepUpRequired, Detail: "this message needs a fresh check of your second factor"}
	errUsername     = FieldError{Pointer: "/username", Detail: "3 to 64 characters: letters, digits and . _ - + @"}
	errUsernameUsed = FieldError{Pointer: "/username", Detail: "this username is taken; choose another"}
)

func lockedError(until time.Time, now time.Time) *Error {
	mins := int(until.Sub(now).Round(time.Minute) / time.Minute)
	if mins < 1 {
		mins = 1
	}
	return &Error{Kind: KindLocked, Detail: fmt.Sprintf("too many failed attempts; try again in %d minutes", mins), RetryAfter: until.Sub(now)}
}

// normUsername folds a username for lookup: NFKC, lower case, trimmed.
func normUsername(u string) (string, bool) {
	u = strings.ToLower(norm.NFKC.String(strings.TrimSpace(u)))
	n := 0
	for _, r := range u {
		n++
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("._-+@", r)) {
			return "", false
		}
	}
	return u, n >= 3 && n <= 64
}

// stepUpWindow is how recent a factor check must be to open a restricted
// message in a tenant.
func (s *Service) stepUpWindow(td *tenantEntry) time.Duration {
	if td != nil && td.settings.StepUpMinutes > 0 {
		return time.Duration(td.settings.StepUpMinutes) * time.Minute
	}
	return s.cfg.StepUpWindow
}

// FactorFresh reports whether the session passed a second factor recently
// enough to open restricted content.
func (s *Service) FactorFresh(ctx context.Context, ses Session) bool {
	if ses.FactorAt == nil {
		return false
	}
	td, err := s.tenantData(ctx, ses.TenantID)
	if err != nil {
		return false
	}
	return s.now().Sub(*ses.FactorAt) < s.stepUpWindow(td)
}

// LookupSession validates a session cookie: it must exist and be within the
// idle and absolute timeouts. Expired sessions are deleted.
func (s *Service) LookupSession(ctx context.Context, token string) (Session, error) {
	if len(token) != 43 {
		return Session{}, errSignIn
	}
	h := tokenHash(token)
	row, err := s.st.GetSession(ctx, h)
	if errors.Is(err, store.ErrNotFound) {
		return Session{}, errSignIn
	}
	if err != nil {
		return Session{}, err
	}
	now := s.now()
	if now.Sub(row.SeenAt) > s.cfg.SessionIdle || now.Sub(row.CreatedAt) > s.cfg.SessionMax {
		_ = s.st.DeleteSession(ctx, h)
		return Session{}, &Error{Kind: KindUnauthenticated, Detail: "your session has ended; sign in again"}
	}
	if now.Sub(row.SeenAt) > sessionTouchEvery {
		if err := s.st.TouchSession(ctx, h, now); err != nil {
			return Session{}, err
		}
	}
	return Session{TenantID: row.TenantID, RecipientID: row.RecipientID, Stage: row.Stage, MessageID: row.MessageID,
		CSRF: base64.RawURLEncoding.EncodeToString(row.CSRF), FactorAt: row.FactorAt, CreatedAt: row.CreatedAt,
		idHash: h, pending: row.Pending}, nil
}

// issue creates a session replacing old (if any) and records evs with it.
// Every change of privilege goes through here, so the browser always gets a
// new session id (no fixation).
func (s *Service) issue(ctx context.Context, old *Session, ses Session, next string, evs ...audit.Event) (Issued, error) {
	token := randToken(32)
	csrf := make([]byte, 32)
	_, _ = rand.Read(csrf)
	now := s.now()
	created := now
	if old != nil && old.Stage == store.StageActive && ses.Stage == store.StageActive {
		created = old.CreatedAt // step within a signed-in session keeps its absolute limit
	}
	row := store.Session{IDHash: tokenHash(token), TenantID: ses.TenantID, RecipientID: ses.RecipientID, Stage: ses.Stage,
		CSRF: csrf, MessageID: ses.MessageID, Pending: ses.pending, CreatedAt: created, SeenAt: now, FactorAt: ses.FactorAt}
	var replace []byte
	if old != nil {
		replace = old.idHash
	}
	if err := s.st.CreateSession(ctx, row, replace, evs...); err != nil {
		return Issued{}, err
	}
	ses.idHash, ses.CSRF, ses.CreatedAt = row.IDHash, base64.RawURLEncoding.EncodeToString(csrf), created
	return Issued{Token: token, Session: ses, Next: next}, nil
}

// LinkTarget is where following a link leads.
type LinkTarget struct {
	Issued   *Issued // a new session to set, if any
	Next     string
	TenantID string
}

// FollowLink starts the pickup flow for a notice link. A session already
// signed in as the link's recipient goes straight to the message; otherwise a
// short pre-sign-in session remembers the link's message and the browser goes
// to sign in — or to enrolment for a registration link of a recipient
// without an account.
func (s *Service) FollowLink(ctx context.Context, token string, cur *Session) (LinkTarget, error) {
	l, err := s.ResolveLink(ctx, token)
	if err != nil {
		return LinkTarget{TenantID: l.TenantID}, err
	}
	if cur != nil && cur.SignedIn() && cur.TenantID == l.TenantID && cur.RecipientID == l.RecipientID {
		return LinkTarget{Next: "/inbox/" + l.MessageID, TenantID: l.TenantID}, nil
	}
	m, _, err := s.st.GetMessage(ctx, l.TenantID, l.MessageID)
	if err != nil {
		return LinkTarget{TenantID: l.TenantID}, err
	}
	acct, err := s.st.GetAccount(ctx, l.TenantID, l.RecipientID)
	enrolled := err == nil && acct.State == store.AccountActive
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		return LinkTarget{}, err
	}
	ses := Session{TenantID: l.TenantID, RecipientID: l.RecipientID, MessageID: l.MessageID, Stage: store.StageLink}
	next := "/signin"
	switch {
	case !enrolled && m.Category == categoryRegister:
		ses.Stage, ses.MessageID, next = store.StageRegister, "", "/enrol"
	case !enrolled:
		return LinkTarget{TenantID: l.TenantID}, errNotEnrolled
	}
	is, err := s.issue(ctx, cur, ses, next)
	if err != nil {
		return LinkTarget{}, err
	}
	return LinkTarget{Issued: &is, Next: next, TenantID: l.TenantID}, nil
}

// sealPending stores sealed in-progress state (a passkey ceremony) on the
// session.
func (s *Service) sealPending(ctx context.Context, ses Session, field string, b []byte) error {
	dk, err := s.recipientKey(ctx, ses.TenantID, ses.RecipientID)
	if err != nil {
		return err
	}
	sealed, err := dk.Seal(field, b)
	if err != nil {
		return err
	}
	return s.st.SetSessionPending(ctx, ses.idHash, sealed)
}

// takePending opens and clears the session's sealed ceremony state; a
// ceremony's state is used once.
func (s *Service) takePending(ctx context.Context, ses Session, field string) ([]byte, error) {
	if ses.pending == nil {
		return nil, errStageWrong
	}
	if err := s.st.SetSessionPending(ctx, ses.idHash, nil); err != nil {
		return nil, err
	}
	dk, err := s.recipientKey(ctx, ses.TenantID, ses.RecipientID)
	if err != nil {
		return nil, err
	}
	b, err := dk.Open(field, ses.pending)
	if err != nil {
		return nil, errStageWrong // another ceremony's state, or none
	}
	return b, nil
}

// pendingEnrolment is the sealed state of a TOTP enrolment in progress.
type pendingEnrolment struct {
	URI string `json:"uri"`
}

func (s *Service) recipientKey(ctx context.Context, tenantID, recipientID string) (*seal.DataKey, error) {
	owner := "recipient/" + recipientID
	wrapped, err := s.st.DataKey(ctx, tenantID, owner)
	if err != nil {
		return nil, err
	}
	return s.sealer.OpenDataKey(ctx, tenantID, owner, wrapped)
}

// EnrolInput is the enrolment form.
type EnrolInput struct {
	Username, Password, Confirm string
}

// Enrol creates the account of a registration link's recipient: username
// (stored only as a keyed fingerprint), password (argon2id, policy checked),
// then a TOTP secret to confirm. Invalid input is KindInvalid with the
// fields to fix; nothing is written.
func (s *Service) Enrol(ctx context.Context, ses Session, in EnrolInput) (Issued, error) {
	if ses.Stage != store.StageRegister && ses.Stage != store.StageEnrol {
		return Issued{}, errStageWrong
	}
	user, ok := normUsername(in.Username)
	var fs []FieldError
	if !ok {
		fs = append(fs, errUsername)
	}
	if err := password.Check(in.Password, user); err != nil {
		var pe *password.PolicyError
		if errors.As(err, &pe) {
			fs = append(fs, FieldError{Pointer: "/password", Detail: pe.Reason})
		} else {
			return Issued{}, err
		}
	} else if subtle.ConstantTimeCompare([]byte(in.Password), []byte(in.Confirm)) != 1 {
		fs = append(fs, FieldError{Pointer: "/confirm", Detail: "the two passwords are not the same"})
	}
	if len(fs) > 0 {
		return Issued{}, invalid(fs...)
	}
	fp, err := s.sealer.Fingerprint(ctx, ses.TenantID, purposeLogin, []byte(user))
	if err != nil {
		return Issued{}, err
	}
	if taken, err := s.loginTakenElsewhere(ctx, ses.TenantID, ses.RecipientID, user); err != nil || taken {
		if err != nil {
			return Issued{}, err
		}
		return Issued{}, invalid(errUsernameUsed)
	}
	release, err := s.passwordSlot(ctx)
	if err != nil {
		return Issued{}, err
	}
	hash, err := password.Hash(in.Password, s.cfg.PasswordParams)
	release()
	if err != nil {
		return Issued{}, err
	}
	td, err := s.tenantData(ctx, ses.TenantID)
	if err != nil {
		return Issued{}, err
	}
	issuer := td.settings.DisplayName
	if issuer == "" {
		issuer = td.tenant.Name
	}
	key, err := totp.Generate(strings.ReplaceAll(issuer, ":", " "), user)
	if err != nil {
		return Issued{}, err
	}
	dk, err := s.recipientKey(ctx, ses.TenantID, ses.RecipientID)
	if err != nil {
		return Issued{}, err
	}
	pj, _ := json.Marshal(pendingEnrolment{URI: key.URI})
	sealed, err := dk.Seal("totp_pending", pj)
	if err != nil {
		return Issued{}, err
	}
	now := s.now()
	err = s.st.CreateAccount(ctx, store.Account{TenantID: ses.TenantID, RecipientID: ses.RecipientID, LoginFP: fp, PasswordHash: hash, CreatedAt: now},
		s.event(ses, audit.ActionAccountEnrol, "recipient", ses.RecipientID))
	if errors.Is(err, store.ErrExists) {
		return Issued{}, invalid(errUsernameUsed)
	}
	if err != nil {
		return Issued{}, err
	}
	next := Session{TenantID: ses.TenantID, RecipientID: ses.RecipientID, Stage: store.StageEnrol, pending: sealed}
	return s.issue(ctx, &ses, next, "/enrol/totp")
}

// TOTPEnrolment is what the factor page shows: the otpauth URI as a QR code
// (PNG) and the secret as text.
type TOTPEnrolment struct {
	Secret string
	URI    string
	QRPNG  []byte
}

func (s *Service) pendingTOTP(ctx context.Context, ses Session) (*otp.Key, error) {
	if ses.Stage != store.StageEnrol || ses.pending == nil {
		return nil, errStageWrong
	}
	dk, err := s.recipientKey(ctx, ses.TenantID, ses.RecipientID)
	if err != nil {
		return nil, err
	}
	pj, err := dk.Open("totp_pending", ses.pending)
	if err != nil {
		return nil, err
	}
	var p pendingEnrolment
	if err := json.Unmarshal(pj, &p); err != nil {
		return nil, err
	}
	return otp.NewKeyFromURL(p.URI)
}

// TOTPEnrolment returns the pending TOTP secret of an enrolling session.
func (s *Service) TOTPEnrolment(ctx context.Context, ses Session) (TOTPEnrolment, error) {
	k, err := s.pendingTOTP(ctx, ses)
	if err != nil {
		return TOTPEnrolment{}, err
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

// ConfirmTOTP checks the first code from the user's app, activates the
// account and signs the user in. The new recovery codes wait, sealed in the
// session, for the one page that shows them (TakeRecoveryCodes).
func (s *Service) ConfirmTOTP(ctx context.Context, ses Session, code string) (Issued, error) {
	k, err := s.pendingTOTP(ctx, ses)
	if err != nil {
		return Issued{}, err
	}
	now := s.now()
	step, ok := totp.Verify(k.Secret(), code, now, 0)
	if !ok {
		return Issued{}, invalid(FieldError{Pointer: "/code", Detail: "that code is not correct; check your app's clock and try the current code"})
	}
	codes, err := totp.NewRecoveryCodes(recoveryCodeCount)
	if err != nil {
		return Issued{}, err
	}
	hashes := make([][]byte, len(codes))
	for i, c := range codes {
		n, _ := totp.NormalizeRecovery(c)
		hashes[i] = totp.HashRecovery(n)
	}
	dk, err := s.recipientKey(ctx, ses.TenantID, ses.RecipientID)
	if err != nil {
		return Issued{}, err
	}
	sealed, err := dk.Seal("totp", []byte(k.Secret()))
	if err != nil {
		return Issued{}, err
	}
	if err := s.st.ActivateAccount(ctx, ses.TenantID, ses.RecipientID, sealed, step, hashes, now,
		s.event(ses, audit.ActionFactorEnrol, "recipient", ses.RecipientID)); err != nil {
		if errors.Is(err, store.ErrConflict) {
			return Issued{}, errStageWrong
		}
		return Issued{}, err
	}
	cj, _ := json.Marshal(codes)
	sealedCodes, err := dk.Seal("recovery_pending", cj)
	if err != nil {
		return Issued{}, err
	}
	next := Session{TenantID: ses.TenantID, RecipientID: ses.RecipientID, Stage: store.StageActive, FactorAt: &now, pending: sealedCodes}
	return s.issue(ctx, &ses, next, "/enrol/recovery", s.event(ses, audit.ActionSignIn, "recipient", ses.RecipientID))
}

// RecoveryCodesLeft counts the account's unused recovery codes.
func (s *Service) RecoveryCodesLeft(ctx context.Context, ses Session) (int, error) {
	if !ses.SignedIn() {
		return 0, errSignIn
	}
	return s.st.RecoveryCodesLeft(ctx, ses.TenantID, ses.RecipientID)
}

// TakeRecoveryCodes returns the recovery codes just generated at enrolment,
// once: they are erased from the session as they are read.
func (s *Service) TakeRecoveryCodes(ctx context.Context, ses Session) ([]string, error) {
	if !ses.SignedIn() || ses.pending == nil {
		return nil, nil
	}
	cj, err := s.takePending(ctx, ses, "recovery_pending")
	if errors.Is(err, errStageWrong) {
		return nil, nil // another ceremony's state: the codes were already shown
	}
	if err != nil {
		return nil, err
	}
	var codes []string
	return codes, json.Unmarshal(cj, &codes)
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
		acct, err = s.accountByLogin(ctx, tenantID, user)
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

// SignOut ends this session, or every session of the user.
func (s *Service) SignOut(ctx context.Context, ses Session, everywhere bool) error {
	if everywhere && ses.SignedIn() {
		_, err := s.st.DeleteSessions(ctx, ses.TenantID, ses.RecipientID, s.event(ses, audit.ActionSignOutAll, "recipient", ses.RecipientID))
		return err
	}
	var evs []audit.Event
	if ses.SignedIn() {
		evs = append(evs, s.event(ses, audit.ActionSignOut, "recipient", ses.RecipientID))
	}
	return s.st.DeleteSession(ctx, ses.idHash, evs...)
}

// ResetAccount (tenant API) deletes a recipient's account, factors and
// sessions and sends a new registration notice.
func (s *Service) ResetAccount(ctx context.Context, p Principal, externalID string) (SendResult, error) {
	r, err := s.recipientByExternal(ctx, p, externalID)
	if err != nil {
		return SendResult{}, err
	}
	if err := s.st.ResetAccount(ctx, p.TenantID, r.ID, audit.Event{TenantID: p.TenantID, At: s.now(), Actor: p.Actor(),
		Action: audit.ActionAccountReset, ObjectType: "recipient", ObjectID: r.ID}); err != nil {
		return SendResult{}, err
	}
	in := SendInput{Recipient: externalID, Category: categoryRegister, Subject: "Set up your account",
		Body: "Your account was reset. Follow the link in the notice to choose a new password and second factor."}
	return s.Send(ctx, p, in, "", nil)
}

// passwordSlot bounds concurrent argon2id computations (each takes tens of
// MiB and ~0.1 s of a core), so a burst of sign-ins queues instead of
// exhausting memory; a caller that gives up waiting gets ctx's error.
func (s *Service) passwordSlot(ctx context.Context) (func(), error) {
	select {
	case s.pwSlots <- struct{}{}:
		return func() { <-s.pwSlots }, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// event is an audit event by the session's user.
func (s *Service) event(ses Session, action, objType, objID string) audit.Event {
	return audit.Event{TenantID: ses.TenantID, At: s.now(), Actor: ses.Actor(), Action: action, ObjectType: objType, ObjectID: objID}
}

// PurgeSessions deletes expired sessions and stale throttle records.
func (s *Service) PurgeSessions(ctx context.Context) error {
	now := s.now()
	if _, err := s.st.PurgeSessions(ctx, now.Add(-s.cfg.SessionIdle), now.Add(-s.cfg.SessionMax)); err != nil {
		return err
	}
	return s.st.PurgeThrottle(ctx, now.Add(-24*time.Hour))
}
