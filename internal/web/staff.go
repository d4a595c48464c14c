package web

import (
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"html/template"
	"net/http"
	"net/url"
	"time"

	"github.com/sealpost/sealpost/internal/ids"
	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/staff"
)

// The staff mailbox pages: invitation → enrolment (password and TOTP, both
// required) → sign-in (email and password, then the code or a passkey
// every time: staffpasskeys.go) → the staff
// inbox (items from every inbox source, each with when its content is
// removed) → a message (open, claim, close; shred for admins) → sign-out.
// Served over https only (plain HTTP only in --dev on loopback), with the
// staff session cookie; every refusal is audited.

// StaffEdge is what the staff pages borrow from the API edge.
type StaffEdge interface {
	CurrentStaffSession(r *http.Request) (*staff.Session, error)
	SetStaffCookie(w http.ResponseWriter, token string)
	ClearStaffCookie(w http.ResponseWriter)
	StaffTransportOK(r *http.Request) bool
	StaffRefused(r *http.Request, ses *staff.Session, route string) error
	// HTTPSRefused answers a script call over plain HTTP (403 problem
	// https-required).
	HTTPSRefused(w http.ResponseWriter, r *http.Request)
}

// SetStaff gives the pages the staff mailbox.
func (p *Pages) SetStaff(s *staff.Service, e StaffEdge) { p.staff, p.staffEdge = s, e }

// staffData is the staff pages' part of pageData.
type staffData struct {
	Name    string
	Admin   bool
	Email   string
	Items   []staffItem
	Message *staff.Opened
	Events  []staff.MessageEventView
	Token   string
	Now     time.Time
	// The account page (staffpasskeys.go): the member's passkeys, whether
	// the full sign-in is recent enough to change them, and whether
	// passkeys can work on this site.
	Passkeys  []staff.PasskeyView
	Fresh     bool
	PasskeyOK bool
}

type staffItem struct {
	staff.Item
	RemoveIn string // "in 2 h 5 min", "" when unknown or removed
}

// staffRoutes lists the staff mailbox pages.
func (p *Pages) staffRoutes() []Route {
	return []Route{
		{"GET /staff/invite/{token}", p.staffInvitePage},
		{"POST /staff/invite/{token}", p.staffInviteSubmit},
		{"GET /staff/enrol", p.staffEnrolPage},
		{"POST /staff/enrol", p.staffEnrolSubmit},
		{"GET /staff/t/{tenant}", p.staffTenantLink},
		{"GET /staff/signin", p.staffSigninPage},
		{"POST /staff/signin", p.staffSigninSubmit},
		{"GET /staff/inbox", p.staffInboxPage},
		{"GET /staff/messages/{id}", p.staffMessagePage},
		{"GET /staff/messages/{id}/attachments/{attachment_id}", p.staffAttachmentPage},
		{"POST /staff/messages/{id}/{op}", p.staffMessageAction},
		{"POST /staff/signout", p.staffSignoutSubmit},
		{"GET /staff/oidc/start", p.staffOIDCStart}, // staffoidc.go
		{"GET /staff/oidc/callback", p.staffOIDCCallback},
		{"GET /staff/signin/factor", p.staffFactorPage}, // staffpasskeys.go
		{"POST /staff/signin/factor", p.staffFactorSubmit},
		{"POST /staff/signin/passkey/begin", p.staffPasskeyLoginBegin},
		{"POST /staff/signin/passkey/finish", p.staffPasskeyLoginFinish},
		{"GET /staff/account", p.staffAccountPage},
		{"POST /staff/account/passkeys/begin", p.staffPasskeyRegisterBegin},
		{"POST /staff/account/passkeys/finish", p.staffPasskeyRegisterFinish},
		{"POST /staff/account/passkeys/remove", p.staffPasskeyRemove},
	}
}

// staffPrincipal is the signed-in staff member of the request (password and
// TOTP passed), for pages of other capabilities (patient replies).
func (p *Pages) staffPrincipal(r *http.Request) (staff.Principal, bool) {
	if p.staff == nil || !p.staffEdge.StaffTransportOK(r) {
		return staff.Principal{}, false
	}
	ses, err := p.staffEdge.CurrentStaffSession(r)
	if err != nil || ses == nil || !ses.SignedIn() {
		return staff.Principal{}, false
	}
	return ses.Principal, true
}

// staffPage returns the signed-in staff session for a page, or answers: a
// plain-HTTP request is refused, a browser without a signed-in staff session
// goes to the staff sign-in (audited).
func (p *Pages) staffPage(w http.ResponseWriter, r *http.Request, route string) (*staff.Session, bool) {
	if !p.staffTransport(w, r, route) {
		return nil, false
	}
	ses, err := p.staffEdge.CurrentStaffSession(r)
	if err != nil {
		p.pageError(w, r, nil, err)
		return nil, false
	}
	if !p.staffSignedIn(w, r, ses, route) {
		return nil, false
	}
	return ses, true
}

// staffSignedIn passes a fully signed-in staff session; no session, or a
// password-checked stage, is refused (audited) and sent to the sign-in.
func (p *Pages) staffSignedIn(w http.ResponseWriter, r *http.Request, ses *staff.Session, route string) bool {
	if ses != nil && ses.SignedIn() {
		return true
	}
	if err := p.staffEdge.StaffRefused(r, ses, route); err != nil {
		p.pageError(w, r, nil, err)
		return false
	}
	seeOther(w, r, "/staff/signin")
	return false
}

func (p *Pages) staffTransport(w http.ResponseWriter, r *http.Request, route string) bool {
	if p.staffEdge.StaffTransportOK(r) {
		return true
	}
	if err := p.staffEdge.StaffRefused(r, nil, route); err != nil {
		p.pageError(w, r, nil, err)
		return false
	}
	d := p.data(r, nil, "", "staff.https.title")
	d.Heading, d.Lines = d.T("staff.https.title"), []string{d.T("staff.https.line")}
	p.render(w, r, http.StatusForbidden, "message", d)
	return false
}

// staffForm parses a staff form (4 KiB at most) and checks its origin and
// CSRF token: the staff session's, or the double-submit cookie before
// sign-in. A refusal is audited (against the staff member, or the patient
// whose session came with it, or anonymously) and answered 403.
func (p *Pages) staffForm(w http.ResponseWriter, r *http.Request, route string) (*staff.Session, bool) {
	return p.staffFormLimit(w, r, route, 4<<10)
}

// staffFormLimit is staffForm for a form of at most limit bytes (an answer
// to a patient's reply: replies_staff.go).
func (p *Pages) staffFormLimit(w http.ResponseWriter, r *http.Request, route string, limit int64) (*staff.Session, bool) {
	if !p.staffTransport(w, r, route) {
		return nil, false
	}
	r.Body = http.MaxBytesReader(w, r.Body, limit)
	if err := r.ParseForm(); err != nil {
		p.pageMessage(w, r, http.StatusBadRequest, "", "msg.badForm.title", "msg.badForm.line")
		return nil, false
	}
	ses, err := p.staffEdge.CurrentStaffSession(r)
	if err != nil {
		p.pageError(w, r, nil, err)
		return nil, false
	}
	token := r.PostForm.Get("csrf")
	good := false
	if ses != nil {
		good = ses.CheckCSRF(token)
	} else if c, err := r.Cookie(preCSRFCookie); err == nil && c.Value != "" {
		good = constantEq(c.Value, token)
	}
	if !SameOrigin(r) || !good {
		if err := p.staffRefusedForm(r, ses, route); err != nil {
			p.pageError(w, r, nil, err)
			return nil, false
		}
		d := p.data(r, nil, "", "msg.expiredForm.title")
		d.Heading, d.Lines = d.T("msg.expiredForm.title"), []string{d.T("msg.expiredForm.line")}
		d.Link, d.LinkText = "/staff/signin", d.T("action.signin")
		p.render(w, r, http.StatusForbidden, "message", d)
		return nil, false
	}
	return ses, true
}

// staffRefusedForm audits a refused staff form; a patient's session that
// came with it is recorded as the patient pages record theirs (form.refused).
func (p *Pages) staffRefusedForm(r *http.Request, ses *staff.Session, route string) error {
	if ses == nil {
		if ps, err := p.edge.CurrentSession(r); err == nil && ps != nil {
			return p.svc.FormRefused(r.Context(), *ps)
		}
	}
	return p.staffEdge.StaffRefused(r, ses, route)
}

func (p *Pages) staffData(r *http.Request, ses *staff.Session, titleKey string) pageData {
	tenant := ""
	if ses != nil {
		tenant = ses.TenantID
	}
	d := p.data(r, nil, tenant, titleKey)
	d.Staff = &staffData{Now: p.svc.Now()}
	if ses != nil {
		d.CSRF = ses.CSRF
		d.Staff.Name, d.Staff.Admin = ses.Principal.Name, ses.Principal.Admin()
	}
	return d
}

func (p *Pages) staffInvitePage(w http.ResponseWriter, r *http.Request) {
	const route = "/staff/invite/{token}"
	if !p.staffTransport(w, r, route) {
		return
	}
	tenant, err := p.staff.InvitationValid(r.Context(), r.PathValue("token"))
	if err != nil {
		p.staffInviteGone(w, r, err)
		return
	}
	d := p.data(r, nil, tenant, "staff.invite.title")
	d.Staff = &staffData{Token: r.PathValue("token")}
	d.CSRF = p.preCSRF(w, r)
	p.render(w, r, http.StatusOK, "staff_invite", d)
}

func (p *Pages) staffInviteGone(w http.ResponseWriter, r *http.Request, err error) {
	var se *service.Error
	if errors.As(err, &se) && se.Kind == service.KindNotFound {
		d := p.data(r, nil, "", "staff.invite.gone.title")
		d.Heading, d.Lines = d.T("staff.invite.gone.title"), []string{d.T("staff.invite.gone.line")}
		d.Link, d.LinkText = "/staff/signin", d.T("action.signin")
		p.render(w, r, http.StatusNotFound, "message", d)
		return
	}
	p.pageError(w, r, nil, err)
}

func (p *Pages) staffInviteSubmit(w http.ResponseWriter, r *http.Request) {
	if _, ok := p.staffForm(w, r, "/staff/invite/{token}"); !ok {
		return
	}
	iss, err := p.staff.AcceptInvitation(r.Context(), r.PathValue("token"))
	if err != nil {
		p.staffInviteGone(w, r, err)
		return
	}
	p.staffEdge.SetStaffCookie(w, iss.Token)
	seeOther(w, r, iss.Next)
}

func (p *Pages) enrolSession(w http.ResponseWriter, r *http.Request) (*staff.Session, bool) {
	const route = "/staff/enrol"
	if !p.staffTransport(w, r, route) {
		return nil, false
	}
	ses, err := p.staffEdge.CurrentStaffSession(r)
	if err != nil {
		p.pageError(w, r, nil, err)
		return nil, false
	}
	if ses == nil || ses.Stage != "enrol" {
		if ses != nil && ses.SignedIn() {
			seeOther(w, r, "/staff/inbox")
			return nil, false
		}
		if err := p.staffEdge.StaffRefused(r, ses, route); err != nil {
			p.pageError(w, r, nil, err)
			return nil, false
		}
		d := p.data(r, nil, "", "msg.startAgain.title")
		d.Heading, d.Lines = d.T("msg.startAgain.title"), []string{d.T("staff.enrol.startAgain")}
		d.Link, d.LinkText = "/staff/signin", d.T("action.signin")
		p.render(w, r, http.StatusUnauthorized, "message", d)
		return nil, false
	}
	return ses, true
}

func (p *Pages) staffEnrolPage(w http.ResponseWriter, r *http.Request) {
	ses, ok := p.enrolSession(w, r)
	if !ok {
		return
	}
	p.renderEnrol(w, r, ses, http.StatusOK, nil)
}

func (p *Pages) renderEnrol(w http.ResponseWriter, r *http.Request, ses *staff.Session, status int, errs []service.FieldError) {
	en, err := p.staff.Enrolment(r.Context(), *ses)
	if err != nil {
		p.pageError(w, r, nil, err)
		return
	}
	d := p.staffData(r, ses, "staff.enrol.title")
	d.Heading = d.T("staff.enrol.title")
	d.QR = template.URL("data:image/png;base64," + base64.StdEncoding.EncodeToString(en.QRPNG))
	d.OTPAuth = template.URL(en.URI)
	d.Secret = GroupSecret(en.Secret)
	d.Errors = staffFieldErrors(d, errs)
	p.render(w, r, status, "staff_enrol", d)
}

func (p *Pages) staffEnrolSubmit(w http.ResponseWriter, r *http.Request) {
	if _, ok := p.staffForm(w, r, "/staff/enrol"); !ok {
		return
	}
	ses, ok := p.enrolSession(w, r)
	if !ok {
		return
	}
	iss, err := p.staff.Enrol(r.Context(), *ses, r.PostForm.Get("password"), r.PostForm.Get("confirm"), r.PostForm.Get("code"))
	var se *service.Error
	if errors.As(err, &se) && se.Kind == service.KindInvalid {
		p.renderEnrol(w, r, ses, http.StatusUnprocessableEntity, se.Fields)
		return
	}
	if err != nil {
		p.pageError(w, r, nil, err)
		return
	}
	p.staffEdge.SetStaffCookie(w, iss.Token)
	seeOther(w, r, iss.Next)
}

// staffFieldErrors: the enrolment form's own texts per field.
func staffFieldErrors(d pageData, fs []service.FieldError) []formError {
	var out []formError
	seen := map[string]bool{}
	for _, f := range fs {
		id := f.Pointer[1:]
		if seen[id] {
			continue
		}
		seen[id] = true
		key := "staff.err." + id
		switch id {
		case "password", "confirm", "code":
		default:
			key = "field.generic"
		}
		out = append(out, formError{Field: id, Text: d.T(key)})
	}
	return out
}

func (p *Pages) staffSigninPage(w http.ResponseWriter, r *http.Request) {
	if !p.staffTransport(w, r, "/staff/signin") {
		return
	}
	if ses, err := p.staffEdge.CurrentStaffSession(r); err == nil && ses != nil && ses.SignedIn() {
		seeOther(w, r, "/staff/inbox")
		return
	}
	tenant := r.URL.Query().Get("tenant")
	if !ids.Valid(ids.Tenant, tenant) {
		tenant = p.signInTenant(r)
	}
	p.renderStaffSignin(w, r, tenant, http.StatusOK, "", "")
}

// staffTenantLink is the staff notices' link: the tenant's staff sign-in.
func (p *Pages) staffTenantLink(w http.ResponseWriter, r *http.Request) {
	t := r.PathValue("tenant")
	if !ids.Valid(ids.Tenant, t) {
		t = ""
	}
	seeOther(w, r, "/staff/signin?tenant="+url.QueryEscape(t))
}

func (p *Pages) renderStaffSignin(w http.ResponseWriter, r *http.Request, tenant string, status int, email, alert string) {
	d := p.data(r, nil, tenant, "staff.signin.title")
	d.Staff = &staffData{Email: email}
	d.Tenant, d.NoTenant, d.Alert = tenant, tenant == "", alert
	d.CSRF = p.preCSRF(w, r)
	// A browser that already has a staff session (enrolling, or back from
	// the second step) posts with that session's token (staffForm's rule).
	if ses, err := p.staffEdge.CurrentStaffSession(r); err == nil && ses != nil {
		d.CSRF = ses.CSRF
	}
	p.withStaffOIDC(r, &d) // staffoidc.go
	p.render(w, r, status, "staff_signin", d)
}

func (p *Pages) staffSigninSubmit(w http.ResponseWriter, r *http.Request) {
	prev, ok := p.staffForm(w, r, "/staff/signin")
	if !ok {
		return
	}
	tenant := r.PostForm.Get("tenant")
	iss, err := p.staff.SignIn(r.Context(), staff.SignInInput{TenantID: tenant, Email: r.PostForm.Get("email"),
		Password: r.PostForm.Get("password")}, prev)
	var se *service.Error
	if errors.As(err, &se) && (se.Kind == service.KindBadCredentials || se.Kind == service.KindLocked) {
		lang := pickLang("", r.Header.Get("Accept-Language"))
		alert := translate(lang, "staff.signin.passwordFailed")
		status := http.StatusUnauthorized
		if se.Kind == service.KindLocked {
			alert, status = lockedText(lang, se.RetryAfter), http.StatusTooManyRequests
		}
		if !ids.Valid(ids.Tenant, tenant) {
			tenant = ""
		}
		p.renderStaffSignin(w, r, tenant, status, r.PostForm.Get("email"), alert)
		return
	}
	if err != nil {
		p.pageError(w, r, nil, err)
		return
	}
	p.staffEdge.SetStaffCookie(w, iss.Token)
	seeOther(w, r, iss.Next)
}

func (p *Pages) staffInboxPage(w http.ResponseWriter, r *http.Request) {
	ses, ok := p.staffPage(w, r, "/staff/inbox")
	if !ok {
		return
	}
	items, err := p.staff.Inbox(r.Context(), ses.Principal, 100)
	if err != nil {
		p.pageError(w, r, nil, err)
		return
	}
	d := p.staffData(r, ses, "staff.inbox.title")
	for _, it := range items {
		si := staffItem{Item: it}
		if it.RemoveAt != nil && !it.Removed {
			si.RemoveIn = humanDuration(d, it.RemoveAt.Sub(d.Staff.Now))
		}
		d.Staff.Items = append(d.Staff.Items, si)
	}
	p.render(w, r, http.StatusOK, "staff_inbox", d)
}

// humanDuration is a wait in days, hours and minutes, rounded up.
func humanDuration(d pageData, left time.Duration) string {
	if left < time.Minute {
		return d.T("staff.left.underMinute")
	}
	left = (left + time.Minute - 1) / time.Minute * time.Minute // rounded up to the minute, as a countdown shows it
	days := int(left / (24 * time.Hour))
	hours := int(left % (24 * time.Hour) / time.Hour)
	mins := int(left % time.Hour / time.Minute)
	switch {
	case days > 0:
		return d.T("staff.left.days", days, hours)
	case hours > 0:
		return d.T("staff.left.hours", hours, mins)
	}
	return d.T("staff.left.minutes", mins)
}

func (p *Pages) staffMessagePage(w http.ResponseWriter, r *http.Request) {
	ses, ok := p.staffPage(w, r, "/staff/messages/{id}")
	if !ok {
		return
	}
	id := r.PathValue("id")
	m, err := p.staff.Open(r.Context(), ses.Principal, id)
	if err != nil {
		p.staffPageError(w, r, ses, err)
		return
	}
	evs, err := p.staff.Events(r.Context(), ses.Principal, id)
	if err != nil {
		p.staffPageError(w, r, ses, err)
		return
	}
	d := p.staffData(r, ses, "staff.message.title")
	d.Staff.Message, d.Staff.Events = &m, evs
	p.render(w, r, http.StatusOK, "staff_message", d)
}

func (p *Pages) staffMessageAction(w http.ResponseWriter, r *http.Request) {
	const route = "/staff/messages/{id}/{op}"
	ses, ok := p.staffForm(w, r, route)
	if !ok {
		return
	}
	if !p.staffSignedIn(w, r, ses, route) {
		return
	}
	id := r.PathValue("id")
	var err error
	next := "/staff/messages/" + url.PathEscape(id)
	switch r.PathValue("op") {
	case "claim":
		err = p.staff.Claim(r.Context(), ses.Principal, id)
	case "close":
		err = p.staff.Close(r.Context(), ses.Principal, id)
	case "shred":
		err = p.staff.Shred(r.Context(), ses.Principal, id)
		next = "/staff/inbox"
	default:
		err = &service.Error{Kind: service.KindNotFound, Detail: "no such action"}
	}
	if err != nil {
		p.staffPageError(w, r, ses, err)
		return
	}
	seeOther(w, r, next)
}

// staffPageError answers a staff page's failure with a way back to the
// staff inbox.
func (p *Pages) staffPageError(w http.ResponseWriter, r *http.Request, ses *staff.Session, err error) {
	var se *service.Error
	if errors.As(err, &se) {
		title, line, status := "", "", 0
		switch se.Kind {
		case service.KindNotFound:
			title, line, status = "staff.notFound.title", "staff.notFound.line", http.StatusNotFound
		case service.KindGone:
			title, line, status = "staff.removed.title", "staff.removed.line", http.StatusGone
		case service.KindLimitReached:
			title, line, status = "staff.taken.title", "staff.taken.line", http.StatusConflict
		}
		if title != "" {
			d := p.staffData(r, ses, title)
			d.Heading, d.Lines = d.T(title), []string{d.T(line)}
			d.Link, d.LinkText = "/staff/inbox", d.T("staff.backToInbox")
			p.render(w, r, status, "message", d)
			return
		}
	}
	p.pageError(w, r, nil, err)
}

func (p *Pages) staffSignoutSubmit(w http.ResponseWriter, r *http.Request) {
	ses, ok := p.staffForm(w, r, "/staff/signout")
	if !ok {
		return
	}
	if ses != nil {
		if err := p.staff.SignOut(r.Context(), *ses); err != nil {
			p.pageError(w, r, nil, err)
			return
		}
	}
	p.staffEdge.ClearStaffCookie(w)
	d := p.data(r, nil, "", "staff.signedOut.title")
	d.Heading, d.Lines = d.T("staff.signedOut.title"), []string{d.T("staff.signedOut.line")}
	d.Link, d.LinkText = "/staff/signin", d.T("action.signin")
	if ses != nil {
		d.Link = template.URL("/staff/signin?tenant=" + url.QueryEscape(ses.TenantID))
	}
	p.render(w, r, http.StatusOK, "message", d)
}

func constantEq(a, b string) bool { return subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1 }
