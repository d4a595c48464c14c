package api

import (
	"errors"
	"net/http"
	"net/url"

	"github.com/sealpost/sealpost/internal/ids"
	"github.com/sealpost/sealpost/internal/service"
)

// Sign in with the portal (OpenID Connect): the tenant API's
// /v1/settings/oidc, and the hosted pages' /oidc/start and /oidc/callback.
// The flow's state, nonce and PKCE verifier live in a MAC'd, HttpOnly
// cookie scoped to the callback path, deleted when the callback is served
// (whatever the outcome), so each flow is used once; the provider's code is
// single use too.

const oidcCookie = "sealpost_oidc"

func (s *Server) getOIDCSettings(w http.ResponseWriter, r *http.Request) {
	v, err := s.svc.GetOIDCSettings(r.Context(), principal(r))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusOK, v)
}

func (s *Server) putOIDCSettings(w http.ResponseWriter, r *http.Request) {
	var in service.OIDCSettings
	if _, err := readJSON(w, r, &in); err != nil {
		s.fail(w, r, err)
		return
	}
	v, err := s.svc.PutOIDCSettings(r.Context(), principal(r), in)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusOK, v)
}

func (s *Server) setOIDCCookie(w http.ResponseWriter, value string, maxAge int) {
	http.SetCookie(w, &http.Cookie{Name: oidcCookie, Value: value, Path: service.OIDCCallbackPath, HttpOnly: true,
		Secure: !s.insecureCookies, SameSite: http.SameSiteLaxMode, MaxAge: maxAge})
}

// oidcStart sends the browser to the tenant's provider. ?tenant= names the
// tenant when there is no session; ?step_up=1 asks a signed-in session's
// provider for a fresh second factor (prompt=login, max_age, acr_values);
// ?next= is where to return (a local inbox path).
func (s *Server) oidcStart(w http.ResponseWriter, r *http.Request) {
	cur, err := s.currentSession(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	q := r.URL.Query()
	tenant := q.Get("tenant")
	if cur == nil {
		if !ids.Valid(ids.Tenant, tenant) {
			tenant = s.signInTenant(r)
		}
	}
	next := ""
	if q.Get("next") != "" {
		next = safeNext(q.Get("next"))
	}
	redirect, cookie, err := s.svc.OIDCStart(r.Context(), tenant, cur, next, q.Get("step_up") == "1")
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.setOIDCCookie(w, cookie, 600)
	w.Header().Set("Cache-Control", "no-store")
	http.Redirect(w, r, redirect, http.StatusSeeOther)
}

// oidcCallback finishes the flow the provider sends back.
func (s *Server) oidcCallback(w http.ResponseWriter, r *http.Request) {
	cur, err := s.currentSession(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	flow := ""
	if c, err := r.Cookie(oidcCookie); err == nil {
		flow = c.Value
	}
	s.setOIDCCookie(w, "", -1) // used once, whatever happens
	w.Header().Set("Cache-Control", "no-store")
	q := r.URL.Query()
	is, err := s.svc.OIDCCallback(r.Context(), cur, flow, q.Get("state"), q.Get("code"), q.Get("error"))
	if err != nil {
		var se *service.Error
		if errors.As(err, &se) && se.Kind == service.KindStepUpRequired {
			tenant := ""
			if cur != nil {
				tenant = cur.TenantID
			}
			s.pageMessage(w, r, http.StatusForbidden, tenant, "Confirmation needed", se.Detail)
			return
		}
		if errors.As(err, &se) && se.Kind == service.KindUnauthenticated {
			tenant := ""
			if cur != nil {
				tenant = cur.TenantID
			}
			s.render(w, r, http.StatusUnauthorized, "message", pageData{Title: "Sign-in did not work", Heading: "Sign-in did not work",
				Lines: []string{se.Detail}, Brand: s.svc.Branding(r.Context(), tenant), Link: "/signin", LinkText: "Back to sign in"})
			return
		}
		s.pageError(w, r, err)
		return
	}
	s.noteTenant(r, is.Session.TenantID)
	s.rememberTenant(w, r, is.Session.TenantID)
	s.setSessionCookie(w, is.Token)
	seeOther(w, r, is.Next)
}

// oidcStartURL is the sign-in button's target for a tenant.
func oidcStartURL(tenant string) string {
	return "/oidc/start?tenant=" + url.QueryEscape(tenant)
}
