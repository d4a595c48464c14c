package api

import (
	"mime"
	"net/http"
	"time"

	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/staff"
)

// Attachments of patient replies at the edge: the patient adds a file to
// a reply of theirs (inbox access; the same header rules and size limit as
// message attachments) and downloads it again (inbox access, or the hosted
// page through pageEdge), the portal downloads it with its key, staff of
// the reply's pool from the staff page (through staffEdge). Every download
// streams through sendDownload. The use cases are in
// service/replyattachments.go.

// replyAttachmentRoutes lists the reply attachment routes (part of
// replyRoutes).
func replyAttachmentRoutes() []Route {
	return []Route{
		{"POST", "/v1/inbox/{id}/replies/{reply_id}/attachments", AccessInbox, (*Server).postReplyAttachment},
		{"GET", "/v1/inbox/{id}/replies/{reply_id}/attachments/{attachment_id}", AccessInbox, (*Server).downloadOwnReplyAttachment},
		{"GET", "/v1/replies/{id}/attachments/{attachment_id}", AccessKey, (*Server).downloadReplyAttachment},
	}
}

func (s *Server) postReplyAttachment(w http.ResponseWriter, r *http.Request) {
	// Large uploads outlive the server's default 60 s read timeout.
	_ = http.NewResponseController(w).SetReadDeadline(time.Now().Add(transferTimeout))
	name := ""
	if _, params, err := mime.ParseMediaType(r.Header.Get("Content-Disposition")); err == nil {
		name = params["filename"]
	}
	ses := sessionOf(r)
	v, err := s.svc.UploadReplyAttachment(r.Context(), ses, r.PathValue("id"), r.PathValue("reply_id"), service.UploadInput{
		Name: name, ContentType: r.Header.Get("Content-Type"), Body: r.Body, Declared: r.ContentLength})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusCreated, v)
}

func (s *Server) downloadReplyAttachment(w http.ResponseWriter, r *http.Request) {
	p := principal(r)
	id := r.PathValue("attachment_id")
	d, err := s.svc.OpenReplyAttachment(r.Context(), p.TenantID, r.PathValue("id"), id, p.Actor())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.sendDownload(w, r, d, id, func(err error) { s.fail(w, r, err) })
}

func (s *Server) downloadOwnReplyAttachment(w http.ResponseWriter, r *http.Request) {
	s.streamOwnReplyAttachment(w, r, sessionOf(r), r.PathValue("id"), r.PathValue("reply_id"), r.PathValue("attachment_id"),
		func(err error) { s.fail(w, r, err) })
}

func (s *Server) streamOwnReplyAttachment(w http.ResponseWriter, r *http.Request, ses service.Session, msgID, replyID, id string, fail func(error)) {
	d, err := s.svc.OpenOwnReplyAttachment(r.Context(), ses, msgID, replyID, id)
	if err != nil {
		fail(err)
		return
	}
	s.sendDownload(w, r, d, id, fail)
}

// StreamOwnReplyAttachment lends the patient's message page the download of
// a file of their reply (web's ownReplyAttachmentEdge).
func (e pageEdge) StreamOwnReplyAttachment(w http.ResponseWriter, r *http.Request, ses service.Session, msgID, replyID, id string, fail func(error)) {
	e.s.streamOwnReplyAttachment(w, r, ses, msgID, replyID, id, fail)
}

// StreamReplyAttachment lends the staff reply page its download (web's
// staffReplyAttachmentEdge).
func (e staffEdge) StreamReplyAttachment(w http.ResponseWriter, r *http.Request, p staff.Principal, replyID, id string, fail func(error)) {
	d, err := e.s.staff.OpenReplyAttachment(r.Context(), p, replyID, id)
	if err != nil {
		fail(err)
		return
	}
	e.s.sendDownload(w, r, d, id, fail)
}
