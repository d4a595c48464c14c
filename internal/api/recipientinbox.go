package api

import (
	"net/http"

	"github.com/sealpost/sealpost/internal/service"
)

// The portal backend's metadata-only view of a recipient's inbox (tenant API
// key): GET /v1/recipients/{external_id}/inbox and /unread_count.

func (s *Server) recipientInbox(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	limit, err := service.ParseInboxLimit(q.Get("limit"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	v, err := s.svc.RecipientInboxPage(r.Context(), principal(r), r.PathValue("external_id"), q.Get("cursor"), limit)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusOK, v)
}

func (s *Server) recipientUnreadCount(w http.ResponseWriter, r *http.Request) {
	n, err := s.svc.RecipientUnreadCount(r.Context(), principal(r), r.PathValue("external_id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusOK, map[string]int{"unread": n})
}
