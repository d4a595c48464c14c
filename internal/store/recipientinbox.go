package store

import (
	"context"
	"time"
)

// The portal backend's metadata-only view of a recipient's inbox: the
// columns it reads are never the sealed ones (subject, body, notice
// variables, correlation id), so nothing sealed leaves this query.

// InboxPage is the position after the last message of a page of
// RecipientInbox: messages strictly older (created at, then id) follow.
type InboxPage struct {
	CreatedAt time.Time
	ID        string
}

const inboxMetaCols = `m.id, m.category, m.sensitivity, m.urgency, m.status, m.expires_at, m.created_at, m.revoked_at,
	m.read_at, m.archived_at,
	(SELECT COUNT(*) FROM attachments a WHERE a.tenant_id = m.tenant_id AND a.message_id = m.id)`

// RecipientInbox lists a recipient's messages newest first — every message,
// revoked, expired and archived ones included — with metadata only: the
// returned items' sealed fields are nil. after (nil for the first page)
// continues a previous page.
func (s *Store) RecipientInbox(ctx context.Context, tenantID, recipientID string, after *InboxPage, limit int) ([]InboxItem, error) {
	q := `SELECT ` + inboxMetaCols + ` FROM messages m WHERE m.tenant_id = $1 AND m.recipient_id = $2`
	args := []any{tenantID, recipientID}
	limitArg := `$3`
	if after != nil {
		// Placeholders in the order they appear: SQLite numbers named
		// parameters by first appearance.
		q += ` AND (m.created_at < $3 OR (m.created_at = $3 AND m.id < $4))`
		args = append(args, micros(after.CreatedAt), after.ID)
		limitArg = `$5`
	}
	q += ` ORDER BY m.created_at DESC, m.id DESC LIMIT ` + limitArg
	args = append(args, limit)
	rs, err := s.b.reader().query(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var out []InboxItem
	for rs.Next() {
		var it InboxItem
		m := &it.Message
		var exp, rev, read, arch *int64
		var c int64
		if err := rs.Scan(&m.ID, &m.Category, &m.Sensitivity, &m.Urgency, &m.Status, &exp, &c, &rev, &read, &arch, &it.Attachments); err != nil {
			return nil, err
		}
		m.TenantID, m.RecipientID = tenantID, recipientID
		m.ExpiresAt, m.CreatedAt, m.RevokedAt = optTime(exp), fromMicros(c), optTime(rev)
		it.ReadAt, it.ArchivedAt = optTime(read), optTime(arch)
		out = append(out, it)
	}
	return out, rs.Err()
}
