package service

import (
	"context"
	"encoding/base64"
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/sealpost/sealpost/internal/ids"
	"github.com/sealpost/sealpost/internal/store"
	"github.com/sealpost/sealpost/internal/validate"
)

// The portal backend's view of one recipient's inbox, with the tenant API
// key: metadata only, for portals that render their own badge or message
// list server-side. No subject is returned, not even for public or phi
// messages: subjects are sealed content like bodies, and the tenant key
// alone never reads content (only the recipient does, signed in, audited).
// The portal wrote the subject itself and may keep its own copy.

// RecipientInboxEntry is one message's metadata.
type RecipientInboxEntry struct {
	ID          string `json:"id"`
	Category    string `json:"category"`
	Sensitivity string `json:"sensitivity"`
	Urgency     string `json:"urgency"`
	// Status is "active", "expired" or "revoked".
	Status      string     `json:"status"`
	Read        bool       `json:"read"`
	Archived    bool       `json:"archived"`
	Attachments int        `json:"attachments"`
	CreatedAt   time.Time  `json:"created_at"`
	ReadAt      *time.Time `json:"read_at,omitempty"`
	ArchivedAt  *time.Time `json:"archived_at,omitempty"`
	ExpiresAt   *time.Time `json:"expires_at,omitempty"`
	RevokedAt   *time.Time `json:"revoked_at,omitempty"`
}

// RecipientInbox is a page of a recipient's inbox, newest first.
type RecipientInbox struct {
	Messages []RecipientInboxEntry `json:"messages"`
	// NextCursor continues the listing (?cursor=); absent on the last page.
	NextCursor string `json:"next_cursor,omitempty"`
}

// Page sizes of the recipient inbox view.
const (
	RecipientInboxDefaultLimit = 50
	RecipientInboxMaxLimit     = 100
)

var errNoRecipient = &Error{Kind: KindNotFound, Detail: "no such recipient"}

// recipientOf finds a tenant's recipient by external id; another tenant's
// recipient is not found, exactly like a missing one.
func (s *Service) recipientOf(ctx context.Context, p Principal, externalID string) (store.Recipient, error) {
	if !validate.OpaqueID(externalID) {
		return store.Recipient{}, errNoRecipient
	}
	r, err := s.RecipientByExternalID(ctx, p.TenantID, externalID)
	if errors.Is(err, store.ErrNotFound) {
		return store.Recipient{}, errNoRecipient
	}
	return r, err
}

// ParseInboxLimit reads the limit query parameter ("" is the default).
func ParseInboxLimit(v string) (int, error) {
	if v == "" {
		return RecipientInboxDefaultLimit, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > RecipientInboxMaxLimit || len(v) > 3 {
		return 0, invalid(FieldError{"/query/limit", "an integer from 1 to 100"})
	}
	return n, nil
}

func encodeInboxCursor(c store.InboxPage) string {
	return base64.RawURLEncoding.EncodeToString([]byte(strconv.FormatInt(c.CreatedAt.UnixMicro(), 10) + "." + c.ID))
}

func decodeInboxCursor(v string) (*store.InboxPage, error) {
	bad := invalid(FieldError{"/query/cursor", "a next_cursor value from a previous page"})
	if len(v) > 128 {
		return nil, bad
	}
	b, err := base64.RawURLEncoding.DecodeString(v)
	if err != nil {
		return nil, bad
	}
	us, id, ok := strings.Cut(string(b), ".")
	n, err := strconv.ParseInt(us, 10, 64)
	if !ok || err != nil || n < 0 || !ids.Valid(ids.Message, id) {
		return nil, bad
	}
	return &store.InboxPage{CreatedAt: time.UnixMicro(n).UTC(), ID: id}, nil
}

// RecipientInboxPage lists a page of a recipient's messages, newest first,
// revoked, expired and archived ones included, without any sealed field.
// cursor is "" for the first page.
func (s *Service) RecipientInboxPage(ctx context.Context, p Principal, externalID, cursor string, limit int) (RecipientInbox, error) {
	if limit < 1 || limit > RecipientInboxMaxLimit {
		return RecipientInbox{}, invalid(FieldError{"/query/limit", "an integer from 1 to 100"})
	}
	var after *store.InboxPage
	if cursor != "" {
		c, err := decodeInboxCursor(cursor)
		if err != nil {
			return RecipientInbox{}, err
		}
		after = c
	}
	r, err := s.recipientOf(ctx, p, externalID)
	if err != nil {
		return RecipientInbox{}, err
	}
	// One more than asked tells whether another page follows.
	items, err := s.st.RecipientInbox(ctx, p.TenantID, r.ID, after, limit+1)
	if err != nil {
		return RecipientInbox{}, err
	}
	out := RecipientInbox{Messages: make([]RecipientInboxEntry, 0, min(len(items), limit))}
	now := s.now()
	for i, it := range items {
		if i == limit {
			last := items[limit-1].Message
			out.NextCursor = encodeInboxCursor(store.InboxPage{CreatedAt: last.CreatedAt, ID: last.ID})
			break
		}
		m := it.Message
		st := "active"
		switch {
		case m.Status == store.StatusRevoked:
			st = "revoked"
		case m.Status == store.StatusExpired, m.ExpiresAt != nil && !m.ExpiresAt.After(now):
			st = "expired"
		}
		out.Messages = append(out.Messages, RecipientInboxEntry{ID: m.ID, Category: m.Category, Sensitivity: m.Sensitivity,
			Urgency: m.Urgency, Status: st, Read: it.ReadAt != nil, Archived: it.ArchivedAt != nil, Attachments: it.Attachments,
			CreatedAt: m.CreatedAt, ReadAt: it.ReadAt, ArchivedAt: it.ArchivedAt, ExpiresAt: m.ExpiresAt, RevokedAt: m.RevokedAt})
	}
	return out, nil
}

// RecipientUnreadCount is a recipient's unread badge as their own inbox
// counts it: live (not revoked, not expired), unread, not archived.
func (s *Service) RecipientUnreadCount(ctx context.Context, p Principal, externalID string) (int, error) {
	r, err := s.recipientOf(ctx, p, externalID)
	if err != nil {
		return 0, err
	}
	return s.st.UnreadCount(ctx, p.TenantID, r.ID, s.now())
}
