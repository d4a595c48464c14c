package web

import (
	"context"
	"net/http"

	"github.com/sealpost/sealpost/internal/ids"
	"github.com/sealpost/sealpost/internal/service"
)

// Which tenant a signed-out browser's sign-in form is for. Usernames are
// per tenant, so a form without one can never succeed; every page a
// signed-out patient reaches links to /signin, and /signin finds the tenant:
//
//  1. ?tenant=<id>, as in a portal's own sign-in link;
//  2. the request's Host, when exactly one tenant's public link base
//     (settings public_url) names that host — the usual multi-tenant set-up;
//  3. the tenant of the last notice or registration link this browser
//     followed (a cookie holding the tenant id and its keyed fingerprint);
//  4. the deployment's only tenant.
//
// When none applies the page says to open the link in the latest message
// instead of showing a form that cannot work.

const (
	hintCookieSecure = "__Host-sealpost_tenant"
	hintCookieDev    = "sealpost_tenant"
	hintMaxAge       = 180 * 24 * 60 * 60 // seconds
)

func (p *Pages) hintCookieName() string {
	if p.edge.InsecureCookies() {
		return hintCookieDev
	}
	return hintCookieSecure
}

// rememberTenant notes, in the browser, the tenant of a link it followed.
func (p *Pages) rememberTenant(w http.ResponseWriter, r *http.Request, tenantID string) {
	if tenantID == "" {
		return
	}
	v, err := p.svc.SignInHint(r.Context(), tenantID)
	if err != nil {
		return // the sign-in page falls back to the other rules
	}
	http.SetCookie(w, &http.Cookie{Name: p.hintCookieName(), Value: v, Path: "/", MaxAge: hintMaxAge, HttpOnly: true,
		Secure: !p.edge.InsecureCookies(), SameSite: http.SameSiteLaxMode})
}

// signInTenant resolves the tenant of a signed-out sign-in form; "" if none.
func (p *Pages) signInTenant(r *http.Request) string {
	if t := r.URL.Query().Get("tenant"); ids.Valid(ids.Tenant, t) {
		return t
	}
	return pickSignInTenant(r.Context(), r.Host, func(ctx context.Context) string {
		c, err := r.Cookie(p.hintCookieName())
		if err != nil {
			return ""
		}
		return p.svc.HintTenant(ctx, c.Value)
	}, p.svc.SignInTenants)
}

// pickSignInTenant applies rules 2–4: host, then the hint (read only when
// needed), then the only tenant.
func pickSignInTenant(ctx context.Context, host string, hint func(context.Context) string,
	list func(context.Context) ([]service.SignInTenant, error)) string {
	tenants, err := list(ctx)
	if err != nil {
		tenants = nil // fail closed to the hint alone
	}
	if t := service.HostTenant(tenants, host); t != "" {
		return t
	}
	if t := hint(ctx); t != "" {
		return t
	}
	if len(tenants) == 1 {
		return tenants[0].ID
	}
	return ""
}
