package api

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"html/template"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/sealpost/sealpost/internal/ids"
	"github.com/sealpost/sealpost/internal/passkey"
	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/store"
)

// Hosted end-user pages: the pickup flow behind a notice link (enrol or sign
// in, second factor, step-up) and the inbox. Server-rendered html/template,
// no external assets, a strict Content-Security-Policy with a per-response
// style nonce, labelled controls in a sensible focus order, and a layout that
// works on a phone. Every form carries a CSRF token: the session's once there
// is one, otherwise a double-submit cookie.

type pageRoute struct {
	pattern string
	handle  func(s *Server, w http.ResponseWriter, r *http.Request)
}

func pageRoutes() []pageRoute {
	return []pageRoute{
		{"GET /enrol", (*Server).enrolPage},
		{"POST /enrol", (*Server).enrolSubmit},
		{"GET /enrol/totp", (*Server).totpPage},
		{"POST /enrol/totp", (*Server).totpSubmit},
		{"GET /enrol/recovery", (*Server).recoveryPage},
		{"GET /signin", (*Server).signinPage},
		{"POST /signin", (*Server).signinSubmit},
		{"GET /signin/factor", (*Server).factorPage},
		{"POST /signin/factor", (*Server).factorSubmit},
		{"GET /stepup", (*Server).stepupPage},
		{"POST /stepup", (*Server).stepupSubmit},
		{"GET /oidc/start", (*Server).oidcStart},
		{"GET /oidc/callback", (*Server).oidcCallback},
		{"GET /inbox", (*Server).inboxPage},
		{"GET /inbox/{id}", (*Server).messagePage},
		{"POST /inbox/{id}/{op}", (*Server).messageAction},
		{"GET /inbox/{id}/attachments/{attachment_id}", (*Server).attachmentPage},
		{"POST /signout", (*Server).signoutSubmit},
		{"GET /account", (*Server).accountPage},
		{"GET /assets/passkey.js", (*Server).passkeyScript},
		{"POST /passkeys/register/begin", (*Server).passkeyRegisterBegin},
		{"POST /passkeys/register/finish", (*Server).passkeyRegisterFinish},
		{"POST /passkeys/login/begin", (*Server).passkeyLoginBegin},
		{"POST /passkeys/login/finish", (*Server).passkeyLoginFinish},
	}
}

const layout = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="same-origin"><title>{{.Title}} — {{.Brand.Name}}</title>
{{if .Script}}<meta name="csrf-token" content="{{.CSRF}}"><script src="/assets/passkey.js" defer></script>{{end}}
<style nonce="{{.Nonce}}">
*{box-sizing:border-box}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f4f6f8;color:#1b1b1b}
header{background:{{.Brand.Color}};color:{{.Brand.TextColor}};padding:.75rem 1rem;display:flex;align-items:center;gap:.75rem;flex-wrap:wrap}
header img{height:2rem;width:auto}
header .name{font-weight:600;font-size:1.1rem;flex:1}
header form{margin:0}
header button{background:transparent;color:inherit;border:2px solid currentColor;padding:.3rem .8rem}
main{max-width:40rem;margin:1.5rem auto;padding:1.5rem;background:#fff;border-radius:8px;box-shadow:0 1px 3px #0003}
@media (max-width:42rem){main{margin:.75rem;padding:1.25rem}}
h1{font-size:1.4rem;margin-top:0}
label{display:block;font-weight:600;margin:.9rem 0 .25rem}
input[type=text],input[type=password]{width:100%;font:inherit;padding:.6rem;border:2px solid #555;border-radius:4px}
button,.button{display:inline-block;font:inherit;font-weight:600;padding:.6rem 1.2rem;margin-top:1rem;border-radius:4px;border:2px solid #1b1b1b;background:#1b1b1b;color:#fff;cursor:pointer;text-decoration:none}
button.secondary{background:#fff;color:#1b1b1b}
:focus-visible{outline:3px solid #d35400;outline-offset:2px}
.hint{color:#4a4a4a;font-size:.9rem;margin:.25rem 0 0}
.error{color:#9b1c1c;font-weight:600}
[role=alert]{border-left:4px solid #9b1c1c;padding:.5rem .75rem;background:#fdecec;color:#6b0f0f}
ul.inbox{list-style:none;padding:0;margin:0}
ul.inbox li{border-bottom:1px solid #ddd}
a.message{display:block;padding:.75rem .25rem;color:#1b1b1b;text-decoration:none}
a.message[data-unread=true]{font-weight:700}
a.message:hover{background:#f0f4f8}
.meta{color:#4a4a4a;font-size:.875rem;font-weight:400}
.badge{display:inline-block;min-width:1.6rem;text-align:center;border-radius:999px;background:#9b1c1c;color:#fff;padding:0 .5rem;font-size:.9rem}
.body{white-space:pre-wrap;overflow-wrap:anywhere}
.actions{display:flex;gap:.75rem;flex-wrap:wrap;align-items:center}
.actions form{margin:0}
code,#totp-secret{font-family:ui-monospace,monospace;font-size:1.05rem;overflow-wrap:anywhere}
ol#recovery-codes{font-family:ui-monospace,monospace;font-size:1.1rem}
</style></head>
<body><header>{{if .LogoURL}}<img src="{{.LogoURL}}" alt="">{{end}}<span class="name">{{.Brand.Name}}</span>
{{if .SignedIn}}<form method="post" action="/signout"><input type="hidden" name="csrf" value="{{.CSRF}}"><button type="submit">Sign out</button></form>{{end}}</header>
<main id="main">{{template "content" .}}</main></body></html>`

var pageTemplates = map[string]*template.Template{}

func init() {
	base := template.Must(template.New("layout").Parse(layout))
	for name, body := range map[string]string{
		"message": `<h1>{{.Heading}}</h1>{{range .Lines}}<p>{{.}}</p>{{end}}{{if .Link}}<p><a class="button" href="{{.Link}}">{{.LinkText}}</a></p>{{end}}`,
		"enrol": `<h1>Create your account</h1>
<p>Choose a username and a password. Next you will set up a second factor with an authenticator app.</p>
{{template "errors" .}}
<form method="post" action="/enrol" novalidate>
<input type="hidden" name="csrf" value="{{.CSRF}}">
<label for="username">Username</label>
<input type="text" id="username" name="username" autocomplete="username" autocapitalize="none" spellcheck="false" required aria-describedby="username-hint" value="{{.Username}}">
<p class="hint" id="username-hint">3–64 characters: letters, digits and . _ - + @ (an email address works).</p>
<label for="password">Password</label>
<input type="password" id="password" name="password" autocomplete="new-password" required aria-describedby="password-hint">
<p class="hint" id="password-hint">At least 12 characters. A few unrelated words make a good password.</p>
<label for="confirm">Confirm password</label>
<input type="password" id="confirm" name="confirm" autocomplete="new-password" required>
<button type="submit">Create account</button></form>`,
		"totp": `<h1>Set up your second factor</h1>
<p>Scan this code with an authenticator app (for example one on your phone), then enter the 6-digit code it shows.</p>
<p><img src="{{.QR}}" width="220" height="220" alt="QR code for your authenticator app"></p>
<p>Cannot scan? Enter this key in the app instead:</p><p id="totp-secret">{{.Secret}}</p>
{{template "errors" .}}
<form method="post" action="/enrol/totp" novalidate>
<input type="hidden" name="csrf" value="{{.CSRF}}">
<label for="code">Code from your app</label>
<input type="text" id="code" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9 ]*" maxlength="8" required>
<button type="submit">Confirm</button></form>`,
		"recovery": `<h1>Save your recovery codes</h1>
<p>If you lose your phone, each of these codes lets you sign in once instead of a code from your app. Keep them somewhere safe; they are shown only now.</p>
<ol id="recovery-codes">{{range .Codes}}<li>{{.}}</li>{{end}}</ol>
<p><a class="button" href="{{.Next}}">Continue</a></p>`,
		"signin": `<h1>Sign in</h1>
{{if .Intro}}<p>{{.Intro}}</p>{{end}}
{{template "errors" .}}
{{if .NoTenant}}<p id="signin-how">To sign in, open the link in your latest message from your provider. It brings you back here, ready to sign in.</p>
<p class="hint">If you cannot find a message, contact your provider and ask them to send you a new one.</p>{{else}}
{{if .OIDCLabel}}<p><a class="button" id="oidc-signin" href="{{.OIDCHref}}">{{.OIDCLabel}}</a></p>
<p class="hint">Or, with a username and password for these pages:</p>{{end}}
<form method="post" action="/signin" novalidate>
<input type="hidden" name="csrf" value="{{.CSRF}}"><input type="hidden" name="tenant" value="{{.Tenant}}">
<label for="username">Username</label>
<input type="text" id="username" name="username" autocomplete="username" autocapitalize="none" spellcheck="false" required value="{{.Username}}">
<label for="password">Password</label>
<input type="password" id="password" name="password" autocomplete="current-password" required>
<button type="submit">Sign in</button></form>{{end}}`,
		"factor": `<h1>{{.Heading}}</h1>
<p>{{.Intro}}</p>
{{template "errors" .}}
<form method="post" action="{{.Action}}" novalidate>
<input type="hidden" name="csrf" value="{{.CSRF}}">{{if .Next}}<input type="hidden" name="next" value="{{.Next}}">{{end}}
<label for="code">Code from your app</label>
<input type="text" id="code" name="code" inputmode="numeric" autocomplete="one-time-code" autocapitalize="none" spellcheck="false" maxlength="16" required aria-describedby="code-hint">
<p class="hint" id="code-hint">The 6-digit code from your authenticator app, or one of your recovery codes.</p>
<button type="submit">Verify</button></form>
{{if .Script}}<p><button type="button" class="secondary" data-passkey="login" data-begin="/passkeys/login/begin" data-finish="/passkeys/login/finish" data-next="{{.PasskeyNext}}">Use a passkey instead</button></p>
<p id="passkey-error" role="alert" hidden></p>{{end}}`,
		"account": `<p><a href="/inbox">Back to inbox</a></p><h1>Your account</h1>
<h2>Passkeys</h2>
<p id="passkey-count">{{if .PasskeyCount}}You have {{.PasskeyCount}} passkey(s). You can use one instead of the code from your app.{{else}}You have no passkey yet. A passkey lets your phone or computer confirm it's you instead of typing a code.{{end}}</p>
<h2>Recovery codes</h2>
<p id="recovery-left">You have {{.RecoveryLeft}} unused recovery code(s). Each one lets you sign in once without your app.</p>
{{if not .Script}}<p>{{.Intro}}</p>{{else if .Fresh}}<p><button type="button" data-passkey="register" data-begin="/passkeys/register/begin" data-finish="/passkeys/register/finish" data-next="/account">Add a passkey</button></p>
<p id="passkey-error" role="alert" hidden></p>{{else}}<p><a class="button" href="/stepup?next=/account">Confirm it's you to add a passkey</a></p>{{end}}`,
		"inbox": `<h1>Your messages <span class="badge" id="unread-count" aria-label="{{.Unread}} unread">{{.Unread}}</span></h1>
{{if not .Messages}}<p>You have no messages.</p>{{end}}
<ul class="inbox">{{range .Messages}}{{if .Expired}}<li><span class="message expired" data-expired="true">This message has expired
<span class="meta"><br>Its content was removed as the sender's retention rules require · {{.CreatedAt.Format "2 Jan 2006 15:04 MST"}}</span></span></li>{{else}}<li><a class="message" href="/inbox/{{.ID}}" data-unread="{{if .Read}}false{{else}}true{{end}}">
{{if .SubjectHidden}}Restricted message — confirm it's you to see it{{else}}{{.Subject}}{{end}}
<span class="meta"><br>{{if not .Read}}Unread · {{end}}{{.Sensitivity}}{{if .Attachments}} · {{.Attachments}} attachment(s){{end}} · {{.CreatedAt.Format "2 Jan 2006 15:04 MST"}}</span></a></li>{{end}}{{end}}</ul>
<div class="actions"><a href="/account">Account and passkeys</a>
<form method="post" action="/signout"><input type="hidden" name="csrf" value="{{.CSRF}}"><input type="hidden" name="everywhere" value="1"><button type="submit" class="secondary">Sign out on all devices</button></form></div>`,
		"view": `<p><a href="/inbox">Back to inbox</a></p>
<h1 id="message-subject">{{.M.Subject}}</h1>
<p class="meta">{{.M.CreatedAt.Format "2 Jan 2006 15:04 MST"}}</p>
<div class="body" id="message-body">{{.M.Body}}</div>
{{if .M.AttachList}}<h2>Attachments</h2><ul>{{range .M.AttachList}}<li><a class="attachment" href="/inbox/{{$.M.ID}}/attachments/{{.ID}}" download>{{.Name}}</a> <span class="meta">({{.Size}} bytes)</span></li>{{end}}</ul>{{end}}
<div class="actions">
<form method="post" action="/inbox/{{.M.ID}}/unread"><input type="hidden" name="csrf" value="{{.CSRF}}"><button type="submit" class="secondary">Mark as unread</button></form>
<form method="post" action="/inbox/{{.M.ID}}/archive"><input type="hidden" name="csrf" value="{{.CSRF}}"><button type="submit" class="secondary">Archive</button></form>
</div>`,
	} {
		t := template.Must(template.Must(base.Clone()).Parse(`{{define "errors"}}{{if .Error}}<p role="alert" id="form-error">{{.Error}}</p>{{end}}{{range .Fields}}<p class="error" role="alert">{{.Detail}}</p>{{end}}{{end}}{{define "content"}}` + body + `{{end}}`))
		pageTemplates[name] = t
	}
}

// pageData is what every page template gets.
type pageData struct {
	Title    string
	Script   bool // the page uses /assets/passkey.js (CSP allows scripts and fetches from 'self')
	Brand    service.Branding
	LogoURL  template.URL // the brand's logo, a data: URI validated when the settings were saved
	Nonce    string
	CSRF     string
	SignedIn bool
	NoTenant bool // sign-in: no tenant found for this browser, so no form (see signintenant.go)
	// OIDCLabel and OIDCHref are the "Sign in with {portal}" button (oidc.go).
	OIDCLabel string
	OIDCHref  template.URL
	Error     string
	Fields    []service.FieldError

	Heading, LinkText, Intro, Action, Next, Tenant, Username string
	Link                                                     template.URL
	Lines                                                    []string
	QR                                                       template.URL
	Secret                                                   string
	Codes                                                    []string
	Unread                                                   int
	Messages                                                 []service.InboxEntry
	PasskeyNext                                              string
	PasskeyCount                                             int
	RecoveryLeft                                             int
	Fresh                                                    bool
	M                                                        service.OpenedMessage
}

func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name string, d pageData) {
	nonce := randB64(16)
	d.Nonce = nonce
	if d.Brand.Name == "" {
		d.Brand = s.svc.Branding(r.Context(), "")
	}
	if l := d.Brand.Logo; strings.HasPrefix(l, "data:image/png;base64,") || strings.HasPrefix(l, "data:image/jpeg;base64,") {
		d.LogoURL = template.URL(l)
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	csp := "default-src 'none'; style-src 'nonce-" + nonce + "'; img-src data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
	if d.Script {
		csp += "; script-src 'self'; connect-src 'self'"
	}
	h.Set("Content-Security-Policy", csp)
	h.Set("Cache-Control", "no-store")
	h.Set("Referrer-Policy", "same-origin") // so form POSTs carry a real Origin; nothing leaves for other sites
	h.Set("X-Frame-Options", "DENY")
	w.WriteHeader(status)
	if err := pageTemplates[name].Execute(w, d); err != nil {
		s.log.Error("page render failed", "request_id", requestID(r.Context()), "page", name, "err", err)
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
	if next == "/inbox" || next == "/account" {
		return next
	}
	if rest, ok := strings.CutPrefix(next, "/inbox/"); ok && ids.Valid(ids.Message, rest) {
		return next
	}
	return "/inbox"
}

// Anonymous forms (sign-in without a link) use a double-submit cookie.
const preCSRFCookie = "sealpost_csrf"

func (s *Server) preCSRF(w http.ResponseWriter, r *http.Request) string {
	if c, err := r.Cookie(preCSRFCookie); err == nil && len(c.Value) == 43 {
		return c.Value
	}
	v := randB64(32)
	http.SetCookie(w, &http.Cookie{Name: preCSRFCookie, Value: v, Path: "/", HttpOnly: true, Secure: !s.insecureCookies, SameSite: http.SameSiteStrictMode})
	return v
}

// formSession parses a POSTed form (4 KiB at most), checks its origin and
// CSRF token, and returns the session (nil if none). ok is false when the
// request was refused (the answer is written).
func (s *Server) formSession(w http.ResponseWriter, r *http.Request) (*service.Session, bool) {
	r.Body = http.MaxBytesReader(w, r.Body, 4<<10)
	if err := r.ParseForm(); err != nil {
		s.pageMessage(w, r, http.StatusBadRequest, "", "Something was wrong with that form", "Please go back and try again.")
		return nil, false
	}
	ses, err := s.currentSession(r)
	if err != nil {
		s.pageError(w, r, err)
		return nil, false
	}
	token := r.PostForm.Get("csrf")
	good := false
	if ses != nil {
		good = ses.CheckCSRF(token)
	} else if c, err := r.Cookie(preCSRFCookie); err == nil && c.Value != "" {
		good = subtle.ConstantTimeCompare([]byte(c.Value), []byte(token)) == 1
	}
	if !sameOrigin(r) || !good {
		s.pageMessage(w, r, http.StatusForbidden, "", "This form has expired", "For your security, please go back, reload the page and try again.")
		return nil, false
	}
	return ses, true
}

func (s *Server) pageMessage(w http.ResponseWriter, r *http.Request, status int, tenantID, heading string, lines ...string) {
	s.render(w, r, status, "message", pageData{Title: heading, Heading: heading, Lines: lines, Brand: s.svc.Branding(r.Context(), tenantID)})
}

func signinURL(tenantID string) string {
	if tenantID == "" {
		return "/signin"
	}
	return "/signin?tenant=" + url.QueryEscape(tenantID)
}

// pageError answers a failed page request without detail beyond the
// service's own wording.
func (s *Server) pageError(w http.ResponseWriter, r *http.Request, err error) {
	var se *service.Error
	if errors.As(err, &se) {
		switch se.Kind {
		case service.KindUnauthenticated:
			s.render(w, r, http.StatusUnauthorized, "message", pageData{Title: "Please sign in", Heading: "Please sign in", Lines: []string{se.Detail},
				Link: template.URL(signinURL("")), LinkText: "Sign in"})
			return
		case service.KindNotFound:
			s.pageMessage(w, r, http.StatusNotFound, "", "Not found", se.Detail)
			return
		case service.KindGone:
			s.pageMessage(w, r, http.StatusGone, "", "No longer available", se.Detail)
			return
		}
	}
	if store.Unavailable(err) {
		// The database is down, full or read-only for a moment: a 503 page
		// that says so, like the API's problem (server.go).
		s.log.Warn("page: database unavailable", "request_id", requestID(r.Context()), "err", err)
		w.Header().Set("Retry-After", retryAfterUnavailable)
		s.pageMessage(w, r, http.StatusServiceUnavailable, "", "Temporarily unavailable",
			"Your messages can't be reached right now. Nothing you sent was lost. Please try again in a few minutes.")
		return
	}
	s.log.Error("page failed", "request_id", requestID(r.Context()), "err", err)
	s.pageMessage(w, r, http.StatusInternalServerError, "", "Something went wrong", "Please try again in a moment.")
}

// linkPage follows a notice link into the pickup flow.
func (s *Server) linkPage(w http.ResponseWriter, r *http.Request) {
	cur, err := s.currentSession(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	t, err := s.svc.FollowLink(r.Context(), r.PathValue("token"), cur)
	var se *service.Error
	switch {
	case err == nil:
		s.noteTenant(r, t.TenantID)
		s.rememberTenant(w, r, t.TenantID)
		if t.Issued != nil {
			s.setSessionCookie(w, t.Issued.Token)
		}
		seeOther(w, r, t.Next)
	case errors.As(err, &se) && se.Kind == service.KindGone:
		s.rememberTenant(w, r, t.TenantID)
		s.render(w, r, http.StatusGone, "message", pageData{Title: "This link has expired", Heading: "This link has expired",
			Brand: s.svc.Branding(r.Context(), t.TenantID),
			Lines: []string{"This link has expired or the message was withdrawn.", "Your messages are still in your inbox: sign in to see them."},
			Link:  template.URL(signinURL(t.TenantID)), LinkText: "Sign in to your inbox"})
	case errors.As(err, &se) && se.Kind == service.KindNotFound:
		s.render(w, r, http.StatusNotFound, "message", pageData{Title: "Link not recognised", Heading: "Link not recognised",
			Lines: []string{"Check that the whole link was copied, or sign in to your inbox."}, Link: "/signin", LinkText: "Sign in"})
	case errors.As(err, &se) && se.Kind == service.KindNotEnrolled:
		s.rememberTenant(w, r, t.TenantID)
		s.pageMessage(w, r, http.StatusForbidden, t.TenantID, "Your account is not set up yet",
			"A secure message is waiting for you, but first your account needs to be set up.",
			"Use the link in your registration email, or ask us to send a new one.")
	default:
		s.pageError(w, r, err)
	}
}

func (s *Server) brand(r *http.Request, ses *service.Session) service.Branding {
	if ses == nil {
		return s.svc.Branding(r.Context(), "")
	}
	return s.svc.Branding(r.Context(), ses.TenantID)
}

// stageSession returns the current session if it is at one of the stages.
func (s *Server) stageSession(w http.ResponseWriter, r *http.Request, stages ...string) (*service.Session, bool) {
	ses, err := s.currentSession(r)
	if err != nil {
		s.pageError(w, r, err)
		return nil, false
	}
	if ses != nil {
		for _, st := range stages {
			if ses.Stage == st {
				return ses, true
			}
		}
	}
	s.render(w, r, http.StatusUnauthorized, "message", pageData{Title: "Start again", Heading: "Please start again",
		Brand: s.brand(r, ses),
		Lines: []string{"This step is not available now. Open the link from your latest notice again, or sign in."},
		Link:  template.URL(signinURL(tenantOf(ses))), LinkText: "Sign in"})
	return nil, false
}

func (s *Server) enrolPage(w http.ResponseWriter, r *http.Request) {
	ses, ok := s.stageSession(w, r, store.StageRegister, store.StageEnrol)
	if !ok {
		return
	}
	s.render(w, r, http.StatusOK, "enrol", pageData{Title: "Create your account", Brand: s.brand(r, ses), CSRF: ses.CSRF})
}

func (s *Server) enrolSubmit(w http.ResponseWriter, r *http.Request) {
	ses, ok := s.formSession(w, r)
	if !ok {
		return
	}
	if ses == nil {
		s.stageSession(w, r, store.StageRegister)
		return
	}
	is, err := s.svc.Enrol(r.Context(), *ses, service.EnrolInput{Username: r.PostForm.Get("username"), Password: r.PostForm.Get("password"), Confirm: r.PostForm.Get("confirm")})
	var se *service.Error
	if errors.As(err, &se) && se.Kind == service.KindInvalid {
		s.render(w, r, http.StatusUnprocessableEntity, "enrol", pageData{Title: "Create your account", Brand: s.brand(r, ses), CSRF: ses.CSRF,
			Error: "Please correct the following.", Fields: se.Fields, Username: r.PostForm.Get("username")})
		return
	}
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.setSessionCookie(w, is.Token)
	seeOther(w, r, is.Next)
}

func (s *Server) totpPage(w http.ResponseWriter, r *http.Request) {
	ses, ok := s.stageSession(w, r, store.StageEnrol)
	if !ok {
		return
	}
	s.renderTOTP(w, r, ses, http.StatusOK, "", nil)
}

func (s *Server) renderTOTP(w http.ResponseWriter, r *http.Request, ses *service.Session, status int, msg string, fields []service.FieldError) {
	e, err := s.svc.TOTPEnrolment(r.Context(), *ses)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, status, "totp", pageData{Title: "Set up your second factor", Brand: s.brand(r, ses), CSRF: ses.CSRF,
		QR: template.URL("data:image/png;base64," + base64.StdEncoding.EncodeToString(e.QRPNG)), Secret: e.Secret, Error: msg, Fields: fields})
}

func (s *Server) totpSubmit(w http.ResponseWriter, r *http.Request) {
	ses, ok := s.formSession(w, r)
	if !ok {
		return
	}
	if ses == nil || ses.Stage != store.StageEnrol {
		s.stageSession(w, r, store.StageEnrol)
		return
	}
	is, err := s.svc.ConfirmTOTP(r.Context(), *ses, r.PostForm.Get("code"))
	var se *service.Error
	if errors.As(err, &se) && se.Kind == service.KindInvalid {
		s.renderTOTP(w, r, ses, http.StatusUnprocessableEntity, "", se.Fields)
		return
	}
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.setSessionCookie(w, is.Token)
	seeOther(w, r, is.Next)
}

func (s *Server) recoveryPage(w http.ResponseWriter, r *http.Request) {
	ses, ok := s.stageSession(w, r, store.StageActive)
	if !ok {
		return
	}
	codes, err := s.svc.TakeRecoveryCodes(r.Context(), *ses)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	if len(codes) == 0 {
		seeOther(w, r, "/inbox")
		return
	}
	s.render(w, r, http.StatusOK, "recovery", pageData{Title: "Save your recovery codes", Brand: s.brand(r, ses), CSRF: ses.CSRF, SignedIn: true,
		Codes: codes, Next: "/inbox"})
}

func (s *Server) signinPage(w http.ResponseWriter, r *http.Request) {
	ses, err := s.currentSession(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	if ses != nil && ses.SignedIn() {
		seeOther(w, r, "/inbox")
		return
	}
	d := pageData{Title: "Sign in", Brand: s.brand(r, ses)}
	if ses != nil && (ses.Stage == store.StageLink || ses.Stage == store.StagePassword) {
		d.CSRF = ses.CSRF
		d.Intro = "A secure message is waiting for you. Sign in to read it."
	} else {
		tenant := ""
		if ses != nil {
			tenant = ses.TenantID // sign-in answers for the session's tenant in any case
		} else {
			tenant = s.signInTenant(r)
		}
		d.Tenant = tenant
		d.Brand = s.svc.Branding(r.Context(), tenant)
		d.CSRF = s.preCSRF(w, r)
		d.NoTenant = tenant == ""
	}
	if t := d.Tenant; t != "" || ses != nil {
		if ses != nil {
			t = ses.TenantID
		}
		if d.OIDCLabel = s.svc.OIDCEnabled(r.Context(), t); d.OIDCLabel != "" {
			d.OIDCHref = template.URL(oidcStartURL(t))
		}
	}
	s.render(w, r, http.StatusOK, "signin", d)
}

func (s *Server) signinSubmit(w http.ResponseWriter, r *http.Request) {
	ses, ok := s.formSession(w, r)
	if !ok {
		return
	}
	tenant := r.PostForm.Get("tenant")
	if ses != nil {
		tenant = ses.TenantID
	} else if !ids.Valid(ids.Tenant, tenant) {
		tenant = ""
	}
	is, err := s.svc.SignIn(r.Context(), ses, service.SignInInput{TenantID: tenant, Username: r.PostForm.Get("username"),
		Password: r.PostForm.Get("password"), Addr: s.clientAddr(r)})
	if err != nil {
		var se *service.Error
		if errors.As(err, &se) && (se.Kind == service.KindBadCredentials || se.Kind == service.KindLocked || se.Kind == service.KindNotEnrolled || se.Kind == service.KindUnauthenticated) {
			status := http.StatusUnauthorized
			if se.Kind == service.KindLocked {
				status = http.StatusTooManyRequests
				w.Header().Set("Retry-After", strconv.Itoa(int(se.RetryAfter.Seconds())+1))
			}
			d := pageData{Title: "Sign in", Brand: s.svc.Branding(r.Context(), tenant), Error: se.Detail, Tenant: tenant, Username: r.PostForm.Get("username")}
			if ses != nil {
				d.CSRF = ses.CSRF
			} else {
				d.CSRF = s.preCSRF(w, r)
			}
			s.render(w, r, status, "signin", d)
			return
		}
		s.pageError(w, r, err)
		return
	}
	s.noteTenant(r, is.Session.TenantID)
	s.setSessionCookie(w, is.Token)
	seeOther(w, r, is.Next)
}

func (s *Server) factorData(r *http.Request, ses *service.Session, stepUp bool, next, msg string) pageData {
	d := pageData{Title: "Verify it's you", Heading: "Verify it's you", Brand: s.brand(r, ses), CSRF: ses.CSRF, Action: "/signin/factor",
		Intro: "Enter the code from your authenticator app.", Error: msg}
	if stepUp {
		d.Title, d.Heading, d.Action, d.Next, d.SignedIn = "Confirm it's you", "Confirm it's you", "/stepup", next, true
		d.Intro = "This is restricted. To continue, enter a fresh code from your authenticator app."
		return s.withPasskey(r, ses, d, next)
	}
	after := "/inbox"
	if ses.MessageID != "" {
		after = "/inbox/" + ses.MessageID
	}
	return s.withPasskey(r, ses, d, after)
}

func (s *Server) factorPage(w http.ResponseWriter, r *http.Request) {
	ses, ok := s.stageSession(w, r, store.StagePassword)
	if !ok {
		return
	}
	s.render(w, r, http.StatusOK, "factor", s.factorData(r, ses, false, "", ""))
}

// withPasskey offers the passkey button on a factor page when the account
// has one and passkeys can work for the tenant.
func (s *Server) withPasskey(r *http.Request, ses *service.Session, d pageData, next string) pageData {
	if n, err := s.svc.PasskeyCount(r.Context(), *ses); err == nil && n > 0 && s.svc.PasskeysAvailable(r.Context(), ses.TenantID) {
		d.Script, d.PasskeyNext = true, next
	}
	return d
}

func (s *Server) factorFailed(w http.ResponseWriter, r *http.Request, ses *service.Session, stepUp bool, next string, err error) {
	var se *service.Error
	if errors.As(err, &se) && (se.Kind == service.KindBadCredentials || se.Kind == service.KindLocked) {
		status := http.StatusUnauthorized
		if se.Kind == service.KindLocked {
			status = http.StatusTooManyRequests
			w.Header().Set("Retry-After", strconv.Itoa(int(se.RetryAfter.Seconds())+1))
		}
		s.render(w, r, status, "factor", s.factorData(r, ses, stepUp, next, se.Detail))
		return
	}
	s.pageError(w, r, err)
}

func (s *Server) factorSubmit(w http.ResponseWriter, r *http.Request) {
	ses, ok := s.formSession(w, r)
	if !ok {
		return
	}
	if ses == nil || ses.Stage != store.StagePassword {
		s.stageSession(w, r, store.StagePassword)
		return
	}
	is, err := s.svc.VerifyFactor(r.Context(), *ses, r.PostForm.Get("code"), s.clientAddr(r))
	if err != nil {
		s.factorFailed(w, r, ses, false, "", err)
		return
	}
	s.setSessionCookie(w, is.Token)
	seeOther(w, r, is.Next)
}

func (s *Server) stepupPage(w http.ResponseWriter, r *http.Request) {
	ses, ok := s.signedInPage(w, r)
	if !ok {
		return
	}
	next := safeNext(r.URL.Query().Get("next"))
	if s.svc.OIDCStepUpPreferred(r.Context(), *ses) {
		// A portal user without a sealpost account confirms at the portal.
		seeOther(w, r, "/oidc/start?step_up=1&next="+url.QueryEscape(next))
		return
	}
	s.render(w, r, http.StatusOK, "factor", s.factorData(r, ses, true, next, ""))
}

func (s *Server) stepupSubmit(w http.ResponseWriter, r *http.Request) {
	ses, ok := s.formSession(w, r)
	if !ok {
		return
	}
	if ses == nil || !ses.SignedIn() {
		s.signedInPage(w, r)
		return
	}
	next := safeNext(r.PostForm.Get("next"))
	is, err := s.svc.StepUp(r.Context(), *ses, r.PostForm.Get("code"), s.clientAddr(r))
	if err != nil {
		s.factorFailed(w, r, ses, true, next, err)
		return
	}
	s.setSessionCookie(w, is.Token)
	seeOther(w, r, next)
}

// signedInPage returns the signed-in session or sends the browser to sign in.
func (s *Server) signedInPage(w http.ResponseWriter, r *http.Request) (*service.Session, bool) {
	ses, err := s.currentSession(r)
	if err != nil {
		s.pageError(w, r, err)
		return nil, false
	}
	if ses == nil || !ses.SignedIn() {
		tenant := ""
		if ses != nil {
			tenant = ses.TenantID
		}
		seeOther(w, r, signinURL(tenant))
		return nil, false
	}
	return ses, true
}

func (s *Server) inboxPage(w http.ResponseWriter, r *http.Request) {
	ses, ok := s.signedInPage(w, r)
	if !ok {
		return
	}
	in, err := s.svc.ListInbox(r.Context(), *ses, false)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "inbox", pageData{Title: "Your messages", Brand: s.brand(r, ses), CSRF: ses.CSRF, SignedIn: true,
		Unread: in.Unread, Messages: in.Messages})
}

func (s *Server) messagePage(w http.ResponseWriter, r *http.Request) {
	ses, ok := s.signedInPage(w, r)
	if !ok {
		return
	}
	id := r.PathValue("id")
	m, err := s.svc.OpenMessage(r.Context(), *ses, id)
	var se *service.Error
	if errors.As(err, &se) && se.Kind == service.KindStepUpRequired {
		seeOther(w, r, "/stepup?next="+url.QueryEscape("/inbox/"+id))
		return
	}
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "view", pageData{Title: "Message", Brand: s.brand(r, ses), CSRF: ses.CSRF, SignedIn: true, M: m})
}

func (s *Server) messageAction(w http.ResponseWriter, r *http.Request) {
	ses, ok := s.formSession(w, r)
	if !ok {
		return
	}
	if ses == nil || !ses.SignedIn() {
		s.signedInPage(w, r)
		return
	}
	op := map[string]string{"read": store.InboxRead, "unread": store.InboxUnread, "archive": store.InboxArchive}[r.PathValue("op")]
	if op == "" {
		s.pageMessage(w, r, http.StatusNotFound, ses.TenantID, "Not found", "There is no such action.")
		return
	}
	err := s.svc.SetMessageState(r.Context(), *ses, r.PathValue("id"), op)
	var se *service.Error
	if errors.As(err, &se) && se.Kind == service.KindStepUpRequired {
		seeOther(w, r, "/stepup?next="+url.QueryEscape("/inbox/"+r.PathValue("id")))
		return
	}
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	seeOther(w, r, "/inbox")
}

func (s *Server) attachmentPage(w http.ResponseWriter, r *http.Request) {
	ses, ok := s.signedInPage(w, r)
	if !ok {
		return
	}
	id := r.PathValue("id")
	s.streamAttachment(w, r, *ses, id, r.PathValue("attachment_id"), func(err error) {
		var se *service.Error
		if errors.As(err, &se) && se.Kind == service.KindStepUpRequired {
			seeOther(w, r, "/stepup?next="+url.QueryEscape("/inbox/"+id))
			return
		}
		s.pageError(w, r, err)
	})
}

func (s *Server) signoutSubmit(w http.ResponseWriter, r *http.Request) {
	ses, ok := s.formSession(w, r)
	if !ok {
		return
	}
	tenant := ""
	if ses != nil {
		tenant = ses.TenantID
		if err := s.svc.SignOut(r.Context(), *ses, r.PostForm.Get("everywhere") == "1"); err != nil {
			s.pageError(w, r, err)
			return
		}
	}
	s.clearSessionCookie(w)
	s.render(w, r, http.StatusOK, "message", pageData{Title: "Signed out", Heading: "You are signed out", Brand: s.svc.Branding(r.Context(), tenant),
		Lines: []string{"For your privacy, close this window if you are on a shared device."}, Link: template.URL(signinURL(tenant)), LinkText: "Sign in again"})
}

func (s *Server) accountPage(w http.ResponseWriter, r *http.Request) {
	ses, ok := s.signedInPage(w, r)
	if !ok {
		return
	}
	n, err := s.svc.PasskeyCount(r.Context(), *ses)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	left, err := s.svc.RecoveryCodesLeft(r.Context(), *ses)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	d := pageData{Title: "Your account", Brand: s.brand(r, ses), CSRF: ses.CSRF, SignedIn: true, PasskeyCount: n, RecoveryLeft: left,
		Fresh: s.svc.FactorFresh(r.Context(), *ses)}
	if s.svc.PasskeysAvailable(r.Context(), ses.TenantID) {
		d.Script = true
	} else {
		d.Intro = "Passkeys are available when this portal is served over https."
	}
	s.render(w, r, http.StatusOK, "account", d)
}

func (s *Server) passkeyScript(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Type", "text/javascript; charset=utf-8")
	h.Set("Cache-Control", "no-cache")
	_, _ = w.Write(passkey.Script)
}

// passkeyCall runs a passkey ceremony step for passkey.js: a session at the
// right stage, the CSRF header, this origin, a JSON body of at most 64 KiB.
func (s *Server) passkeyCall(w http.ResponseWriter, r *http.Request) (*service.Session, []byte, bool) {
	ses, err := s.currentSession(r)
	if err != nil {
		s.fail(w, r, err)
		return nil, nil, false
	}
	if ses == nil {
		writeProblem(w, r, http.StatusUnauthorized, ProblemSignInRequired, "sign in to continue", nil)
		return nil, nil, false
	}
	if !csrfOK(r, ses, r.Header.Get("X-CSRF-Token")) {
		writeProblem(w, r, http.StatusForbidden, ProblemCSRF, "the request lacks this session's CSRF token or comes from another origin", nil)
		return nil, nil, false
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, 64<<10))
	if err != nil {
		writeProblem(w, r, http.StatusRequestEntityTooLarge, ProblemBodyTooLarge, "the request body is too large", nil)
		return nil, nil, false
	}
	return ses, body, true
}

// passkeyBegin starts a ceremony and answers its options for passkey.js.
func (s *Server) passkeyBegin(w http.ResponseWriter, r *http.Request, begin func(context.Context, service.Session) ([]byte, error)) {
	ses, _, ok := s.passkeyCall(w, r)
	if !ok {
		return
	}
	opts, err := begin(r.Context(), *ses)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	_, _ = w.Write(opts)
}

func (s *Server) passkeyRegisterBegin(w http.ResponseWriter, r *http.Request) {
	s.passkeyBegin(w, r, s.svc.BeginPasskeyRegistration)
}

func (s *Server) passkeyLoginBegin(w http.ResponseWriter, r *http.Request) {
	s.passkeyBegin(w, r, s.svc.BeginPasskeyLogin)
}

func (s *Server) passkeyRegisterFinish(w http.ResponseWriter, r *http.Request) {
	ses, body, ok := s.passkeyCall(w, r)
	if !ok {
		return
	}
	if err := s.svc.FinishPasskeyRegistration(r.Context(), *ses, body); err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusOK, map[string]bool{"ok": true})
}

func (s *Server) passkeyLoginFinish(w http.ResponseWriter, r *http.Request) {
	ses, body, ok := s.passkeyCall(w, r)
	if !ok {
		return
	}
	is, err := s.svc.FinishPasskeyLogin(r.Context(), *ses, body, s.clientAddr(r))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.setSessionCookie(w, is.Token)
	writeJSON(w, r, http.StatusOK, map[string]string{"next": is.Next})
}

func tenantOf(ses *service.Session) string {
	if ses == nil {
		return ""
	}
	return ses.TenantID
}
