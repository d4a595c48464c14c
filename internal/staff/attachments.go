package staff

import (
	"context"
	"errors"
	"time"

	"github.com/sealpost/sealpost/internal/ids"
	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/store"
)

// Attachments of staff messages, exactly as patient messages have them
// (service/attachments.go): the portal uploads a file to its own staff
// message, encrypted as it arrives under a fresh streaming key into blob
// storage, its name sealed with the message's data key; staff who may open
// the message download it (audited as an open); shredding the message
// deletes the attachments' keys with the message's (crypto-shred), then
// their blobs.

// PrefixAttachment prefixes staff attachment ids.
const PrefixAttachment = "sat"

// Audit actions of staff attachments.
const (
	ActionAttachmentUpload = "staff_attachment.upload"
	ActionAttachmentOpen   = "staff_attachment.open"
)

func staffBlobKey(tenantID, id string) string { return "staff-attachments/" + tenantID + "/" + id }

func nameAAD(id string) string { return "attachment_name/" + id }

// UploadAttachment (tenant API) stores a file on the tenant's staff
// message. Bad headers are KindInvalid, over --attachment-max-bytes
// KindTooLarge, a short body KindTruncated, an unknown message (or another
// tenant's) KindNotFound, a shredded one (or one past its removal time)
// KindGone; in every such case nothing is kept.
func (s *Service) UploadAttachment(ctx context.Context, p service.Principal, messageID string, in service.UploadInput) (service.AttachmentView, error) {
	blobs := s.svc.Blobs()
	if blobs == nil {
		return service.AttachmentView{}, errors.New("staff: no attachment storage configured")
	}
	if !ids.Valid(PrefixMessage, messageID) {
		return service.AttachmentView{}, errNotFound
	}
	name, ctype, err := s.svc.CheckUpload(in)
	if err != nil {
		return service.AttachmentView{}, err
	}
	m, err := s.st.GetStaffMessage(ctx, p.TenantID, messageID)
	if errors.Is(err, store.ErrNotFound) {
		return service.AttachmentView{}, errNotFound
	}
	if err != nil {
		return service.AttachmentView{}, err
	}
	if removed(m, s.now()) {
		return service.AttachmentView{}, errGone
	}
	dk, err := s.sealer.OpenDataKey(ctx, p.TenantID, "staffmsg/"+messageID, m.Wrapped)
	if err != nil {
		return service.AttachmentView{}, err
	}
	id := ids.New(PrefixAttachment)
	key := staffBlobKey(p.TenantID, id)
	n, wrapped, err := s.svc.StoreUpload(ctx, p.TenantID, store.StaffAttachmentOwner(id), key, in)
	if err != nil {
		return service.AttachmentView{}, err
	}
	sealedName, err := dk.Seal(nameAAD(id), []byte(name))
	if err != nil {
		_ = blobs.Delete(ctx, key)
		return service.AttachmentView{}, err
	}
	now := s.now()
	a := store.Attachment{TenantID: p.TenantID, ID: id, MessageID: messageID, Name: sealedName, ContentType: ctype, Size: n, BlobKey: key, CreatedAt: now}
	if err := s.st.CreateStaffAttachment(ctx, a, wrapped, s.event(p.TenantID, p.Actor(), ActionAttachmentUpload, "staff_attachment", id)); err != nil {
		_ = blobs.Delete(ctx, key)
		switch {
		case errors.Is(err, store.ErrGone):
			return service.AttachmentView{}, errGone
		case errors.Is(err, store.ErrNotFound):
			return service.AttachmentView{}, errNotFound
		}
		return service.AttachmentView{}, err
	}
	return service.AttachmentView{ID: id, Name: name, ContentType: ctype, Size: n, CreatedAt: now}, nil
}

// removed says whether a message's content is gone: shredded, or past its
// removal time and waiting for the next shredding pass (fail closed;
// service/overdue.go).
func removed(m store.StaffMessage, now time.Time) bool { return service.StaffMessageGone(m, now) }

// dataKey is a staff message's data key, as OpenDataKey returns it.
type dataKey interface {
	Open(string, []byte) ([]byte, error)
}

// attachmentViews lists a message's attachments with names opened by dk.
func (s *Service) attachmentViews(ctx context.Context, m store.StaffMessage, dk dataKey) ([]service.AttachmentView, error) {
	as, err := s.st.ListStaffAttachments(ctx, m.TenantID, m.ID)
	if err != nil {
		return nil, err
	}
	out := make([]service.AttachmentView, 0, len(as))
	for _, a := range as {
		n, err := dk.Open(nameAAD(a.ID), a.Name)
		if err != nil {
			return nil, err
		}
		out = append(out, service.AttachmentView{ID: a.ID, Name: string(n), ContentType: a.ContentType, Size: a.Size, CreatedAt: a.CreatedAt})
	}
	return out, nil
}

// OpenAttachment checks access exactly as Open does (the staff member it
// is addressed to, or a member of its pool; anything else KindNotFound,
// audited; a shredded message, or one past its removal time, KindGone),
// records the download in the audit
// chain as an open by the staff member (refusing if that fails) and returns
// the decrypting stream (close it when done; a Read error means the
// ciphertext did not authenticate).
func (s *Service) OpenAttachment(ctx context.Context, p Principal, messageID, id string) (service.Download, error) {
	m, err := s.message(ctx, p, messageID)
	if err != nil {
		return service.Download{}, err
	}
	if removed(m, s.now()) {
		return service.Download{}, errGone
	}
	if !ids.Valid(PrefixAttachment, id) {
		return service.Download{}, errNotFound
	}
	a, err := s.st.GetStaffAttachment(ctx, p.TenantID, messageID, id)
	if errors.Is(err, store.ErrNotFound) {
		if err := s.Denied(ctx, p.TenantID, p.Actor(), "staff_attachment", id); err != nil {
			return service.Download{}, err
		}
		return service.Download{}, errNotFound
	}
	if err != nil {
		return service.Download{}, err
	}
	dk, err := s.sealer.OpenDataKey(ctx, p.TenantID, "staffmsg/"+messageID, m.Wrapped)
	if err != nil {
		return service.Download{}, err
	}
	name, err := dk.Open(nameAAD(a.ID), a.Name)
	if err != nil {
		return service.Download{}, err
	}
	owner := store.StaffAttachmentOwner(a.ID)
	wrapped, err := s.st.DataKey(ctx, a.TenantID, owner)
	if errors.Is(err, store.ErrNotFound) {
		return service.Download{}, errGone // shredded meanwhile
	}
	if err != nil {
		return service.Download{}, err
	}
	if err := s.st.AppendAudit(ctx, s.event(p.TenantID, p.Actor(), ActionAttachmentOpen, "staff_attachment", a.ID)); err != nil {
		return service.Download{}, err
	}
	body, err := s.svc.OpenUpload(ctx, a.TenantID, owner, a.BlobKey, wrapped)
	if err != nil {
		return service.Download{}, err
	}
	return service.Download{AttachmentView: service.AttachmentView{ID: a.ID, Name: string(name), ContentType: a.ContentType, Size: a.Size, CreatedAt: a.CreatedAt},
		Body: body}, nil
}

// deleteAttachmentBlobs removes the blobs of shredded messages'
// attachments (their keys went with the shred, so this is tidying, not
// the shredding). Failures are logged by id only.
func (s *Service) deleteAttachmentBlobs(ctx context.Context, tenantID string, messageIDs []string) {
	blobs := s.svc.Blobs()
	if blobs == nil {
		return
	}
	for _, mid := range messageIDs {
		as, err := s.st.ListStaffAttachments(ctx, tenantID, mid)
		if err != nil {
			s.log.Warn("staff attachment blobs not listed after shred", "message_id", mid, "err", err)
			continue
		}
		for _, a := range as {
			if err := blobs.Delete(ctx, a.BlobKey); err != nil {
				s.log.Warn("staff attachment blob not deleted after shred", "attachment_id", a.ID, "err", err)
			}
		}
	}
}
