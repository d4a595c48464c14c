package store

import "context"

// A WebAuthn ceremony's state is sealed in the session that began it and
// finished once: the finish takes it by compare-and-swap against the state
// the request's session held, so of two finishes racing with one
// challenge exactly one gets it. Patient sessions (sessions.id_hash) and
// staff sessions (staff_sessions.token_hash) share this statement.

// takePending clears table's pending column where keyCol = key and pending
// is still the given state; anything else (already taken, replaced, none)
// is ErrConflict. table and keyCol are constants of this package.
func (s *Store) takePending(ctx context.Context, table, keyCol string, key, pending []byte) error {
	if len(pending) == 0 {
		return ErrConflict
	}
	return s.b.inTx(ctx, func(tx txn) error {
		n, err := tx.exec(ctx, `UPDATE `+table+` SET pending = NULL WHERE `+keyCol+` = $1 AND pending = $2`, key, pending)
		if err != nil {
			return err
		}
		if n != 1 {
			return ErrConflict
		}
		return nil
	})
}

// TakeSessionPending takes a patient session's sealed ceremony state once
// (compare-and-swap); a state already taken or replaced is ErrConflict.
func (s *Store) TakeSessionPending(ctx context.Context, idHash, pending []byte) error {
	return s.takePending(ctx, "sessions", "id_hash", idHash, pending)
}

// TakeStaffSessionPending takes a staff session's sealed ceremony state
// once (compare-and-swap); a state already taken or replaced is
// ErrConflict.
func (s *Store) TakeStaffSessionPending(ctx context.Context, hash, pending []byte) error {
	return s.takePending(ctx, "staff_sessions", "token_hash", hash, pending)
}
