package store

import (
	"context"

	"github.com/sealpost/sealpost/internal/audit"
)

// Attachments of staff messages, the staff twin of attachments.go: bytes in
// blob storage under BlobKey, encrypted with a streaming key kept in
// data_keys as owner "attachment/<id>" (the stream-key owner the sealer and
// key rotation know; staff attachment ids, "sat_…", never meet patient
// ones, "att_…"); the name sealed with the message's data key
// ("staffmsg/<message id>"). ShredStaffMessages deletes these keys with the
// message's own.

// StaffAttachmentOwner is the data_keys owner of a staff attachment's
// streaming key.
func StaffAttachmentOwner(id string) string { return "attachment/" + id }

const staffAttachmentCols = `tenant_id, id, message_id, name, content_type, size, blob_key, created_at`

// CreateStaffAttachment records an uploaded attachment of a staff message
// and its wrapped streaming key, with ev, once its blob is committed. The
// message must exist in the tenant (ErrNotFound) and not be shredded
// (ErrGone). a.MessageID names the staff message.
func (s *Store) CreateStaffAttachment(ctx context.Context, a Attachment, wrappedKey []byte, ev audit.Event) error {
	if err := checkAudit([]audit.Event{ev}); err != nil {
		return err
	}
	return s.b.inTx(ctx, func(tx txn) error {
		var shredded *int64
		if err := tx.queryRow(ctx, `SELECT shredded_at FROM staff_messages WHERE tenant_id = $1 AND id = $2`+s.lockParent(), a.TenantID, a.MessageID).Scan(&shredded); err != nil {
			return notFound(err)
		}
		if shredded != nil {
			return ErrGone
		}
		if err := putDataKey(ctx, tx, a.TenantID, StaffAttachmentOwner(a.ID), wrappedKey, a.CreatedAt); err != nil {
			return err
		}
		if _, err := tx.exec(ctx, `INSERT INTO staff_attachments (`+staffAttachmentCols+`) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)`,
			a.TenantID, a.ID, a.MessageID, a.Name, a.ContentType, a.Size, a.BlobKey, micros(a.CreatedAt)); err != nil {
			return err
		}
		return insertAudit(ctx, tx, ev)
	})
}

// ListStaffAttachments lists a staff message's attachments, oldest first
// (also after shredding: their blob keys, for tidying).
func (s *Store) ListStaffAttachments(ctx context.Context, tenantID, messageID string) ([]Attachment, error) {
	rs, err := s.b.reader().query(ctx, `SELECT `+staffAttachmentCols+` FROM staff_attachments WHERE tenant_id = $1 AND message_id = $2 ORDER BY created_at, id LIMIT 1000`, tenantID, messageID)
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

// GetStaffAttachment loads one attachment of a staff message.
func (s *Store) GetStaffAttachment(ctx context.Context, tenantID, messageID, id string) (Attachment, error) {
	return scanAttachment(s.b.reader().queryRow(ctx, `SELECT `+staffAttachmentCols+` FROM staff_attachments WHERE tenant_id = $1 AND message_id = $2 AND id = $3`,
		tenantID, messageID, id))
}
