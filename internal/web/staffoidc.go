package web

import (
	"errors"
	"html/template"
	"net/http"
	"net/url"

	"github.com/sealpost/sealpost/internal/ids"
	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/staff"
)

// Staff sign-in through the organisation's OpenID Connect provider:
// /staff/oidc/start and /staff/oidc/callback (package staff has the rules).
// Both are served over https only, like every staff page. The flow's state,
// nonce and PKCE verifier live in a MAC'd, HttpOnly cookie scoped to the
// callback path and deleted when the callback is served, whatever the
// outcome, so each flow is used once.
//
// The staff session cookie is SameSite=Strict, and the callback is reached
// through the provider's cross-site redirect: a browser would not send the
// new cookie on a redirect from there, so the callback answers with a page
// whose link (a same-site navigation) opens the staff inbox.

const staffOIDCCookie = "sealpost_staff_oidc"

func (p *Pages) setStaffOIDCCookie(w http.ResponseWriter, value string, maxAge int) {
	http.SetCookie(w, &http.Cookie{Name: staffOIDCCookie, Value: value, Path: staff.OIDCCallbackPath, HttpOnly: true,
		Secure: !p.edge.InsecureCookies(), SameSite: http.SameSiteLaxMode, MaxAge: maxAge})
}

// withStaffOIDC adds "Sign in with your organisation" to the staff sign-in
// page when the tenant has a staff provider.
func (p *Pages) withStaffOIDC(r *http.Request, d *pageData) {
	if d.Tenant == "" || p.staff == nil || !p.staff.OIDCEnabled(r.Context(), d.Tenant) {
		return
	}
	d.OIDCLabel = d.T("staff.oidc.button")
	d.OIDCHref = template.URL("/staff/oidc/start?tenant=" + url.QueryEscape(d.Tenant))
}

// staffOIDCStart sends the browser to the tenant's staff provider; the
// tenant is chosen as the staff sign-in page chooses it (?tenant=, else the
// remembered sign-in tenant).
func (p *Pages) staffOIDCStart(w http.ResponseWriter, r *http.Request) {
	if !p.staffTransport(w, r, "/staff/oidc/start") {
		return
	}
	if ses, err := p.staffEdge.CurrentStaffSession(r); err == nil && ses != nil && ses.SignedIn() {
		seeOther(w, r, "/staff/inbox") // already signed in, as the sign-in page does
		return
	}
	tenant := r.URL.Query().Get("tenant")
	if !ids.Valid(ids.Tenant, tenant) {
		tenant = p.signInTenant(r)
	}
	w.Header().Set("Cache-Control", "no-store")
	redirect, cookie, err := p.staff.OIDCStart(r.Context(), tenant)
	if err != nil {
		p.staffOIDCFailed(w, r, tenant, err)
		return
	}
	p.setStaffOIDCCookie(w, cookie, 600)
	http.Redirect(w, r, redirect, http.StatusSeeOther)
}

// staffOIDCCallback finishes the flow the provider sends back.
func (p *Pages) staffOIDCCallback(w http.ResponseWriter, r *http.Request) {
	if !p.staffTransport(w, r, staff.OIDCCallbackPath) {
		return
	}
	flow := ""
	if c, err := r.Cookie(staffOIDCCookie); err == nil {
		flow = c.Value
	}
	p.setStaffOIDCCookie(w, "", -1) // used once, whatever happens
	w.Header().Set("Cache-Control", "no-store")
	q := r.URL.Query()
	is, tenant, err := p.staff.OIDCCallback(r.Context(), flow, q.Get("state"), q.Get("code"), q.Get("error"))
	if err != nil {
		if tenant == "" {
			tenant = p.signInTenant(r)
		}
		p.staffOIDCFailed(w, r, tenant, err)
		return
	}
	p.rememberTenant(w, r, tenant)
	p.staffEdge.SetStaffCookie(w, is.Token)
	d := p.data(r, nil, tenant, "staff.oidc.done.title")
	d.Heading, d.Lines = d.Title, []string{d.T("staff.oidc.done.line")}
	d.Link, d.LinkText = template.URL(is.Next), d.T("staff.oidc.done.open")
	p.render(w, r, http.StatusOK, "message", d)
}

// staffOIDCFailed answers a refused start or callback: one message for
// every refusal, and the way back to the staff sign-in.
func (p *Pages) staffOIDCFailed(w http.ResponseWriter, r *http.Request, tenant string, err error) {
	var se *service.Error
	if !errors.As(err, &se) || se.Kind != service.KindUnauthenticated {
		p.pageError(w, r, nil, err)
		return
	}
	d := p.data(r, nil, tenant, "staff.oidc.failed.title")
	d.Heading, d.Lines = d.Title, []string{d.T("staff.oidc.failed.line")}
	d.Link, d.LinkText = template.URL("/staff/signin?tenant="+url.QueryEscape(tenant)), d.T("action.backToSignin")
	p.render(w, r, http.StatusUnauthorized, "message", d)
}
