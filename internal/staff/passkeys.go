package staff

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"time"

	"github.com/sealpost/sealpost/internal/passkey"
	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/store"
)

// Staff passkeys (issue 18: "Staff sign in on the hosted pages with a
// second factor always (TOTP or passkey; no password-only staff account can
// exist)"). Sign-in checks the password first, which gives a short
// password-checked stage; the staff member then passes TOTP or a passkey.
// The relying party is the service's public URL (the staff pages' site),
// user verification required. A signed-in staff member adds passkeys only
// within StepUpWindow of a full sign-in; TOTP stays enrolled whatever
// happens to passkeys, so no account is left with a password alone.
// Credential ids and public keys are kept in clear but bound to the tenant
// and the staff member by a keyed MAC; the ceremony state is sealed in the
// session and taken once (compare-and-swap).

// Audit actions of staff passkeys and the two-step sign-in.
const (
	ActionStaffSignInPassword = "staff.signin_password" // the password was right; a factor must follow
	ActionStaffSignInPasskey  = "staff.signin_passkey"
	ActionPasskeyAdd          = "staff.passkey_add"
	ActionPasskeyRemove       = "staff.passkey_remove"
	ActionPasskeyRefused      = "staff.passkey_refused" // a registration answer that did not verify
)

const (
	// PasswordStageTTL is how long the password-checked stage waits for a
	// second factor.
	PasswordStageTTL = 5 * time.Minute
	// StepUpWindow is how recent a full sign-in must be to add or remove a
	// passkey.
	StepUpWindow = 10 * time.Minute

	purposePasskeyBinding = "staff-passkey"
	fieldPasskeyLogin     = "passkey_login"
	fieldPasskeyRegister  = "passkey_register"
)

var (
	errFactor     = &service.Error{Kind: service.KindBadCredentials, Detail: "the code or passkey was not accepted; try again"}
	errNoPasskeys = &service.Error{Kind: service.KindBadCredentials, Detail: "this account has no passkey; use the code from your app"}
	errStepUp     = &service.Error{Kind: service.KindStepUpRequired, Detail: "sign in again to change your passkeys (within 10 minutes of signing in)"}
	errNoRP       = &service.Error{Kind: service.KindInvalid, Detail: "passkeys need the staff pages to be served over https"}
	errCeremony   = &service.Error{Kind: service.KindBadCredentials, Detail: "the passkey could not be verified; start again"}
)

// PasskeyView is one of a staff member's passkeys as the account page
// shows it (the id is the credential id, base64url).
type PasskeyView struct {
	ID         string
	CreatedAt  time.Time
	LastUsedAt *time.Time
}

// Fresh says whether the session's full sign-in is recent enough to change
// passkeys.
func (s *Service) Fresh(ses Session) bool {
	return ses.SignedIn() && s.now().Sub(*ses.FactorAt) <= StepUpWindow
}

// relyingParty is the staff pages' relying party: the service's public URL,
// named for the tenant, user verification required.
func (s *Service) relyingParty(ctx context.Context, tenantID string) (*passkey.Passkeys, error) {
	rp, err := passkey.ForSite(s.svc.BaseURL(), s.svc.Branding(ctx, tenantID).Name, true)
	if err != nil {
		return nil, errNoRP
	}
	return rp, nil
}

// PasskeysAvailable says whether passkeys can work on the staff pages (an
// https public URL, or localhost).
func (s *Service) PasskeysAvailable() bool {
	_, err := passkey.ForSite(s.svc.BaseURL(), "staff", true)
	return err == nil
}

// bindingData is what the keyed MAC that ties a credential to its tenant
// (the MAC's key) and staff member covers: staff id, credential id, public
// key.
func bindingData(staffID string, credID, publicKey []byte) []byte {
	b := append([]byte(staffID), 0)
	b = append(b, credID...)
	b = append(b, 0)
	return append(b, publicKey...)
}

// passkeyUser is the WebAuthn view of a staff account: an opaque handle,
// labels without personal data beyond the workforce name, and the stored
// credentials whose binding verifies (others are left out and logged).
func (s *Service) passkeyUser(ctx context.Context, tenantID, staffID, name string) (passkey.User, error) {
	h := sha256.Sum256([]byte("staff\x00" + tenantID + "\x00" + staffID))
	u := passkey.User{Handle: h[:16], Name: "staff-" + staffID[len(staffID)-8:], DisplayName: name}
	if u.DisplayName == "" {
		u.DisplayName = u.Name
	}
	pks, err := s.st.ListStaffPasskeys(ctx, tenantID, staffID)
	if err != nil {
		return u, err
	}
	for _, p := range pks {
		c := passkey.Credential{ID: p.ID, Data: p.Data}
		pub, err := c.PublicKey()
		if err != nil {
			s.log.Warn("staff passkey unreadable; left out", "tenant", tenantID, "staff", staffID)
			continue
		}
		good, err := s.sealer.VerifyFingerprint(ctx, tenantID, purposePasskeyBinding, p.Binding, bindingData(staffID, p.ID, pub))
		if err != nil {
			return u, err
		}
		if !good {
			s.log.Warn("staff passkey binding does not verify; left out", "tenant", tenantID, "staff", staffID)
			continue
		}
		u.Credentials = append(u.Credentials, c)
	}
	return u, nil
}

// HasPasskeys says whether the session's staff member has a usable passkey.
func (s *Service) HasPasskeys(ctx context.Context, ses Session) (bool, error) {
	u, err := s.passkeyUser(ctx, ses.TenantID, ses.StaffID, ses.Principal.Name)
	return len(u.Credentials) > 0, err
}

// Passkeys lists the signed-in staff member's passkeys.
func (s *Service) Passkeys(ctx context.Context, ses Session) ([]PasskeyView, error) {
	if !ses.SignedIn() {
		return nil, errSignIn
	}
	pks, err := s.st.ListStaffPasskeys(ctx, ses.TenantID, ses.StaffID)
	if err != nil {
		return nil, err
	}
	out := make([]PasskeyView, 0, len(pks))
	for _, p := range pks {
		out = append(out, PasskeyView{ID: base64.RawURLEncoding.EncodeToString(p.ID), CreatedAt: p.CreatedAt, LastUsedAt: p.LastUsedAt})
	}
	return out, nil
}

// sealPending seals a ceremony's state in the session (with the staff
// member's data key; the field names the ceremony).
func (s *Service) sealPending(ctx context.Context, ses Session, field string, state []byte) error {
	dk, err := s.staffKey(ctx, ses.TenantID, ses.StaffID)
	if err != nil {
		return err
	}
	sealed, err := dk.Seal(field, state)
	if err != nil {
		return err
	}
	return s.st.SetStaffSessionPending(ctx, ses.hash, sealed)
}

// takePending takes the session's ceremony state once (compare-and-swap
// against what the request's session held) and opens it; a state already
// taken, or another ceremony's, is errCeremony.
func (s *Service) takePending(ctx context.Context, ses Session, field string) ([]byte, error) {
	if len(ses.pending) == 0 {
		return nil, errCeremony
	}
	if err := s.st.TakeStaffSessionPending(ctx, ses.hash, ses.pending); errors.Is(err, store.ErrConflict) {
		return nil, errCeremony
	} else if err != nil {
		return nil, err
	}
	dk, err := s.staffKey(ctx, ses.TenantID, ses.StaffID)
	if err != nil {
		return nil, err
	}
	b, err := dk.Open(field, ses.pending)
	if err != nil {
		return nil, errCeremony
	}
	return b, nil
}

// factorAccount reads the account of a password-checked session for its
// second factor: still active and not locked.
func (s *Service) factorAccount(ctx context.Context, ses Session) (store.Staff, error) {
	if ses.Stage != store.StaffStagePassword {
		return store.Staff{}, errSignIn
	}
	st, err := s.st.GetStaff(ctx, ses.TenantID, ses.StaffID)
	if errors.Is(err, store.ErrNotFound) {
		return store.Staff{}, errSignIn
	}
	if err != nil {
		return store.Staff{}, err
	}
	if st.Status != store.StaffActive {
		return store.Staff{}, errSignIn
	}
	if s.now().Before(st.LockedUntil) {
		return store.Staff{}, errLocked
	}
	return st, nil
}

// factorFailed counts a failed second factor toward the account's lockout
// (audited as staff.signin_failure).
func (s *Service) factorFailed(ctx context.Context, ses Session) error {
	if err := s.st.StaffSignInFailed(ctx, ses.TenantID, ses.StaffID, LockFailures, s.now().Add(LockFor),
		s.event(ses.TenantID, "staff:"+ses.StaffID, ActionStaffSignInFail, "staff", ses.StaffID)); err != nil {
		return err
	}
	return errFactor
}

// BeginPasskeyLogin starts a passkey check at the password-checked stage.
func (s *Service) BeginPasskeyLogin(ctx context.Context, ses Session) ([]byte, error) {
	if _, err := s.factorAccount(ctx, ses); err != nil {
		return nil, err
	}
	rp, err := s.relyingParty(ctx, ses.TenantID)
	if err != nil {
		return nil, err
	}
	u, err := s.passkeyUser(ctx, ses.TenantID, ses.StaffID, ses.Principal.Name)
	if err != nil {
		return nil, err
	}
	if len(u.Credentials) == 0 {
		return nil, errNoPasskeys
	}
	opts, state, err := rp.BeginLogin(u)
	if err != nil {
		return nil, err
	}
	return opts, s.sealPending(ctx, ses, fieldPasskeyLogin, state)
}

// FinishPasskeyLogin checks the browser's answer and signs the staff member
// in: a new session replaces the password-checked one, the credential's
// counter moves forward, audited as staff.signin_passkey. Any refusal —
// a ceremony already finished or never begun, another account's
// credential, no user verification, a counter that did not move — counts
// toward the lockout like a wrong code.
func (s *Service) FinishPasskeyLogin(ctx context.Context, ses Session, response []byte) (Issued, error) {
	if _, err := s.factorAccount(ctx, ses); err != nil {
		return Issued{}, err
	}
	state, err := s.takePending(ctx, ses, fieldPasskeyLogin)
	if errors.Is(err, errCeremony) {
		return Issued{}, s.factorFailed(ctx, ses)
	}
	if err != nil {
		return Issued{}, err
	}
	rp, err := s.relyingParty(ctx, ses.TenantID)
	if err != nil {
		return Issued{}, err
	}
	u, err := s.passkeyUser(ctx, ses.TenantID, ses.StaffID, ses.Principal.Name)
	if err != nil {
		return Issued{}, err
	}
	c, err := rp.FinishLogin(u, state, response)
	if err != nil {
		return Issued{}, s.factorFailed(ctx, ses)
	}
	count, err := c.SignCount()
	if err != nil {
		return Issued{}, err
	}
	row, tok := s.newSession(ses.TenantID, ses.StaffID, store.StaffStageActive, true)
	err = s.st.StaffSignedInPasskey(ctx, ses.TenantID, ses.StaffID, c.ID, c.Data, int64(count), ses.hash, row,
		s.event(ses.TenantID, "staff:"+ses.StaffID, ActionStaffSignInPasskey, "staff", ses.StaffID))
	if errors.Is(err, store.ErrConflict) { // removed, disabled or raced meanwhile
		return Issued{}, s.factorFailed(ctx, ses)
	}
	if err != nil {
		return Issued{}, err
	}
	return Issued{Token: tok, Next: "/staff/inbox"}, nil
}

// BeginPasskeyRegistration starts adding a passkey: a signed-in session
// whose full sign-in is at most StepUpWindow old.
func (s *Service) BeginPasskeyRegistration(ctx context.Context, ses Session) ([]byte, error) {
	if !ses.SignedIn() {
		return nil, errSignIn
	}
	if !s.Fresh(ses) {
		return nil, errStepUp
	}
	rp, err := s.relyingParty(ctx, ses.TenantID)
	if err != nil {
		return nil, err
	}
	u, err := s.passkeyUser(ctx, ses.TenantID, ses.StaffID, ses.Principal.Name)
	if err != nil {
		return nil, err
	}
	opts, state, err := rp.BeginRegistration(u)
	if err != nil {
		return nil, err
	}
	return opts, s.sealPending(ctx, ses, fieldPasskeyRegister, state)
}

// FinishPasskeyRegistration verifies the browser's answer and stores the
// passkey, bound to the tenant and staff member (audited as
// staff.passkey_add; an answer that does not verify as
// staff.passkey_refused).
func (s *Service) FinishPasskeyRegistration(ctx context.Context, ses Session, response []byte) error {
	if !ses.SignedIn() {
		return errSignIn
	}
	if !s.Fresh(ses) {
		return errStepUp
	}
	refused := func() error {
		if err := s.st.AppendAudit(ctx, s.event(ses.TenantID, "staff:"+ses.StaffID, ActionPasskeyRefused, "staff", ses.StaffID)); err != nil {
			return err
		}
		return errCeremony
	}
	state, err := s.takePending(ctx, ses, fieldPasskeyRegister)
	if errors.Is(err, errCeremony) {
		return refused()
	}
	if err != nil {
		return err
	}
	rp, err := s.relyingParty(ctx, ses.TenantID)
	if err != nil {
		return err
	}
	u, err := s.passkeyUser(ctx, ses.TenantID, ses.StaffID, ses.Principal.Name)
	if err != nil {
		return err
	}
	c, err := rp.FinishRegistration(u, state, response)
	if errors.Is(err, passkey.ErrDuplicate) {
		return &service.Error{Kind: service.KindInvalid, Detail: "this passkey is already registered"}
	}
	if err != nil {
		return refused()
	}
	pub, err := c.PublicKey()
	if err != nil {
		return err
	}
	count, err := c.SignCount()
	if err != nil {
		return err
	}
	mac, err := s.sealer.Fingerprint(ctx, ses.TenantID, purposePasskeyBinding, bindingData(ses.StaffID, c.ID, pub))
	if err != nil {
		return err
	}
	err = s.st.AddStaffPasskey(ctx, ses.TenantID, ses.StaffID, store.StaffPasskey{ID: c.ID, Data: c.Data, Binding: mac, SignCount: int64(count), CreatedAt: s.now()},
		s.event(ses.TenantID, "staff:"+ses.StaffID, ActionPasskeyAdd, "staff", ses.StaffID))
	switch {
	case errors.Is(err, store.ErrExists):
		return &service.Error{Kind: service.KindInvalid, Detail: "this passkey is already registered"}
	case errors.Is(err, store.ErrConflict):
		return errSignIn
	}
	return err
}

// RemovePasskey removes one of the signed-in staff member's passkeys (id:
// base64url credential id) within StepUpWindow of a full sign-in. TOTP
// stays enrolled. Another member's passkey is not found.
func (s *Service) RemovePasskey(ctx context.Context, ses Session, id string) error {
	if !ses.SignedIn() {
		return errSignIn
	}
	if !s.Fresh(ses) {
		return errStepUp
	}
	raw, err := base64.RawURLEncoding.DecodeString(id)
	if err != nil || len(raw) == 0 || len(raw) > 1023 {
		return errNotFound
	}
	err = s.st.DeleteStaffPasskey(ctx, ses.TenantID, ses.StaffID, raw, s.event(ses.TenantID, "staff:"+ses.StaffID, ActionPasskeyRemove, "staff", ses.StaffID))
	if errors.Is(err, store.ErrNotFound) {
		return errNotFound
	}
	return err
}

// VerifyTOTP passes the second factor with the authenticator app's code at
// the password-checked stage: a new signed-in session replaces it (audited
// as staff.signin); a wrong or replayed code counts toward the lockout.
func (s *Service) VerifyTOTP(ctx context.Context, ses Session, code string) (Issued, error) {
	st, err := s.factorAccount(ctx, ses)
	if err != nil {
		return Issued{}, err
	}
	if len(st.TOTP) == 0 {
		return Issued{}, s.factorFailed(ctx, ses)
	}
	dk, err := s.staffKey(ctx, st.TenantID, st.ID)
	if err != nil {
		return Issued{}, err
	}
	sec, err := dk.Open("totp", st.TOTP)
	if err != nil {
		return Issued{}, err
	}
	step, ok := totpVerify(string(sec), code, s.now(), st.TOTPStep)
	if !ok {
		return Issued{}, s.factorFailed(ctx, ses)
	}
	row, tok := s.newSession(st.TenantID, st.ID, store.StaffStageActive, true)
	err = s.st.StaffSignedIn(ctx, st.TenantID, st.ID, step, ses.hash, row, s.event(st.TenantID, "staff:"+st.ID, ActionStaffSignIn, "staff", st.ID))
	if errors.Is(err, store.ErrConflict) { // the same code raced another sign-in
		return Issued{}, s.factorFailed(ctx, ses)
	}
	if err != nil {
		return Issued{}, err
	}
	return Issued{Token: tok, Next: "/staff/inbox"}, nil
}
