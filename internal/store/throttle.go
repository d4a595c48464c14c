package store

import (
	"context"
	"errors"
	"time"
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

// ThrottleFailed counts a failure for scope within a sliding window; reaching
// max failures inside window locks the scope for lockFor. It returns the lock's
// end, if locked.
func (s *Store) ThrottleFailed(ctx context.Context, scope string, max int, window, lockFor time.Duration, at time.Time) (*time.Time, error) {
	var until *time.Time
	err := s.b.inTx(ctx, func(tx txn) error {
		var failures int
		var ws int64
		err := tx.queryRow(ctx, `SELECT failures, window_start FROM signin_throttle WHERE scope = $1`, scope).Scan(&failures, &ws)
		switch {
		case errors.Is(notFound(err), ErrNotFound):
			failures, ws = 0, micros(at)
		case err != nil:
			return err
		}
		if at.Sub(fromMicros(ws)) > window {
			failures, ws = 0, micros(at)
		}
		failures++
		var lock *int64
		if failures >= max {
			u := at.Add(lockFor)
			until = &u
			lock = optMicros(&u)
			failures, ws = 0, micros(at)
		}
		_, err = tx.exec(ctx, `INSERT INTO signin_throttle (scope, failures, window_start, locked_until) VALUES ($1,$2,$3,$4)
			ON CONFLICT (scope) DO UPDATE SET failures = excluded.failures, window_start = excluded.window_start,
			locked_until = COALESCE(excluded.locked_until, signin_throttle.locked_until)`, scope, failures, ws, lock)
		return err
	})
	return until, err
}

// PurgeThrottle deletes throttle records untouched since before.
func (s *Store) PurgeThrottle(ctx context.Context, before time.Time) error {
	return s.b.inTx(ctx, func(tx txn) error {
		_, err := tx.exec(ctx, `DELETE FROM signin_throttle WHERE window_start < $1 AND (locked_until IS NULL OR locked_until < $1)`, micros(before))
		return err
	})
}
