package web

import (
	"errors"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"net/url"

	"github.com/sealpost/sealpost/internal/service"
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

// A file of the patient's own reply, downloaded from the message page: the
// signed-in page checks, then service.OpenOwnReplyAttachment (the message
// readable now, the reply the session's and answering it), streamed by the
// API edge.

// ownReplyAttachmentEdge is the API edge's patient reply attachment
// download (internal/api).
type ownReplyAttachmentEdge interface {
	StreamOwnReplyAttachment(w http.ResponseWriter, r *http.Request, ses service.Session, msgID, replyID, id string, fail func(error))
}

func (p *Pages) ownReplyAttachmentPage(w http.ResponseWriter, r *http.Request) {
	ses, ok := p.signedInPage(w, r)
	if !ok {
		return
	}
	e, ok := p.edge.(ownReplyAttachmentEdge)
	if !ok {
		http.NotFound(w, r)
		return
	}
	id := r.PathValue("id")
	e.StreamOwnReplyAttachment(w, r, *ses, id, r.PathValue("reply_id"), r.PathValue("attachment_id"), func(err error) {
		var se *service.Error
		if errors.As(err, &se) && se.Kind == service.KindStepUpRequired {
			seeOther(w, r, "/stepup?next="+url.QueryEscape("/inbox/"+id))
			return
		}
		p.pageError(w, r, ses, err)
	})
}

// The patient's reply form with an optional file (multipart/form-data,
// fields in form order: csrf, body, file). The text fields are read
// bounded, then the same session, origin and CSRF checks as every form;
// the reply is posted, then the file part is streamed straight into
// service.UploadReplyAttachment (never buffered whole). A refused file
// leaves the reply sent and says so on the page.

// maxReplyFormField bounds one text field of the multipart reply form.
const maxReplyFormField = maxReplyForm

func isMultipart(r *http.Request) bool {
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	return err == nil && mt == "multipart/form-data"
}

func (p *Pages) replySubmitMultipart(w http.ResponseWriter, r *http.Request) {
	mr, err := r.MultipartReader()
	if err != nil {
		p.pageMessage(w, r, http.StatusBadRequest, p.tenantHint(r), "msg.badForm.title", "msg.badForm.line")
		return
	}
	form := url.Values{}
	var file *multipart.Part
	for file == nil {
		part, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			p.pageMessage(w, r, http.StatusBadRequest, p.tenantHint(r), "msg.badForm.title", "msg.badForm.line")
			return
		}
		switch name := part.FormName(); {
		case name == "file":
			file = part
		case name == "csrf" || name == "body":
			b, err := io.ReadAll(io.LimitReader(part, maxReplyFormField+1))
			if err != nil || len(b) > maxReplyFormField || form.Has(name) {
				p.pageMessage(w, r, http.StatusBadRequest, p.tenantHint(r), "msg.badForm.title", "msg.badForm.line")
				return
			}
			form.Set(name, string(b))
		}
	}
	// The text fields are parsed: the shared checks see them as PostForm.
	r.PostForm = form
	ses, ok := p.formSessionLimit(w, r, maxReplyForm)
	if !ok {
		return
	}
	if ses == nil || !ses.SignedIn() {
		p.signedInPage(w, r)
		return
	}
	id := r.PathValue("id")
	text := form.Get("body")
	v, err := p.svc.PostReply(r.Context(), *ses, id, service.ReplyInput{Body: text})
	var se *service.Error
	switch {
	case errors.As(err, &se) && se.Kind == service.KindStepUpRequired:
		seeOther(w, r, "/stepup?next="+url.QueryEscape("/inbox/"+id))
		return
	case errors.As(err, &se) && (se.Kind == service.KindInvalid || se.Kind == service.KindLimitReached):
		p.replyAgain(w, r, ses, id, text, se.Kind)
		return
	case err != nil:
		p.pageError(w, r, ses, err)
		return
	}
	next := "/inbox/" + url.PathEscape(id) + "?sent=1"
	if file != nil && file.FileName() != "" {
		ctype := file.Header.Get("Content-Type")
		if ctype == "" {
			ctype = "application/octet-stream"
		}
		_, err := p.svc.UploadReplyAttachment(r.Context(), *ses, id, v.ID, service.UploadInput{
			Name: file.FileName(), ContentType: ctype, Body: file, Declared: -1})
		if err != nil {
			if !errors.As(err, &se) {
				p.pageError(w, r, ses, err)
				return
			}
			next += "&file=failed"
		}
	}
	seeOther(w, r, next+"#thread")
}
