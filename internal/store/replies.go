package store

import (
	"context"
	"errors"
	"time"

	"github.com/riverqueue/river"
	"github.com/sealpost/sealpost/internal/audit"
)

// Patients' replies (issue 18): a reply answers one message of its
// recipient; its thread is the conversation's first message. The body is
// sealed with the reply's own data key ("reply/<id>") and cleared, with the
// key, when the reply is shredded. A staff answer is a message sent to the
// patient through the normal ingest path; the reply row names it
// (answer_message_id), which is how that message joins the thread.

// Reply is one patient reply.
type Reply struct {
	TenantID    string
	ID          string
	MessageID   string // the message answered
	ThreadID    string // the thread's first message
	RecipientID string
	Pool        string
	Body        []byte // sealed; nil once shredded
	CreatedAt   time.Time
	FirstReadAt *time.Time
	FirstReadBy string // the audit actor of the first read
	ShredDueAt  *time.Time
	ShreddedAt  *time.Time
	// AnsweredBy is the audit actor who answered ("api_key:<prefix>",
	// "staff:<id>"); AnswerMessageID the message sent back.
	AnsweredBy      string
	AnswerMessageID string
	AnsweredAt      *time.Time
}

// NewReply is a reply with what its creation writes in the same
// transaction: its data key, its audit event and its jobs (webhook events).
type NewReply struct {
	Reply   Reply
	DataKey []byte // wrapped
	Event   audit.Event
	Jobs    []river.InsertManyParams
}

const replyCols = `tenant_id, id, message_id, thread_id, recipient_id, pool, body, created_at, first_read_at, COALESCE(first_read_by, ''), shred_due_at, shredded_at,
	COALESCE(answered_by, ''), COALESCE(answer_message_id, ''), answered_at`

func scanReply(r row) (Reply, error) {
	var p Reply
	var c int64
	var read, due, shred, ans *int64
	if err := r.Scan(&p.TenantID, &p.ID, &p.MessageID, &p.ThreadID, &p.RecipientID, &p.Pool, &p.Body, &c, &read, &p.FirstReadBy, &due, &shred,
		&p.AnsweredBy, &p.AnswerMessageID, &ans); err != nil {
		return Reply{}, notFound(err)
	}
	p.CreatedAt, p.FirstReadAt, p.ShredDueAt, p.ShreddedAt, p.AnsweredAt = fromMicros(c), optTime(read), optTime(due), optTime(shred), optTime(ans)
	return p, nil
}

// CreateReply stores a reply, its data key, its audit event and its jobs in
// one transaction: no reply without its event, no event without its reply.
func (s *Store) CreateReply(ctx context.Context, n NewReply) error {
	p := n.Reply
	return s.b.inTx(ctx, func(tx txn) error {
		if _, err := tx.exec(ctx, `INSERT INTO replies (tenant_id, id, message_id, thread_id, recipient_id, pool, body, created_at, shred_due_at)
			VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)`,
			p.TenantID, p.ID, p.MessageID, p.ThreadID, p.RecipientID, p.Pool, p.Body, micros(p.CreatedAt), optMicros(p.ShredDueAt)); err != nil {
			return err
		}
		if err := putDataKey(ctx, tx, p.TenantID, "reply/"+p.ID, n.DataKey, p.CreatedAt); err != nil {
			return err
		}
		if err := insertAudit(ctx, tx, n.Event); err != nil {
			return err
		}
		return tx.insertJobs(ctx, n.Jobs)
	})
}

// GetReply loads a tenant's reply; another tenant's is ErrNotFound.
func (s *Store) GetReply(ctx context.Context, tenantID, id string) (Reply, error) {
	return scanReply(s.b.reader().queryRow(ctx, `SELECT `+replyCols+` FROM replies WHERE tenant_id = $1 AND id = $2`, tenantID, id))
}

// ThreadOf is the thread a message belongs to: the thread of the reply it
// answers when it is a staff answer, else the message itself.
func (s *Store) ThreadOf(ctx context.Context, tenantID, messageID string) (string, error) {
	var t string
	err := s.b.reader().queryRow(ctx, `SELECT thread_id FROM replies WHERE tenant_id = $1 AND answer_message_id = $2`, tenantID, messageID).Scan(&t)
	if errors.Is(notFound(err), ErrNotFound) {
		return messageID, nil
	}
	return t, err
}

// ThreadReplies lists a thread's replies, oldest first.
func (s *Store) ThreadReplies(ctx context.Context, tenantID, threadID string, limit int) ([]Reply, error) {
	return s.replies(ctx, `SELECT `+replyCols+` FROM replies WHERE tenant_id = $1 AND thread_id = $2 ORDER BY created_at, id LIMIT $3`,
		tenantID, threadID, limit)
}

// CountThreadReplies counts a recipient's replies in a thread created
// since (one range of replies_thread).
func (s *Store) CountThreadReplies(ctx context.Context, tenantID, threadID, recipientID string, since time.Time) (int, error) {
	var n int
	err := s.b.reader().queryRow(ctx, `SELECT COUNT(*) FROM replies WHERE tenant_id = $1 AND thread_id = $2 AND created_at >= $3 AND recipient_id = $4`,
		tenantID, threadID, micros(since), recipientID).Scan(&n)
	return n, err
}

// PoolReplies lists the replies of a tenant's pool, newest first, created
// before the cursor (zero: from the newest).
func (s *Store) PoolReplies(ctx context.Context, tenantID, pool string, before time.Time, limit int) ([]Reply, error) {
	if before.IsZero() {
		before = time.UnixMicro(1<<62 - 1)
	}
	return s.replies(ctx, `SELECT `+replyCols+` FROM replies WHERE tenant_id = $1 AND pool = $2 AND created_at < $3
		ORDER BY created_at DESC, id DESC LIMIT $4`, tenantID, pool, micros(before), limit)
}

func (s *Store) replies(ctx context.Context, q string, args ...any) ([]Reply, error) {
	rs, err := s.b.reader().query(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	out := []Reply{}
	for rs.Next() {
		p, err := scanReply(rs)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rs.Err()
}

// OpenReply records a read of a live reply: its audit event and, on the
// first read, first_read_at and first_read_by (the event's actor), in one
// transaction. A shredded reply is
// ErrGone; a missing one ErrNotFound. first reports whether this read was
// the first.
func (s *Store) OpenReply(ctx context.Context, tenantID, id string, at time.Time, ev audit.Event) (first bool, err error) {
	err = s.b.inTx(ctx, func(tx txn) error {
		var shredded, read *int64
		if err := tx.queryRow(ctx, `SELECT shredded_at, first_read_at FROM replies WHERE tenant_id = $1 AND id = $2`, tenantID, id).Scan(&shredded, &read); err != nil {
			return notFound(err)
		}
		if shredded != nil {
			return ErrGone
		}
		first = read == nil
		if first {
			if _, err := tx.exec(ctx, `UPDATE replies SET first_read_at = $3, first_read_by = $4 WHERE tenant_id = $1 AND id = $2 AND first_read_at IS NULL`,
				tenantID, id, micros(at), ev.Actor); err != nil {
				return err
			}
		}
		return insertAudit(ctx, tx, ev)
	})
	return first, err
}

// SetReplyShredDue brings a live reply's shred time forward to due (a later
// due than the one set changes nothing).
func (s *Store) SetReplyShredDue(ctx context.Context, tenantID, id string, due time.Time) error {
	return s.b.inTx(ctx, func(tx txn) error {
		_, err := tx.exec(ctx, `UPDATE replies SET shred_due_at = $3 WHERE tenant_id = $1 AND id = $2 AND shredded_at IS NULL
			AND (shred_due_at IS NULL OR shred_due_at > $3)`, tenantID, id, micros(due))
		return err
	})
}

// ClaimReplyAnswer marks a live reply answered by actor with the message
// that will carry the answer, with its audit event, in one transaction. A
// reply already answered is ErrConflict, a shredded one ErrGone; nothing
// is written then.
func (s *Store) ClaimReplyAnswer(ctx context.Context, tenantID, id, actor, messageID string, at time.Time, ev audit.Event) error {
	return s.b.inTx(ctx, func(tx txn) error {
		n, err := tx.exec(ctx, `UPDATE replies SET answered_by = $3, answer_message_id = $4, answered_at = $5
			WHERE tenant_id = $1 AND id = $2 AND answer_message_id IS NULL AND shredded_at IS NULL`, tenantID, id, actor, messageID, micros(at))
		if err != nil {
			return err
		}
		if n == 0 {
			p, err := scanReply(tx.queryRow(ctx, `SELECT `+replyCols+` FROM replies WHERE tenant_id = $1 AND id = $2`, tenantID, id))
			switch {
			case err != nil:
				return err
			case p.ShreddedAt != nil:
				return ErrGone
			}
			return ErrConflict
		}
		return insertAudit(ctx, tx, ev)
	})
}

// ReleaseReplyAnswer undoes a claim whose answer message could not be
// stored (the reply may be answered again).
func (s *Store) ReleaseReplyAnswer(ctx context.Context, tenantID, id, messageID string) error {
	return s.b.inTx(ctx, func(tx txn) error {
		_, err := tx.exec(ctx, `UPDATE replies SET answered_by = NULL, answer_message_id = NULL, answered_at = NULL
			WHERE tenant_id = $1 AND id = $2 AND answer_message_id = $3`, tenantID, id, messageID)
		return err
	})
}

// DueReplies lists up to limit live replies whose shred_due_at has passed
// at now, oldest due first (one probe of replies_shred_due).
func (s *Store) DueReplies(ctx context.Context, now time.Time, limit int) ([]ShredCandidate, error) {
	rs, err := s.b.reader().query(ctx, `SELECT tenant_id, id FROM replies WHERE shredded_at IS NULL AND shred_due_at <= $1
		ORDER BY shred_due_at LIMIT $2`, micros(now), limit)
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

// PurgeShreddedReplies deletes up to limit replies shredded before cutoff:
// the metadata retention, as for messages, with their attachments' rows.
// Their audit events stay.
func (s *Store) PurgeShreddedReplies(ctx context.Context, before time.Time, limit int) (int, error) {
	var n int64
	err := s.b.inTx(ctx, func(tx txn) error {
		if _, err := tx.exec(ctx, `DELETE FROM reply_attachments WHERE (tenant_id, reply_id) IN
			(SELECT tenant_id, id FROM replies WHERE shredded_at IS NOT NULL AND shredded_at < $1)`, micros(before)); err != nil {
			return err
		}
		var err error
		n, err = tx.exec(ctx, `DELETE FROM replies WHERE (tenant_id, id) IN
			(SELECT tenant_id, id FROM replies WHERE shredded_at IS NOT NULL AND shredded_at < $1 LIMIT $2)`, micros(before), limit)
		return err
	})
	return int(n), err
}

// ShredReplies crypto-shreds a tenant's replies in one transaction: body
// cleared, data key and attachments' keys deleted, one audit event each (actor). Replies already
// shredded are skipped. It returns the ids it shredded.
func (s *Store) ShredReplies(ctx context.Context, tenantID string, ids []string, actor string, at time.Time) ([]string, error) {
	return s.shredSealed(ctx, replyShred, tenantID, ids, actor, audit.ActionReplyShred, at)
}
