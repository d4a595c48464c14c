package api

import (
	"net/http"

	"github.com/sealpost/sealpost/internal/metrics"
)

// SetMetricsToken lets the API listener serve GET /metrics to scrapers that
// bear token (compared in constant time). Without a token — the default —
// the API listener answers /metrics 404 as if it had no such route; serve
// then exposes metrics only on its separate, loopback listener.
func (s *Server) SetMetricsToken(token string) { s.metricsToken = token }

// metricsAccess guards AccessMetrics routes.
func (s *Server) metricsAccess(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if s.metricsToken == "" {
			writeProblem(w, r, http.StatusNotFound, ProblemNotFound, "no such route", nil)
			return
		}
		if !metrics.TokenMatches(r, s.metricsToken) {
			w.Header().Set("WWW-Authenticate", `Bearer realm="sealpost-metrics"`)
			writeProblem(w, r, http.StatusUnauthorized, ProblemUnauthorized, "a metrics token is required: Authorization: Bearer <token>", nil)
			return
		}
		h(w, r)
	}
}
