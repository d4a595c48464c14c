package api

import (
	"context"
	"net/http"
	"strings"

	"github.com/sealpost/sealpost/internal/usertoken"
)

// Portal-signed user tokens at the edge: the AccessInbox kind (a session
// cookie or a user token) and the tenant's key settings.

// inbox wraps an inbox route: a request carrying Authorization: Bearer is
// authenticated by its user token alone (no cookie is read; a bearer token
// is not sent by the browser on its own, so no CSRF check applies), any
// other by the session cookie with its CSRF checks (endUser). A bearer
// request from another origin (the embeddable widget, cors.go) runs only if
// the token's tenant lists that origin in widget_origins; otherwise it is
// refused (403 origin-not-allowed, audited against the token's recipient)
// before the route changes anything.
func (s *Server) inbox(h http.HandlerFunc) http.HandlerFunc {
	cookie := s.endUser(h)
	return func(w http.ResponseWriter, r *http.Request) {
		auth := r.Header.Get("Authorization")
		if auth == "" {
			cookie(w, r)
			return
		}
		origin := crossOrigin(r)
		if origin != "" {
			// Refusals are readable by an origin some tenant lists, so the
			// widget can ask its page for a fresh token; the route's answer
			// only by one the token's tenant lists (below).
			w.Header().Add("Vary", "Origin")
			known, err := s.svc.WidgetOriginKnown(r.Context(), origin)
			if err != nil {
				s.fail(w, r, err)
				return
			}
			if known {
				allowOrigin(w, origin)
			}
		}
		scheme, tok, ok := strings.Cut(auth, " ")
		if !ok || !strings.EqualFold(scheme, "Bearer") {
			s.tokenProblem(w, r, "send the user token as Authorization: Bearer <token>")
			return
		}
		ses, err := s.svc.TokenSession(r.Context(), strings.TrimSpace(tok))
		if err != nil {
			w.Header().Set("WWW-Authenticate", `Bearer error="invalid_token"`)
			s.fail(w, r, err)
			return
		}
		s.noteTenant(r, ses.TenantID)
		if origin != "" {
			if err := s.svc.CheckWidgetOrigin(r.Context(), ses, origin); err != nil {
				w.Header().Del("Access-Control-Allow-Origin")
				s.fail(w, r, err)
				return
			}
		}
		h(w, r.WithContext(context.WithValue(r.Context(), keySession, ses)))
	}
}

func (s *Server) tokenProblem(w http.ResponseWriter, r *http.Request, detail string) {
	w.Header().Set("WWW-Authenticate", `Bearer error="invalid_token"`)
	writeProblem(w, r, http.StatusUnauthorized, ProblemUserToken, detail, nil)
}

func (s *Server) getUserTokenKeys(w http.ResponseWriter, r *http.Request) {
	v, err := s.svc.GetUserTokenKeys(r.Context(), principal(r))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusOK, v)
}

func (s *Server) putUserTokenKeys(w http.ResponseWriter, r *http.Request) {
	var in usertoken.Config
	if _, err := readJSONLimit(w, r, &in, usertoken.MaxJWKSBytes+4096); err != nil {
		s.fail(w, r, err)
		return
	}
	v, err := s.svc.PutUserTokenKeys(r.Context(), principal(r), in)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusOK, v)
}
