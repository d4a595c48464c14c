package web

import (
	"html/template"
	"net/http"
	"strings"
	"time"

	"github.com/sealpost/sealpost/internal/service"
)

// pageData is what every page template gets. Text comes from the catalog
// through T (and TN for counts), times through Time, in the patient's
// language and time zone.
type pageData struct {
	lang string
	loc  *time.Location

	Title    string
	Passkey  bool // the page uses /assets/passkey.js (CSP adds connect-src 'self')
	Brand    service.Branding
	LogoURL  template.URL // the brand's logo, a data: URI validated when the settings were saved
	Nonce    string
	CSRF     string
	SignedIn bool
	NoTenant bool // sign-in: no tenant found for this browser, so no form (see signintenant.go)
	// OIDCLabel and OIDCHref are the "Sign in with {portal}" button (oidc.go).
	OIDCLabel string
	OIDCHref  template.URL
	// Alert is a problem with the whole form; Errors are the fields' own,
	// listed in the summary and shown beside each field.
	Alert  string
	Errors []formError

	Heading, LinkText, Intro, Action, Next, Tenant, Username string
	Link                                                     template.URL
	Lines                                                    []string
	QR                                                       template.URL
	OTPAuth                                                  template.URL
	Secret                                                   string
	Codes                                                    []string
	CodesFile                                                template.URL
	Unread                                                   int
	Messages                                                 []service.InboxEntry
	PasskeyNext                                              string
	PasskeyCount                                             int
	RecoveryLeft                                             int
	Fresh                                                    bool
	M                                                        service.OpenedMessage
	// Thread is the conversation of the message shown (replies.go), set
	// when it has more than the message itself; CanReply shows the reply
	// form, ReplySent the confirmation after one was sent.
	Thread      *service.PatientThread
	CanReply    bool
	ReplySent   bool
	ReplyText   string
	Department  string
	Devices     []service.DeviceSession
	PasskeyList []service.PasskeyView
	// AskBirthDate: the tenant's enrolment asks for the date of birth.
	AskBirthDate bool
	// AskActivationCode: it asks for the code the office printed.
	AskActivationCode               bool
	ActivationCode                  string
	BirthDay, BirthMonth, BirthYear string
	// Staff is the staff mailbox pages' own data (staff.go).
	Staff *staffData
	// StaffReply is the staff reply page's reply (replies_staff.go).
	StaffReply *staffReplyData
	// ReplyFileFailed: the reply was sent but its file was refused
	// (replyattachments.go).
	ReplyFileFailed bool
}

type formError struct {
	Field string // the input's id
	Text  string
}

// Lang is the page's language tag (the html lang attribute).
func (d pageData) Lang() string { return d.lang }

// T is the catalog text of key in the page's language.
func (d pageData) T(key string, args ...any) string { return translate(d.lang, key, args...) }

// TN is the text of key for a count: key.one for 1, key.other otherwise.
func (d pageData) TN(key string, n int) string {
	if n == 1 {
		return translate(d.lang, key+".one", n)
	}
	return translate(d.lang, key+".other", n)
}

// Time is t in the patient's time zone, in their language, with the zone
// named.
func (d pageData) Time(t time.Time) string { return formatTime(d.lang, d.loc, t) }

// FieldError is the error text of the field with this id, "" if none.
func (d pageData) FieldError(field string) string {
	for _, e := range d.Errors {
		if e.Field == field {
			return e.Text
		}
	}
	return ""
}

// Sensitivity is the plain-words label of a message's sensitivity.
func (d pageData) Sensitivity(s string) string {
	switch s {
	case "restricted":
		return d.T("sens.restricted")
	case "phi":
		return d.T("sens.phi")
	}
	return d.T("sens.public")
}

// GroupSecret writes a TOTP secret in groups of four for reading aloud and
// typing.
func GroupSecret(s string) string {
	var b strings.Builder
	for i, r := range s {
		if i > 0 && i%4 == 0 {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// data starts a page's data: the tenant's branding, the patient's language
// (the recipient's locale when the session names one, else the browser's
// Accept-Language) and time zone, and the title from the catalog.
func (p *Pages) data(r *http.Request, ses *service.Session, tenantID, titleKey string) pageData {
	if ses != nil && tenantID == "" {
		tenantID = ses.TenantID
	}
	d := pageData{Brand: p.svc.Branding(r.Context(), tenantID), loc: time.UTC}
	locale, tz := "", ""
	if ses != nil && ses.RecipientID != "" {
		locale, tz = p.svc.PageLocale(r.Context(), ses.TenantID, ses.RecipientID)
	}
	d.lang = pickLang(locale, r.Header.Get("Accept-Language"))
	if tz != "" {
		if l, err := time.LoadLocation(tz); err == nil {
			d.loc = l
		}
	}
	if titleKey != "" {
		d.Title = d.T(titleKey)
	}
	if ses != nil {
		d.CSRF = ses.CSRF
		d.SignedIn = ses.SignedIn()
	}
	return d
}

func (p *Pages) render(w http.ResponseWriter, r *http.Request, status int, name string, d pageData) {
	nonce := randB64(16)
	d.Nonce = nonce
	if d.lang == "" {
		d.lang = pickLang("", r.Header.Get("Accept-Language"))
	}
	if d.loc == nil {
		d.loc = time.UTC
	}
	if d.Brand.Name == "" {
		d.Brand = p.svc.Branding(r.Context(), "")
	}
	if l := d.Brand.Logo; strings.HasPrefix(l, "data:image/png;base64,") || strings.HasPrefix(l, "data:image/jpeg;base64,") {
		d.LogoURL = template.URL(l)
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Language", d.lang)
	// Scripts only from this origin (pages.js, passkey.js): no inline
	// script, no eval; styles only with this response's nonce.
	csp := "default-src 'none'; style-src 'nonce-" + nonce + "'; img-src data:; script-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
	if d.Passkey {
		csp += "; connect-src 'self'"
	}
	h.Set("Content-Security-Policy", csp)
	h.Set("Cache-Control", "no-store")
	h.Set("Referrer-Policy", "same-origin") // so form POSTs carry a real Origin; nothing leaves for other sites
	h.Set("X-Frame-Options", "DENY")
	h.Add("Vary", "Accept-Language")
	w.WriteHeader(status)
	if err := pageTemplates[name].Execute(w, d); err != nil {
		p.log.Error("page render failed", "request_id", p.edge.RequestID(r.Context()), "page", name, "err", err)
	}
}

// ShowPassword is the show-password toggle for the input with this id,
// hidden until pages.js makes it work.
func (d pageData) ShowPassword(id string) template.HTML {
	e := template.HTMLEscapeString
	return template.HTML(`<button type="button" class="secondary" data-toggle-password="` + e(id) + `" aria-controls="` + e(id) +
		`" aria-pressed="false" data-show="` + e(d.T("action.showPassword")) + `" data-hide="` + e(d.T("action.hidePassword")) + `" hidden>` +
		e(d.T("action.showPassword")) + `</button>`)
}

// Size is a file size in words a patient reads.
func (d pageData) Size(n int64) string {
	switch {
	case n >= 1<<20:
		return d.T("size.mb", float64(n)/(1<<20))
	case n >= 1<<10:
		return d.T("size.kb", (n+512)>>10)
	}
	return d.T("size.bytes", n)
}

// SupportTel is the tel: link of the tenant's support phone.
func (d pageData) SupportTel() template.URL {
	n := strings.Map(func(r rune) rune {
		if r == '+' || r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, d.Brand.Support.Phone)
	return template.URL("tel:" + n)
}

// HasSupport reports whether the tenant set a support contact.
func (d pageData) HasSupport() bool { return !d.Brand.Support.Empty() }
