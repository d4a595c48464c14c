package store

import (
	"context"
	"time"

	"github.com/sealpost/sealpost/internal/audit"
)

// Activation codes: the keyed MAC of a code the portal printed for a
// recipient, checked at enrolment (service/identitycheck.go).

// PutActivationCode stores a recipient's code MAC, replacing any earlier
// one, with its audit event.
func (s *Store) PutActivationCode(ctx context.Context, tenantID, recipientID string, mac []byte, expires time.Time, ev audit.Event) error {
	return s.b.inTx(ctx, func(tx txn) error {
		if _, err := tx.exec(ctx, `INSERT INTO activation_codes (tenant_id, recipient_id, code_mac, expires_at, created_at) VALUES ($1, $2, $3, $4, $5)
			ON CONFLICT (tenant_id, recipient_id) DO UPDATE SET code_mac = excluded.code_mac, expires_at = excluded.expires_at, created_at = excluded.created_at`,
			tenantID, recipientID, mac, micros(expires), micros(ev.At)); err != nil {
			return err
		}
		return insertAudit(ctx, tx, ev)
	})
}

// ActivationCode returns a recipient's code MAC and expiry (ErrNotFound
// without one).
func (s *Store) ActivationCode(ctx context.Context, tenantID, recipientID string) ([]byte, time.Time, error) {
	var mac []byte
	var exp int64
	err := s.b.reader().queryRow(ctx, `SELECT code_mac, expires_at FROM activation_codes WHERE tenant_id = $1 AND recipient_id = $2`,
		tenantID, recipientID).Scan(&mac, &exp)
	if err != nil {
		return nil, time.Time{}, notFound(err)
	}
	return mac, fromMicros(exp), nil
}

// UseActivationCode deletes the code whose MAC was checked; false when it
// was gone already (used by a concurrent enrolment, or replaced).
func (s *Store) UseActivationCode(ctx context.Context, tenantID, recipientID string, mac []byte) (bool, error) {
	var n int64
	err := s.b.inTx(ctx, func(tx txn) error {
		var err error
		n, err = tx.exec(ctx, `DELETE FROM activation_codes WHERE tenant_id = $1 AND recipient_id = $2 AND code_mac = $3`, tenantID, recipientID, mac)
		return err
	})
	return n == 1, err
}
