package service

import (
	"context"
	"errors"
	"io"
	"mime"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/sealpost/sealpost/internal/audit"
	"github.com/sealpost/sealpost/internal/ids"
	"github.com/sealpost/sealpost/internal/store"
)

// Attachments: uploads stream through a per-attachment streaming AEAD key
// into blob storage (nothing is buffered whole); downloads stream-decrypt
// after the same checks as opening the message and are audited first.
// Revoking a message deletes the attachments' keys (crypto-shredding) and
// then their blobs.

// DefaultAttachmentMax is the default cap on one upload.
const DefaultAttachmentMax = 100 << 20

// AttachmentView is an attachment's metadata (the name is decrypted).
type AttachmentView struct {
	ID          string    `json:"id"`
	Name        string    `json:"name"`
	ContentType string    `json:"content_type"`
	Size        int64     `json:"size"`
	CreatedAt   time.Time `json:"created_at"`
}

const attachmentPrefix = "att"

// UploadInput describes an upload.
type UploadInput struct {
	Name, ContentType string
	Body              io.Reader
	// Declared is the Content-Length (-1 if unknown): a body that ends
	// before it is a truncated upload.
	Declared int64
}

func cleanName(n string) (string, bool) {
	n = strings.TrimSpace(n)
	if i := strings.LastIndexAny(n, `/\`); i >= 0 {
		n = n[i+1:]
	}
	if n == "" || n == "." || n == ".." || len(n) > 255 || !utf8.ValidString(n) {
		return "", false
	}
	for _, r := range n {
		if unicode.IsControl(r) || r == '"' {
			return "", false
		}
	}
	return n, true
}

func cleanType(t string) (string, bool) {
	mt, params, err := mime.ParseMediaType(t)
	if err != nil || len(t) > 127 || !strings.Contains(mt, "/") {
		return "", false
	}
	if cs, ok := params["charset"]; ok && len(params) == 1 {
		return mime.FormatMediaType(mt, map[string]string{"charset": cs}), true
	}
	return mt, true
}

// UploadAttachment (tenant API) encrypts a body into blob storage as it
// arrives and records it on the message. Over the size limit is
// KindTooLarge, a body shorter than declared is KindTruncated; either way
// nothing is kept.
func (s *Service) UploadAttachment(ctx context.Context, p Principal, messageID string, in UploadInput) (AttachmentView, error) {
	if s.cfg.Blobs == nil {
		return AttachmentView{}, errors.New("service: no attachment storage configured")
	}
	if !ids.Valid(ids.Message, messageID) {
		return AttachmentView{}, errNoMessage
	}
	name, ctype, err := s.CheckUpload(in)
	if err != nil {
		return AttachmentView{}, err
	}
	m, _, err := s.st.GetMessage(ctx, p.TenantID, messageID)
	if errors.Is(err, store.ErrNotFound) {
		return AttachmentView{}, errNoMessage
	}
	if err != nil {
		return AttachmentView{}, err
	}
	if store.ContentGone(m.Status) {
		return AttachmentView{}, &Error{Kind: KindGone, Detail: "this message was revoked or has expired"}
	}
	id := ids.New(attachmentPrefix)
	owner := "attachment/" + id
	key := blobKey(p.TenantID, id)
	n, wrapped, err := s.StoreUpload(ctx, p.TenantID, owner, key, in)
	if err != nil {
		return AttachmentView{}, err
	}
	dk, err := s.messageKey(ctx, m)
	if err != nil {
		_ = s.cfg.Blobs.Delete(ctx, key)
		return AttachmentView{}, err
	}
	sealedName, err := dk.Seal("attachment_name/"+id, []byte(name))
	if err != nil {
		_ = s.cfg.Blobs.Delete(ctx, key)
		return AttachmentView{}, err
	}
	now := s.now().UTC().Truncate(time.Microsecond)
	a := store.Attachment{TenantID: p.TenantID, ID: id, MessageID: messageID, Name: sealedName, ContentType: ctype, Size: n, BlobKey: key, CreatedAt: now}
	if err := s.st.CreateAttachment(ctx, a, wrapped, audit.Event{TenantID: p.TenantID, At: now, Actor: p.Actor(),
		Action: audit.ActionAttachmentUpload, ObjectType: "attachment", ObjectID: id}); err != nil {
		_ = s.cfg.Blobs.Delete(ctx, key)
		if errors.Is(err, store.ErrGone) {
			return AttachmentView{}, &Error{Kind: KindGone, Detail: "this message was revoked"}
		}
		return AttachmentView{}, err
	}
	return AttachmentView{ID: id, Name: name, ContentType: ctype, Size: n, CreatedAt: now}, nil
}

func (s *Service) tooLarge() *Error {
	return &Error{Kind: KindTooLarge, Detail: "the attachment is larger than the limit of " + itoa(int(s.cfg.AttachmentMax>>20)) + " MiB"}
}

func truncated() *Error {
	return &Error{Kind: KindTruncated, Detail: "the upload ended before its declared length; nothing was stored"}
}

func blobKey(tenantID, id string) string { return "attachments/" + tenantID + "/" + id }

func (s *Service) messageKey(ctx context.Context, m store.Message) (interface {
	Seal(string, []byte) ([]byte, error)
	Open(string, []byte) ([]byte, error)
}, error) {
	owner := "message/" + m.ID
	wrapped, err := s.st.DataKey(ctx, m.TenantID, owner)
	if errors.Is(err, store.ErrNotFound) {
		return nil, &Error{Kind: KindGone, Detail: "this message was revoked"}
	}
	if err != nil {
		return nil, err
	}
	return s.sealer.OpenDataKey(ctx, m.TenantID, owner, wrapped)
}

// attachmentViews lists a loaded message's attachments with their names
// decrypted.
func (s *Service) attachmentViews(ctx context.Context, m store.Message) ([]AttachmentView, error) {
	as, err := s.st.ListAttachments(ctx, m.TenantID, m.ID)
	if err != nil || len(as) == 0 {
		return []AttachmentView{}, err
	}
	dk, err := s.messageKey(ctx, m)
	if err != nil {
		return nil, err
	}
	out := make([]AttachmentView, 0, len(as))
	for _, a := range as {
		n, err := dk.Open("attachment_name/"+a.ID, a.Name)
		if err != nil {
			return nil, err
		}
		out = append(out, AttachmentView{ID: a.ID, Name: string(n), ContentType: a.ContentType, Size: a.Size, CreatedAt: a.CreatedAt})
	}
	return out, nil
}

// Download is an attachment being read: its metadata and the decrypting
// stream (close it when done). A Read error means the stored ciphertext did
// not authenticate; the edge must abort the response, never finish it.
type Download struct {
	AttachmentView
	Body io.ReadCloser
}

type readCloser struct {
	io.Reader
	io.Closer
}

// OpenAttachment checks access exactly as OpenMessage does, records the
// download in the audit chain (refusing if that fails) and returns the
// decrypting stream.
func (s *Service) OpenAttachment(ctx context.Context, ses Session, messageID, id string) (Download, error) {
	if s.cfg.Blobs == nil {
		return Download{}, errors.New("service: no attachment storage configured")
	}
	it, err := s.inboxItem(ctx, ses, messageID)
	if err != nil {
		return Download{}, err
	}
	notFound := &Error{Kind: KindNotFound, Detail: "no such attachment"}
	if !ids.Valid(attachmentPrefix, id) {
		return Download{}, notFound
	}
	a, err := s.st.GetAttachment(ctx, ses.TenantID, messageID, id)
	if errors.Is(err, store.ErrNotFound) {
		_ = s.st.AppendAudit(ctx, s.event(ses, audit.ActionAccessDenied, "attachment", id))
		return Download{}, notFound
	}
	if err != nil {
		return Download{}, err
	}
	dk, err := s.messageKey(ctx, it.Message)
	if err != nil {
		return Download{}, err
	}
	name, err := dk.Open("attachment_name/"+a.ID, a.Name)
	if err != nil {
		return Download{}, err
	}
	owner := "attachment/" + a.ID
	wrapped, err := s.st.DataKey(ctx, a.TenantID, owner)
	if errors.Is(err, store.ErrNotFound) {
		return Download{}, &Error{Kind: KindGone, Detail: "this attachment was withdrawn"}
	}
	if err != nil {
		return Download{}, err
	}
	sk, err := s.sealer.OpenStreamKey(ctx, a.TenantID, owner, wrapped)
	if err != nil {
		return Download{}, err
	}
	if err := s.st.AppendAudit(ctx, s.event(ses, audit.ActionAttachmentGet, "attachment", a.ID)); err != nil {
		return Download{}, err
	}
	f, _, err := s.cfg.Blobs.Open(ctx, a.BlobKey)
	if err != nil {
		return Download{}, err
	}
	r, err := sk.DecryptReader(f, "content")
	if err != nil {
		f.Close()
		return Download{}, err
	}
	return Download{AttachmentView: AttachmentView{ID: a.ID, Name: string(name), ContentType: a.ContentType, Size: a.Size, CreatedAt: a.CreatedAt},
		Body: readCloser{r, f}}, nil
}

// deleteAttachmentBlobs removes the blobs of a revoked message's attachments
// (their keys are already gone, so this is tidying, not the shredding).
func (s *Service) deleteAttachmentBlobs(ctx context.Context, tenantID, messageID string) {
	if s.cfg.Blobs == nil {
		return
	}
	as, err := s.st.ListAttachments(ctx, tenantID, messageID)
	if err != nil {
		s.log.Warn("attachment blobs not listed after revoke", "message_id", messageID, "err", err)
		return
	}
	for _, a := range as {
		if err := s.cfg.Blobs.Delete(ctx, a.BlobKey); err != nil {
			s.log.Warn("attachment blob not deleted after revoke", "attachment_id", a.ID, "err", err)
		}
	}
}
