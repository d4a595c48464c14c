package service

import (
	"context"
	"errors"
	"time"

	"github.com/sealpost/sealpost/internal/audit"
	"github.com/sealpost/sealpost/internal/ids"
	"github.com/sealpost/sealpost/internal/store"
)

// Attachments of patient replies (issue 18 item 5): the patient adds files
// to a reply of theirs shortly after sending it, each streamed and
// encrypted under a fresh key into blob storage (the shared helpers of
// uploads.go), its name sealed with the reply's data key; the portal (its
// key) and the pool's staff download them, audited; shredding the reply
// deletes their keys with its own, then their blobs.

// Reply attachment limits.
const (
	// ReplyAttachmentWindow is how long after sending a reply the patient
	// may add files to it.
	ReplyAttachmentWindow = 15 * time.Minute
	// MaxReplyAttachments bounds the files of one reply.
	MaxReplyAttachments   = 5
	replyAttachmentPrefix = "rat"
)

// Audit actions of reply attachments.
const (
	ActionReplyAttachmentUpload = "reply_attachment.upload"
	ActionReplyAttachmentOpen   = "reply_attachment.open"
)

var (
	errReplyAttachmentsClosed = &Error{Kind: KindLimitReached, Detail: "files can be added to a reply only within 15 minutes of sending it"}
	errReplyAttachmentsFull   = &Error{Kind: KindLimitReached, Detail: "a reply has at most 5 files"}
)

func replyBlobKey(tenantID, id string) string { return "reply-attachments/" + tenantID + "/" + id }

func replyAttachmentNameAAD(id string) string { return "attachment_name/" + id }

// replyDataKey opens a live reply's data key (KindGone once shredded).
func (s *Service) replyDataKey(ctx context.Context, p store.Reply) (interface {
	Seal(string, []byte) ([]byte, error)
	Open(string, []byte) ([]byte, error)
}, error) {
	if s.replyGone(p) {
		return nil, errReplyGone
	}
	owner := "reply/" + p.ID
	wrapped, err := s.st.DataKey(ctx, p.TenantID, owner)
	if errors.Is(err, store.ErrNotFound) {
		return nil, errReplyGone
	}
	if err != nil {
		return nil, err
	}
	return s.sealer.OpenDataKey(ctx, p.TenantID, owner, wrapped)
}

// UploadReplyAttachment stores a file on one of the session's replies to
// messageID, after the checks of opening that message. Another recipient's reply, one to another message, or an
// unknown one is KindNotFound, a
// shredded one KindGone, one older than ReplyAttachmentWindow or with
// MaxReplyAttachments already KindLimitReached; bad headers KindInvalid,
// over the size limit KindTooLarge, a short body KindTruncated. In every
// such case nothing is kept.
func (s *Service) UploadReplyAttachment(ctx context.Context, ses Session, messageID, replyID string, in UploadInput) (AttachmentView, error) {
	blobs := s.Blobs()
	if blobs == nil {
		return AttachmentView{}, errors.New("service: no attachment storage configured")
	}
	// The same checks as opening the message (signed in, the session's
	// own, live, a fresh factor for restricted content; refusals audited).
	if _, err := s.inboxItem(ctx, ses, messageID); err != nil {
		return AttachmentView{}, err
	}
	p, err := s.reply(ctx, ses.TenantID, replyID)
	if err != nil {
		return AttachmentView{}, err
	}
	if p.RecipientID != ses.RecipientID || p.MessageID != messageID {
		return AttachmentView{}, errNoReply
	}
	if s.replyGone(p) {
		return AttachmentView{}, errReplyGone
	}
	name, ctype, err := s.CheckUpload(in)
	if err != nil {
		return AttachmentView{}, err
	}
	notBefore := time.Now().Add(-ReplyAttachmentWindow)
	if p.CreatedAt.Before(notBefore) {
		return AttachmentView{}, errReplyAttachmentsClosed
	}
	if as, err := s.st.ListReplyAttachments(ctx, ses.TenantID, replyID); err != nil {
		return AttachmentView{}, err
	} else if len(as) >= MaxReplyAttachments {
		return AttachmentView{}, errReplyAttachmentsFull
	}
	dk, err := s.replyDataKey(ctx, p)
	if err != nil {
		return AttachmentView{}, err
	}
	id := ids.New(replyAttachmentPrefix)
	key := replyBlobKey(ses.TenantID, id)
	n, wrapped, err := s.StoreUpload(ctx, ses.TenantID, "attachment/"+id, key, in)
	if err != nil {
		return AttachmentView{}, err
	}
	sealedName, err := dk.Seal(replyAttachmentNameAAD(id), []byte(name))
	if err != nil {
		_ = blobs.Delete(ctx, key)
		return AttachmentView{}, err
	}
	now := time.Now().UTC().Truncate(time.Microsecond)
	a := store.Attachment{TenantID: ses.TenantID, ID: id, MessageID: replyID, Name: sealedName, ContentType: ctype, Size: n, BlobKey: key, CreatedAt: now}
	rule := store.ReplyAttachmentRule{RecipientID: ses.RecipientID, NotBefore: notBefore, Max: MaxReplyAttachments}
	ev := audit.Event{TenantID: ses.TenantID, At: now, Actor: ses.Actor(), Action: ActionReplyAttachmentUpload, ObjectType: "reply_attachment", ObjectID: id}
	if err := s.st.CreateReplyAttachment(ctx, a, rule, wrapped, ev); err != nil {
		_ = blobs.Delete(ctx, key)
		switch {
		case errors.Is(err, store.ErrGone):
			return AttachmentView{}, errReplyGone
		case errors.Is(err, store.ErrNotFound):
			return AttachmentView{}, errNoReply
		case errors.Is(err, store.ErrConflict):
			return AttachmentView{}, errReplyAttachmentsFull
		}
		return AttachmentView{}, err
	}
	return AttachmentView{ID: id, Name: name, ContentType: ctype, Size: n, CreatedAt: now}, nil
}

// replyAttachmentViews lists a live reply's attachments with their names
// opened (nil for a shredded reply: the names are gone with its key).
func (s *Service) replyAttachmentViews(ctx context.Context, p store.Reply) ([]AttachmentView, error) {
	if s.replyGone(p) {
		return nil, nil
	}
	as, err := s.st.ListReplyAttachments(ctx, p.TenantID, p.ID)
	if err != nil || len(as) == 0 {
		return nil, err
	}
	dk, err := s.replyDataKey(ctx, p)
	var se *Error
	if errors.As(err, &se) && se.Kind == KindGone {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	out := make([]AttachmentView, 0, len(as))
	for _, a := range as {
		n, err := dk.Open(replyAttachmentNameAAD(a.ID), a.Name)
		if err != nil {
			return nil, err
		}
		out = append(out, AttachmentView{ID: a.ID, Name: string(n), ContentType: a.ContentType, Size: a.Size, CreatedAt: a.CreatedAt})
	}
	return out, nil
}

// OpenReplyAttachment returns the decrypting stream of a reply's
// attachment for actor ("api_key:<prefix>", "staff:<id>"; the caller has
// checked the actor may read the reply), recording the download in the
// audit chain first. A shredded reply is KindGone, an unknown reply or
// attachment KindNotFound. Close the body when done; a Read error means
// the ciphertext did not authenticate.
func (s *Service) OpenReplyAttachment(ctx context.Context, tenantID, replyID, id, actor string) (Download, error) {
	p, err := s.reply(ctx, tenantID, replyID)
	if err != nil {
		return Download{}, err
	}
	return s.openReplyAttachment(ctx, p, id, actor, nil)
}

// OpenOwnReplyAttachment is the patient's download of a file of their own
// reply to messageID: the checks of opening that message first (signed in,
// the session's own, live, a fresh factor for restricted content; refusals
// audited), then the reply must be the session's and answer that message,
// and the attachment must be the reply's — anything else is KindNotFound,
// audited as access.denied like a refused message or attachment. The
// download is audited as the recipient before any byte is returned.
func (s *Service) OpenOwnReplyAttachment(ctx context.Context, ses Session, messageID, replyID, id string) (Download, error) {
	if _, err := s.inboxItem(ctx, ses, messageID); err != nil {
		return Download{}, err
	}
	p, err := s.reply(ctx, ses.TenantID, replyID)
	var se *Error
	if err != nil && !(errors.As(err, &se) && se.Kind == KindNotFound) {
		return Download{}, err
	}
	if err != nil || p.RecipientID != ses.RecipientID || p.MessageID != messageID {
		if aerr := s.st.AppendAudit(ctx, s.event(ses, audit.ActionAccessDenied, "reply", replyID)); aerr != nil {
			return Download{}, aerr
		}
		return Download{}, errNoReply
	}
	return s.openReplyAttachment(ctx, p, id, ses.Actor(), func() error {
		return s.st.AppendAudit(ctx, s.event(ses, audit.ActionAccessDenied, "reply_attachment", id))
	})
}

// openReplyAttachment is every reply attachment download (portal, staff,
// patient; the caller has checked the actor may read reply p): a removed
// reply is KindGone, an attachment that is not p's KindNotFound (denied
// records the refusal when set); the name is opened with the reply's key,
// the download audited as actor, then the stream opened.
func (s *Service) openReplyAttachment(ctx context.Context, p store.Reply, id, actor string, denied func() error) (Download, error) {
	if s.replyGone(p) {
		return Download{}, errReplyGone
	}
	notFound := func() (Download, error) {
		if denied != nil {
			if err := denied(); err != nil {
				return Download{}, err
			}
		}
		return Download{}, &Error{Kind: KindNotFound, Detail: "no such attachment"}
	}
	if !ids.Valid(replyAttachmentPrefix, id) {
		return notFound()
	}
	a, err := s.st.GetReplyAttachment(ctx, p.TenantID, p.ID, id)
	if errors.Is(err, store.ErrNotFound) {
		return notFound()
	}
	if err != nil {
		return Download{}, err
	}
	dk, err := s.replyDataKey(ctx, p)
	if err != nil {
		return Download{}, err
	}
	name, err := dk.Open(replyAttachmentNameAAD(a.ID), a.Name)
	if err != nil {
		return Download{}, err
	}
	owner := "attachment/" + a.ID
	wrapped, err := s.st.DataKey(ctx, p.TenantID, owner)
	if errors.Is(err, store.ErrNotFound) {
		return Download{}, errReplyGone // shredded meanwhile
	}
	if err != nil {
		return Download{}, err
	}
	if err := s.st.AppendAudit(ctx, audit.Event{TenantID: p.TenantID, At: s.now().UTC(), Actor: actor, Action: ActionReplyAttachmentOpen,
		ObjectType: "reply_attachment", ObjectID: a.ID}); err != nil {
		return Download{}, err
	}
	body, err := s.OpenUpload(ctx, p.TenantID, owner, a.BlobKey, wrapped)
	if err != nil {
		return Download{}, err
	}
	return Download{AttachmentView: AttachmentView{ID: a.ID, Name: string(name), ContentType: a.ContentType, Size: a.Size, CreatedAt: a.CreatedAt},
		Body: body}, nil
}

// deleteReplyAttachmentBlobs removes the blobs of shredded replies'
// attachments (their keys went with the shred, so this is tidying).
// Failures are logged by id only.
func (s *Service) deleteReplyAttachmentBlobs(ctx context.Context, tenantID string, replyIDs []string) {
	blobs := s.Blobs()
	if blobs == nil {
		return
	}
	for _, rid := range replyIDs {
		as, err := s.st.ListReplyAttachments(ctx, tenantID, rid)
		if err != nil {
			s.log.Warn("reply attachment blobs not listed after shred", "reply_id", rid, "err", err)
			continue
		}
		for _, a := range as {
			if err := blobs.Delete(ctx, a.BlobKey); err != nil {
				s.log.Warn("reply attachment blob not deleted after shred", "attachment_id", a.ID, "err", err)
			}
		}
	}
}
