package api

import (
	"net/http"

	"github.com/sealpost/sealpost/internal/service"
)

// Sign in with the portal (OpenID Connect): the tenant API's
// /v1/settings/oidc. The pages' /oidc/start and /oidc/callback are in
// internal/web (oidc.go).

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
