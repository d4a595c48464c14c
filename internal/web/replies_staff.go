package web

import (
	"errors"
	"net/http"
	"net/url"

	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/staff"
)

// A patient's reply in the staff mailbox: /staff/replies/{id} opens it for
// a member of its pool (staff session; the read is audited and starts the
// pool's removal clock), with the conversation and an answer form; the
// answer reaches the patient as a new message in the same thread, with the
// usual PHI-free notice. The use cases are staff.OpenReply and
// staff.AnswerReply.

// maxAnswerForm bounds a staff answer form: an answer's own limit
// (service.MaxBodyBytes), URL-encoded.
const maxAnswerForm = 3*service.MaxBodyBytes + 1024

// staffReplyData is the staff reply page's part of pageData.
type staffReplyData struct {
	staff.OpenedReply
	Sent       bool   // the answer was just sent
	AnswerText string // what was typed, kept when refused
}

func (p *Pages) staffReplyRoutes() []Route {
	return []Route{
		{"GET /staff/replies/{id}", p.staffReplyPage},
		{"POST /staff/replies/{id}/answer", p.staffReplyAnswer},
		{"GET /staff/replies/{id}/attachments/{attachment_id}", p.staffReplyAttachmentPage},
	}
}

func (p *Pages) staffReplyPage(w http.ResponseWriter, r *http.Request) {
	ses, ok := p.staffPage(w, r, "/staff/replies/{id}")
	if !ok {
		return
	}
	p.renderStaffReply(w, r, ses, http.StatusOK, r.URL.Query().Get("sent") == "1", "", nil)
}

func (p *Pages) renderStaffReply(w http.ResponseWriter, r *http.Request, ses *staff.Session, status int, sent bool, text string, errs []formError) {
	o, err := p.staff.OpenReply(r.Context(), ses.Principal, r.PathValue("id"))
	if err != nil {
		p.staffReplyError(w, r, ses, err)
		return
	}
	d := p.staffData(r, ses, "staffReply.title")
	d.StaffReply = &staffReplyData{OpenedReply: o, Sent: sent, AnswerText: text}
	d.Errors = errs
	p.render(w, r, status, "staff_reply", d)
}

func (p *Pages) staffReplyError(w http.ResponseWriter, r *http.Request, ses *staff.Session, err error) {
	var se *service.Error
	if errors.As(err, &se) && se.Kind == service.KindGone {
		d := p.staffData(r, ses, "staffReply.removed.title")
		d.Heading, d.Lines = d.T("staffReply.removed.title"), []string{d.T("staffReply.removed.line")}
		d.Link, d.LinkText = "/staff/inbox", d.T("staff.backToInbox")
		p.render(w, r, http.StatusGone, "message", d)
		return
	}
	p.staffPageError(w, r, ses, err)
}

func (p *Pages) staffReplyAnswer(w http.ResponseWriter, r *http.Request) {
	const route = "/staff/replies/{id}/answer"
	ses, ok := p.staffFormLimit(w, r, route, maxAnswerForm)
	if !ok {
		return
	}
	if !p.staffSignedIn(w, r, ses, route) {
		return
	}
	id, text := r.PathValue("id"), r.PostForm.Get("body")
	_, err := p.staff.AnswerReply(r.Context(), ses.Principal, id, text)
	var se *service.Error
	switch {
	case errors.As(err, &se) && se.Kind == service.KindInvalid:
		d := p.data(r, nil, ses.TenantID, "")
		msg := d.T("staffReply.error.empty")
		if len(text) > 0 {
			msg = d.T("staffReply.error.long")
		}
		p.renderStaffReply(w, r, ses, http.StatusUnprocessableEntity, false, text, []formError{{Field: "answer-body", Text: msg}})
		return
	case errors.As(err, &se) && se.Kind == service.KindReplyAnswered:
		p.renderStaffReply(w, r, ses, http.StatusConflict, false, text, []formError{{Field: "answer-body", Text: p.data(r, nil, ses.TenantID, "").T("staffReply.error.answered")}})
		return
	case err != nil:
		p.staffReplyError(w, r, ses, err)
		return
	}
	seeOther(w, r, "/staff/replies/"+url.PathEscape(id)+"?sent=1")
}
