package store

import (
	"context"

	"github.com/sealpost/sealpost/internal/audit"
)

// StaffSignedInOIDC records a staff sign-in through the organisation's
// OpenID provider (the use case checked the token and its second factor):
// the account must still be active; its failure count restarts (as after a
// password and TOTP sign-in), the session is written, with its audit event.
// An account that is not active is ErrConflict.
func (s *Store) StaffSignedInOIDC(ctx context.Context, tenantID, staffID string, ses StaffSession, ev audit.Event) error {
	return s.b.inTx(ctx, func(tx txn) error {
		n, err := tx.exec(ctx, `UPDATE staff SET failures = 0 WHERE tenant_id = $1 AND id = $2 AND status = $3`, tenantID, staffID, StaffActive)
		if err != nil {
			return err
		}
		if n != 1 {
			return ErrConflict
		}
		if err := insertStaffSession(ctx, tx, ses); err != nil {
			return err
		}
		return insertAudit(ctx, tx, ev)
	})
}
