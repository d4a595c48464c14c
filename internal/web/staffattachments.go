package web

import (
	"net/http"

	"github.com/sealpost/sealpost/internal/staff"
)

// A staff message's attachment, downloaded from its page: the staff
// session and transport checks of every staff page, then the same checks
// as opening the message (package staff), streamed by the API edge.

// staffAttachmentEdge is the API edge's staff download (internal/api).
type staffAttachmentEdge interface {
	StreamStaffAttachment(w http.ResponseWriter, r *http.Request, p staff.Principal, msgID, id string, fail func(error))
}

func (p *Pages) staffAttachmentPage(w http.ResponseWriter, r *http.Request) {
	ses, ok := p.staffPage(w, r, "/staff/messages/{id}/attachments/{attachment_id}")
	if !ok {
		return
	}
	e, ok := p.staffEdge.(staffAttachmentEdge)
	if !ok {
		http.NotFound(w, r)
		return
	}
	e.StreamStaffAttachment(w, r, ses.Principal, r.PathValue("id"), r.PathValue("attachment_id"), func(err error) {
		p.staffPageError(w, r, ses, err)
	})
}
