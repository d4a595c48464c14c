package service

import (
	"bytes"
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"image/png"
	"strings"

	"github.com/pquerna/otp"

	"github.com/sealpost/sealpost/internal/audit"
	"github.com/sealpost/sealpost/internal/password"
	"github.com/sealpost/sealpost/internal/store"
	"github.com/sealpost/sealpost/internal/totp"
)

// Enrolment: a registration link's recipient chooses a username and password,
// confirms a TOTP factor and receives recovery codes (shown once).

// pendingEnrolment is the sealed state of a TOTP enrolment in progress.
type pendingEnrolment struct {
	URI string `json:"uri"`
}

// EnrolInput is the enrolment form.
type EnrolInput struct {
	Username, Password, Confirm string
	// BirthDate (YYYY-MM-DD, see BirthDateInput) when the tenant's
	// enrolment asks for it; Addr is the client address, for throttling.
	BirthDate, Addr string
	// ActivationCode when the tenant's enrolment asks for one.
	ActivationCode string
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
	check := s.EnrolCheck(ctx, ses.TenantID)
	if check == EnrolCheckBirthDate && normDate(in.BirthDate) == "" {
		fs = append(fs, errBirthDateFormat)
	}
	if check == EnrolCheckActivationCode && normActivationCode(in.ActivationCode) == "" {
		fs = append(fs, errActivationFormat)
	}
	if len(fs) > 0 {
		return Issued{}, invalid(fs...)
	}
	switch check {
	case EnrolCheckBirthDate:
		if err := s.checkBirthDate(ctx, ses, in.BirthDate, in.Addr); err != nil {
			return Issued{}, err
		}
	case EnrolCheckActivationCode:
		// The code is used up here: an enrolment that fails after this
		// point needs a new code from the office.
		if err := s.checkActivationCode(ctx, ses, in.ActivationCode, in.Addr); err != nil {
			return Issued{}, err
		}
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
	return s.openPendingKey(ctx, ses, "totp_pending")
}

// openPendingKey opens the TOTP key a session holds sealed under field
// ("totp_pending" at enrolment, "totp_replace" when replacing the app).
func (s *Service) openPendingKey(ctx context.Context, ses Session, field string) (*otp.Key, error) {
	dk, err := s.recipientKey(ctx, ses.TenantID, ses.RecipientID)
	if err != nil {
		return nil, err
	}
	pj, err := dk.Open(field, ses.pending)
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
	if errors.Is(err, errCeremony) {
		return nil, nil // taken already, or another ceremony's state: the codes were already shown
	}
	if err != nil {
		return nil, err
	}
	var codes []string
	return codes, json.Unmarshal(cj, &codes)
}
