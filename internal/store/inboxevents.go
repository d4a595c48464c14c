package store

import (
	"context"
	"errors"
	"time"

	"github.com/jackc/pgx/v5"
)

// Inbox events: the unread badge with its next change in time, and on
// PostgreSQL the notification channel nodes tell each other about changes
// on (package inboxevents). Payloads are opaque hashes, never content.

// UnreadBadge is a recipient's unread count and when the earliest of those
// unread messages expires (zero if none does), so a live badge can drop at
// that moment without polling.
func (s *Store) UnreadBadge(ctx context.Context, tenantID, recipientID string, now time.Time) (int, time.Time, error) {
	var (
		n    int
		next *int64
	)
	err := s.b.reader().queryRow(ctx, `SELECT COUNT(*), MIN(expires_at) FROM messages WHERE tenant_id = $1 AND recipient_id = $2 AND status NOT IN ($3, $5)
		AND (expires_at IS NULL OR expires_at > $4) AND read_at IS NULL AND archived_at IS NULL`,
		tenantID, recipientID, StatusRevoked, micros(now), StatusExpired).Scan(&n, &next)
	if err != nil || next == nil {
		return n, time.Time{}, err
	}
	return n, fromMicros(*next), nil
}

// ErrNoNotify: the database has no notification channel (SQLite; a single
// node learns of its changes in process).
var ErrNoNotify = errors.New("store: this database has no notification channel")

// notifyChannel is the PostgreSQL channel of one sealpost deployment: nodes
// on another schema of the same database do not hear it.
func (b *pgBackend) notifyChannel() string {
	if b.schema == "" {
		return "sealpost_inbox"
	}
	return "sealpost_inbox." + b.schema
}

// Notify sends payloads on the deployment's channel in one statement
// (PostgreSQL; ErrNoNotify on SQLite).
func (s *Store) Notify(ctx context.Context, payloads []string) error {
	pb, ok := s.b.(*pgBackend)
	if !ok {
		return ErrNoNotify
	}
	if len(payloads) == 0 {
		return nil
	}
	_, err := pb.pool.Exec(ctx, `SELECT pg_notify($1, p) FROM unnest($2::text[]) AS p`, pb.notifyChannel(), payloads)
	return err
}

// Listen holds one connection of the pool listening on the deployment's
// channel and calls onReady once listening (again after a reconnection:
// what was sent meanwhile is lost, so the caller recounts), then fn for
// every payload, until ctx ends or the connection fails (the error is
// returned; the caller reconnects). ErrNoNotify on SQLite.
func (s *Store) Listen(ctx context.Context, onReady func(), fn func(payload string)) error {
	pb, ok := s.b.(*pgBackend)
	if !ok {
		return ErrNoNotify
	}
	c, err := pb.pool.Acquire(ctx)
	if err != nil {
		return err
	}
	// The connection leaves the pool: LISTEN state must not leak to others.
	conn := c.Hijack()
	defer conn.Close(context.Background())
	if _, err := conn.Exec(ctx, "LISTEN "+pgx.Identifier{pb.notifyChannel()}.Sanitize()); err != nil {
		return err
	}
	onReady()
	for {
		n, err := conn.WaitForNotification(ctx)
		if err != nil {
			return err
		}
		fn(n.Payload)
	}
}
