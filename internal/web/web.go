// Package web serves sealpost's hosted patient pages: the landing page,
// sign-in and enrolment behind a notice link, the inbox and the account page,
// rendered from embedded templates in the patient's language and time zone.
//
// Pages are server-rendered html/template with no external assets, a strict
// Content-Security-Policy with a per-response style nonce (scripts only from
// 'self', and only on the pages that need them), labelled controls in a
// sensible focus order, and a layout that works on a phone. Every form
// carries a CSRF token: the session's once there is one, otherwise a
// double-submit cookie. The api package mounts the routes (Routes) and
// supplies what the pages need from the HTTP edge (Edge).
package web

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"embed"
	"encoding/base64"
	"errors"
	"html/template"
	"log/slog"
	"net/http"
	"net/url"
	"strings"

	"github.com/sealpost/sealpost/internal/ids"
	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/staff"
	"github.com/sealpost/sealpost/internal/store"
)

// Edge is what the pages borrow from the API edge: the session cookie, the
// client's address, the request id and the access log's tenant, and problem
// answers for the few JSON calls the pages' script makes.
type Edge interface {
	CurrentSession(r *http.Request) (*service.Session, error)
	SetSessionCookie(w http.ResponseWriter, token string)
	ClearSessionCookie(w http.ResponseWriter)
	ClientAddr(r *http.Request) string
	NoteTenant(r *http.Request, tenantID string)
	RequestID(ctx context.Context) string
	InsecureCookies() bool
	// Fail answers an error as problem+json (the API's mapping).
	Fail(w http.ResponseWriter, r *http.Request, err error)
	// CSRFRefused answers the problem of a script call without this
	// session's CSRF token or from another origin.
	CSRFRefused(w http.ResponseWriter, r *http.Request)
	// RetryAfterUnavailable is the Retry-After of a 503 answer.
	RetryAfterUnavailable() string
	StreamAttachment(w http.ResponseWriter, r *http.Request, ses service.Session, msgID, id string, fail func(error))
	WriteJSON(w http.ResponseWriter, r *http.Request, status int, v any)
}

// Pages serves the hosted pages.
type Pages struct {
	svc  *service.Service
	log  *slog.Logger
	edge Edge

	staff     *staff.Service // the staff mailbox pages (staff.go)
	staffEdge StaffEdge
}

// New builds the pages.
func New(svc *service.Service, log *slog.Logger, edge Edge) *Pages {
	return &Pages{svc: svc, log: log, edge: edge}
}

// Route is one page route: a net/http pattern and its handler.
type Route struct {
	Pattern string
	Handle  http.HandlerFunc
}

// Routes lists the page routes for the API's mux. The notice link
// (/m/{token}) is in the API's route table and calls Link.
func (p *Pages) Routes() []Route {
	routes := []Route{
		{"GET /{$}", p.landingPage},
		{"GET /enrol", p.enrolPage},
		{"POST /enrol", p.enrolSubmit},
		{"GET /enrol/totp", p.totpPage},
		{"POST /enrol/totp", p.totpSubmit},
		{"GET /enrol/recovery", p.recoveryCodesPage},
		{"POST /enrol/recovery", p.recoveryCodesSubmit},
		{"GET /signin", p.signinPage},
		{"POST /signin", p.signinSubmit},
		{"GET /signin/factor", p.factorPage},
		{"POST /signin/factor", p.factorSubmit},
		{"GET /stepup", p.stepupPage},
		{"POST /stepup", p.stepupSubmit},
		{"GET /oidc/start", p.oidcStart},
		{"GET /oidc/callback", p.oidcCallback},
		{"GET /inbox", p.inboxPage},
		{"GET /inbox/{id}", p.messagePage},
		{"POST /inbox/{id}/{op}", p.messageAction},
		{"GET /inbox/{id}/attachments/{attachment_id}", p.attachmentPage},
		{"POST /signout", p.signoutSubmit},
		{"GET /account", p.accountPage},
		{"GET /account/authenticator", p.authenticatorPage},
		{"GET /account/password", p.passwordPage},
		{"POST /account/password", p.passwordSubmit},
		{"POST /account/recovery-codes", p.recoveryCodesNew},
		{"POST /account/sessions/end", p.endOtherSessions},
		{"POST /account/passkeys/remove", p.removePasskey},
		{"POST /account/authenticator", p.authenticatorSubmit},
		{"GET /recover", p.recoverPage},
		{"POST /recover", p.recoverSubmit},
		{"GET /recover/password", p.resetPage},
		{"POST /recover/password", p.resetSubmit},
		{"GET /assets/passkey.js", p.passkeyScript},
		{"GET /assets/pages.js", p.pagesScript},
		{"POST /passkeys/register/begin", p.passkeyRegisterBegin},
		{"POST /passkeys/register/finish", p.passkeyRegisterFinish},
		{"POST /passkeys/login/begin", p.passkeyLoginBegin},
		{"POST /passkeys/login/finish", p.passkeyLoginFinish},
	}
	// Capabilities with pages of their own keep their routes in their own
	// files (staff.go, replies.go) and join the one list here.
	routes = append(routes, p.staffRoutes()...)
	routes = append(routes, p.replyRoutes()...)
	return routes
}

//go:embed templates/*.html
var templateFS embed.FS

//go:embed assets/pages.js
var pagesJS []byte

var pageTemplates = map[string]*template.Template{}

func init() {
	base := template.Must(template.New("layout.html").ParseFS(templateFS, "templates/layout.html", "templates/parts.html"))
	entries, err := templateFS.ReadDir("templates")
	if err != nil {
		panic(err)
	}
	for _, e := range entries {
		name := strings.TrimSuffix(e.Name(), ".html")
		if name == "layout" || name == "parts" {
			continue
		}
		pageTemplates[name] = template.Must(template.Must(base.Clone()).ParseFS(templateFS, "templates/"+e.Name()))
	}
}

func randB64(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

func seeOther(w http.ResponseWriter, r *http.Request, to string) {
	w.Header().Set("Cache-Control", "no-store")
	http.Redirect(w, r, to, http.StatusSeeOther)
}

// safeNext keeps redirects on this site's own pages.
func safeNext(next string) string {
	if next == "/inbox" || next == "/account" || next == "/account/authenticator" || next == "/account/password" {
		return next
	}
	if rest, ok := strings.CutPrefix(next, "/inbox/"); ok && ids.Valid(ids.Message, rest) {
		return next
	}
	return "/inbox"
}

// SameOrigin refuses requests a browser marks as coming from another site.
// Browsers send Sec-Fetch-Site and Origin on POSTs; a request with neither
// (a non-browser client) still needs the CSRF token.
func SameOrigin(r *http.Request) bool {
	switch r.Header.Get("Sec-Fetch-Site") {
	case "", "same-origin", "none":
	default:
		return false
	}
	switch o := r.Header.Get("Origin"); o {
	case "":
	case "null":
		// Privacy-preserving contexts send "null"; accept it only when the
		// browser itself vouches that the request is same-origin.
		return r.Header.Get("Sec-Fetch-Site") == "same-origin"
	default:
		u, err := url.Parse(o)
		if err != nil || u.Host != r.Host {
			return false
		}
	}
	return true
}

// Anonymous forms (sign-in without a link) use a double-submit cookie.
const preCSRFCookie = "sealpost_csrf"

func (p *Pages) preCSRF(w http.ResponseWriter, r *http.Request) string {
	if c, err := r.Cookie(preCSRFCookie); err == nil && len(c.Value) == 43 {
		return c.Value
	}
	v := randB64(32)
	http.SetCookie(w, &http.Cookie{Name: preCSRFCookie, Value: v, Path: "/", HttpOnly: true, Secure: !p.edge.InsecureCookies(), SameSite: http.SameSiteStrictMode})
	return v
}

// formSession parses a POSTed form (4 KiB at most), checks its origin and
// CSRF token, and returns the session (nil if none). ok is false when the
// request was refused (the answer is written).
func (p *Pages) formSession(w http.ResponseWriter, r *http.Request) (*service.Session, bool) {
	return p.formSessionLimit(w, r, 4<<10)
}

// formSessionLimit is formSession for a form of at most limit bytes (a
// patient's reply: replies.go).
func (p *Pages) formSessionLimit(w http.ResponseWriter, r *http.Request, limit int64) (*service.Session, bool) {
	r.Body = http.MaxBytesReader(w, r.Body, limit)
	if err := r.ParseForm(); err != nil {
		p.pageMessage(w, r, http.StatusBadRequest, p.tenantHint(r), "msg.badForm.title", "msg.badForm.line")
		return nil, false
	}
	ses, err := p.edge.CurrentSession(r)
	if err != nil {
		p.pageError(w, r, nil, err)
		return nil, false
	}
	token := r.PostForm.Get("csrf")
	good := false
	if ses != nil {
		good = ses.CheckCSRF(token)
	} else if c, err := r.Cookie(preCSRFCookie); err == nil && c.Value != "" {
		good = subtle.ConstantTimeCompare([]byte(c.Value), []byte(token)) == 1
	}
	if !SameOrigin(r) || !good {
		if ses != nil {
			if err := p.svc.FormRefused(r.Context(), *ses); err != nil {
				p.pageError(w, r, ses, err)
				return nil, false
			}
		}
		tenant := tenantOf(ses)
		if tenant == "" {
			tenant = p.tenantHint(r)
		}
		p.pageMessage(w, r, http.StatusForbidden, tenant, "msg.expiredForm.title", "msg.expiredForm.line")
		return nil, false
	}
	return ses, true
}

// tenantHint is the tenant a signed-out browser's pages are branded for
// (see signintenant.go); "" when none is known.
func (p *Pages) tenantHint(r *http.Request) string {
	if t := r.PostForm.Get("tenant"); ids.Valid(ids.Tenant, t) {
		return t
	}
	return p.signInTenant(r)
}

// pageMessage renders a message page: a heading and lines (catalog keys),
// with a link to sign in for the tenant.
func (p *Pages) pageMessage(w http.ResponseWriter, r *http.Request, status int, tenantID, heading string, lines ...string) {
	d := p.data(r, nil, tenantID, heading)
	d.Heading = d.T(heading)
	for _, l := range lines {
		d.Lines = append(d.Lines, d.T(l))
	}
	d.Link, d.LinkText = template.URL(p.signinLink(r, tenantID)), d.T("action.signin")
	p.render(w, r, status, "message", d)
}

// signinLink is the sign-in page for a tenant: plain /signin when the
// browser's own request already leads there (signintenant.go).
func (p *Pages) signinLink(r *http.Request, tenantID string) string {
	if tenantID == "" || tenantID == p.signInTenant(r) {
		return "/signin"
	}
	return signinURL(tenantID)
}

func signinURL(tenantID string) string {
	if tenantID == "" {
		return "/signin"
	}
	return "/signin?tenant=" + url.QueryEscape(tenantID)
}

// pageError answers a failed page request in the patient's language, with
// the tenant's branding when the session or the browser names one.
func (p *Pages) pageError(w http.ResponseWriter, r *http.Request, ses *service.Session, err error) {
	tenant := tenantOf(ses)
	if tenant == "" {
		tenant = p.signInTenant(r)
	}
	var se *service.Error
	if errors.As(err, &se) {
		switch se.Kind {
		case service.KindUnauthenticated:
			p.pageMessage(w, r, http.StatusUnauthorized, tenant, "msg.signinNeeded.title", errorKey(se))
			return
		case service.KindNotEnrolled:
			p.pageMessage(w, r, http.StatusForbidden, tenant, "link.notEnrolled.title", errorKey(se))
			return
		case service.KindNotFound:
			d := p.data(r, ses, tenant, "msg.notFound.title")
			d.Heading, d.Lines = d.T("msg.notFound.title"), []string{d.T("msg.notFound.line")}
			d.Link, d.LinkText = "/inbox", d.T("action.backToInbox")
			if ses == nil || !ses.SignedIn() {
				d.Link, d.LinkText = template.URL(p.signinLink(r, tenant)), d.T("action.signin")
			}
			p.render(w, r, http.StatusNotFound, "message", d)
			return
		case service.KindGone:
			d := p.data(r, ses, tenant, "msg.gone.title")
			d.Heading, d.Lines = d.T("msg.gone.title"), []string{d.T("msg.gone.line")}
			d.Link, d.LinkText = "/inbox", d.T("action.backToInbox")
			if ses == nil || !ses.SignedIn() {
				d.Link, d.LinkText = template.URL(p.signinLink(r, tenant)), d.T("action.signin")
			}
			p.render(w, r, http.StatusGone, "message", d)
			return
		}
	}
	if store.Unavailable(err) {
		// The database is down, full or read-only for a moment: a 503 page
		// that says so, like the API's problem.
		p.log.Warn("page: database unavailable", "request_id", p.edge.RequestID(r.Context()), "err", err)
		w.Header().Set("Retry-After", p.edge.RetryAfterUnavailable())
		p.pageMessage(w, r, http.StatusServiceUnavailable, tenant, "msg.unavailable.title", "msg.unavailable.line")
		return
	}
	p.log.Error("page failed", "request_id", p.edge.RequestID(r.Context()), "err", err)
	p.pageMessage(w, r, http.StatusInternalServerError, tenant, "msg.internal.title", "msg.internal.line")
}

func tenantOf(ses *service.Session) string {
	if ses == nil {
		return ""
	}
	return ses.TenantID
}

// stageSession returns the current session if it is at one of the stages.
func (p *Pages) stageSession(w http.ResponseWriter, r *http.Request, stages ...string) (*service.Session, bool) {
	ses, err := p.edge.CurrentSession(r)
	if err != nil {
		p.pageError(w, r, nil, err)
		return nil, false
	}
	if ses != nil {
		for _, st := range stages {
			if ses.Stage == st {
				return ses, true
			}
		}
	}
	tenant := tenantOf(ses)
	if tenant == "" {
		tenant = p.signInTenant(r)
	}
	p.pageMessage(w, r, http.StatusUnauthorized, tenant, "msg.startAgain.title", "msg.startAgain.line")
	return nil, false
}

// signedInPage returns the signed-in session or sends the browser to sign in.
func (p *Pages) signedInPage(w http.ResponseWriter, r *http.Request) (*service.Session, bool) {
	ses, err := p.edge.CurrentSession(r)
	if err != nil {
		p.pageError(w, r, nil, err)
		return nil, false
	}
	if ses == nil || !ses.SignedIn() {
		seeOther(w, r, signinURL(tenantOf(ses)))
		return nil, false
	}
	return ses, true
}
