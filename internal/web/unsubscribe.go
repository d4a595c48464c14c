package web

import (
	"errors"
	"html/template"
	"net/http"

	"github.com/sealpost/sealpost/internal/service"
)

// Unsubscribe is the RFC 8058 one-click target of marketing notices (POST
// /m/{token}/unsubscribe, in the API's route table): List-Unsubscribe=One-Click
// withdraws the marketing consent of the link's recipient. The answer is a
// page in the tenant's branding and the browser's language (mail clients
// post without a session).
func (p *Pages) Unsubscribe(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 4<<10)
	token := r.PathValue("token")
	tenant := ""
	if l, _ := p.svc.ResolveLink(r.Context(), token); l.TenantID != "" {
		tenant = l.TenantID
	}
	show := func(status int, title string, lines ...string) {
		d := p.data(r, nil, tenant, title)
		d.Heading = d.Title
		for _, l := range lines {
			d.Lines = append(d.Lines, d.T(l))
		}
		d.Link, d.LinkText = template.URL(signinURL(tenant)), d.T("action.signin")
		p.render(w, r, status, "message", d)
	}
	if err := r.ParseForm(); err != nil || r.PostForm.Get("List-Unsubscribe") != "One-Click" {
		show(http.StatusBadRequest, "unsub.title", "unsub.oneClick")
		return
	}
	err := p.svc.UnsubscribeByLink(r.Context(), token)
	var se *service.Error
	switch {
	case err == nil:
		show(http.StatusOK, "unsub.done.title", "unsub.done.line")
	case errors.As(err, &se) && (se.Kind == service.KindNotFound || se.Kind == service.KindGone):
		show(http.StatusNotFound, "unsub.title", "unsub.invalid")
	default:
		p.log.Error("unsubscribe failed", "request_id", p.edge.RequestID(r.Context()), "err", err)
		show(http.StatusInternalServerError, "msg.internal.title", "msg.internal.line")
	}
}
