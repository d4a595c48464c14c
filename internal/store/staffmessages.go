package store

import (
	"context"
	"strconv"
	"time"

	"github.com/riverqueue/river"

	"github.com/sealpost/sealpost/internal/audit"
)

// Messages to staff: sealed subject and body under their own data key
// ("staffmsg/<id>"), addressed to one staff member or to a pool, with who
// opened, claimed and closed them, and the quick-removal clock
// (shred_due_at), which the shredding job follows in small batches.

// Staff message events.
const (
	StaffEventOpened  = "opened"
	StaffEventClaimed = "claimed"
	StaffEventClosed  = "closed"
)

// StaffMessage is one message to staff. Subject and Body are sealed (nil
// once shredded).
type StaffMessage struct {
	TenantID    string
	ID          string
	Pool        string // "" when addressed to StaffID
	StaffID     string // "" when addressed to Pool
	Subject     []byte
	Body        []byte
	CreatedAt   time.Time
	ReadTTL     time.Duration
	FirstReadAt *time.Time
	ShredDueAt  time.Time
	ShreddedAt  *time.Time
	OpenedBy    string
	ClaimedBy   string
	ClosedBy    string
	Wrapped     []byte // the wrapped data key (GetStaffMessage only; nil once shredded)
}

// NewStaffMessage is a message to write with its data key, notice jobs and
// event.
type NewStaffMessage struct {
	Message    StaffMessage
	WrappedKey []byte
	Jobs       []river.InsertManyParams
	Event      audit.Event
}

const staffMsgCols = `m.tenant_id, m.id, m.pool, m.staff_id, m.subject, m.body, m.created_at, m.read_ttl, m.first_read_at, m.shred_due_at, m.shredded_at, m.opened_by, m.claimed_by, m.closed_by`

func scanStaffMessage(r row, extra ...any) (StaffMessage, error) {
	var m StaffMessage
	var c, rt, due int64
	var fr, sh *int64
	err := r.Scan(append([]any{&m.TenantID, &m.ID, &m.Pool, &m.StaffID, &m.Subject, &m.Body, &c, &rt, &fr, &due, &sh, &m.OpenedBy, &m.ClaimedBy, &m.ClosedBy}, extra...)...)
	m.CreatedAt, m.ReadTTL, m.FirstReadAt, m.ShredDueAt, m.ShreddedAt = fromMicros(c), time.Duration(rt)*time.Microsecond, optTime(fr), fromMicros(due), optTime(sh)
	return m, err
}

// CreateStaffMessage writes a message, its data key, its notice jobs and
// its audit event in one transaction.
func (s *Store) CreateStaffMessage(ctx context.Context, n NewStaffMessage) error {
	m := n.Message
	return s.b.inTx(ctx, func(tx txn) error {
		if _, err := tx.exec(ctx, `INSERT INTO staff_messages (tenant_id, id, pool, staff_id, subject, body, created_at, read_ttl, first_read_at, shred_due_at, shredded_at)
			VALUES ($1,$2,$3,$4,$5,$6,$7,$8,NULL,$9,NULL)`,
			m.TenantID, m.ID, m.Pool, m.StaffID, m.Subject, m.Body, micros(m.CreatedAt), m.ReadTTL.Microseconds(), micros(m.ShredDueAt)); err != nil {
			return err
		}
		if err := putDataKey(ctx, tx, m.TenantID, "staffmsg/"+m.ID, n.WrappedKey, m.CreatedAt); err != nil {
			return err
		}
		if len(n.Jobs) > 0 {
			if err := tx.insertJobs(ctx, n.Jobs); err != nil {
				return err
			}
		}
		return insertAudit(ctx, tx, n.Event)
	})
}

// GetStaffMessage reads a tenant's message with its wrapped data key
// (nil once shredded); ErrNotFound if none.
func (s *Store) GetStaffMessage(ctx context.Context, tenantID, id string) (StaffMessage, error) {
	var w []byte
	m, err := scanStaffMessage(s.b.reader().queryRow(ctx, `SELECT `+staffMsgCols+`, k.wrapped FROM staff_messages m
		LEFT JOIN data_keys k ON k.tenant_id = m.tenant_id AND k.owner = 'staffmsg/' || m.id
		WHERE m.tenant_id = $1 AND m.id = $2`, tenantID, id), &w)
	if err != nil {
		return m, notFound(err)
	}
	m.Wrapped = w
	return m, nil
}

// StaffInbox lists up to limit messages addressed to the staff member or
// to one of the pools, newest first (content columns left out).
func (s *Store) StaffInbox(ctx context.Context, tenantID, staffID string, pools []string, limit int) ([]StaffMessage, error) {
	q := `SELECT m.tenant_id, m.id, m.pool, m.staff_id, NULL, NULL, m.created_at, m.read_ttl, m.first_read_at, m.shred_due_at, m.shredded_at, m.opened_by, m.claimed_by, m.closed_by
		FROM staff_messages m WHERE m.tenant_id = $1 AND (m.staff_id = $2`
	args := []any{tenantID, staffID}
	if len(pools) > 0 {
		in, pargs := inList(3, pools)
		q += ` OR m.pool IN ` + in
		args = append(args, pargs...)
	}
	args = append(args, limit)
	q += `) ORDER BY m.created_at DESC, m.id DESC LIMIT $` + strconv.Itoa(len(args))
	rs, err := s.b.reader().query(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var out []StaffMessage
	for rs.Next() {
		m, err := scanStaffMessage(rs)
		if err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, rs.Err()
}

// OpenStaffMessage records an open in one transaction: the first open sets
// first_read_at and opened_by and brings shred_due_at forward to at +
// read_ttl; every open adds an "opened" event and an audit event. A
// message shredded meanwhile is ErrConflict (the caller answers 410).
func (s *Store) OpenStaffMessage(ctx context.Context, tenantID, id, staffID string, at time.Time, ev audit.Event) error {
	if err := checkAudit([]audit.Event{ev}); err != nil {
		return err
	}
	us := micros(at)
	// Opens share transactions (and their commit) through the group-commit
	// batcher, like the patient inbox's state changes. ErrConflict is
	// returned before this open wrote anything, so it leaves the batch
	// standing; any other error reruns each call alone.
	return s.group.do(ctx, func(tx txn) error {
		n, err := tx.exec(ctx, `UPDATE staff_messages SET first_read_at = COALESCE(first_read_at, $1),
			opened_by = CASE WHEN opened_by = '' THEN $2 ELSE opened_by END,
			shred_due_at = CASE WHEN first_read_at IS NULL AND $1 + read_ttl < shred_due_at THEN $1 + read_ttl ELSE shred_due_at END
			WHERE tenant_id = $3 AND id = $4 AND shredded_at IS NULL`, us, staffID, tenantID, id)
		if err != nil {
			return err
		}
		if n != 1 {
			return ErrConflict // shredded meanwhile
		}
		audits, err := rowStmts(tx, "audit_events", auditCols, auditRows([]audit.Event{ev}), "")
		if err != nil {
			return err
		}
		_, err = tx.execAll(ctx, append([]stmt{{`INSERT INTO staff_message_events (tenant_id, message_id, at, staff_id, kind) VALUES ($1,$2,$3,$4,$5) ON CONFLICT DO NOTHING`,
			[]any{tenantID, id, us, staffID, StaffEventOpened}}}, audits...))
		return err
	})
}

func insertStaffEvent(ctx context.Context, tx querier, tenantID, id, staffID, kind string, us int64) error {
	_, err := tx.exec(ctx, `INSERT INTO staff_message_events (tenant_id, message_id, at, staff_id, kind) VALUES ($1,$2,$3,$4,$5) ON CONFLICT DO NOTHING`,
		tenantID, id, us, staffID, kind)
	return err
}

// ClaimStaffMessage sets claimed_by (claim) or closed_by (close) with its
// event. A claim of a message another staff member claimed, or of a closed
// one, is ErrConflict; so is closing a closed one.
func (s *Store) ClaimStaffMessage(ctx context.Context, tenantID, id, staffID, kind string, at time.Time, ev audit.Event) error {
	return s.b.inTx(ctx, func(tx txn) error {
		var q string
		switch kind {
		case StaffEventClaimed:
			q = `UPDATE staff_messages SET claimed_by = $1 WHERE tenant_id = $2 AND id = $3 AND closed_by = '' AND (claimed_by = '' OR claimed_by = $1)`
		case StaffEventClosed:
			q = `UPDATE staff_messages SET closed_by = $1, claimed_by = CASE WHEN claimed_by = '' THEN $1 ELSE claimed_by END WHERE tenant_id = $2 AND id = $3 AND closed_by = ''`
		default:
			return ErrConflict
		}
		n, err := tx.exec(ctx, q, staffID, tenantID, id)
		if err != nil {
			return err
		}
		if n != 1 {
			return ErrConflict
		}
		if err := insertStaffEvent(ctx, tx, tenantID, id, staffID, kind, micros(at)); err != nil {
			return err
		}
		return insertAudit(ctx, tx, ev)
	})
}

// StaffMessageEvent is one open, claim or close.
type StaffMessageEvent struct {
	At      time.Time
	StaffID string
	Kind    string
}

// StaffMessageEvents lists a message's events, oldest first.
func (s *Store) StaffMessageEvents(ctx context.Context, tenantID, id string) ([]StaffMessageEvent, error) {
	rs, err := s.b.reader().query(ctx, `SELECT at, staff_id, kind FROM staff_message_events WHERE tenant_id = $1 AND message_id = $2 ORDER BY at, CASE kind WHEN 'opened' THEN 0 WHEN 'claimed' THEN 1 ELSE 2 END, staff_id LIMIT 500`, tenantID, id)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var out []StaffMessageEvent
	for rs.Next() {
		var e StaffMessageEvent
		var at int64
		if err := rs.Scan(&at, &e.StaffID, &e.Kind); err != nil {
			return nil, err
		}
		e.At = fromMicros(at)
		out = append(out, e)
	}
	return out, rs.Err()
}

// StaffShredCandidate is a staff message due for shredding.
type StaffShredCandidate struct {
	TenantID string
	ID       string
}

// StaffMessagesDue lists up to limit live messages whose shred_due_at has
// passed at now, earliest first: one range probe of the partial index.
func (s *Store) StaffMessagesDue(ctx context.Context, now time.Time, limit int) ([]StaffShredCandidate, error) {
	rs, err := s.b.reader().query(ctx, `SELECT tenant_id, id FROM staff_messages WHERE shredded_at IS NULL AND shred_due_at <= $1 ORDER BY shred_due_at LIMIT $2`, micros(now), limit)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var out []StaffShredCandidate
	for rs.Next() {
		var c StaffShredCandidate
		if err := rs.Scan(&c.TenantID, &c.ID); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rs.Err()
}

// ShredStaffMessages crypto-shreds a tenant's staff messages in one short
// transaction: sealed columns cleared, shredded_at set, data keys (the
// message's and its attachments') deleted,
// one audit event (action, actor) per message shredded. Messages already
// shredded are skipped; it returns the ids shredded.
func (s *Store) ShredStaffMessages(ctx context.Context, tenantID string, ids []string, actor, action string, at time.Time) ([]string, error) {
	return s.shredSealed(ctx, staffShred, tenantID, ids, actor, action, at)
}

// deleteStaffAttachmentKeys deletes the streaming keys of the staff
// messages' attachments (staffattachments.go), in tx.
func deleteStaffAttachmentKeys(ctx context.Context, tx txn, tenantID string, messageIDs []string) error {
	in, args := inList(2, messageIDs)
	_, err := tx.exec(ctx, `DELETE FROM data_keys WHERE tenant_id = $1 AND owner IN
		(SELECT 'attachment/' || id FROM staff_attachments WHERE tenant_id = $1 AND message_id IN `+in+`)`, append([]any{tenantID}, args...)...)
	return err
}

// StaffPoolMembers lists the ids of a pool's members.
func (s *Store) StaffPoolMembers(ctx context.Context, tenantID, pool string) ([]string, error) {
	rs, err := s.b.reader().query(ctx, `SELECT staff_id FROM staff_pool_members WHERE tenant_id = $1 AND pool = $2 ORDER BY staff_id LIMIT 1000`, tenantID, pool)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var out []string
	for rs.Next() {
		var id string
		if err := rs.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rs.Err()
}

// StaffShredStats summarises quick removal at now: messages shredded by
// the policy (shredded_at at or after shred_due_at), the largest lag
// between due and shred, and live messages overdue with the oldest due.
func (s *Store) StaffShredStats(ctx context.Context, now time.Time) (shredded int, maxLag time.Duration, overdue int, oldestDue *time.Time, err error) {
	q := s.b.reader()
	var lag *int64
	if err = q.queryRow(ctx, `SELECT COUNT(*), MAX(shredded_at - shred_due_at) FROM staff_messages WHERE shredded_at IS NOT NULL AND shredded_at >= shred_due_at`).Scan(&shredded, &lag); err != nil {
		return
	}
	if lag != nil {
		maxLag = time.Duration(*lag) * time.Microsecond
	}
	var od *int64
	if err = q.queryRow(ctx, `SELECT COUNT(*), MIN(shred_due_at) FROM staff_messages WHERE shredded_at IS NULL AND shred_due_at <= $1`, micros(now)).Scan(&overdue, &od); err != nil {
		return
	}
	oldestDue = optTime(od)
	return
}
