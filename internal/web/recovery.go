package web

import (
	"errors"
	"html/template"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/sealpost/sealpost/internal/ids"
	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/store"
)

// Recovery without calling the clinic (service/recovery.go): "forgot
// password" asks for a reset link by email and sets a new password from it;
// a sign-in with a recovery code leads to replacing the authenticator.

// recoverPage is the "forgot your password?" form.
func (p *Pages) recoverPage(w http.ResponseWriter, r *http.Request) {
	ses, err := p.edge.CurrentSession(r)
	if err != nil {
		p.pageError(w, r, nil, err)
		return
	}
	if ses != nil && ses.SignedIn() {
		seeOther(w, r, "/account")
		return
	}
	tenant := tenantOf(ses)
	if tenant == "" {
		tenant = p.signInTenant(r)
	}
	d := p.data(r, ses, tenant, "recover.title")
	d.Tenant, d.NoTenant = tenant, tenant == ""
	if ses == nil {
		d.CSRF = p.preCSRF(w, r)
	}
	d.Link = template.URL(p.signinLink(r, tenant))
	p.render(w, r, http.StatusOK, "recover", d)
}

// recoverSubmit answers the same whether or not the username has an account.
func (p *Pages) recoverSubmit(w http.ResponseWriter, r *http.Request) {
	ses, ok := p.formSession(w, r)
	if !ok {
		return
	}
	tenant := r.PostForm.Get("tenant")
	if ses != nil {
		tenant = ses.TenantID
	} else if !ids.Valid(ids.Tenant, tenant) {
		tenant = ""
	}
	username := r.PostForm.Get("username")
	d := p.data(r, ses, tenant, "recover.title")
	d.Tenant, d.NoTenant, d.Link = tenant, tenant == "", template.URL(p.signinLink(r, tenant))
	if ses == nil {
		d.CSRF = p.preCSRF(w, r)
	}
	if strings.TrimSpace(username) == "" {
		d.Errors = []formError{{Field: "username", Text: d.T("recover.usernameNeeded")}}
		p.render(w, r, http.StatusUnprocessableEntity, "recover", d)
		return
	}
	err := p.svc.RequestPasswordReset(r.Context(), tenant, username, p.edge.ClientAddr(r))
	var se *service.Error
	if errors.As(err, &se) && se.Kind == service.KindLocked {
		w.Header().Set("Retry-After", strconv.Itoa(int(se.RetryAfter.Seconds())+1))
		d.Alert, d.Username = lockedText(d.lang, se.RetryAfter), username
		p.render(w, r, http.StatusTooManyRequests, "recover", d)
		return
	}
	if errors.As(err, &se) && se.Kind == service.KindUnauthenticated {
		p.render(w, r, http.StatusOK, "recover", d) // no tenant: the page says how to find one
		return
	}
	if err != nil {
		p.pageError(w, r, ses, err)
		return
	}
	d.Heading = d.T("recover.sent.title")
	d.Title = d.Heading
	d.Lines = []string{d.T("recover.sent.line1"), d.T("recover.sent.line2")}
	d.LinkText = d.T("action.backToSignin")
	p.render(w, r, http.StatusOK, "message", d)
}

// resetPage is the new-password form behind a reset link.
func (p *Pages) resetPage(w http.ResponseWriter, r *http.Request) {
	ses, ok := p.stageSession(w, r, store.StageReset)
	if !ok {
		return
	}
	p.render(w, r, http.StatusOK, "reset", p.data(r, ses, "", "reset.title"))
}

func (p *Pages) resetSubmit(w http.ResponseWriter, r *http.Request) {
	ses, ok := p.formSession(w, r)
	if !ok {
		return
	}
	if ses == nil || ses.Stage != store.StageReset {
		p.stageSession(w, r, store.StageReset)
		return
	}
	d := p.data(r, ses, "", "reset.title")
	err := p.svc.ResetPassword(r.Context(), *ses, r.PostForm.Get("password"), r.PostForm.Get("confirm"))
	var se *service.Error
	if errors.As(err, &se) && se.Kind == service.KindInvalid {
		d.Errors = fieldErrors(d.lang, se.Fields)
		p.render(w, r, http.StatusUnprocessableEntity, "reset", d)
		return
	}
	if err != nil {
		p.pageError(w, r, ses, err)
		return
	}
	p.edge.ClearSessionCookie(w)
	d.CSRF, d.SignedIn = "", false
	d.Title = d.T("reset.done.title")
	d.Heading = d.Title
	d.Lines = []string{d.T("reset.done.line1"), d.T("reset.done.line2")}
	d.Link, d.LinkText = template.URL(signinURL(ses.TenantID)), d.T("action.signin")
	p.render(w, r, http.StatusOK, "message", d)
}

// authenticatorPage replaces the authenticator app (after a recovery-code
// sign-in, or from the account page); it needs a fresh factor.
func (p *Pages) authenticatorPage(w http.ResponseWriter, r *http.Request) {
	ses, ok := p.signedInPage(w, r)
	if !ok {
		return
	}
	p.renderReplace(w, r, ses, http.StatusOK, nil)
}

func (p *Pages) renderReplace(w http.ResponseWriter, r *http.Request, ses *service.Session, status int, fields []service.FieldError) {
	e, err := p.svc.BeginTOTPReplace(r.Context(), *ses)
	var se *service.Error
	if errors.As(err, &se) && se.Kind == service.KindStepUpRequired {
		seeOther(w, r, "/stepup?next="+url.QueryEscape("/account/authenticator"))
		return
	}
	if err != nil {
		p.pageError(w, r, ses, err)
		return
	}
	d := p.totpData(r, ses, e, "replace.title")
	d.Heading, d.Intro, d.Action = d.T("replace.heading"), d.T("replace.intro"), "/account/authenticator"
	d.Errors = fieldErrors(d.lang, fields)
	p.render(w, r, status, "totp", d)
}

func (p *Pages) authenticatorSubmit(w http.ResponseWriter, r *http.Request) {
	ses, ok := p.formSession(w, r)
	if !ok {
		return
	}
	if ses == nil || !ses.SignedIn() {
		p.signedInPage(w, r)
		return
	}
	err := p.svc.ConfirmTOTPReplace(r.Context(), *ses, r.PostForm.Get("code"))
	var se *service.Error
	if errors.As(err, &se) && se.Kind == service.KindInvalid {
		p.renderReplace(w, r, ses, http.StatusUnprocessableEntity, se.Fields)
		return
	}
	if errors.As(err, &se) && se.Kind == service.KindStepUpRequired {
		seeOther(w, r, "/stepup?next="+url.QueryEscape("/account/authenticator"))
		return
	}
	if err != nil {
		p.pageError(w, r, ses, err)
		return
	}
	d := p.data(r, ses, "", "replace.done.title")
	d.Heading = d.Title
	d.Lines = []string{d.T("replace.done.line1"), d.T("replace.done.line2")}
	d.Link, d.LinkText = "/inbox", d.T("action.backToInbox")
	p.render(w, r, http.StatusOK, "message", d)
}
