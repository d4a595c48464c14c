package store

import (
	"context"
	"time"

	"github.com/sealpost/sealpost/internal/audit"
)

// InboxItem is a message as its recipient's inbox lists it.
type InboxItem struct {
	Message     Message
	ReadAt      *time.Time
	ArchivedAt  *time.Time
	Attachments int
}

const inboxCols = `m.tenant_id, m.id, m.recipient_id, m.category, m.sensitivity, m.urgency, m.status, m.subject, m.body, m.notice_vars,
	m.correlation, m.expires_at, m.created_at, m.revoked_at, m.read_at, m.archived_at,
	(SELECT COUNT(*) FROM attachments a WHERE a.tenant_id = m.tenant_id AND a.message_id = m.id)`

func scanInboxItem(r row) (InboxItem, error) {
	var it InboxItem
	m := &it.Message
	var exp, rev, read, arch *int64
	var c int64
	if err := r.Scan(&m.TenantID, &m.ID, &m.RecipientID, &m.Category, &m.Sensitivity, &m.Urgency, &m.Status,
		&m.Subject, &m.Body, &m.NoticeVars, &m.Correlation, &exp, &c, &rev, &read, &arch, &it.Attachments); err != nil {
		return InboxItem{}, notFound(err)
	}
	m.ExpiresAt, m.CreatedAt, m.RevokedAt = optTime(exp), fromMicros(c), optTime(rev)
	it.ReadAt, it.ArchivedAt = optTime(read), optTime(arch)
	return it, nil
}

// ListInbox lists a recipient's messages — not revoked, not archived unless
// archived is true — live unread first, newest first. Expired messages (by
// status, or expires_at passed at now) are listed too: the caller shows them
// without content.
func (s *Store) ListInbox(ctx context.Context, tenantID, recipientID string, archived bool, now time.Time, limit int) ([]InboxItem, error) {
	arch := `m.archived_at IS NULL`
	if archived {
		arch = `m.archived_at IS NOT NULL`
	}
	rs, err := s.b.reader().query(ctx, `SELECT `+inboxCols+` FROM messages m
		WHERE m.tenant_id = $1 AND m.recipient_id = $2 AND m.status <> $3 AND `+arch+`
		ORDER BY CASE WHEN m.read_at IS NULL AND m.status <> $6 AND (m.expires_at IS NULL OR m.expires_at > $4) THEN 0 ELSE 1 END,
			m.created_at DESC, m.id DESC LIMIT $5`,
		tenantID, recipientID, StatusRevoked, micros(now), limit, StatusExpired)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var out []InboxItem
	for rs.Next() {
		it, err := scanInboxItem(rs)
		if err != nil {
			return nil, err
		}
		out = append(out, it)
	}
	return out, rs.Err()
}

// UnreadCount counts a recipient's live, unread, unarchived messages.
func (s *Store) UnreadCount(ctx context.Context, tenantID, recipientID string, now time.Time) (int, error) {
	var n int
	err := s.b.reader().queryRow(ctx, `SELECT COUNT(*) FROM messages WHERE tenant_id = $1 AND recipient_id = $2 AND status NOT IN ($3, $5)
		AND (expires_at IS NULL OR expires_at > $4) AND read_at IS NULL AND archived_at IS NULL`,
		tenantID, recipientID, StatusRevoked, micros(now), StatusExpired).Scan(&n)
	return n, err
}

// GetInboxItem loads one message of a recipient. A message of another
// recipient or tenant is ErrNotFound, exactly like a missing one.
func (s *Store) GetInboxItem(ctx context.Context, tenantID, recipientID, id string) (InboxItem, error) {
	return scanInboxItem(s.b.reader().queryRow(ctx, `SELECT `+inboxCols+` FROM messages m
		WHERE m.tenant_id = $1 AND m.recipient_id = $2 AND m.id = $3`, tenantID, recipientID, id))
}

// Inbox state changes.
const (
	InboxRead    = "read"
	InboxUnread  = "unread"
	InboxArchive = "archive"
)

// SetInboxState marks a recipient's message read, unread or archived and
// records ev in the same transaction: if the audit write fails, nothing
// changes. Opening a message is InboxRead with an open event; an already
// read message keeps its first read time. It returns once that transaction
// has committed; concurrent calls share transactions through the group
// commit (one fsync for many opens, where SQLite's single writer would
// otherwise commit them one by one).
func (s *Store) SetInboxState(ctx context.Context, tenantID, recipientID, id, op string, at time.Time, ev audit.Event) error {
	var q string
	args := []any{tenantID, recipientID, id}
	switch op {
	case InboxRead:
		q = `UPDATE messages SET read_at = COALESCE(read_at, $4) WHERE tenant_id = $1 AND recipient_id = $2 AND id = $3`
		args = append(args, micros(at))
	case InboxUnread:
		q = `UPDATE messages SET read_at = NULL WHERE tenant_id = $1 AND recipient_id = $2 AND id = $3`
	case InboxArchive:
		q = `UPDATE messages SET archived_at = COALESCE(archived_at, $4) WHERE tenant_id = $1 AND recipient_id = $2 AND id = $3`
		args = append(args, micros(at))
	default:
		return ErrNotFound
	}
	// In a shared transaction an ErrNotFound leaves the batch standing: it is
	// returned only before anything was written. Any other error (an audit
	// write that fails) rolls the batch back and reruns each call alone.
	return s.group.do(ctx, func(tx txn) error {
		n, err := tx.exec(ctx, q, args...)
		if err != nil {
			return err
		}
		if n == 0 {
			return ErrNotFound
		}
		return insertAudit(ctx, tx, ev)
	})
}
