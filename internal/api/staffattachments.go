package api

import (
	"mime"
	"net/http"
	"time"

	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/staff"
)

// Attachments of staff messages at the edge: the portal uploads a file to
// its own staff message (AccessKey; the same header rules and size limit as
// patient attachments), staff download it (AccessStaff, or the staff page
// through staffEdge) after the same checks as opening the message.

func (s *Server) postStaffAttachment(w http.ResponseWriter, r *http.Request) {
	// Large uploads outlive the server's default 60 s read timeout.
	_ = http.NewResponseController(w).SetReadDeadline(time.Now().Add(transferTimeout))
	name := ""
	if _, params, err := mime.ParseMediaType(r.Header.Get("Content-Disposition")); err == nil {
		name = params["filename"]
	}
	v, err := s.staff.UploadAttachment(r.Context(), principal(r), r.PathValue("id"), service.UploadInput{
		Name: name, ContentType: r.Header.Get("Content-Type"), Body: r.Body, Declared: r.ContentLength})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusCreated, v)
}

func (s *Server) downloadStaffAttachment(w http.ResponseWriter, r *http.Request) {
	s.streamStaffAttachment(w, r, staffSessionOf(r).Principal, r.PathValue("id"), r.PathValue("attachment_id"), func(err error) { s.fail(w, r, err) })
}

func (s *Server) streamStaffAttachment(w http.ResponseWriter, r *http.Request, p staff.Principal, msgID, id string, fail func(error)) {
	d, err := s.staff.OpenAttachment(r.Context(), p, msgID, id)
	if err != nil {
		fail(err)
		return
	}
	s.sendDownload(w, r, d, id, fail)
}

// StreamStaffAttachment lends the staff page its download (web's
// staffAttachmentEdge).
func (e staffEdge) StreamStaffAttachment(w http.ResponseWriter, r *http.Request, p staff.Principal, msgID, id string, fail func(error)) {
	e.s.streamStaffAttachment(w, r, p, msgID, id, fail)
}
