package api

import (
	"net/http"

	"github.com/sealpost/sealpost/internal/service"
)

// Staff sign-in through the organisation's OpenID Connect provider: the
// tenant API's /v1/settings/staff-oidc (same body as /v1/settings/oidc; a
// second-factor proof is required). The pages /staff/oidc/start and
// /staff/oidc/callback are in internal/web (staffoidc.go).

func (s *Server) getStaffOIDCSettings(w http.ResponseWriter, r *http.Request) {
	v, err := s.svc.GetStaffOIDCSettings(r.Context(), principal(r))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusOK, v)
}

func (s *Server) putStaffOIDCSettings(w http.ResponseWriter, r *http.Request) {
	var in service.OIDCSettings
	if _, err := readJSON(w, r, &in); err != nil {
		s.fail(w, r, err)
		return
	}
	v, err := s.svc.PutStaffOIDCSettings(r.Context(), principal(r), in)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusOK, v)
}
