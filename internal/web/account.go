package web

import (
	"context"
	"errors"
	"html/template"
	"io"
	"net/http"
	"net/url"
	"strings"

	"github.com/sealpost/sealpost/internal/passkey"
	"github.com/sealpost/sealpost/internal/service"
)

// The account page and the passkey ceremonies its script runs.

func (p *Pages) accountPage(w http.ResponseWriter, r *http.Request) {
	ses, ok := p.signedInPage(w, r)
	if !ok {
		return
	}
	n, err := p.svc.PasskeyCount(r.Context(), *ses)
	if err != nil {
		p.pageError(w, r, ses, err)
		return
	}
	left, err := p.svc.RecoveryCodesLeft(r.Context(), *ses)
	if err != nil {
		p.pageError(w, r, ses, err)
		return
	}
	devices, err := p.svc.Sessions(r.Context(), *ses)
	if err != nil {
		p.pageError(w, r, ses, err)
		return
	}
	pks, err := p.svc.Passkeys(r.Context(), *ses)
	if err != nil {
		p.pageError(w, r, ses, err)
		return
	}
	d := p.data(r, ses, "", "account.title")
	d.PasskeyCount, d.RecoveryLeft, d.Fresh, d.Devices, d.PasskeyList = n, left, p.svc.FactorFresh(r.Context(), *ses), devices, pks
	if p.svc.PasskeysAvailable(r.Context(), ses.TenantID) {
		d.Passkey = true
	} else {
		d.Intro = d.T("account.passkeysHTTPS")
	}
	p.render(w, r, http.StatusOK, "account", d)
}

func (p *Pages) passkeyScript(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Type", "text/javascript; charset=utf-8")
	h.Set("Cache-Control", "no-cache")
	_, _ = w.Write(passkey.Script)
}

func (p *Pages) pagesScript(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Type", "text/javascript; charset=utf-8")
	h.Set("Cache-Control", "no-cache")
	_, _ = w.Write(pagesJS)
}

// passkeyCall runs a passkey ceremony step for passkey.js: a session at the
// right stage, the CSRF header, this origin, a JSON body of at most 64 KiB.
func (p *Pages) passkeyCall(w http.ResponseWriter, r *http.Request) (*service.Session, []byte, bool) {
	ses, err := p.edge.CurrentSession(r)
	if err != nil {
		p.edge.Fail(w, r, err)
		return nil, nil, false
	}
	if ses == nil {
		p.edge.Fail(w, r, &service.Error{Kind: service.KindUnauthenticated, Detail: "sign in to continue"})
		return nil, nil, false
	}
	if !SameOrigin(r) || !ses.CheckCSRF(r.Header.Get("X-CSRF-Token")) {
		p.edge.CSRFRefused(w, r)
		return nil, nil, false
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, 64<<10))
	if err != nil {
		p.edge.Fail(w, r, &service.Error{Kind: service.KindTooLarge, Detail: "the request body is too large"})
		return nil, nil, false
	}
	return ses, body, true
}

// passkeyBegin starts a ceremony and answers its options for passkey.js.
func (p *Pages) passkeyBegin(w http.ResponseWriter, r *http.Request, begin func(context.Context, service.Session) ([]byte, error)) {
	ses, _, ok := p.passkeyCall(w, r)
	if !ok {
		return
	}
	opts, err := begin(r.Context(), *ses)
	if err != nil {
		p.edge.Fail(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	_, _ = w.Write(opts)
}

func (p *Pages) passkeyRegisterBegin(w http.ResponseWriter, r *http.Request) {
	p.passkeyBegin(w, r, p.svc.BeginPasskeyRegistration)
}

func (p *Pages) passkeyLoginBegin(w http.ResponseWriter, r *http.Request) {
	p.passkeyBegin(w, r, p.svc.BeginPasskeyLogin)
}

func (p *Pages) passkeyRegisterFinish(w http.ResponseWriter, r *http.Request) {
	ses, body, ok := p.passkeyCall(w, r)
	if !ok {
		return
	}
	if err := p.svc.FinishPasskeyRegistration(r.Context(), *ses, body); err != nil {
		p.edge.Fail(w, r, err)
		return
	}
	p.edge.WriteJSON(w, r, http.StatusOK, map[string]bool{"ok": true})
}

func (p *Pages) passkeyLoginFinish(w http.ResponseWriter, r *http.Request) {
	ses, body, ok := p.passkeyCall(w, r)
	if !ok {
		return
	}
	is, err := p.svc.FinishPasskeyLogin(r.Context(), *ses, body, p.edge.ClientAddr(r))
	if err != nil {
		p.edge.Fail(w, r, err)
		return
	}
	p.edge.SetSessionCookie(w, is.Token)
	p.edge.WriteJSON(w, r, http.StatusOK, map[string]string{"next": is.Next})
}

// passwordPage changes the password: the current one and a fresh factor.
func (p *Pages) passwordPage(w http.ResponseWriter, r *http.Request) {
	ses, ok := p.signedInPage(w, r)
	if !ok {
		return
	}
	if !p.svc.FactorFresh(r.Context(), *ses) {
		seeOther(w, r, "/stepup?next="+url.QueryEscape("/account/password"))
		return
	}
	p.render(w, r, http.StatusOK, "password", p.data(r, ses, "", "password.title"))
}

func (p *Pages) passwordSubmit(w http.ResponseWriter, r *http.Request) {
	ses, ok := p.formSession(w, r)
	if !ok {
		return
	}
	if ses == nil || !ses.SignedIn() {
		p.signedInPage(w, r)
		return
	}
	f := r.PostForm
	err := p.svc.ChangePassword(r.Context(), *ses, f.Get("current"), f.Get("password"), f.Get("confirm"), p.edge.ClientAddr(r))
	var se *service.Error
	switch {
	case errors.As(err, &se) && se.Kind == service.KindStepUpRequired:
		seeOther(w, r, "/stepup?next="+url.QueryEscape("/account/password"))
		return
	case errors.As(err, &se) && (se.Kind == service.KindInvalid || se.Kind == service.KindLocked):
		d := p.data(r, ses, "", "password.title")
		d.Errors = fieldErrors(d.lang, se.Fields)
		status := http.StatusUnprocessableEntity
		if se.Kind == service.KindLocked {
			status = http.StatusTooManyRequests
			d.Alert = lockedText(d.lang, se.RetryAfter)
		}
		p.render(w, r, status, "password", d)
		return
	case err != nil:
		p.pageError(w, r, ses, err)
		return
	}
	p.edge.ClearSessionCookie(w)
	d := p.data(r, nil, ses.TenantID, "reset.done.title")
	d.lang = pickLangFor(p, r, ses)
	d.Title = d.T("reset.done.title")
	d.Heading = d.Title
	d.Lines = []string{d.T("reset.done.line1"), d.T("reset.done.line2")}
	d.Link, d.LinkText = template.URL(signinURL(ses.TenantID)), d.T("action.signin")
	p.render(w, r, http.StatusOK, "message", d)
}

// recoveryCodesNew replaces the recovery codes and shows the new ones once.
func (p *Pages) recoveryCodesNew(w http.ResponseWriter, r *http.Request) {
	ses, ok := p.formSession(w, r)
	if !ok {
		return
	}
	if ses == nil || !ses.SignedIn() {
		p.signedInPage(w, r)
		return
	}
	codes, err := p.svc.NewRecoveryCodes(r.Context(), *ses)
	var se *service.Error
	if errors.As(err, &se) && se.Kind == service.KindStepUpRequired {
		seeOther(w, r, "/stepup?next="+url.QueryEscape("/account"))
		return
	}
	if err != nil {
		p.pageError(w, r, ses, err)
		return
	}
	d := p.data(r, ses, "", "codes.title")
	d.Codes = codes
	d.CodesFile = template.URL("data:text/plain;charset=utf-8," + url.PathEscape(d.T("codes.fileHeader", d.Brand.Name)+"\n\n"+strings.Join(codes, "\n")+"\n"))
	p.render(w, r, http.StatusOK, "codes", d)
}

// endOtherSessions signs out every other device.
func (p *Pages) endOtherSessions(w http.ResponseWriter, r *http.Request) {
	ses, ok := p.formSession(w, r)
	if !ok {
		return
	}
	if ses == nil || !ses.SignedIn() {
		p.signedInPage(w, r)
		return
	}
	if err := p.svc.EndOtherSessions(r.Context(), *ses); err != nil {
		p.pageError(w, r, ses, err)
		return
	}
	seeOther(w, r, "/account")
}

// removePasskey removes one passkey (a fresh factor first).
func (p *Pages) removePasskey(w http.ResponseWriter, r *http.Request) {
	ses, ok := p.formSession(w, r)
	if !ok {
		return
	}
	if ses == nil || !ses.SignedIn() {
		p.signedInPage(w, r)
		return
	}
	err := p.svc.RemovePasskey(r.Context(), *ses, r.PostForm.Get("id"))
	var se *service.Error
	if errors.As(err, &se) && se.Kind == service.KindStepUpRequired {
		seeOther(w, r, "/stepup?next="+url.QueryEscape("/account"))
		return
	}
	if err != nil {
		p.pageError(w, r, ses, err)
		return
	}
	seeOther(w, r, "/account")
}
