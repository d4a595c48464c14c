package web

import (
	"net/http"

	"github.com/sealpost/sealpost/internal/staff"
)

// An attachment of a patient's reply, downloaded from the staff reply page:
// the staff session and transport checks of every staff page, then the
// reply's pool check (package staff), streamed by the API edge.

// staffReplyAttachmentEdge is the API edge's reply attachment download
// (internal/api).
type staffReplyAttachmentEdge interface {
	StreamReplyAttachment(w http.ResponseWriter, r *http.Request, p staff.Principal, replyID, id string, fail func(error))
}

func (p *Pages) staffReplyAttachmentPage(w http.ResponseWriter, r *http.Request) {
	ses, ok := p.staffPage(w, r, "/staff/replies/{id}/attachments/{attachment_id}")
	if !ok {
		return
	}
	e, ok := p.staffEdge.(staffReplyAttachmentEdge)
	if !ok {
		http.NotFound(w, r)
		return
	}
	e.StreamReplyAttachment(w, r, ses.Principal, r.PathValue("id"), r.PathValue("attachment_id"), func(err error) {
		p.staffReplyError(w, r, ses, err)
	})
}
