package web

import (
	"errors"
	"net/http"
	"net/url"

	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/store"
)

// The inbox, a message (with its sender and a print view), the read,
// unread and archive actions, and attachments.

func (p *Pages) inboxPage(w http.ResponseWriter, r *http.Request) {
	ses, ok := p.signedInPage(w, r)
	if !ok {
		return
	}
	in, err := p.svc.ListInbox(r.Context(), *ses, false)
	if err != nil {
		p.pageError(w, r, ses, err)
		return
	}
	d := p.data(r, ses, "", "inbox.title")
	d.Unread, d.Messages = in.Unread, in.Messages
	p.render(w, r, http.StatusOK, "inbox", d)
}

func (p *Pages) messagePage(w http.ResponseWriter, r *http.Request) {
	ses, ok := p.signedInPage(w, r)
	if !ok {
		return
	}
	id := r.PathValue("id")
	m, err := p.svc.OpenMessage(r.Context(), *ses, id)
	var se *service.Error
	if errors.As(err, &se) && se.Kind == service.KindStepUpRequired {
		seeOther(w, r, "/stepup?next="+url.QueryEscape("/inbox/"+id))
		return
	}
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
	p.render(w, r, http.StatusOK, "view", d)
}

func (p *Pages) messageAction(w http.ResponseWriter, r *http.Request) {
	ses, ok := p.formSession(w, r)
	if !ok {
		return
	}
	if ses == nil || !ses.SignedIn() {
		p.signedInPage(w, r)
		return
	}
	op := map[string]string{"read": store.InboxRead, "unread": store.InboxUnread, "archive": store.InboxArchive}[r.PathValue("op")]
	if op == "" {
		p.pageError(w, r, ses, &service.Error{Kind: service.KindNotFound, Detail: "no such action"})
		return
	}
	err := p.svc.SetMessageState(r.Context(), *ses, r.PathValue("id"), op)
	var se *service.Error
	if errors.As(err, &se) && se.Kind == service.KindStepUpRequired {
		seeOther(w, r, "/stepup?next="+url.QueryEscape("/inbox/"+r.PathValue("id")))
		return
	}
	if err != nil {
		p.pageError(w, r, ses, err)
		return
	}
	seeOther(w, r, "/inbox")
}

func (p *Pages) attachmentPage(w http.ResponseWriter, r *http.Request) {
	ses, ok := p.signedInPage(w, r)
	if !ok {
		return
	}
	id := r.PathValue("id")
	p.edge.StreamAttachment(w, r, *ses, id, r.PathValue("attachment_id"), func(err error) {
		var se *service.Error
		if errors.As(err, &se) && se.Kind == service.KindStepUpRequired {
			seeOther(w, r, "/stepup?next="+url.QueryEscape("/inbox/"+id))
			return
		}
		p.pageError(w, r, ses, err)
	})
}
