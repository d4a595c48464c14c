package store

import (
	"context"
	"errors"
	"time"
)

// Backlog figures for the operator metrics, read on each scrape: River's
// waiting and running jobs by queue, and the audit events not yet chained.
// Both reads stay on indexes (River's fetch index on state, queue, …; the
// partial index of unchained events) and skip finished jobs entirely.

// QueueCount is one queue's jobs in one state; OldestWait is how long the
// oldest of them has been due (meaningful for "available" jobs).
type QueueCount struct {
	Queue, State string
	Jobs         int64
	OldestWait   time.Duration
}

// queueStatsSQL: per queue and unfinished state, the count and the age in
// seconds of the earliest scheduled_at (SQLite's River keeps times as text).
var queueStatsSQL = map[string]string{
	"postgres": `SELECT queue, state::text, COUNT(*), COALESCE(EXTRACT(EPOCH FROM now() - MIN(scheduled_at))::float8, 0)
		FROM river_job WHERE state IN ('available', 'running', 'retryable', 'scheduled') GROUP BY queue, state`,
	"sqlite": `SELECT queue, state, COUNT(*), COALESCE((julianday('now') - julianday(MIN(scheduled_at))) * 86400.0, 0)
		FROM river_job WHERE state IN ('available', 'running', 'retryable', 'scheduled') GROUP BY queue, state`,
}

// QueueStats counts River's unfinished jobs by queue and state.
func (s *Store) QueueStats(ctx context.Context) ([]QueueCount, error) {
	rs, err := s.b.reader().query(ctx, queueStatsSQL[s.b.name()])
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var out []QueueCount
	for rs.Next() {
		var q QueueCount
		var age float64
		if err := rs.Scan(&q.Queue, &q.State, &q.Jobs, &age); err != nil {
			return nil, err
		}
		q.OldestWait = time.Duration(max(age, 0) * float64(time.Second))
		out = append(out, q)
	}
	return out, rs.Err()
}

// AuditLag counts the committed audit events not yet chained and returns
// the age of the oldest of them (0 when none).
func (s *Store) AuditLag(ctx context.Context) (int64, time.Duration, error) {
	n, err := s.PendingAudit(ctx)
	if err != nil || n == 0 {
		return n, 0, err
	}
	var at int64
	err = notFound(s.b.reader().queryRow(ctx, `SELECT at FROM audit_events WHERE seq IS NULL ORDER BY id LIMIT 1`).Scan(&at))
	if errors.Is(err, ErrNotFound) {
		return n, 0, nil // chained in between
	}
	if err != nil {
		return n, 0, err
	}
	return n, max(time.Since(fromMicros(at)), 0), nil
}
