package api

import (
	"net/http"
	"net/url"
	"strings"
)

// Cross-origin calls to the inbox API: the embeddable widget runs on a
// portal's page (another origin) and sends the portal's user token as
// Authorization: Bearer. CORS is granted without credentials (cookies never
// travel cross-origin), only on /v1/inbox…, only to origins a tenant lists in
// widget_origins: a preflight (no token yet) for an origin some tenant lists,
// the request itself only if the token's tenant lists it (inbox, usertoken.go).
// Content-Disposition is allowed for the widget's reply file uploads (it
// names the file, RFC 5987 filename*).

// corsMaxAge lets a browser reuse a preflight answer for 10 minutes.
const corsMaxAge = "600"

func inboxPath(p string) bool { return p == "/v1/inbox" || strings.HasPrefix(p, "/v1/inbox/") }

// crossOrigin returns the request's Origin when it names another origin
// than this server's ("" for same-origin and non-browser requests).
func crossOrigin(r *http.Request) string {
	o := r.Header.Get("Origin")
	if o == "" {
		return ""
	}
	if u, err := url.Parse(o); err == nil && u.Host == r.Host && u.Host != "" {
		return ""
	}
	return o
}

// cors answers preflights for the inbox API; every other request passes.
func (s *Server) cors(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodOptions || !inboxPath(r.URL.Path) || r.Header.Get("Access-Control-Request-Method") == "" {
			next.ServeHTTP(w, r)
			return
		}
		origin := crossOrigin(r)
		w.Header().Add("Vary", "Origin")
		if origin == "" {
			writeProblem(w, r, http.StatusForbidden, ProblemOriginNotAllowed, "a preflight needs an Origin of another site", nil)
			return
		}
		known, err := s.svc.WidgetOriginKnown(r.Context(), origin)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		if !known {
			writeProblem(w, r, http.StatusForbidden, ProblemOriginNotAllowed, "this origin is in no tenant's widget_origins", nil)
			return
		}
		switch r.Header.Get("Access-Control-Request-Method") {
		case http.MethodGet, http.MethodPost:
		default:
			writeProblem(w, r, http.StatusForbidden, ProblemOriginNotAllowed, "the inbox API answers GET and POST only", nil)
			return
		}
		for _, h := range strings.Split(r.Header.Get("Access-Control-Request-Headers"), ",") {
			switch strings.ToLower(strings.TrimSpace(h)) {
			case "", "authorization", "accept", "content-type", "content-disposition", "last-event-id":
			default:
				writeProblem(w, r, http.StatusForbidden, ProblemOriginNotAllowed, "header "+strings.TrimSpace(h)+" is not allowed cross-origin", nil)
				return
			}
		}
		h := w.Header()
		h.Set("Access-Control-Allow-Origin", origin)
		h.Set("Access-Control-Allow-Methods", "GET, POST")
		h.Set("Access-Control-Allow-Headers", "Authorization, Accept, Content-Type, Content-Disposition, Last-Event-ID")
		h.Set("Access-Control-Max-Age", corsMaxAge)
		h.Set("Cache-Control", "no-store")
		w.WriteHeader(http.StatusNoContent)
	})
}

// allowOrigin lets the page at origin read this answer (no credentials).
func allowOrigin(w http.ResponseWriter, origin string) {
	h := w.Header()
	h.Set("Access-Control-Allow-Origin", origin)
	h.Add("Vary", "Origin")
	h.Set("Access-Control-Expose-Headers", "Retry-After, X-Request-Id, Content-Disposition, WWW-Authenticate")
}
