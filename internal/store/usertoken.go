package store

import (
	"context"
	"time"

	"github.com/sealpost/sealpost/internal/audit"
)

// Portal-signed user tokens: each tenant's key configuration, the jti of
// single-use tokens until they expire, and when a recipient's account was
// last reset.

// PutUserTokenKeys replaces a tenant's user-token configuration (JSON) and
// records ev.
func (s *Store) PutUserTokenKeys(ctx context.Context, tenantID, config string, ev audit.Event) error {
	return s.b.inTx(ctx, func(tx txn) error {
		at := ev.At
		if at.IsZero() {
			at = now()
		}
		if _, err := tx.exec(ctx, `INSERT INTO user_token_keys (tenant_id, config, updated_at) VALUES ($1,$2,$3)
			ON CONFLICT (tenant_id) DO UPDATE SET config = excluded.config, updated_at = excluded.updated_at`, tenantID, config, micros(at)); err != nil {
			return err
		}
		return insertAudit(ctx, tx, ev)
	})
}

// UserTokenKeys returns a tenant's user-token configuration; ErrNotFound if
// it has none.
func (s *Store) UserTokenKeys(ctx context.Context, tenantID string) (config string, updatedAt time.Time, err error) {
	var u int64
	if err := s.b.reader().queryRow(ctx, `SELECT config, updated_at FROM user_token_keys WHERE tenant_id = $1`, tenantID).Scan(&config, &u); err != nil {
		return "", time.Time{}, notFound(err)
	}
	return config, fromMicros(u), nil
}

// UseJTI records a token's jti (hashed) until expires. It reports false if
// the jti was already used by a token that has not expired at now: a replay.
func (s *Store) UseJTI(ctx context.Context, tenantID string, jtiHash []byte, expires, at time.Time) (bool, error) {
	var n int64
	err := s.b.inTx(ctx, func(tx txn) error {
		var err error
		n, err = tx.exec(ctx, `INSERT INTO user_token_jtis (tenant_id, jti_hash, expires_at) VALUES ($1,$2,$3)
			ON CONFLICT (tenant_id, jti_hash) DO UPDATE SET expires_at = excluded.expires_at
			WHERE user_token_jtis.expires_at < $4`, tenantID, jtiHash, micros(expires), micros(at))
		return err
	})
	return n == 1, err
}

// PurgeJTIs deletes the jti of tokens expired before t.
func (s *Store) PurgeJTIs(ctx context.Context, t time.Time) (int64, error) {
	var n int64
	err := s.b.inTx(ctx, func(tx txn) error {
		var err error
		n, err = tx.exec(ctx, `DELETE FROM user_token_jtis WHERE expires_at < $1`, micros(t))
		return err
	})
	return n, err
}

// RecipientResetAt is when the recipient's account was last reset (zero if
// never).
func (s *Store) RecipientResetAt(ctx context.Context, tenantID, recipientID string) (time.Time, error) {
	var u int64
	err := s.b.reader().queryRow(ctx, `SELECT reset_at FROM recipient_resets WHERE tenant_id = $1 AND recipient_id = $2`, tenantID, recipientID).Scan(&u)
	if err != nil {
		if err = notFound(err); err == ErrNotFound {
			return time.Time{}, nil
		}
		return time.Time{}, err
	}
	return fromMicros(u), nil
}
