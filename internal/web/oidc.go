package web

import (
	"errors"
	"html/template"
	"net/http"
	"net/url"

	"github.com/sealpost/sealpost/internal/ids"
	"github.com/sealpost/sealpost/internal/service"
)

// Sign in with the portal (OpenID Connect): /oidc/start and /oidc/callback.
// The flow's state, nonce and PKCE verifier live in a MAC'd, HttpOnly
// cookie scoped to the callback path, deleted when the callback is served
// (whatever the outcome), so each flow is used once; the provider's code is
// single use too.

const oidcCookie = "sealpost_oidc"

func (p *Pages) setOIDCCookie(w http.ResponseWriter, value string, maxAge int) {
	http.SetCookie(w, &http.Cookie{Name: oidcCookie, Value: value, Path: service.OIDCCallbackPath, HttpOnly: true,
		Secure: !p.edge.InsecureCookies(), SameSite: http.SameSiteLaxMode, MaxAge: maxAge})
}

// oidcStart sends the browser to the tenant's provider. ?tenant= names the
// tenant when there is no session; ?step_up=1 asks a signed-in session's
// provider for a fresh second factor (prompt=login, max_age, acr_values);
// ?next= is where to return (a local inbox path).
func (p *Pages) oidcStart(w http.ResponseWriter, r *http.Request) {
	cur, err := p.edge.CurrentSession(r)
	if err != nil {
		p.pageError(w, r, nil, err)
		return
	}
	q := r.URL.Query()
	tenant := q.Get("tenant")
	if cur == nil {
		if !ids.Valid(ids.Tenant, tenant) {
			tenant = p.signInTenant(r)
		}
	}
	next := ""
	if q.Get("next") != "" {
		next = safeNext(q.Get("next"))
	}
	redirect, cookie, err := p.svc.OIDCStart(r.Context(), tenant, cur, next, q.Get("step_up") == "1")
	if err != nil {
		p.pageError(w, r, cur, err)
		return
	}
	p.setOIDCCookie(w, cookie, 600)
	w.Header().Set("Cache-Control", "no-store")
	http.Redirect(w, r, redirect, http.StatusSeeOther)
}

// oidcCallback finishes the flow the provider sends back.
func (p *Pages) oidcCallback(w http.ResponseWriter, r *http.Request) {
	cur, err := p.edge.CurrentSession(r)
	if err != nil {
		p.pageError(w, r, nil, err)
		return
	}
	flow := ""
	if c, err := r.Cookie(oidcCookie); err == nil {
		flow = c.Value
	}
	p.setOIDCCookie(w, "", -1) // used once, whatever happens
	w.Header().Set("Cache-Control", "no-store")
	q := r.URL.Query()
	is, err := p.svc.OIDCCallback(r.Context(), cur, flow, q.Get("state"), q.Get("code"), q.Get("error"))
	if err != nil {
		var se *service.Error
		tenant := tenantOf(cur)
		if tenant == "" {
			tenant = p.signInTenant(r)
		}
		if errors.As(err, &se) && se.Kind == service.KindStepUpRequired {
			d := p.data(r, cur, tenant, "oidc.confirm.title")
			d.Heading, d.Lines = d.Title, []string{d.T(errorKey(se))}
			d.Link, d.LinkText = "/inbox", d.T("action.backToInbox")
			p.render(w, r, http.StatusForbidden, "message", d)
			return
		}
		if errors.As(err, &se) && se.Kind == service.KindUnauthenticated {
			d := p.data(r, nil, tenant, "oidc.failed.title")
			d.Heading, d.Lines = d.Title, []string{d.T(errorKey(se))}
			d.Link, d.LinkText = template.URL(p.signinLink(r, tenant)), d.T("action.backToSignin")
			p.render(w, r, http.StatusUnauthorized, "message", d)
			return
		}
		p.pageError(w, r, cur, err)
		return
	}
	p.edge.NoteTenant(r, is.Session.TenantID)
	p.rememberTenant(w, r, is.Session.TenantID)
	p.edge.SetSessionCookie(w, is.Token)
	seeOther(w, r, is.Next)
}

// oidcStartURL is the sign-in button's target for a tenant.
func oidcStartURL(tenant string) string {
	return "/oidc/start?tenant=" + url.QueryEscape(tenant)
}
