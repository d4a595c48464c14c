package web

import (
	"context"
	"errors"
	"html/template"
	"io"
	"net/http"
	"net/url"

	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/staff"
	"github.com/sealpost/sealpost/internal/store"
)

// The staff sign-in's second step and the staff account page (package
// staff's passkeys.go has the rules): after the password, /staff/signin/factor
// takes the TOTP code or runs a passkey ceremony (passkey.js posting JSON to
// /staff/signin/passkey/begin and /finish with the password-checked
// session's CSRF token); /staff/account lists the member's passkeys, adds
// one (JSON ceremony, within 10 minutes of a full sign-in) and removes one.
// Like every staff page: https only (plain HTTP in --dev on loopback), the
// staff cookie, same-origin state changes with the session's CSRF token,
// every refusal audited.

// staffFactorPage is the second step: the code form, and the passkey
// button when the member has a passkey and the site can use one.
func (p *Pages) staffFactorPage(w http.ResponseWriter, r *http.Request) {
	ses, ok := p.staffFactorSession(w, r, "/staff/signin/factor")
	if !ok {
		return
	}
	p.renderStaffFactor(w, r, ses, http.StatusOK, "")
}

func (p *Pages) renderStaffFactor(w http.ResponseWriter, r *http.Request, ses *staff.Session, status int, alert string) {
	d := p.data(r, nil, ses.TenantID, "staff.factor.title")
	d.Staff = &staffData{}
	d.CSRF, d.Alert = ses.CSRF, alert
	d.Link = template.URL("/staff/signin?tenant=" + url.QueryEscape(ses.TenantID))
	if p.staff.PasskeysAvailable() {
		if has, err := p.staff.HasPasskeys(r.Context(), *ses); err == nil && has {
			d.Passkey = true
		}
	}
	p.render(w, r, status, "staff_factor", d)
}

// staffFactorSession returns the password-checked session of a factor page;
// without one (none, expired, another stage) the browser is told to start
// again, audited.
func (p *Pages) staffFactorSession(w http.ResponseWriter, r *http.Request, route string) (*staff.Session, bool) {
	if !p.staffTransport(w, r, route) {
		return nil, false
	}
	ses, err := p.staffEdge.CurrentStaffSession(r)
	if err != nil {
		p.pageError(w, r, nil, err)
		return nil, false
	}
	return p.staffFactorStage(w, r, ses, route)
}

func (p *Pages) staffFactorStage(w http.ResponseWriter, r *http.Request, ses *staff.Session, route string) (*staff.Session, bool) {
	if ses != nil && ses.Stage == store.StaffStagePassword {
		return ses, true
	}
	if ses != nil && ses.SignedIn() {
		seeOther(w, r, "/staff/inbox")
		return nil, false
	}
	if err := p.staffEdge.StaffRefused(r, ses, route); err != nil {
		p.pageError(w, r, nil, err)
		return nil, false
	}
	d := p.data(r, nil, "", "staff.factor.expired.title")
	d.Heading, d.Lines = d.T("staff.factor.expired.title"), []string{d.T("staff.factor.expired.line")}
	d.Link, d.LinkText = template.URL("/staff/signin?tenant="+url.QueryEscape(p.signInTenant(r))), d.T("action.signin")
	p.render(w, r, http.StatusUnauthorized, "message", d)
	return nil, false
}

func (p *Pages) staffFactorSubmit(w http.ResponseWriter, r *http.Request) {
	const route = "/staff/signin/factor"
	ses, ok := p.staffForm(w, r, route)
	if !ok {
		return
	}
	if ses, ok = p.staffFactorStage(w, r, ses, route); !ok {
		return
	}
	iss, err := p.staff.VerifyTOTP(r.Context(), *ses, r.PostForm.Get("code"))
	if p.staffFactorFailed(w, r, ses, err) {
		return
	}
	p.staffEdge.SetStaffCookie(w, iss.Token)
	seeOther(w, r, iss.Next)
}

// staffFactorFailed answers a refused second factor on the factor page (a
// wrong code, the lockout, a stage that ended meanwhile); false when err is
// nil.
func (p *Pages) staffFactorFailed(w http.ResponseWriter, r *http.Request, ses *staff.Session, err error) bool {
	if err == nil {
		return false
	}
	var se *service.Error
	if errors.As(err, &se) {
		switch se.Kind {
		case service.KindBadCredentials:
			p.renderStaffFactor(w, r, ses, http.StatusUnauthorized, translate(pickLang("", r.Header.Get("Accept-Language")), "staff.factor.failed"))
			return true
		case service.KindLocked:
			p.renderStaffFactor(w, r, ses, http.StatusTooManyRequests, lockedText(pickLang("", r.Header.Get("Accept-Language")), se.RetryAfter))
			return true
		case service.KindUnauthenticated:
			p.staffFactorStage(w, r, nil, "/staff/signin/factor")
			return true
		}
	}
	p.pageError(w, r, nil, err)
	return true
}

// staffJSONCall checks a passkey ceremony call from passkey.js: https, a
// staff session (ok(ses) says whether its stage may make this call), the
// session's CSRF token in X-CSRF-Token from this origin, a JSON body of at
// most 64 KiB. Refusals are problem+json and audited.
func (p *Pages) staffJSONCall(w http.ResponseWriter, r *http.Request, route string, stageOK func(*staff.Session) bool) (*staff.Session, []byte, bool) {
	if !p.staffEdge.StaffTransportOK(r) {
		if err := p.staffEdge.StaffRefused(r, nil, route); err != nil {
			p.edge.Fail(w, r, err)
			return nil, nil, false
		}
		p.staffEdge.HTTPSRefused(w, r)
		return nil, nil, false
	}
	ses, err := p.staffEdge.CurrentStaffSession(r)
	if err != nil {
		p.edge.Fail(w, r, err)
		return nil, nil, false
	}
	if ses == nil || !stageOK(ses) {
		if err := p.staffEdge.StaffRefused(r, ses, route); err != nil {
			p.edge.Fail(w, r, err)
			return nil, nil, false
		}
		p.edge.Fail(w, r, &service.Error{Kind: service.KindUnauthenticated, Detail: "sign in to the staff mailbox again"})
		return nil, nil, false
	}
	if !SameOrigin(r) || !ses.CheckCSRF(r.Header.Get("X-CSRF-Token")) {
		if err := p.staffEdge.StaffRefused(r, ses, route); err != nil {
			p.edge.Fail(w, r, err)
			return nil, nil, false
		}
		p.edge.CSRFRefused(w, r)
		return nil, nil, false
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, 64<<10))
	if err != nil {
		p.edge.Fail(w, r, &service.Error{Kind: service.KindTooLarge, Detail: "the request body is too large"})
		return nil, nil, false
	}
	return ses, body, true
}

func passwordStage(ses *staff.Session) bool { return ses.Stage == store.StaffStagePassword }
func signedIn(ses *staff.Session) bool      { return ses.SignedIn() }

// staffPasskeyBegin starts a ceremony and answers its options.
func (p *Pages) staffPasskeyBegin(w http.ResponseWriter, r *http.Request, route string, stageOK func(*staff.Session) bool, begin func(context.Context, staff.Session) ([]byte, error)) {
	ses, _, ok := p.staffJSONCall(w, r, route, stageOK)
	if !ok {
		return
	}
	opts, err := begin(r.Context(), *ses)
	if err != nil {
		p.edge.Fail(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	_, _ = w.Write(opts)
}

func (p *Pages) staffPasskeyLoginBegin(w http.ResponseWriter, r *http.Request) {
	p.staffPasskeyBegin(w, r, "/staff/signin/passkey/begin", passwordStage, p.staff.BeginPasskeyLogin)
}

func (p *Pages) staffPasskeyLoginFinish(w http.ResponseWriter, r *http.Request) {
	ses, body, ok := p.staffJSONCall(w, r, "/staff/signin/passkey/finish", passwordStage)
	if !ok {
		return
	}
	iss, err := p.staff.FinishPasskeyLogin(r.Context(), *ses, body)
	if err != nil {
		p.edge.Fail(w, r, err)
		return
	}
	p.staffEdge.SetStaffCookie(w, iss.Token)
	p.edge.WriteJSON(w, r, http.StatusOK, map[string]string{"next": iss.Next})
}

func (p *Pages) staffPasskeyRegisterBegin(w http.ResponseWriter, r *http.Request) {
	p.staffPasskeyBegin(w, r, "/staff/account/passkeys/begin", signedIn, p.staff.BeginPasskeyRegistration)
}

func (p *Pages) staffPasskeyRegisterFinish(w http.ResponseWriter, r *http.Request) {
	ses, body, ok := p.staffJSONCall(w, r, "/staff/account/passkeys/finish", signedIn)
	if !ok {
		return
	}
	if err := p.staff.FinishPasskeyRegistration(r.Context(), *ses, body); err != nil {
		p.edge.Fail(w, r, err)
		return
	}
	p.edge.WriteJSON(w, r, http.StatusOK, map[string]bool{"ok": true})
}

// staffAccountPage lists the member's passkeys; adding or removing one is
// offered within 10 minutes of a full sign-in.
func (p *Pages) staffAccountPage(w http.ResponseWriter, r *http.Request) {
	ses, ok := p.staffPage(w, r, "/staff/account")
	if !ok {
		return
	}
	pks, err := p.staff.Passkeys(r.Context(), *ses)
	if err != nil {
		p.pageError(w, r, nil, err)
		return
	}
	d := p.staffData(r, ses, "staff.account.title")
	d.Staff.Passkeys, d.Staff.Fresh, d.Staff.PasskeyOK = pks, p.staff.Fresh(*ses), p.staff.PasskeysAvailable()
	d.Passkey = d.Staff.PasskeyOK && d.Staff.Fresh
	p.render(w, r, http.StatusOK, "staff_account", d)
}

func (p *Pages) staffPasskeyRemove(w http.ResponseWriter, r *http.Request) {
	const route = "/staff/account/passkeys/remove"
	ses, ok := p.staffForm(w, r, route)
	if !ok {
		return
	}
	if !p.staffSignedIn(w, r, ses, route) {
		return
	}
	err := p.staff.RemovePasskey(r.Context(), *ses, r.PostForm.Get("id"))
	var se *service.Error
	if errors.As(err, &se) && (se.Kind == service.KindStepUpRequired || se.Kind == service.KindNotFound) {
		title, line, status := "staff.account.stale.title", "staff.account.stale", http.StatusForbidden
		if se.Kind == service.KindNotFound {
			title, line, status = "staff.account.notFound.title", "staff.account.notFound.line", http.StatusNotFound
		}
		d := p.staffData(r, ses, title)
		d.Heading, d.Lines = d.T(title), []string{d.T(line)}
		d.Link, d.LinkText = "/staff/account", d.T("staff.account.back")
		p.render(w, r, status, "message", d)
		return
	}
	if err != nil {
		p.pageError(w, r, nil, err)
		return
	}
	seeOther(w, r, "/staff/account")
}
