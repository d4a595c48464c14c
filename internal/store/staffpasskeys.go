package store

import (
	"context"
	"time"

	"github.com/sealpost/sealpost/internal/audit"
)

// Staff passkeys (migration 0017): WebAuthn credentials a staff member uses
// instead of the TOTP code, and the password-checked sign-in stage that
// comes before either factor. Every query names the tenant and the staff
// member; the use cases are package staff's (staff/passkeys.go).

// StaffStagePassword is a staff session whose password was checked; it may
// only pass a second factor (TOTP or a passkey), for a few minutes.
const StaffStagePassword = "password"

// StaffPasskey is one stored staff credential. Data is the JSON of the
// WebAuthn credential (public key, counter, flags); Binding a keyed MAC of
// the staff id, credential id and public key (the caller checks it).
type StaffPasskey struct {
	ID         []byte
	Data       []byte
	Binding    []byte
	SignCount  int64
	CreatedAt  time.Time
	LastUsedAt *time.Time
}

// ListStaffPasskeys lists a staff member's passkeys, oldest first.
func (s *Store) ListStaffPasskeys(ctx context.Context, tenantID, staffID string) ([]StaffPasskey, error) {
	rs, err := s.b.reader().query(ctx, `SELECT id, data, binding, sign_count, created_at, last_used_at FROM staff_passkeys
		WHERE tenant_id = $1 AND staff_id = $2 ORDER BY created_at, id LIMIT 100`, tenantID, staffID)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var out []StaffPasskey
	for rs.Next() {
		var p StaffPasskey
		var c int64
		var u *int64
		if err := rs.Scan(&p.ID, &p.Data, &p.Binding, &p.SignCount, &c, &u); err != nil {
			return nil, err
		}
		p.CreatedAt, p.LastUsedAt = fromMicros(c), optTime(u)
		out = append(out, p)
	}
	return out, rs.Err()
}

// AddStaffPasskey stores a new passkey of an active staff account with its
// audit event. A credential the account already has is ErrExists; an
// account that is not active is ErrConflict.
func (s *Store) AddStaffPasskey(ctx context.Context, tenantID, staffID string, p StaffPasskey, ev audit.Event) error {
	return s.b.inTx(ctx, func(tx txn) error {
		var n int
		if err := tx.queryRow(ctx, `SELECT COUNT(*) FROM staff WHERE tenant_id = $1 AND id = $2 AND status = $3`, tenantID, staffID, StaffActive).Scan(&n); err != nil {
			return err
		}
		if n != 1 {
			return ErrConflict
		}
		if _, err := tx.exec(ctx, `INSERT INTO staff_passkeys (tenant_id, staff_id, id, data, binding, sign_count, created_at, last_used_at) VALUES ($1,$2,$3,$4,$5,$6,$7,NULL)`,
			tenantID, staffID, p.ID, p.Data, p.Binding, p.SignCount, micros(p.CreatedAt)); err != nil {
			if s.b.isUniqueViolation(err) {
				return ErrExists
			}
			return err
		}
		return insertAudit(ctx, tx, ev)
	})
}

// DeleteStaffPasskey removes one of a staff member's passkeys with its
// audit event; ErrNotFound if the member has no passkey with this id.
func (s *Store) DeleteStaffPasskey(ctx context.Context, tenantID, staffID string, id []byte, ev audit.Event) error {
	return s.b.inTx(ctx, func(tx txn) error {
		n, err := tx.exec(ctx, `DELETE FROM staff_passkeys WHERE tenant_id = $1 AND staff_id = $2 AND id = $3`, tenantID, staffID, id)
		if err != nil {
			return err
		}
		if n != 1 {
			return ErrNotFound
		}
		return insertAudit(ctx, tx, ev)
	})
}

// StaffPasswordChecked starts the password-checked stage: the session (the
// browser's earlier staff session, if any, is deleted) and the event. The
// failure count is left alone: a right password is not a sign-in.
func (s *Store) StaffPasswordChecked(ctx context.Context, replace []byte, ses StaffSession, ev audit.Event) error {
	return s.b.inTx(ctx, func(tx txn) error {
		if len(replace) > 0 {
			if _, err := tx.exec(ctx, `DELETE FROM staff_sessions WHERE token_hash = $1`, replace); err != nil {
				return err
			}
		}
		if err := insertStaffSession(ctx, tx, ses); err != nil {
			return err
		}
		return insertAudit(ctx, tx, ev)
	})
}

// StaffSignedInPasskey records a sign-in with a passkey in one transaction:
// the account is still active (failures restart), the credential's new data
// and counter (the counter only moves forward; two zero counters are an
// authenticator without one), the password-checked session replaced by the
// signed-in one, the event. An account no longer active, a credential
// removed meanwhile or a counter that did not move forward is ErrConflict.
func (s *Store) StaffSignedInPasskey(ctx context.Context, tenantID, staffID string, credID, data []byte, signCount int64, replace []byte, ses StaffSession, ev audit.Event) error {
	return s.b.inTx(ctx, func(tx txn) error {
		n, err := tx.exec(ctx, `UPDATE staff SET failures = 0, locked_until = 0 WHERE tenant_id = $1 AND id = $2 AND status = $3`, tenantID, staffID, StaffActive)
		if err != nil {
			return err
		}
		if n != 1 {
			return ErrConflict
		}
		n, err = tx.exec(ctx, `UPDATE staff_passkeys SET data = $1, sign_count = $2, last_used_at = $3
			WHERE tenant_id = $4 AND staff_id = $5 AND id = $6 AND (sign_count < $2 OR (sign_count = 0 AND $2 = 0))`,
			data, signCount, micros(ses.CreatedAt), tenantID, staffID, credID)
		if err != nil {
			return err
		}
		if n != 1 {
			return ErrConflict
		}
		if _, err := tx.exec(ctx, `DELETE FROM staff_sessions WHERE token_hash = $1`, replace); err != nil {
			return err
		}
		if err := insertStaffSession(ctx, tx, ses); err != nil {
			return err
		}
		return insertAudit(ctx, tx, ev)
	})
}
