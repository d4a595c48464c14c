package store

import (
	"context"
	"errors"
	"time"

	"github.com/sealpost/sealpost/internal/audit"
)

// Sign-in throttle records: failures and locks per scope (hashed; no
// address or username is stored).

// ThrottleState is the sign-in failure record of one scope (a client address).
type ThrottleState struct {
	Failures    int
	WindowStart time.Time
	LockedUntil *time.Time
}

// GetThrottle reads a scope's record; a scope without failures is the zero value.
func (s *Store) GetThrottle(ctx context.Context, scope string) (ThrottleState, error) {
	var st ThrottleState
	var ws int64
	var lock *int64
	err := s.b.reader().queryRow(ctx, `SELECT failures, window_start, locked_until FROM signin_throttle WHERE scope = $1`, scope).Scan(&st.Failures, &ws, &lock)
	if err != nil {
		if errors.Is(notFound(err), ErrNotFound) {
			return ThrottleState{}, nil
		}
		return ThrottleState{}, err
	}
	st.WindowStart, st.LockedUntil = fromMicros(ws), optTime(lock)
	return st, nil
}

// PurgeThrottle deletes throttle records untouched since before.
func (s *Store) PurgeThrottle(ctx context.Context, before time.Time) error {
	return s.b.inTx(ctx, func(tx txn) error {
		_, err := tx.exec(ctx, `DELETE FROM signin_throttle WHERE window_start < $1 AND (locked_until IS NULL OR locked_until < $1)`, micros(before))
		return err
	})
}

// ThrottleRule counts one failure in Scope: failures older than Window
// (counted from the first of the current run) are forgotten, and Lock says
// how long the scope stays locked after its n-th failure (0: not locked).
type ThrottleRule struct {
	Scope  string
	Window time.Duration
	Lock   func(failures int) time.Duration
}

// CountFailure counts one failure in every rule's scope and records evs, in
// one transaction; each count is one atomic statement, so concurrent failures
// are all counted. It returns the latest lock end the failure sets (nil if it
// locks nothing).
func (s *Store) CountFailure(ctx context.Context, at time.Time, rules []ThrottleRule, evs ...audit.Event) (*time.Time, error) {
	var until *time.Time
	err := s.b.inTx(ctx, func(tx txn) error {
		until = nil
		for _, r := range rules {
			var n int
			if err := tx.queryRow(ctx, `INSERT INTO signin_throttle (scope, failures, window_start) VALUES ($1, 1, $2)
				ON CONFLICT (scope) DO UPDATE SET
					failures = CASE WHEN signin_throttle.window_start < $3 THEN 1 ELSE signin_throttle.failures + 1 END,
					window_start = CASE WHEN signin_throttle.window_start < $3 THEN $2 ELSE signin_throttle.window_start END
				RETURNING failures`, r.Scope, micros(at), micros(at.Add(-r.Window))).Scan(&n); err != nil {
				return err
			}
			d := r.Lock(n)
			if d <= 0 {
				continue
			}
			u := at.Add(d)
			if _, err := tx.exec(ctx, `UPDATE signin_throttle SET locked_until = $1 WHERE scope = $2`, micros(u), r.Scope); err != nil {
				return err
			}
			if until == nil || u.After(*until) {
				until = &u
			}
		}
		return insertAudit(ctx, tx, evs...)
	})
	return until, err
}

// ThrottleLocked returns the latest lock end after at among scopes (nil if
// none is locked).
func (s *Store) ThrottleLocked(ctx context.Context, at time.Time, scopes ...string) (*time.Time, error) {
	var until *time.Time
	for _, sc := range scopes {
		st, err := s.GetThrottle(ctx, sc)
		if err != nil {
			return nil, err
		}
		if u := st.LockedUntil; u != nil && u.After(at) && (until == nil || u.After(*until)) {
			until = u
		}
	}
	return until, nil
}

// ClearThrottle forgets the failures and locks of scopes (a success) and
// records evs, in one transaction.
func (s *Store) ClearThrottle(ctx context.Context, scopes []string, evs ...audit.Event) error {
	return s.b.inTx(ctx, func(tx txn) error {
		for _, sc := range scopes {
			if _, err := tx.exec(ctx, `DELETE FROM signin_throttle WHERE scope = $1`, sc); err != nil {
				return err
			}
		}
		return insertAudit(ctx, tx, evs...)
	})
}
