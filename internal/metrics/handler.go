package metrics

import (
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"net/http"
	"strings"

	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// DefaultListen is where serve exposes /metrics unless told otherwise: a
// listener of its own on loopback, apart from the API.
const DefaultListen = "127.0.0.1:9464"

// MinTokenLen is the shortest metrics bearer token accepted.
const MinTokenLen = 32

// Handler serves the registry in the Prometheus text format (OpenMetrics
// when the scraper asks for it).
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.Registry, promhttp.HandlerOpts{})
}

// ListenerHandler is the whole of the separate metrics listener: GET
// /metrics and nothing else. With a token, a scrape must bear it.
func (m *Metrics) ListenerHandler(token string) http.Handler {
	h := m.Handler()
	mux := http.NewServeMux()
	mux.HandleFunc("GET /metrics", func(w http.ResponseWriter, r *http.Request) {
		if token != "" && !TokenMatches(r, token) {
			w.Header().Set("WWW-Authenticate", `Bearer realm="sealpost-metrics"`)
			http.Error(w, "a metrics token is required: Authorization: Bearer <token>", http.StatusUnauthorized)
			return
		}
		h.ServeHTTP(w, r)
	})
	return mux
}

// TokenMatches reports whether r carries "Authorization: Bearer <token>".
// The comparison takes the same time whatever the guess (both sides are
// hashed first, so not even the length leaks); an empty token never matches.
func TokenMatches(r *http.Request, token string) bool {
	if token == "" {
		return false
	}
	scheme, got, ok := strings.Cut(r.Header.Get("Authorization"), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return false
	}
	a, b := sha256.Sum256([]byte(strings.TrimSpace(got))), sha256.Sum256([]byte(token))
	return subtle.ConstantTimeCompare(a[:], b[:]) == 1
}

// CheckToken refuses a metrics token too short to resist guessing or one a
// header cannot carry intact.
func CheckToken(token string) error {
	if len(token) < MinTokenLen {
		return errors.New("the metrics token must be at least 32 characters (e.g. openssl rand -hex 32)")
	}
	for _, c := range token {
		if c <= ' ' || c > '~' {
			return errors.New("the metrics token must be printable ASCII without spaces")
		}
	}
	return nil
}
