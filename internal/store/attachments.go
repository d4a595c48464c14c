package store

import (
	"context"
	"time"

	"github.com/sealpost/sealpost/internal/audit"
)

// Attachment is an encrypted file of a message. Its bytes live in blob
// storage under BlobKey, encrypted with a streaming key kept in data_keys as
// owner "attachment/<id>"; its name is sealed with the message's data key.
type Attachment struct {
	TenantID    string
	ID          string
	MessageID   string
	Name        []byte // sealed
	ContentType string
	Size        int64
	BlobKey     string
	CreatedAt   time.Time
}

const attachmentCols = `tenant_id, id, message_id, name, content_type, size, blob_key, created_at`

func scanAttachment(r row) (Attachment, error) {
	var a Attachment
	var c int64
	if err := r.Scan(&a.TenantID, &a.ID, &a.MessageID, &a.Name, &a.ContentType, &a.Size, &a.BlobKey, &c); err != nil {
		return Attachment{}, notFound(err)
	}
	a.CreatedAt = fromMicros(c)
	return a, nil
}

// CreateAttachment records an uploaded attachment and its wrapped streaming
// key, with ev, once its blob is committed. The message must exist in the
// tenant and be neither revoked nor shredded (ErrNotFound / ErrGone).
func (s *Store) CreateAttachment(ctx context.Context, a Attachment, wrappedKey []byte, ev audit.Event) error {
	return s.b.inTx(ctx, func(tx txn) error {
		var status string
		var shredded *int64
		if err := tx.queryRow(ctx, `SELECT status, shredded_at FROM messages WHERE tenant_id = $1 AND id = $2`+s.lockParent(),
			a.TenantID, a.MessageID).Scan(&status, &shredded); err != nil {
			return notFound(err)
		}
		if ContentGone(status) || shredded != nil {
			return ErrGone
		}
		if err := putDataKey(ctx, tx, a.TenantID, "attachment/"+a.ID, wrappedKey, a.CreatedAt); err != nil {
			return err
		}
		if _, err := tx.exec(ctx, `INSERT INTO attachments (`+attachmentCols+`) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)`,
			a.TenantID, a.ID, a.MessageID, a.Name, a.ContentType, a.Size, a.BlobKey, micros(a.CreatedAt)); err != nil {
			return err
		}
		return insertAudit(ctx, tx, ev)
	})
}

// lockParent is the clause an attachment upload reads its message, staff
// message or reply with. On PostgreSQL the row is locked (FOR NO KEY
// UPDATE: uploads of one row wait for each other, so a count limit holds,
// and the shred's FOR UPDATE waits for the upload or the upload for the
// shred; pgAttachmentsOfSQL says why the shred then sees the attachment).
// SQLite's write transactions are serial (_txlock=immediate), so there
// it needs none.
func (s *Store) lockParent() string {
	if s.b.name() == "postgres" {
		return " FOR NO KEY UPDATE"
	}
	return ""
}

// ListAttachments lists a message's attachments, oldest first.
func (s *Store) ListAttachments(ctx context.Context, tenantID, messageID string) ([]Attachment, error) {
	rs, err := s.b.reader().query(ctx, `SELECT `+attachmentCols+` FROM attachments WHERE tenant_id = $1 AND message_id = $2 ORDER BY created_at, id`, tenantID, messageID)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var out []Attachment
	for rs.Next() {
		a, err := scanAttachment(rs)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rs.Err()
}

// GetAttachment loads one attachment of a message.
func (s *Store) GetAttachment(ctx context.Context, tenantID, messageID, id string) (Attachment, error) {
	return scanAttachment(s.b.reader().queryRow(ctx, `SELECT `+attachmentCols+` FROM attachments WHERE tenant_id = $1 AND message_id = $2 AND id = $3`,
		tenantID, messageID, id))
}
