package service

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"

	"github.com/sealpost/sealpost/internal/audit"
	"github.com/sealpost/sealpost/internal/passkey"
	"github.com/sealpost/sealpost/internal/store"
)

// Passkeys (WebAuthn) as an optional second factor: a signed-in user with a
// fresh factor may add one; afterwards it can replace the TOTP code at
// sign-in and step-up. The relying party is the tenant's public link base
// (its host is the RP ID), so passkeys work where the pages are served over
// https (or on localhost). The ceremony state is sealed in the session row
// and taken once (compare-and-swap); the signature counter moves forward by
// compare-and-swap too.

var errNoPasskeys = &Error{Kind: KindBadCredentials, Detail: "this account has no passkey; use the code from your app"}

func (s *Service) relyingParty(ctx context.Context, tenantID string) (*passkey.Passkeys, error) {
	td, err := s.tenantData(ctx, tenantID)
	if err != nil {
		return nil, err
	}
	name := td.settings.DisplayName
	if name == "" {
		name = td.tenant.Name
	}
	return passkey.ForSite(s.linkBase(td), name, false)
}

// PasskeysAvailable reports whether passkeys can work for a tenant's pages
// (an https link base, or localhost).
func (s *Service) PasskeysAvailable(ctx context.Context, tenantID string) bool {
	_, err := s.relyingParty(ctx, tenantID)
	return err == nil
}

// passkeyUser is the WebAuthn view of an account: an opaque handle derived
// from the recipient id, and labels without personal data.
func (s *Service) passkeyUser(ctx context.Context, ses Session) (passkey.User, error) {
	h := sha256.Sum256([]byte(ses.TenantID + "\x00" + ses.RecipientID))
	u := passkey.User{Handle: h[:16], Name: "account", DisplayName: "Your account"}
	pks, err := s.st.ListPasskeys(ctx, ses.TenantID, ses.RecipientID)
	if err != nil {
		return u, err
	}
	for _, p := range pks {
		u.Credentials = append(u.Credentials, passkey.Credential{ID: p.ID, Data: p.Data})
	}
	return u, nil
}

// PasskeyCount is how many passkeys the session's account has.
func (s *Service) PasskeyCount(ctx context.Context, ses Session) (int, error) {
	pks, err := s.st.ListPasskeys(ctx, ses.TenantID, ses.RecipientID)
	return len(pks), err
}

// BeginPasskeyRegistration starts adding a passkey. It needs a signed-in
// session with a fresh second factor.
func (s *Service) BeginPasskeyRegistration(ctx context.Context, ses Session) ([]byte, error) {
	if !ses.SignedIn() {
		return nil, errSignIn
	}
	if !s.FactorFresh(ctx, ses) {
		return nil, errStepUp
	}
	rp, err := s.relyingParty(ctx, ses.TenantID)
	if err != nil {
		return nil, &Error{Kind: KindInvalid, Detail: "passkeys need the pages to be served over https"}
	}
	u, err := s.passkeyUser(ctx, ses)
	if err != nil {
		return nil, err
	}
	opts, state, err := rp.BeginRegistration(u)
	if err != nil {
		return nil, err
	}
	return opts, s.sealPending(ctx, ses, "passkey_register", state)
}

// FinishPasskeyRegistration verifies the browser's answer and stores the
// passkey (audited).
func (s *Service) FinishPasskeyRegistration(ctx context.Context, ses Session, response []byte) error {
	if !ses.SignedIn() {
		return errSignIn
	}
	refused := func() error {
		if err := s.st.AppendAudit(ctx, s.event(ses, audit.ActionPasskeyRefused, "recipient", ses.RecipientID)); err != nil {
			return err
		}
		return &Error{Kind: KindBadCredentials, Detail: "the passkey could not be verified; try again"}
	}
	state, err := s.takePending(ctx, ses, "passkey_register")
	if errors.Is(err, errCeremony) { // finished already (a replay) or never begun
		return refused()
	}
	if err != nil {
		return err
	}
	rp, err := s.relyingParty(ctx, ses.TenantID)
	if err != nil {
		return err
	}
	u, err := s.passkeyUser(ctx, ses)
	if err != nil {
		return err
	}
	c, err := rp.FinishRegistration(u, state, response)
	if err != nil {
		if errors.Is(err, passkey.ErrDuplicate) {
			return &Error{Kind: KindInvalid, Detail: "this passkey is already registered"}
		}
		return refused()
	}
	ev := s.event(ses, audit.ActionPasskeyEnrol, "recipient", ses.RecipientID)
	return s.st.PutPasskey(ctx, ses.TenantID, ses.RecipientID, store.Passkey{ID: c.ID, Data: c.Data, CreatedAt: s.now()}, &ev)
}

// BeginPasskeyLogin starts a passkey check in place of a TOTP code, at the
// factor step of sign-in or at step-up.
func (s *Service) BeginPasskeyLogin(ctx context.Context, ses Session) ([]byte, error) {
	if ses.Stage != store.StagePassword && !ses.SignedIn() {
		return nil, errStageWrong
	}
	rp, err := s.relyingParty(ctx, ses.TenantID)
	if err != nil {
		return nil, errNoPasskeys
	}
	u, err := s.passkeyUser(ctx, ses)
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
	return opts, s.sealPending(ctx, ses, "passkey_login", state)
}

// FinishPasskeyLogin verifies the passkey answer and completes sign-in or
// step-up exactly as a TOTP code would (new session id, audit, throttling of
// failures).
func (s *Service) FinishPasskeyLogin(ctx context.Context, ses Session, response []byte, addr string) (Issued, error) {
	if ses.Stage != store.StagePassword && !ses.SignedIn() {
		return Issued{}, errStageWrong
	}
	refused := &Error{Kind: KindBadCredentials, Detail: "the passkey could not be verified; try again or use the code from your app"}
	err := s.factor(ctx, ses, addr, refused, func(store.Account) (bool, error) {
		state, err := s.takePending(ctx, ses, "passkey_login")
		if errors.Is(err, errCeremony) { // finished already (a replay) or never begun
			return false, nil
		}
		if err != nil {
			return false, err
		}
		rp, err := s.relyingParty(ctx, ses.TenantID)
		if err != nil {
			return false, errNoPasskeys
		}
		u, err := s.passkeyUser(ctx, ses)
		if err != nil {
			return false, err
		}
		c, err := rp.FinishLogin(u, state, response)
		if err != nil {
			return false, nil
		}
		// The updated signature counter is what catches a cloned
		// authenticator next time; it is swapped in only over the data it
		// was checked against, so it only moves forward.
		var was []byte
		for _, k := range u.Credentials {
			if bytes.Equal(k.ID, c.ID) {
				was = k.Data
			}
		}
		err = s.st.UsePasskey(ctx, ses.TenantID, ses.RecipientID, c.ID, was, c.Data)
		if errors.Is(err, store.ErrConflict) { // removed, or used by another sign-in meanwhile
			return false, nil
		}
		return err == nil, err
	})
	if err != nil {
		return Issued{}, err
	}
	return s.factorPassed(ctx, ses, addr)
}
