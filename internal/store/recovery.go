package store

import (
	"context"
	"time"

	"github.com/sealpost/sealpost/internal/audit"
)

// Self-service recovery: a password reset through a single-use link, and
// replacing a lost authenticator. Each change and its audit event are one
// transaction.

// StageReset is a session that followed a password-reset link: it may set a
// new password, nothing else.
const StageReset = "reset"

// ConsumeLink revokes one link as it is used, so it works once; false if
// it was already used or revoked (a second click, or a race between two).
func (s *Store) ConsumeLink(ctx context.Context, tokenHash []byte, at time.Time) (bool, error) {
	var ok bool
	err := s.b.inTx(ctx, func(tx txn) error {
		n, err := tx.exec(ctx, `UPDATE links SET revoked_at = $2 WHERE token_hash = $1 AND revoked_at IS NULL`, tokenHash, micros(at))
		ok = n == 1
		return err
	})
	return ok, err
}

// SetAccountPassword replaces an active account's password hash and ends
// every session of the recipient. ErrNotFound if there is no active account.
func (s *Store) SetAccountPassword(ctx context.Context, tenantID, recipientID, hash string, at time.Time, ev audit.Event) error {
	return s.b.inTx(ctx, func(tx txn) error {
		n, err := tx.exec(ctx, `UPDATE accounts SET password_hash = $1, updated_at = $2 WHERE tenant_id = $3 AND recipient_id = $4 AND state = $5`,
			hash, micros(at), tenantID, recipientID, AccountActive)
		if err != nil {
			return err
		}
		if n == 0 {
			return ErrNotFound
		}
		if _, err := tx.exec(ctx, `DELETE FROM sessions WHERE tenant_id = $1 AND recipient_id = $2`, tenantID, recipientID); err != nil {
			return err
		}
		return insertAudit(ctx, tx, ev)
	})
}

// ReplaceTOTP swaps an active account's TOTP secret (sealed) for a new one
// confirmed at step, and ends every session of the recipient but keep (the
// session that made the change). ErrNotFound if there is no active account.
func (s *Store) ReplaceTOTP(ctx context.Context, tenantID, recipientID string, secret []byte, step int64, keep []byte, at time.Time, ev audit.Event) error {
	return s.b.inTx(ctx, func(tx txn) error {
		n, err := tx.exec(ctx, `UPDATE accounts SET totp_secret = $1, totp_last_step = $2, updated_at = $3 WHERE tenant_id = $4 AND recipient_id = $5 AND state = $6`,
			secret, step, micros(at), tenantID, recipientID, AccountActive)
		if err != nil {
			return err
		}
		if n == 0 {
			return ErrNotFound
		}
		if _, err := tx.exec(ctx, `DELETE FROM sessions WHERE tenant_id = $1 AND recipient_id = $2 AND id_hash <> $3`, tenantID, recipientID, keep); err != nil {
			return err
		}
		return insertAudit(ctx, tx, ev)
	})
}

// ReplaceRecoveryCodes swaps every recovery code of an active account for
// new ones (their hashes). ErrNotFound if there is no active account.
func (s *Store) ReplaceRecoveryCodes(ctx context.Context, tenantID, recipientID string, codeHashes [][]byte, ev audit.Event) error {
	return s.b.inTx(ctx, func(tx txn) error {
		var n int
		if err := tx.queryRow(ctx, `SELECT COUNT(*) FROM accounts WHERE tenant_id = $1 AND recipient_id = $2 AND state = $3`,
			tenantID, recipientID, AccountActive).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			return ErrNotFound
		}
		if _, err := tx.exec(ctx, `DELETE FROM recovery_codes WHERE tenant_id = $1 AND recipient_id = $2`, tenantID, recipientID); err != nil {
			return err
		}
		for _, h := range codeHashes {
			if _, err := tx.exec(ctx, `INSERT INTO recovery_codes (tenant_id, recipient_id, code_hash) VALUES ($1,$2,$3)`, tenantID, recipientID, h); err != nil {
				return err
			}
		}
		return insertAudit(ctx, tx, ev)
	})
}

// ListSessions lists a recipient's signed-in sessions, most recently seen
// first (no token, CSRF or pending state: what the account page shows).
func (s *Store) ListSessions(ctx context.Context, tenantID, recipientID string) ([]Session, error) {
	rs, err := s.b.reader().query(ctx, `SELECT id_hash, created_at, seen_at, factor_at FROM sessions
		WHERE tenant_id = $1 AND recipient_id = $2 AND stage = $3 ORDER BY seen_at DESC, created_at DESC`, tenantID, recipientID, StageActive)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var out []Session
	for rs.Next() {
		var ses Session
		var c, seen int64
		var f *int64
		if err := rs.Scan(&ses.IDHash, &c, &seen, &f); err != nil {
			return nil, err
		}
		ses.TenantID, ses.RecipientID, ses.Stage = tenantID, recipientID, StageActive
		ses.CreatedAt, ses.SeenAt, ses.FactorAt = fromMicros(c), fromMicros(seen), optTime(f)
		out = append(out, ses)
	}
	return out, rs.Err()
}

// DeleteOtherSessions ends every session of a recipient but keep, with ev.
func (s *Store) DeleteOtherSessions(ctx context.Context, tenantID, recipientID string, keep []byte, ev audit.Event) (int64, error) {
	var n int64
	err := s.b.inTx(ctx, func(tx txn) error {
		var err error
		if n, err = tx.exec(ctx, `DELETE FROM sessions WHERE tenant_id = $1 AND recipient_id = $2 AND id_hash <> $3`, tenantID, recipientID, keep); err != nil {
			return err
		}
		return insertAudit(ctx, tx, ev)
	})
	return n, err
}

// DeletePasskey removes one passkey of a recipient, with ev; ErrNotFound if
// the recipient has no passkey with this id.
func (s *Store) DeletePasskey(ctx context.Context, tenantID, recipientID string, id []byte, ev audit.Event) error {
	return s.b.inTx(ctx, func(tx txn) error {
		n, err := tx.exec(ctx, `DELETE FROM passkeys WHERE tenant_id = $1 AND recipient_id = $2 AND id = $3`, tenantID, recipientID, id)
		if err != nil {
			return err
		}
		if n == 0 {
			return ErrNotFound
		}
		return insertAudit(ctx, tx, ev)
	})
}
