package api

import (
	"context"
	"net/http"

	"github.com/sealpost/sealpost/internal/service"
)

// The hosted pages live in internal/web; the server mounts their routes
// (New) and lends them the edge they need through pageEdge.

type pageEdge struct{ s *Server }

func (e pageEdge) CurrentSession(r *http.Request) (*service.Session, error) {
	return e.s.currentSession(r)
}
func (e pageEdge) SetSessionCookie(w http.ResponseWriter, token string) {
	e.s.setSessionCookie(w, token)
}
func (e pageEdge) ClearSessionCookie(w http.ResponseWriter)               { e.s.clearSessionCookie(w) }
func (e pageEdge) ClientAddr(r *http.Request) string                      { return e.s.clientAddr(r) }
func (e pageEdge) NoteTenant(r *http.Request, tenantID string)            { e.s.noteTenant(r, tenantID) }
func (e pageEdge) RequestID(ctx context.Context) string                   { return requestID(ctx) }
func (e pageEdge) InsecureCookies() bool                                  { return e.s.insecureCookies }
func (e pageEdge) RetryAfterUnavailable() string                          { return retryAfterUnavailable }
func (e pageEdge) Fail(w http.ResponseWriter, r *http.Request, err error) { e.s.fail(w, r, err) }
func (e pageEdge) CSRFRefused(w http.ResponseWriter, r *http.Request) {
	writeProblem(w, r, http.StatusForbidden, ProblemCSRF, "the request lacks this session's CSRF token or comes from another origin", nil)
}
func (e pageEdge) WriteJSON(w http.ResponseWriter, r *http.Request, status int, v any) {
	writeJSON(w, r, status, v)
}
func (e pageEdge) StreamAttachment(w http.ResponseWriter, r *http.Request, ses service.Session, msgID, id string, fail func(error)) {
	e.s.streamAttachment(w, r, ses, msgID, id, fail)
}

// linkPage follows a notice link into the pickup flow (web.Pages.Link).
func (s *Server) linkPage(w http.ResponseWriter, r *http.Request) { s.pages.Link(w, r) }
