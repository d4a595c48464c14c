package store

import (
	"context"
	"strconv"
	"strings"
	"time"

	"github.com/sealpost/sealpost/internal/audit"
)

// Retention and expiry: which messages are due for shredding, planning the
// due time of messages that lack one, and the shred itself — the revoke's
// crypto-shred, set-based, with status "expired" — plus the deletion of
// shredded messages' metadata after the metadata retention. The schedule and
// the batches are the retention job's (internal/retention, service/retention.go).

// ShredCandidate is a message whose content is due for shredding.
type ShredCandidate struct {
	TenantID string
	ID       string
}

// DueForShred lists up to limit messages whose shred_due has passed at now,
// oldest due first: one range probe of messages_shred_due.
func (s *Store) DueForShred(ctx context.Context, now time.Time, limit int) ([]ShredCandidate, error) {
	if b, ok := s.b.(*pgBackend); ok {
		return s.dueForShredPG(ctx, b, now, limit) // retentionpg.go
	}
	rs, err := s.b.reader().query(ctx, `SELECT tenant_id, id FROM messages WHERE shredded_at IS NULL AND shred_due <= $1
		ORDER BY shred_due LIMIT $2`, micros(now), limit)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var out []ShredCandidate
	for rs.Next() {
		var c ShredCandidate
		if err := rs.Scan(&c.TenantID, &c.ID); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rs.Err()
}

// Unplanned is a message without a shred_due.
type Unplanned struct {
	TenantID  string
	ID        string
	Category  string
	CreatedAt time.Time
	ExpiresAt *time.Time
}

// UnplannedMessages lists up to limit live messages without a shred_due
// (from before retention existed, or of a category whose retention
// changed).
func (s *Store) UnplannedMessages(ctx context.Context, limit int) ([]Unplanned, error) {
	rs, err := s.b.reader().query(ctx, `SELECT tenant_id, id, category, created_at, expires_at FROM messages
		WHERE shredded_at IS NULL AND shred_due IS NULL LIMIT $1`, limit)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var out []Unplanned
	for rs.Next() {
		var u Unplanned
		var c int64
		var exp *int64
		if err := rs.Scan(&u.TenantID, &u.ID, &u.Category, &c, &exp); err != nil {
			return nil, err
		}
		u.CreatedAt, u.ExpiresAt = fromMicros(c), optTime(exp)
		out = append(out, u)
	}
	return out, rs.Err()
}

// ShredPlan is the due time of one message.
type ShredPlan struct {
	TenantID string
	ID       string
	Due      time.Time
}

// PlanShreds sets shred_due where it is still unset.
func (s *Store) PlanShreds(ctx context.Context, plans []ShredPlan) error {
	return s.b.inTx(ctx, func(tx txn) error {
		for _, p := range plans {
			if _, err := tx.exec(ctx, `UPDATE messages SET shred_due = $1 WHERE tenant_id = $2 AND id = $3 AND shred_due IS NULL AND shredded_at IS NULL`,
				micros(p.Due), p.TenantID, p.ID); err != nil {
				return err
			}
		}
		return nil
	})
}

// ReplanCategory forgets the due time of a category's live messages (its
// retention changed); the retention job computes them again.
func (s *Store) ReplanCategory(ctx context.Context, tenantID, category string) (int64, error) {
	var n int64
	err := s.b.inTx(ctx, func(tx txn) error {
		var err error
		n, err = tx.exec(ctx, `UPDATE messages SET shred_due = NULL WHERE tenant_id = $1 AND category = $2 AND shredded_at IS NULL`, tenantID, category)
		return err
	})
	return n, err
}

// Shredded is a message ShredMessages shredded.
type Shredded struct {
	ID          string
	RecipientID string
	Attachments []string // attachment ids: their files are the caller's to delete
}

// ShredMessages crypto-shreds a tenant's messages in one transaction, like
// a revoke but with status "expired": sealed columns cleared, message and
// attachment data keys deleted, links disabled, queued deliveries canceled,
// one audit event per message (actor). Messages already shredded (or
// revoked) are skipped, so a repeated or concurrent run changes nothing.
// PostgreSQL has its own statements (retentionpg.go); this is SQLite's path,
// where the single writer needs no row locks.
func (s *Store) ShredMessages(ctx context.Context, tenantID string, ids []string, actor string, at time.Time) ([]Shredded, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	if s.b.name() == "postgres" {
		return s.shredMessagesPG(ctx, tenantID, ids, actor, at)
	}
	var out []Shredded
	err := s.b.inTx(ctx, func(tx txn) error {
		out = out[:0]
		us := micros(at)
		in, args := inList(4, ids)
		rs, err := tx.query(ctx, `UPDATE messages SET status = $1, revoked_at = $2, shredded_at = $2, subject = NULL, body = NULL, notice_vars = NULL, correlation = NULL
			WHERE tenant_id = $3 AND id IN `+in+` AND shredded_at IS NULL RETURNING id, recipient_id`,
			append([]any{StatusExpired, us, tenantID}, args...)...)
		if err != nil {
			return err
		}
		byID := map[string]int{}
		for rs.Next() {
			var sh Shredded
			if err := rs.Scan(&sh.ID, &sh.RecipientID); err != nil {
				rs.Close()
				return err
			}
			byID[sh.ID] = len(out)
			out = append(out, sh)
		}
		rs.Close()
		if err := rs.Err(); err != nil {
			return err
		}
		if len(out) == 0 {
			return nil
		}
		done := make([]string, len(out))
		owners := make([]string, 0, len(out))
		for i, sh := range out {
			done[i] = sh.ID
			owners = append(owners, "message/"+sh.ID)
		}
		in, args = inList(2, done)
		rs, err = tx.query(ctx, `SELECT id, message_id FROM attachments WHERE tenant_id = $1 AND message_id IN `+in, append([]any{tenantID}, args...)...)
		if err != nil {
			return err
		}
		for rs.Next() {
			var aid, mid string
			if err := rs.Scan(&aid, &mid); err != nil {
				rs.Close()
				return err
			}
			out[byID[mid]].Attachments = append(out[byID[mid]].Attachments, aid)
			owners = append(owners, "attachment/"+aid)
		}
		rs.Close()
		if err := rs.Err(); err != nil {
			return err
		}
		for len(owners) > 0 {
			n := min(len(owners), 500)
			oin, oargs := inList(2, owners[:n])
			if _, err := tx.exec(ctx, `DELETE FROM data_keys WHERE tenant_id = $1 AND owner IN `+oin, append([]any{tenantID}, oargs...)...); err != nil {
				return err
			}
			owners = owners[n:]
		}
		// Links past their own expiry open nothing already (most links of a
		// message whose retention passed): only live ones are disabled.
		in3, args3 := inList(3, done)
		if _, err := tx.exec(ctx, `UPDATE links SET revoked_at = $1 WHERE tenant_id = $2 AND message_id IN `+in3+` AND revoked_at IS NULL AND expires_at > $1`,
			append([]any{us, tenantID}, args3...)...); err != nil {
			return err
		}
		in5, args5 := inList(5, done)
		if _, err := tx.exec(ctx, `UPDATE deliveries SET status = $1, updated_at = $2 WHERE tenant_id = $3 AND status = $4 AND message_id IN `+in5,
			append([]any{DeliveryCanceled, us, tenantID, DeliveryQueued}, args5...)...); err != nil {
			return err
		}
		evs := make([]audit.Event, len(out))
		for i, sh := range out {
			evs[i] = audit.Event{TenantID: tenantID, At: fromMicros(us), Actor: actor, Action: audit.ActionMessageExpire, ObjectType: "message", ObjectID: sh.ID}
		}
		return insertAudit(ctx, tx, evs...)
	})
	return out, err
}

// PurgeShredded deletes up to limit messages shredded before cutoff with
// their deliveries, links and attachment rows: the metadata retention. Their
// audit events stay.
func (s *Store) PurgeShredded(ctx context.Context, before time.Time, limit int) (int, error) {
	var n int
	err := s.b.inTx(ctx, func(tx txn) error {
		rs, err := tx.query(ctx, `SELECT tenant_id, id FROM messages WHERE shredded_at IS NOT NULL AND shredded_at < $1 ORDER BY shredded_at LIMIT $2`, micros(before), limit)
		if err != nil {
			return err
		}
		var ms []ShredCandidate
		for rs.Next() {
			var c ShredCandidate
			if err := rs.Scan(&c.TenantID, &c.ID); err != nil {
				rs.Close()
				return err
			}
			ms = append(ms, c)
		}
		rs.Close()
		if err := rs.Err(); err != nil {
			return err
		}
		for _, m := range ms {
			for _, q := range []string{
				`DELETE FROM delivery_attempts WHERE tenant_id = $1 AND delivery_id IN (SELECT id FROM deliveries WHERE tenant_id = $1 AND message_id = $2)`,
				`DELETE FROM deliveries WHERE tenant_id = $1 AND message_id = $2`,
				`DELETE FROM links WHERE tenant_id = $1 AND message_id = $2`,
				`DELETE FROM attachments WHERE tenant_id = $1 AND message_id = $2`,
				`DELETE FROM messages WHERE tenant_id = $1 AND id = $2`,
			} {
				if _, err := tx.exec(ctx, q, m.TenantID, m.ID); err != nil {
					return err
				}
			}
		}
		n = len(ms)
		return nil
	})
	return n, err
}

// RetentionStatus is what the operator sees of retention.
type RetentionStatus struct {
	Due           int        // live messages whose shred_due has passed
	OldestDue     *time.Time // the earliest shred_due among them
	Unplanned     int        // live messages without a shred_due yet
	ShreddedSince int        // messages shredded (expired or revoked) since the given time
}

// Retention counts due, unplanned and recently shredded messages.
func (s *Store) Retention(ctx context.Context, now, since time.Time) (RetentionStatus, error) {
	var st RetentionStatus
	q := s.b.reader()
	var oldest *int64
	if err := q.queryRow(ctx, `SELECT COUNT(*), MIN(shred_due) FROM messages WHERE shredded_at IS NULL AND shred_due <= $1`, micros(now)).Scan(&st.Due, &oldest); err != nil {
		return st, err
	}
	st.OldestDue = optTime(oldest)
	if err := q.queryRow(ctx, `SELECT COUNT(*) FROM messages WHERE shredded_at IS NULL AND shred_due IS NULL`).Scan(&st.Unplanned); err != nil {
		return st, err
	}
	if err := q.queryRow(ctx, `SELECT COUNT(*) FROM messages WHERE shredded_at IS NOT NULL AND shredded_at >= $1`, micros(since)).Scan(&st.ShreddedSince); err != nil {
		return st, err
	}
	return st, nil
}

// inList is "($start,$start+1,…)" for the values, and the values as args.
func inList(start int, vals []string) (string, []any) {
	var b strings.Builder
	b.WriteByte('(')
	args := make([]any, len(vals))
	for i, v := range vals {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteByte('$')
		b.WriteString(strconv.Itoa(start + i))
		args[i] = v
	}
	b.WriteByte(')')
	return b.String(), args
}
