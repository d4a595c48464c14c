package store

import (
	"context"
	"time"

	"github.com/sealpost/sealpost/internal/audit"
)

// Attachments of patient replies, the reply twin of attachments.go: bytes
// in blob storage under BlobKey, encrypted with a streaming key kept in
// data_keys as owner "attachment/<id>" (ids "rat_…", never meeting "att_…"
// or "sat_…"); the name sealed with the reply's data key ("reply/<id>").
// ShredReplies deletes these keys with the reply's own; the rows stay, for
// tidying the blobs. Attachment.MessageID names the reply.

const replyAttachmentCols = `tenant_id, id, reply_id, name, content_type, size, blob_key, created_at`

// ReplyAttachmentRule is what a new reply attachment must meet at the time
// it is recorded: the reply is the recipient's, created at or after
// NotBefore, with fewer than Max attachments.
type ReplyAttachmentRule struct {
	RecipientID string
	NotBefore   time.Time
	Max         int
}

// CreateReplyAttachment records an uploaded attachment of a reply and its
// wrapped streaming key, with ev, once its blob is committed. A reply that
// is missing, another tenant's or another recipient's is ErrNotFound, a
// shredded one ErrGone, one too old or with Max attachments already
// ErrConflict; nothing is written then.
func (s *Store) CreateReplyAttachment(ctx context.Context, a Attachment, rule ReplyAttachmentRule, wrappedKey []byte, ev audit.Event) error {
	if err := checkAudit([]audit.Event{ev}); err != nil {
		return err
	}
	return s.b.inTx(ctx, func(tx txn) error {
		var recipient string
		var created int64
		var shredded *int64
		if err := tx.queryRow(ctx, `SELECT recipient_id, created_at, shredded_at FROM replies WHERE tenant_id = $1 AND id = $2`+s.lockParent(),
			a.TenantID, a.MessageID).Scan(&recipient, &created, &shredded); err != nil {
			return notFound(err)
		}
		if recipient != rule.RecipientID {
			return ErrNotFound
		}
		if shredded != nil {
			return ErrGone
		}
		if created < micros(rule.NotBefore) {
			return ErrConflict
		}
		var n int
		if err := tx.queryRow(ctx, `SELECT COUNT(*) FROM reply_attachments WHERE tenant_id = $1 AND reply_id = $2`, a.TenantID, a.MessageID).Scan(&n); err != nil {
			return err
		}
		if n >= rule.Max {
			return ErrConflict
		}
		if err := putDataKey(ctx, tx, a.TenantID, "attachment/"+a.ID, wrappedKey, a.CreatedAt); err != nil {
			return err
		}
		if _, err := tx.exec(ctx, `INSERT INTO reply_attachments (`+replyAttachmentCols+`) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)`,
			a.TenantID, a.ID, a.MessageID, a.Name, a.ContentType, a.Size, a.BlobKey, micros(a.CreatedAt)); err != nil {
			return err
		}
		return insertAudit(ctx, tx, ev)
	})
}

// ListReplyAttachments lists a reply's attachments, oldest first (also
// after shredding: their blob keys, for tidying).
func (s *Store) ListReplyAttachments(ctx context.Context, tenantID, replyID string) ([]Attachment, error) {
	rs, err := s.b.reader().query(ctx, `SELECT `+replyAttachmentCols+` FROM reply_attachments WHERE tenant_id = $1 AND reply_id = $2
		ORDER BY created_at, id LIMIT 1000`, tenantID, replyID)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	out := []Attachment{}
	for rs.Next() {
		a, err := scanAttachment(rs)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rs.Err()
}

// GetReplyAttachment loads one attachment of a tenant's reply.
func (s *Store) GetReplyAttachment(ctx context.Context, tenantID, replyID, id string) (Attachment, error) {
	return scanAttachment(s.b.reader().queryRow(ctx, `SELECT `+replyAttachmentCols+` FROM reply_attachments WHERE tenant_id = $1 AND reply_id = $2 AND id = $3`,
		tenantID, replyID, id))
}

// deleteReplyAttachmentKeys deletes the streaming keys of the listed
// replies' attachments (inside ShredReplies' transaction).
func deleteReplyAttachmentKeys(ctx context.Context, tx txn, tenantID string, replyIDs []string) error {
	in, args := inList(2, replyIDs)
	_, err := tx.exec(ctx, `DELETE FROM data_keys WHERE tenant_id = $1 AND owner IN
		(SELECT 'attachment/' || id FROM reply_attachments WHERE tenant_id = $1 AND reply_id IN `+in+`)`, append([]any{tenantID}, args...)...)
	return err
}
