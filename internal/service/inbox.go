package service

import (
	"context"
	"errors"
	"math"
	"strconv"
	"time"

	"github.com/sealpost/sealpost/internal/audit"
	"github.com/sealpost/sealpost/internal/ids"
	"github.com/sealpost/sealpost/internal/store"
)

// The end user's inbox: listing (unread first), the unread count, opening a
// message (decrypt, audit, mark read — refused if the audit write fails) and
// read/unread/archive. Every call is scoped to the session's tenant and
// recipient; a message of anyone else is "not found", recorded as a denied
// access.

// InboxEntry is one message in a list. Subject is empty and SubjectHidden
// true for a restricted message until the session steps up.
type InboxEntry struct {
	ID            string `json:"id"`
	Category      string `json:"category"`
	Sensitivity   string `json:"sensitivity"`
	Urgency       string `json:"urgency"`
	Subject       string `json:"subject,omitempty"`
	SubjectHidden bool   `json:"subject_hidden"`
	// Expired: the content is gone (retention or expires_at); the entry
	// stays, without subject, so the message does not silently vanish.
	Expired     bool      `json:"expired"`
	Read        bool      `json:"read"`
	Archived    bool      `json:"archived"`
	Attachments int       `json:"attachments"`
	CreatedAt   time.Time `json:"created_at"`
}

// Inbox is a page of the inbox.
type Inbox struct {
	Unread   int          `json:"unread"`
	Messages []InboxEntry `json:"messages"`
}

// OpenedMessage is a message as its recipient reads it.
type OpenedMessage struct {
	InboxEntry
	Body       string           `json:"body"`
	AttachList []AttachmentView `json:"attachment_list"`
	ReadAt     *time.Time       `json:"read_at,omitempty"`
}

const inboxLimit = 200

func (s *Service) requireSignedIn(ses Session) error {
	if !ses.SignedIn() {
		return errSignIn
	}
	return nil
}

// ListInbox lists the session's messages, unread first. Subjects are
// decrypted (one audit event for the listing) except restricted ones without
// a fresh factor.
func (s *Service) ListInbox(ctx context.Context, ses Session, archived bool) (Inbox, error) {
	if err := s.requireSignedIn(ses); err != nil {
		return Inbox{}, err
	}
	now := s.now()
	items, err := s.st.ListInbox(ctx, ses.TenantID, ses.RecipientID, archived, now, inboxLimit)
	if err != nil {
		return Inbox{}, err
	}
	fresh := s.FactorFresh(ctx, ses)
	out := Inbox{Messages: make([]InboxEntry, 0, len(items))}
	opened := false
	for _, it := range items {
		e := entryOf(it)
		if it.Message.Status == store.StatusExpired || it.Message.ExpiresAt != nil && !it.Message.ExpiresAt.After(now) {
			e.Expired = true
			out.Messages = append(out.Messages, e)
			continue
		}
		if it.ReadAt == nil && it.ArchivedAt == nil {
			out.Unread++
		}
		if it.Message.Sensitivity == "restricted" && !fresh {
			e.SubjectHidden = true
		} else {
			c, err := s.contentOf(ctx, it.Message)
			if err != nil {
				return Inbox{}, err
			}
			e.Subject = c.Subject
			opened = true
		}
		out.Messages = append(out.Messages, e)
	}
	if archived {
		if out.Unread, err = s.st.UnreadCount(ctx, ses.TenantID, ses.RecipientID, now); err != nil {
			return Inbox{}, err
		}
	}
	if opened {
		// Subjects are sealed content: listing them is an access, recorded
		// before they are shown.
		if err := s.st.AppendAudit(ctx, s.event(ses, audit.ActionInboxList, "recipient", ses.RecipientID)); err != nil {
			return Inbox{}, err
		}
	}
	return out, nil
}

func entryOf(it store.InboxItem) InboxEntry {
	m := it.Message
	return InboxEntry{ID: m.ID, Category: m.Category, Sensitivity: m.Sensitivity, Urgency: m.Urgency,
		Read: it.ReadAt != nil, Archived: it.ArchivedAt != nil, Attachments: it.Attachments, CreatedAt: m.CreatedAt}
}

// UnreadCount is the session's unread badge.
func (s *Service) UnreadCount(ctx context.Context, ses Session) (int, error) {
	if err := s.requireSignedIn(ses); err != nil {
		return 0, err
	}
	return s.st.UnreadCount(ctx, ses.TenantID, ses.RecipientID, s.now())
}

var errNoInboxMessage = &Error{Kind: KindNotFound, Detail: "no such message in your inbox"}

// inboxItem loads a message of the session's recipient, applying the
// checks every read shares: signed in, the recipient's own, live, and a
// fresh factor for restricted content. Refusals of someone else's (or a
// guessed) id are audited.
func (s *Service) inboxItem(ctx context.Context, ses Session, id string) (store.InboxItem, error) {
	if err := s.requireSignedIn(ses); err != nil {
		return store.InboxItem{}, err
	}
	if !ids.Valid(ids.Message, id) {
		return store.InboxItem{}, errNoInboxMessage
	}
	it, err := s.st.GetInboxItem(ctx, ses.TenantID, ses.RecipientID, id)
	if errors.Is(err, store.ErrNotFound) {
		if aerr := s.st.AppendAudit(ctx, s.event(ses, audit.ActionAccessDenied, "message", id)); aerr != nil {
			return store.InboxItem{}, aerr
		}
		return store.InboxItem{}, errNoInboxMessage
	}
	if err != nil {
		return store.InboxItem{}, err
	}
	m := it.Message
	if m.Status == store.StatusRevoked {
		return store.InboxItem{}, &Error{Kind: KindGone, Detail: "this message was withdrawn by the sender"}
	}
	if m.Status == store.StatusExpired || m.ExpiresAt != nil && !m.ExpiresAt.After(s.now()) {
		return store.InboxItem{}, &Error{Kind: KindGone, Detail: "this message has expired"}
	}
	if m.Sensitivity == "restricted" && !s.FactorFresh(ctx, ses) {
		return store.InboxItem{}, errStepUp
	}
	return it, nil
}

// OpenMessage decrypts one of the session's messages, records the open in
// the audit chain and marks it read — all before the content is returned: if
// the audit write fails, the read is refused.
func (s *Service) OpenMessage(ctx context.Context, ses Session, id string) (OpenedMessage, error) {
	it, err := s.inboxItem(ctx, ses, id)
	if err != nil {
		return OpenedMessage{}, err
	}
	c, err := s.contentOf(ctx, it.Message)
	if err != nil {
		return OpenedMessage{}, err
	}
	// The item's row already counts the attachments: only a message that has
	// some needs the attachment query (most have none).
	atts := []AttachmentView{}
	if it.Attachments > 0 {
		if atts, err = s.attachmentViews(ctx, it.Message); err != nil {
			return OpenedMessage{}, err
		}
	}
	now := s.now()
	if err := s.st.SetInboxState(ctx, ses.TenantID, ses.RecipientID, id, store.InboxRead, now,
		s.event(ses, audit.ActionMessageOpen, "message", id)); err != nil {
		return OpenedMessage{}, err
	}
	if it.ReadAt == nil {
		s.unreadChanged(ses.TenantID, ses.RecipientID)
	}
	e := entryOf(it)
	e.Subject, e.Read = c.Subject, true
	readAt := now
	if it.ReadAt != nil {
		readAt = *it.ReadAt
	}
	return OpenedMessage{InboxEntry: e, Body: c.Body, AttachList: atts, ReadAt: &readAt}, nil
}

// SetMessageState marks one of the session's messages read, unread or
// archived. It needs the same access as opening it.
func (s *Service) SetMessageState(ctx context.Context, ses Session, id, op string) error {
	if _, err := s.inboxItem(ctx, ses, id); err != nil {
		return err
	}
	action := map[string]string{store.InboxRead: audit.ActionInboxRead, store.InboxUnread: audit.ActionInboxUnread, store.InboxArchive: audit.ActionInboxArchive}[op]
	if action == "" {
		return errNoInboxMessage
	}
	if err := s.st.SetInboxState(ctx, ses.TenantID, ses.RecipientID, id, op, s.now(), s.event(ses, action, "message", id)); err != nil {
		return err
	}
	s.unreadChanged(ses.TenantID, ses.RecipientID)
	return nil
}

// Branding is how a tenant's hosted pages look.
type Branding struct {
	Name      string
	Color     string // "#rrggbb"
	TextColor string // black or white, whichever contrasts more with Color
	Logo      string // data: URI or ""
	Support   SupportContact
}

// Branding returns a tenant's page branding; an unknown tenant gets the
// neutral default.
func (s *Service) Branding(ctx context.Context, tenantID string) Branding {
	b := Branding{Name: "Secure messages", Color: "#1f5f8b", TextColor: "#ffffff"}
	if tenantID == "" {
		return b
	}
	td, err := s.tenantData(ctx, tenantID)
	if err != nil {
		return b
	}
	b.Name = td.settings.DisplayName
	if b.Name == "" {
		b.Name = td.tenant.Name
	}
	if td.settings.BrandColor != "" {
		b.Color = td.settings.BrandColor
		b.TextColor = textOn(b.Color)
	}
	b.Logo = td.settings.Logo
	if td.settings.Support != nil {
		b.Support = *td.settings.Support
	}
	return b
}

// textOn picks black or white text for a background colour by WCAG relative
// luminance, whichever gives the higher contrast ratio.
func textOn(hex string) string {
	lin := func(s string) float64 {
		v, _ := strconv.ParseUint(s, 16, 8)
		c := float64(v) / 255
		if c <= 0.04045 {
			return c / 12.92
		}
		return math.Pow((c+0.055)/1.055, 2.4)
	}
	l := 0.2126*lin(hex[1:3]) + 0.7152*lin(hex[3:5]) + 0.0722*lin(hex[5:7])
	if (l+0.05)/0.05 >= 1.05/(l+0.05) {
		return "#000000"
	}
	return "#ffffff"
}
