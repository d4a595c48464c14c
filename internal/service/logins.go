package service

import (
	"context"
	"errors"

	"github.com/sealpost/sealpost/internal/store"
)

// Username lookups. A username is stored only as its blind index (keyed
// fingerprint, purpose "login"), which key rotation never changes. A tenant
// rotated before blind-index keys existed also holds usernames fingerprinted
// under older MAC keys: they are found under those (seal's
// LegacyFingerprints) and re-indexed on first sign-in.

const purposeLogin = "login"

// accountByLogin finds the account of a normalised username whose blind
// index is fp (store.ErrNotFound when there is none).
func (s *Service) accountByLogin(ctx context.Context, tenantID, user string, fp []byte) (store.Account, error) {
	acct, err := s.st.GetAccountByLogin(ctx, tenantID, fp)
	if !errors.Is(err, store.ErrNotFound) {
		return acct, err
	}
	old, lerr := s.legacyAccount(ctx, tenantID, user)
	if lerr != nil || old.fp == nil {
		return store.Account{}, errors.Join(err, lerr)
	}
	if err := s.st.ReplaceLoginFP(ctx, tenantID, old.acct.RecipientID, old.fp, fp); err != nil {
		return store.Account{}, err
	}
	old.acct.LoginFP = fp
	return old.acct, nil
}

type legacyLogin struct {
	acct store.Account
	fp   []byte
}

// legacyAccount finds an account stored under a legacy fingerprint of user
// (fp nil when there is none).
func (s *Service) legacyAccount(ctx context.Context, tenantID, user string) (legacyLogin, error) {
	fps, err := s.sealer.LegacyFingerprints(ctx, tenantID, purposeLogin, []byte(user))
	if err != nil {
		return legacyLogin{}, err
	}
	for _, fp := range fps {
		acct, err := s.st.GetAccountByLogin(ctx, tenantID, fp)
		if errors.Is(err, store.ErrNotFound) {
			continue
		}
		if err != nil {
			return legacyLogin{}, err
		}
		return legacyLogin{acct: acct, fp: fp}, nil
	}
	return legacyLogin{}, nil
}

// loginTakenElsewhere reports whether another recipient's account holds user
// under a legacy fingerprint (the unique index sees only current ones).
func (s *Service) loginTakenElsewhere(ctx context.Context, tenantID, recipientID, user string) (bool, error) {
	old, err := s.legacyAccount(ctx, tenantID, user)
	return old.fp != nil && old.acct.RecipientID != recipientID, err
}
