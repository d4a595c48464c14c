package web

import (
	"errors"
	"net/http"
	"net/url"
	"strings"

	"github.com/sealpost/sealpost/internal/service"
)

// A patient's replies on the message page: the conversation (the message,
// the patient's replies and the answers, oldest first, in the patient's
// time zone) and, when the message's category allows replies, a form to
// reply. The use cases are service.MessageThread and service.PostReply.

// maxReplyForm bounds a reply form: the reply's own limit, URL-encoded.
const maxReplyForm = 3*service.MaxReplyBytes + 1024

// replyRoutes lists the patient reply pages.
func (p *Pages) replyRoutes() []Route {
	return append([]Route{
		{"POST /inbox/{id}/reply", p.replySubmit},
		{"GET /inbox/{id}/replies/{reply_id}/attachments/{attachment_id}", p.ownReplyAttachmentPage},
	}, p.staffReplyRoutes()...)
}

// addThread adds the message's conversation and the reply form to the
// message page's data.
func (p *Pages) addThread(r *http.Request, ses *service.Session, d *pageData) error {
	t, err := p.svc.MessageThread(r.Context(), *ses, d.M.ID)
	if err != nil {
		return err
	}
	if len(t.Entries) > 1 {
		d.Thread = &t
	}
	d.CanReply = t.RepliesAllowed
	d.ReplySent = r.URL.Query().Get("sent") == "1"
	d.ReplyFileFailed = d.ReplySent && r.URL.Query().Get("file") == "failed"
	return nil
}

func (p *Pages) replySubmit(w http.ResponseWriter, r *http.Request) {
	if isMultipart(r) {
		p.replySubmitMultipart(w, r) // with a file: replyattachments.go
		return
	}
	ses, ok := p.formSessionLimit(w, r, maxReplyForm)
	if !ok {
		return
	}
	if ses == nil || !ses.SignedIn() {
		p.signedInPage(w, r)
		return
	}
	id := r.PathValue("id")
	text := r.PostForm.Get("body")
	_, err := p.svc.PostReply(r.Context(), *ses, id, service.ReplyInput{Body: text})
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
	seeOther(w, r, "/inbox/"+url.PathEscape(id)+"?sent=1#thread")
}

// replyAgain shows the message page again with the reply's problem and
// what the patient wrote, so nothing typed is lost.
func (p *Pages) replyAgain(w http.ResponseWriter, r *http.Request, ses *service.Session, id, text string, kind service.Kind) {
	m, err := p.svc.OpenMessage(r.Context(), *ses, id)
	if err != nil {
		p.pageError(w, r, ses, err)
		return
	}
	d := p.data(r, ses, "", "view.title")
	d.M = m
	if c, ok, err := p.svc.LookupCategory(r.Context(), ses.TenantID, m.Category); err == nil && ok {
		d.Department = c.Department
	}
	if err := p.addThread(r, ses, &d); err != nil {
		p.pageError(w, r, ses, err)
		return
	}
	d.ReplyText = text
	msg, status := d.T("reply.error.empty"), http.StatusUnprocessableEntity
	switch {
	case kind == service.KindLimitReached:
		msg, status = d.T("reply.error.limit"), http.StatusConflict
	case strings.TrimSpace(text) != "":
		msg = d.T("reply.error.long", service.MaxReplyBytes)
	}
	d.Errors = []formError{{Field: "reply-body", Text: msg}}
	p.render(w, r, status, "view", d)
}
