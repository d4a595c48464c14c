package api

import (
	"context"
	"errors"
	"io"
	"mime"
	"net/http"
	"strconv"
	"time"

	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/store"
	"github.com/sealpost/sealpost/internal/web"
)

// End-user sessions at the edge: the cookie, the CSRF checks, and the
// session-authenticated inbox API.

const (
	cookieSecureName = "__Host-sealpost_session" // Secure, Path=/, no Domain: cannot be set by a sibling host
	cookieDevName    = "sealpost_session"        // plain-HTTP loopback in --dev only
	keySession       = ctxKey(100)
	transferTimeout  = 30 * time.Minute // attachment uploads and downloads
)

// AllowInsecureCookies lets session cookies travel over plain HTTP. serve
// calls it only in --dev on a loopback listener.
func (s *Server) AllowInsecureCookies() { s.insecureCookies = true }

func (s *Server) cookieName() string {
	if s.insecureCookies {
		return cookieDevName
	}
	return cookieSecureName
}

func (s *Server) setSessionCookie(w http.ResponseWriter, token string) {
	http.SetCookie(w, &http.Cookie{Name: s.cookieName(), Value: token, Path: "/", HttpOnly: true,
		Secure: !s.insecureCookies, SameSite: http.SameSiteLaxMode})
}

func (s *Server) clearSessionCookie(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: s.cookieName(), Value: "", Path: "/", HttpOnly: true,
		Secure: !s.insecureCookies, SameSite: http.SameSiteLaxMode, MaxAge: -1})
}

// currentSession returns the request's session, if its cookie names a live
// one. Errors other than "no session" are returned.
func (s *Server) currentSession(r *http.Request) (*service.Session, error) {
	c, err := r.Cookie(s.cookieName())
	if err != nil || c.Value == "" {
		return nil, nil
	}
	ses, err := s.svc.LookupSession(r.Context(), c.Value)
	var se *service.Error
	if errors.As(err, &se) && se.Kind == service.KindUnauthenticated {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	s.noteTenant(r, ses.TenantID)
	return &ses, nil
}

func (s *Server) noteTenant(r *http.Request, tenantID string) {
	if slot, ok := r.Context().Value(keyTenant).(*tenantSlot); ok {
		slot.id = tenantID
	}
}

// csrfOK: a state change must come from this origin and carry the session's
// CSRF token.
func csrfOK(r *http.Request, ses *service.Session, token string) bool {
	return web.SameOrigin(r) && ses.CheckCSRF(token)
}

func unsafeMethod(m string) bool {
	return m != http.MethodGet && m != http.MethodHead && m != http.MethodOptions
}

// endUser wraps a session route: a signed-in session is required, and a
// state-changing call needs the session's CSRF token in X-CSRF-Token and must
// come from this origin.
func (s *Server) endUser(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ses, err := s.currentSession(r)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		if ses == nil || !ses.SignedIn() {
			if err := s.staffOnPatientRoute(r); err != nil { // audited (api/staff.go)
				s.fail(w, r, err)
				return
			}
			writeProblem(w, r, http.StatusUnauthorized, ProblemSignInRequired, "sign in to continue", nil)
			return
		}
		if unsafeMethod(r.Method) && !csrfOK(r, ses, r.Header.Get("X-CSRF-Token")) {
			writeProblem(w, r, http.StatusForbidden, ProblemCSRF, "the request lacks this session's CSRF token or comes from another origin", nil)
			return
		}
		h(w, r.WithContext(context.WithValue(r.Context(), keySession, *ses)))
	}
}

func sessionOf(r *http.Request) service.Session {
	ses, _ := r.Context().Value(keySession).(service.Session)
	return ses
}

type sessionView struct {
	CSRFToken   string     `json:"csrf_token"`
	SignedInAt  time.Time  `json:"signed_in_at"`
	FactorAt    *time.Time `json:"factor_at,omitempty"`
	FactorFresh bool       `json:"factor_fresh"`
}

func (s *Server) getSession(w http.ResponseWriter, r *http.Request) {
	ses := sessionOf(r)
	writeJSON(w, r, http.StatusOK, sessionView{CSRFToken: ses.CSRF, SignedInAt: ses.CreatedAt, FactorAt: ses.FactorAt,
		FactorFresh: s.svc.FactorFresh(r.Context(), ses)})
}

func (s *Server) listInbox(w http.ResponseWriter, r *http.Request) {
	archived := false
	switch r.URL.Query().Get("archived") {
	case "", "false":
	case "true":
		archived = true
	default:
		writeProblem(w, r, http.StatusUnprocessableEntity, ProblemValidation, "archived must be true or false",
			[]service.FieldError{{Pointer: "/query/archived", Detail: "true or false"}})
		return
	}
	in, err := s.svc.ListInbox(r.Context(), sessionOf(r), archived)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusOK, in)
}

func (s *Server) unreadCount(w http.ResponseWriter, r *http.Request) {
	n, err := s.svc.UnreadCount(r.Context(), sessionOf(r))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusOK, map[string]int{"unread": n})
}

func (s *Server) openInboxMessage(w http.ResponseWriter, r *http.Request) {
	m, err := s.svc.OpenMessage(r.Context(), sessionOf(r), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusOK, m)
}

func (s *Server) setState(w http.ResponseWriter, r *http.Request, op string) {
	if err := s.svc.SetMessageState(r.Context(), sessionOf(r), r.PathValue("id"), op); err != nil {
		s.fail(w, r, err)
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) markRead(w http.ResponseWriter, r *http.Request) { s.setState(w, r, store.InboxRead) }
func (s *Server) markUnread(w http.ResponseWriter, r *http.Request) {
	s.setState(w, r, store.InboxUnread)
}
func (s *Server) archive(w http.ResponseWriter, r *http.Request) {
	s.setState(w, r, store.InboxArchive)
}

func (s *Server) downloadAttachment(w http.ResponseWriter, r *http.Request) {
	s.streamAttachment(w, r, sessionOf(r), r.PathValue("id"), r.PathValue("attachment_id"), func(err error) { s.fail(w, r, err) })
}

// streamAttachment sends a decrypted attachment. The first segment is
// decrypted before any header goes out, so a key or ciphertext failure there
// is a clean error answer; a later authentication failure aborts the
// connection, so a client never receives a complete-looking but altered file.
func (s *Server) streamAttachment(w http.ResponseWriter, r *http.Request, ses service.Session, msgID, id string, fail func(error)) {
	d, err := s.svc.OpenAttachment(r.Context(), ses, msgID, id)
	if err != nil {
		fail(err)
		return
	}
	s.sendDownload(w, r, d, id, fail)
}

// sendDownload streams an opened attachment (patient or staff) and closes
// it, as streamAttachment describes.
func (s *Server) sendDownload(w http.ResponseWriter, r *http.Request, d service.Download, id string, fail func(error)) {
	defer d.Body.Close()
	_ = http.NewResponseController(w).SetWriteDeadline(time.Now().Add(transferTimeout))
	buf := make([]byte, 1<<20)
	n, err := io.ReadFull(d.Body, buf)
	if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
		s.log.Error("attachment did not decrypt", "request_id", requestID(r.Context()), "attachment_id", id, "err", err)
		fail(errors.New("attachment ciphertext did not authenticate"))
		return
	}
	h := w.Header()
	h.Set("Content-Type", d.ContentType)
	h.Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": d.Name}))
	h.Set("Content-Length", strconv.FormatInt(d.Size, 10))
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Security-Policy", "default-src 'none'; sandbox")
	w.WriteHeader(http.StatusOK)
	if _, err := w.Write(buf[:n]); err != nil {
		return
	}
	if n < len(buf) {
		return
	}
	if _, err := io.CopyBuffer(w, d.Body, buf); err != nil {
		s.log.Error("attachment stream aborted", "request_id", requestID(r.Context()), "attachment_id", id, "err", err)
		panic(http.ErrAbortHandler)
	}
}

func (s *Server) postAttachment(w http.ResponseWriter, r *http.Request) {
	// Large uploads outlive the server's default 60 s read timeout.
	_ = http.NewResponseController(w).SetReadDeadline(time.Now().Add(transferTimeout))
	name := ""
	if _, params, err := mime.ParseMediaType(r.Header.Get("Content-Disposition")); err == nil {
		name = params["filename"]
	}
	v, err := s.svc.UploadAttachment(r.Context(), principal(r), r.PathValue("id"), service.UploadInput{
		Name: name, ContentType: r.Header.Get("Content-Type"), Body: r.Body, Declared: r.ContentLength})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusCreated, v)
}

func (s *Server) resetAccount(w http.ResponseWriter, r *http.Request) {
	if r.ContentLength > 0 {
		writeProblem(w, r, http.StatusBadRequest, ProblemMalformedJSON, "this call takes no body", nil)
		return
	}
	res, err := s.svc.ResetAccount(r.Context(), principal(r), r.PathValue("external_id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusAccepted, res.View)
}

// issueActivationCode makes a new printed activation code for a recipient
// (settings enrol_check "activation_code"); it is shown this once.
func (s *Server) issueActivationCode(w http.ResponseWriter, r *http.Request) {
	if r.ContentLength > 0 {
		writeProblem(w, r, http.StatusBadRequest, ProblemMalformedJSON, "this call takes no body", nil)
		return
	}
	v, err := s.svc.IssueActivationCode(r.Context(), principal(r), r.PathValue("external_id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, r, http.StatusCreated, v)
}
