// Package api is sealpost's HTTP edge: routing (net/http patterns),
// authentication of tenant API keys, strict JSON decoding, RFC 9457 problem
// answers, request ids, JSON access logs without PHI, Prometheus metrics and
// the OpenAPI document. It calls the service package and nothing below it.
package api

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/sealpost/sealpost/internal/widget"
	"log/slog"
	"net/http"
	"net/netip"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/sealpost/sealpost/internal/metrics"
	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/staff"
	"github.com/sealpost/sealpost/internal/store"
	"github.com/sealpost/sealpost/internal/web"
)

// Server serves the API.
type Server struct {
	svc     *service.Service
	log     *slog.Logger
	met     *metrics.Metrics
	mux     *http.ServeMux
	handler http.Handler
	pages   *web.Pages     // the hosted pages (internal/web)
	staff   *staff.Service // the staff mailbox (api/staff.go)

	insecureCookies bool
	metricsToken    string         // "" : the API listener does not serve /metrics
	trustedProxies  []netip.Prefix // whose X-Forwarded-For names the client (clientaddr.go)
}

// Route is one documented endpoint; the OpenAPI test checks the document
// against this table.
type Route struct {
	Method, Pattern string
	Auth            Access
	handle          func(s *Server, w http.ResponseWriter, r *http.Request)
}

// Access is who may call a route.
type Access int

// Route access levels.
const (
	AccessPublic  Access = iota // anyone (operations, link pages)
	AccessKey                   // a tenant's backend: Authorization: Bearer <API key>
	AccessSession               // a signed-in end user: session cookie (+ CSRF token to change state)
	AccessMetrics               // the operator's scraper: Authorization: Bearer <metrics token>; 404 unless a token is set
	AccessInbox                 // one recipient's inbox: a user token (Authorization: Bearer, signed by the tenant's portal) or, without one, the session cookie as AccessSession
	AccessStaff                 // a signed-in staff member (password + TOTP or a passkey, or OIDC with MFA): staff session cookie, https only (+ CSRF token to change state); api/staff.go
)

// Routes lists every route the server registers.
func Routes() []Route {
	routes := []Route{
		{"GET", "/healthz", AccessPublic, (*Server).healthz},
		{"GET", "/readyz", AccessPublic, (*Server).readyz},
		{"GET", "/metrics", AccessMetrics, (*Server).metrics},
		{"GET", "/openapi.json", AccessPublic, (*Server).openapi},
		{"PUT", "/v1/recipients/{external_id}", AccessKey, (*Server).putRecipient},
		{"GET", "/v1/recipients/{external_id}", AccessKey, (*Server).getRecipient},
		{"POST", "/v1/messages", AccessKey, (*Server).postMessage},
		{"GET", "/v1/messages/{id}", AccessKey, (*Server).getMessage},
		{"DELETE", "/v1/messages/{id}", AccessKey, (*Server).deleteMessage},
		{"POST", "/v1/guard/check", AccessKey, (*Server).guardCheck},
		{"POST", "/v1/guard/review", AccessKey, (*Server).guardReview},
		{"GET", "/v1/guard/terms", AccessKey, (*Server).getGuardTerms},
		{"PUT", "/v1/guard/terms", AccessKey, (*Server).putGuardTerms},
		{"GET", "/v1/categories", AccessKey, (*Server).listCategories},
		{"GET", "/v1/categories/{key}", AccessKey, (*Server).getCategory},
		{"PUT", "/v1/categories/{key}", AccessKey, (*Server).putCategory},
		{"GET", "/v1/recipients/{external_id}/preferences", AccessKey, (*Server).getPreferences},
		{"PUT", "/v1/recipients/{external_id}/preferences", AccessKey, (*Server).putPreferences},
		{"POST", "/v1/recipients/{external_id}/consents", AccessKey, (*Server).postConsent},
		{"DELETE", "/v1/recipients/{external_id}/consents/{kind}", AccessKey, (*Server).deleteConsent},
		{"GET", "/v1/settings", AccessKey, (*Server).getSettings},
		{"PUT", "/v1/settings", AccessKey, (*Server).putSettings},
		{"GET", "/v1/settings/oidc", AccessKey, (*Server).getOIDCSettings},
		{"PUT", "/v1/settings/oidc", AccessKey, (*Server).putOIDCSettings},
		{"GET", "/v1/settings/user-token-keys", AccessKey, (*Server).getUserTokenKeys},
		{"PUT", "/v1/settings/user-token-keys", AccessKey, (*Server).putUserTokenKeys},
		{"POST", "/v1/webhooks", AccessKey, (*Server).postWebhook},
		{"GET", "/v1/webhooks", AccessKey, (*Server).listWebhooks},
		{"DELETE", "/v1/webhooks/{id}", AccessKey, (*Server).deleteWebhook},
		{"POST", "/v1/recipients/{external_id}/reset", AccessKey, (*Server).resetAccount},
		{"POST", "/v1/recipients/{external_id}/activation_code", AccessKey, (*Server).issueActivationCode},
		{"POST", "/v1/messages/{id}/attachments", AccessKey, (*Server).postAttachment},
		{"GET", "/v1/recipients/{external_id}/inbox", AccessKey, (*Server).recipientInbox},
		{"GET", "/v1/recipients/{external_id}/unread_count", AccessKey, (*Server).recipientUnreadCount},
		{"GET", "/v1/session", AccessSession, (*Server).getSession},
		{"GET", "/v1/inbox", AccessInbox, (*Server).listInbox},
		{"GET", "/v1/inbox/unread_count", AccessInbox, (*Server).unreadCount},
		{"GET", "/v1/inbox/events", AccessInbox, (*Server).inboxEvents},
		{"GET", "/v1/inbox/{id}", AccessInbox, (*Server).openInboxMessage},
		{"POST", "/v1/inbox/{id}/read", AccessInbox, (*Server).markRead},
		{"POST", "/v1/inbox/{id}/unread", AccessInbox, (*Server).markUnread},
		{"POST", "/v1/inbox/{id}/archive", AccessInbox, (*Server).archive},
		{"GET", "/v1/inbox/{id}/attachments/{attachment_id}", AccessInbox, (*Server).downloadAttachment},
		{"GET", widget.Path, AccessPublic, (*Server).widgetScript},
		{"GET", "/.well-known/apple-app-site-association", AccessPublic, (*Server).appleAppSiteAssociation},
		{"GET", "/.well-known/assetlinks.json", AccessPublic, (*Server).assetLinks},
		{"GET", "/m/{token}", AccessPublic, (*Server).linkPage},
		{"POST", "/m/{token}/unsubscribe", AccessPublic, (*Server).unsubscribe},
	}
	// Each capability keeps its routes in its own file (campaigns.go,
	// staff.go, replies.go); they join the one table here.
	routes = append(routes, campaignRoutes()...)
	routes = append(routes, staffRoutes()...)
	routes = append(routes, replyRoutes()...)
	return routes
}

// New builds the handler.
func New(svc *service.Service, log *slog.Logger, met *metrics.Metrics) *Server {
	s := &Server{svc: svc, log: log, met: met, mux: http.NewServeMux()}
	if svc != nil {
		s.staff = staff.New(svc, log, staff.Config{})
	}
	for _, rt := range Routes() {
		h := func(w http.ResponseWriter, r *http.Request) { rt.handle(s, w, r) }
		switch rt.Auth {
		case AccessKey:
			h = s.authenticated(h)
		case AccessSession:
			h = s.endUser(h)
		case AccessInbox:
			h = s.inbox(h)
		case AccessMetrics:
			h = s.metricsAccess(h)
		case AccessStaff:
			h = s.staffAccess(h, rt.Pattern)
		}
		s.mux.HandleFunc(rt.Method+" "+rt.Pattern, h)
	}
	s.pages = web.New(svc, log, pageEdge{s})
	s.pages.SetStaff(s.staff, staffEdge{s})
	for _, pr := range s.pages.Routes() {
		s.mux.HandleFunc(pr.Pattern, pr.Handle)
	}
	s.handler = s.observe(s.recoverer(s.cors(http.HandlerFunc(s.route))))
	return s
}

// PagePatterns lists the hosted pages' routes ("METHOD /path"), for the
// page-route matrix test.
func (s *Server) PagePatterns() []string {
	var out []string
	for _, pr := range s.pages.Routes() {
		out = append(out, pr.Pattern)
	}
	return out
}

// Mux exposes the router so later features can register their routes.
func (s *Server) Mux() *http.ServeMux { return s.mux }

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// route dispatches through the mux, answering unmatched paths and methods with
// problem+json instead of the mux's plain text.
func (s *Server) route(w http.ResponseWriter, r *http.Request) {
	h, pattern := s.mux.Handler(r)
	if pattern != "" {
		s.mux.ServeHTTP(w, r)
		return
	}
	probe := &statusRecorder{header: http.Header{}}
	h.ServeHTTP(probe, r)
	if probe.status == http.StatusMethodNotAllowed {
		w.Header().Set("Allow", probe.header.Get("Allow"))
		writeProblem(w, r, http.StatusMethodNotAllowed, ProblemMethodNotAllowed, "this route does not accept "+r.Method, nil)
		return
	}
	writeProblem(w, r, http.StatusNotFound, ProblemNotFound, "no such route", nil)
}

type statusRecorder struct {
	header http.Header
	status int
}

func (p *statusRecorder) Header() http.Header         { return p.header }
func (p *statusRecorder) Write(b []byte) (int, error) { return len(b), nil }
func (p *statusRecorder) WriteHeader(code int)        { p.status = code }

type ctxKey int

const (
	keyRequestID ctxKey = iota
	keyPrincipal
	keyTenant
)

var requestIDRE = regexp.MustCompile(`^[A-Za-z0-9._-]{8,64}$`)

func requestID(ctx context.Context) string {
	id, _ := ctx.Value(keyRequestID).(string)
	return id
}

// tenantSlot lets the access log learn the tenant that authentication found.
type tenantSlot struct{ id string }

type respWriter struct {
	http.ResponseWriter
	status int
	bytes  int
}

func (w *respWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *respWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += n
	return n, err
}

func (w *respWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// observe assigns the request id, then logs and measures every request by its
// route pattern (never the raw path, which carries ids).
func (s *Server) observe(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		id := r.Header.Get("X-Request-Id")
		if !requestIDRE.MatchString(id) {
			var b [12]byte
			_, _ = rand.Read(b[:])
			id = hex.EncodeToString(b[:])
		}
		w.Header().Set("X-Request-Id", id)
		w.Header().Set("X-Content-Type-Options", "nosniff")
		slot := &tenantSlot{}
		ctx := context.WithValue(context.WithValue(r.Context(), keyRequestID, id), keyTenant, slot)
		r = r.WithContext(ctx)
		rw := &respWriter{ResponseWriter: w}
		next.ServeHTTP(rw, r)
		_, route := s.mux.Handler(r)
		if route == "" {
			route = "unmatched"
		} else if i := strings.IndexByte(route, ' '); i >= 0 {
			route = route[i+1:]
		}
		if rw.status == 0 {
			rw.status = http.StatusOK
		}
		d := time.Since(start)
		method := r.Method
		if !knownMethod(method) {
			method = "OTHER"
		}
		s.met.Requests.WithLabelValues(route, method, strconv.Itoa(rw.status)).Inc()
		s.met.Latency.WithLabelValues(route, method).Observe(d.Seconds())
		level := slog.LevelInfo
		if rw.status >= 500 {
			level = slog.LevelError
		}
		s.log.LogAttrs(ctx, level, "http request",
			slog.String("request_id", id), slog.String("method", method), slog.String("route", route),
			slog.Int("status", rw.status), slog.Int("bytes", rw.bytes),
			slog.Float64("duration_ms", float64(d.Microseconds())/1000), slog.String("tenant_id", slot.id))
	})
}

func knownMethod(m string) bool {
	switch m {
	case "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS":
		return true
	}
	return false
}

func (s *Server) recoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				// The panic value may hold request data: log only its type.
				s.log.Error("handler panicked", "request_id", requestID(r.Context()), "panic_type", fmt.Sprintf("%T", v))
				writeProblem(w, r, http.StatusInternalServerError, ProblemInternal, "an internal error occurred", nil)
			}
		}()
		next.ServeHTTP(w, r)
	})
}

func (s *Server) authenticated(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		auth := r.Header.Get("Authorization")
		scheme, key, ok := strings.Cut(auth, " ")
		if !ok || !strings.EqualFold(scheme, "Bearer") {
			writeProblem(w, r, http.StatusUnauthorized, ProblemUnauthorized, "a valid API key is required: Authorization: Bearer <key>", nil)
			return
		}
		p, err := s.svc.Authenticate(r.Context(), strings.TrimSpace(key))
		if err != nil {
			s.fail(w, r, err)
			return
		}
		if slot, ok := r.Context().Value(keyTenant).(*tenantSlot); ok {
			slot.id = p.TenantID
		}
		h(w, r.WithContext(context.WithValue(r.Context(), keyPrincipal, p)))
	}
}

func principal(r *http.Request) service.Principal {
	p, _ := r.Context().Value(keyPrincipal).(service.Principal)
	return p
}

// fail turns an error into a problem answer. Unexpected errors are logged
// (their text comes from our own code and drivers, never from request bodies)
// and answered without detail.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	var de *decodeError
	if errors.As(err, &de) {
		writeProblem(w, r, de.status, de.typ, de.detail, nil)
		return
	}
	var se *service.Error
	if errors.As(err, &se) {
		status, typ := http.StatusUnprocessableEntity, ProblemValidation
		switch se.Kind {
		case service.KindUnknownCategory:
			typ = ProblemUnknownCategory
		case service.KindUnknownRecipient:
			typ = ProblemUnknownRecipient
		case service.KindNotFound:
			status, typ = http.StatusNotFound, ProblemNotFound
		case service.KindGone:
			status, typ = http.StatusGone, ProblemGone
		case service.KindIdempotencyConflict:
			status, typ = http.StatusConflict, ProblemIdempotencyConflict
		case service.KindUnauthorized:
			status, typ = http.StatusUnauthorized, ProblemUnauthorized
		case service.KindTemplatePHI:
			typ = ProblemTemplatePHI
		case service.KindUnauthenticated:
			status, typ = http.StatusUnauthorized, ProblemSignInRequired
		case service.KindBadCredentials:
			status, typ = http.StatusUnauthorized, ProblemBadCredentials
		case service.KindNotEnrolled:
			status, typ = http.StatusForbidden, ProblemNotEnrolled
		case service.KindStepUpRequired:
			status, typ = http.StatusForbidden, ProblemStepUpRequired
		case service.KindOriginNotAllowed:
			status, typ = http.StatusForbidden, ProblemOriginNotAllowed
		case service.KindLocked:
			status, typ = http.StatusTooManyRequests, ProblemSignInLocked
			w.Header().Set("Retry-After", strconv.Itoa(int(se.RetryAfter.Seconds())+1))
		case service.KindTooLarge:
			status, typ = http.StatusRequestEntityTooLarge, ProblemBodyTooLarge
		case service.KindTruncated:
			status, typ = http.StatusBadRequest, ProblemUploadTruncated
		case service.KindLimitReached:
			status, typ = http.StatusConflict, ProblemLimitReached
		case service.KindUserToken:
			status, typ = http.StatusUnauthorized, ProblemUserToken
		case service.KindUnknownSegment:
			typ = ProblemUnknownSegment
		case service.KindCampaignBlocked:
			typ = ProblemCampaignBlocked
		case service.KindSegmentIDPHI:
			typ = ProblemSegmentIDPHI
		case service.KindRepliesNotAllowed:
			status, typ = http.StatusConflict, ProblemRepliesNotAllowed
		case service.KindReplyAnswered:
			status, typ = http.StatusConflict, ProblemReplyAnswered
		}
		writeProblem(w, r, status, typ, se.Detail, se.Fields)
		return
	}
	if store.Unavailable(err) {
		// The database is restarting, out of connections, out of disk or
		// read only: the client should come back, not report a bug.
		s.log.Warn("request failed: database unavailable", "request_id", requestID(r.Context()), "err", err)
		w.Header().Set("Retry-After", retryAfterUnavailable)
		writeProblem(w, r, http.StatusServiceUnavailable, ProblemUnavailable, "the service cannot use its database just now; nothing was changed unless a later read shows otherwise; retry later (with the same Idempotency-Key)", nil)
		return
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		w.Header().Set("Retry-After", retryAfterUnavailable)
		writeProblem(w, r, http.StatusServiceUnavailable, ProblemUnavailable, "the request did not complete in time; retry (with the same Idempotency-Key)", nil)
		return
	}
	s.log.Error("request failed", "request_id", requestID(r.Context()), "err", err)
	writeProblem(w, r, http.StatusInternalServerError, ProblemInternal, "an internal error occurred; nothing was changed unless a later read shows otherwise", nil)
}

// writeJSON encodes v before anything is sent, so an encoding failure becomes
// a 500 problem instead of a success status with a broken body.
func writeJSON(w http.ResponseWriter, r *http.Request, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		writeProblem(w, r, http.StatusInternalServerError, ProblemInternal, "the answer could not be encoded", nil)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_, _ = w.Write(append(b, '\n'))
}

// retryAfterUnavailable is the Retry-After of 503 answers, in seconds.
const retryAfterUnavailable = "5"

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, r, http.StatusOK, map[string]string{"status": "ok"})
}

func (s *Server) readyz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	if err := s.svc.Store().Ready(ctx); err != nil {
		s.log.Warn("readiness check failed", "err", err)
		detail := "the database does not answer"
		var nr *store.NotReady
		if errors.As(err, &nr) {
			detail = nr.Reason
		}
		w.Header().Set("Retry-After", retryAfterUnavailable)
		writeProblem(w, r, http.StatusServiceUnavailable, ProblemUnavailable, detail, nil)
		return
	}
	writeJSON(w, r, http.StatusOK, map[string]string{"status": "ready", "database": s.svc.Store().Dialect()})
}

func (s *Server) metrics(w http.ResponseWriter, r *http.Request) {
	s.met.Handler().ServeHTTP(w, r)
}
