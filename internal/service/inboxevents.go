package service

import (
	"context"
	"time"

	"github.com/sealpost/sealpost/internal/inboxevents"
)

// Live unread counts (package inboxevents): the service owns the node's hub
// and tells it of every committed change to a recipient's unread count.

func (s *Service) startInboxEvents() {
	cfg := inboxevents.Config{
		Count: func(ctx context.Context, tenantID, recipientID string) (int, time.Time, error) {
			return s.st.UnreadBadge(ctx, tenantID, recipientID, s.now())
		},
		Log:             s.log,
		MaxPerRecipient: s.cfg.EventsMaxPerRecipient,
		MaxTotal:        s.cfg.EventsMaxStreams,
		Heartbeat:       s.cfg.EventsHeartbeat,
		Now:             s.now,
	}
	if s.st.Dialect() == "postgres" {
		cfg.Bus = inboxevents.StoreBus{St: s.st, Log: s.log}
	}
	s.events = inboxevents.New(cfg)
}

// InboxEvents is the node's live-count hub.
func (s *Service) InboxEvents() *inboxevents.Hub { return s.events }

// SubscribeUnread opens a live count of the session's own recipient: the
// session is the only source of the tenant and recipient.
func (s *Service) SubscribeUnread(ses Session) (*inboxevents.Sub, error) {
	if err := s.requireSignedIn(ses); err != nil {
		return nil, err
	}
	return s.events.Subscribe(ses.TenantID, ses.RecipientID)
}

// unreadChanged tells the hub (after the commit) that a recipient's count may
// have changed.
func (s *Service) unreadChanged(tenantID, recipientID string) {
	if s.events != nil {
		s.events.Changed(tenantID, recipientID)
	}
}

// unreadChangedByMessage is unreadChanged for a message known by id (revoke).
func (s *Service) unreadChangedByMessage(ctx context.Context, tenantID, id string) {
	m, _, err := s.st.GetMessage(ctx, tenantID, id)
	if err != nil {
		return // the badge catches up at its next change
	}
	s.unreadChanged(tenantID, m.RecipientID)
}
