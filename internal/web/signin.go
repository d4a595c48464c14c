package web

import (
	"errors"
	"html/template"
	"net/http"
	"net/url"
	"strconv"

	"github.com/sealpost/sealpost/internal/ids"
	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/store"
)

// The way in: the landing page, a notice's link, sign-in with password and
// second factor, step-up for messages that need a fresh code, sign-out.

// landingPage is / : the tenant's name and a way to sign in.
func (p *Pages) landingPage(w http.ResponseWriter, r *http.Request) {
	ses, err := p.edge.CurrentSession(r)
	if err != nil {
		p.pageError(w, r, nil, err)
		return
	}
	if ses != nil && ses.SignedIn() {
		seeOther(w, r, "/inbox")
		return
	}
	tenant := tenantOf(ses)
	if tenant == "" {
		tenant = p.signInTenant(r)
	}
	d := p.data(r, ses, tenant, "landing.title")
	d.Link, d.NoTenant = template.URL(p.signinLink(r, tenant)), tenant == ""
	p.render(w, r, http.StatusOK, "landing", d)
}

// Link follows a notice link into the pickup flow (GET /m/{token}, in the
// API's route table).
func (p *Pages) Link(w http.ResponseWriter, r *http.Request) {
	cur, err := p.edge.CurrentSession(r)
	if err != nil {
		p.pageError(w, r, nil, err)
		return
	}
	t, err := p.svc.FollowLink(r.Context(), r.PathValue("token"), cur)
	var se *service.Error
	switch {
	case err == nil:
		p.edge.NoteTenant(r, t.TenantID)
		p.rememberTenant(w, r, t.TenantID)
		if t.Issued != nil {
			p.edge.SetSessionCookie(w, t.Issued.Token)
		}
		seeOther(w, r, t.Next)
	case errors.As(err, &se) && se.Kind == service.KindGone:
		p.rememberTenant(w, r, t.TenantID)
		d := p.data(r, nil, t.TenantID, "link.expired.title")
		d.Heading = d.Title
		d.Lines = []string{d.T("link.expired.line1"), d.T("link.expired.line2")}
		d.Link, d.LinkText = template.URL(signinURL(t.TenantID)), d.T("action.signinInbox")
		p.render(w, r, http.StatusGone, "message", d)
	case errors.As(err, &se) && se.Kind == service.KindNotFound:
		tenant := tenantOf(cur)
		if tenant == "" {
			tenant = p.signInTenant(r)
		}
		d := p.data(r, nil, tenant, "link.unknown.title")
		d.Heading = d.Title
		d.Lines = []string{d.T("link.unknown.line")}
		d.Link, d.LinkText = template.URL(p.signinLink(r, tenant)), d.T("action.signin")
		p.render(w, r, http.StatusNotFound, "message", d)
	case errors.As(err, &se) && se.Kind == service.KindNotEnrolled:
		p.rememberTenant(w, r, t.TenantID)
		p.pageMessage(w, r, http.StatusForbidden, t.TenantID, "link.notEnrolled.title", "link.notEnrolled.line1", "link.notEnrolled.line2")
	default:
		p.pageError(w, r, cur, err)
	}
}

func (p *Pages) signinPage(w http.ResponseWriter, r *http.Request) {
	ses, err := p.edge.CurrentSession(r)
	if err != nil {
		p.pageError(w, r, nil, err)
		return
	}
	if ses != nil && ses.SignedIn() {
		seeOther(w, r, "/inbox")
		return
	}
	var d pageData
	if ses != nil && (ses.Stage == store.StageLink || ses.Stage == store.StagePassword) {
		d = p.data(r, ses, "", "signin.title")
		d.Intro = d.T("signin.waiting")
	} else {
		tenant := tenantOf(ses) // sign-in answers for the session's tenant in any case
		if tenant == "" {
			tenant = p.signInTenant(r)
		}
		d = p.data(r, nil, tenant, "signin.title")
		d.Tenant = tenant
		d.CSRF = p.preCSRF(w, r)
		d.NoTenant = tenant == ""
	}
	p.withOIDC(r, ses, &d)
	d.Link = template.URL(recoverURL(d.Tenant))
	p.render(w, r, http.StatusOK, "signin", d)
}

// recoverURL is the "forgot your password?" page for a tenant.
func recoverURL(tenantID string) string {
	if tenantID == "" {
		return "/recover"
	}
	return "/recover?tenant=" + url.QueryEscape(tenantID)
}

// withOIDC adds the "Sign in with {portal}" button when the tenant has one.
func (p *Pages) withOIDC(r *http.Request, ses *service.Session, d *pageData) {
	t := d.Tenant
	if ses != nil {
		t = ses.TenantID
	}
	if t == "" {
		return
	}
	if d.OIDCLabel = p.svc.OIDCEnabled(r.Context(), t); d.OIDCLabel != "" {
		d.OIDCHref = template.URL(oidcStartURL(t))
	}
}

func (p *Pages) signinSubmit(w http.ResponseWriter, r *http.Request) {
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
	is, err := p.svc.SignIn(r.Context(), ses, service.SignInInput{TenantID: tenant, Username: r.PostForm.Get("username"),
		Password: r.PostForm.Get("password"), Addr: p.edge.ClientAddr(r)})
	if err != nil {
		var se *service.Error
		if errors.As(err, &se) && (se.Kind == service.KindBadCredentials || se.Kind == service.KindLocked || se.Kind == service.KindNotEnrolled || se.Kind == service.KindUnauthenticated) {
			status := http.StatusUnauthorized
			d := p.data(r, ses, tenant, "signin.title")
			d.Alert = d.T(errorKey(se))
			if se.Kind == service.KindLocked {
				status = http.StatusTooManyRequests
				w.Header().Set("Retry-After", strconv.Itoa(int(se.RetryAfter.Seconds())+1))
				d.Alert = lockedText(d.lang, se.RetryAfter)
			}
			d.Tenant, d.Username = tenant, r.PostForm.Get("username")
			if ses == nil {
				d.CSRF = p.preCSRF(w, r)
			}
			p.withOIDC(r, ses, &d)
			d.Link = template.URL(recoverURL(d.Tenant))
			p.render(w, r, status, "signin", d)
			return
		}
		p.pageError(w, r, ses, err)
		return
	}
	p.edge.NoteTenant(r, is.Session.TenantID)
	p.edge.SetSessionCookie(w, is.Token)
	seeOther(w, r, is.Next)
}

func (p *Pages) factorData(r *http.Request, ses *service.Session, stepUp bool, next, alert string) pageData {
	d := p.data(r, ses, "", "factor.title")
	d.Heading, d.Action, d.Intro, d.Alert = d.Title, "/signin/factor", d.T("factor.intro"), alert
	if stepUp {
		d.Title = d.T("stepup.title")
		d.Heading, d.Action, d.Next, d.SignedIn = d.Title, "/stepup", next, true
		d.Intro = d.T("stepup.intro")
		return p.withPasskey(r, ses, d, next)
	}
	after := "/inbox"
	if ses.MessageID != "" {
		after = "/inbox/" + ses.MessageID
	}
	return p.withPasskey(r, ses, d, after)
}

func (p *Pages) factorPage(w http.ResponseWriter, r *http.Request) {
	ses, ok := p.stageSession(w, r, store.StagePassword)
	if !ok {
		return
	}
	p.render(w, r, http.StatusOK, "factor", p.factorData(r, ses, false, "", ""))
}

// withPasskey offers the passkey button on a factor page when the account
// has one and passkeys can work for the tenant.
func (p *Pages) withPasskey(r *http.Request, ses *service.Session, d pageData, next string) pageData {
	if n, err := p.svc.PasskeyCount(r.Context(), *ses); err == nil && n > 0 && p.svc.PasskeysAvailable(r.Context(), ses.TenantID) {
		d.Passkey, d.PasskeyNext = true, next
	}
	return d
}

func (p *Pages) factorFailed(w http.ResponseWriter, r *http.Request, ses *service.Session, stepUp bool, next string, err error) {
	var se *service.Error
	if errors.As(err, &se) && (se.Kind == service.KindBadCredentials || se.Kind == service.KindLocked) {
		status := http.StatusUnauthorized
		alert := translate(pickLangFor(p, r, ses), errorKey(se))
		if se.Kind == service.KindLocked {
			status = http.StatusTooManyRequests
			w.Header().Set("Retry-After", strconv.Itoa(int(se.RetryAfter.Seconds())+1))
			alert = lockedText(pickLangFor(p, r, ses), se.RetryAfter)
		}
		p.render(w, r, status, "factor", p.factorData(r, ses, stepUp, next, alert))
		return
	}
	p.pageError(w, r, ses, err)
}

// pickLangFor is the page language for a session (see data).
func pickLangFor(p *Pages, r *http.Request, ses *service.Session) string {
	locale := ""
	if ses != nil && ses.RecipientID != "" {
		locale, _ = p.svc.PageLocale(r.Context(), ses.TenantID, ses.RecipientID)
	}
	return pickLang(locale, r.Header.Get("Accept-Language"))
}

func (p *Pages) factorSubmit(w http.ResponseWriter, r *http.Request) {
	ses, ok := p.formSession(w, r)
	if !ok {
		return
	}
	if ses == nil || ses.Stage != store.StagePassword {
		p.stageSession(w, r, store.StagePassword)
		return
	}
	is, err := p.svc.VerifyFactor(r.Context(), *ses, r.PostForm.Get("code"), p.edge.ClientAddr(r))
	if err != nil {
		p.factorFailed(w, r, ses, false, "", err)
		return
	}
	p.edge.SetSessionCookie(w, is.Token)
	seeOther(w, r, is.Next)
}

func (p *Pages) stepupPage(w http.ResponseWriter, r *http.Request) {
	ses, ok := p.signedInPage(w, r)
	if !ok {
		return
	}
	next := safeNext(r.URL.Query().Get("next"))
	if p.svc.OIDCStepUpPreferred(r.Context(), *ses) {
		// A portal user without a sealpost account confirms at the portal.
		seeOther(w, r, "/oidc/start?step_up=1&next="+url.QueryEscape(next))
		return
	}
	p.render(w, r, http.StatusOK, "factor", p.factorData(r, ses, true, next, ""))
}

func (p *Pages) stepupSubmit(w http.ResponseWriter, r *http.Request) {
	ses, ok := p.formSession(w, r)
	if !ok {
		return
	}
	if ses == nil || !ses.SignedIn() {
		p.signedInPage(w, r)
		return
	}
	next := safeNext(r.PostForm.Get("next"))
	is, err := p.svc.StepUp(r.Context(), *ses, r.PostForm.Get("code"), p.edge.ClientAddr(r))
	if err != nil {
		p.factorFailed(w, r, ses, true, next, err)
		return
	}
	p.edge.SetSessionCookie(w, is.Token)
	seeOther(w, r, next)
}

func (p *Pages) signoutSubmit(w http.ResponseWriter, r *http.Request) {
	ses, ok := p.formSession(w, r)
	if !ok {
		return
	}
	tenant := ""
	lang := pickLangFor(p, r, ses)
	if ses != nil {
		tenant = ses.TenantID
		if err := p.svc.SignOut(r.Context(), *ses, r.PostForm.Get("everywhere") == "1"); err != nil {
			p.pageError(w, r, ses, err)
			return
		}
	}
	p.edge.ClearSessionCookie(w)
	d := p.data(r, nil, tenant, "")
	d.lang = lang // the session is gone; keep the language it had
	d.Title = d.T("signout.title")
	d.Heading = d.T("signout.heading")
	d.Lines = []string{d.T("signout.line")}
	d.Link, d.LinkText = template.URL(signinURL(tenant)), d.T("action.signinAgain")
	p.render(w, r, http.StatusOK, "message", d)
}
