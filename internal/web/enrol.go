package web

import (
	"encoding/base64"
	"errors"
	"html/template"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/store"
)

// Enrolment behind a registration link: username and password, the
// authenticator app (QR code, a tappable otpauth:// link for the phone that
// runs the app, the secret in groups of four), then the recovery codes,
// which the patient confirms they saved.

func (p *Pages) enrolPage(w http.ResponseWriter, r *http.Request) {
	ses, ok := p.stageSession(w, r, store.StageRegister, store.StageEnrol)
	if !ok {
		return
	}
	d := p.data(r, ses, "", "enrol.title")
	check := p.svc.EnrolCheck(r.Context(), ses.TenantID)
	d.AskBirthDate, d.AskActivationCode = check == service.EnrolCheckBirthDate, check == service.EnrolCheckActivationCode
	p.render(w, r, http.StatusOK, "enrol", d)
}

func (p *Pages) enrolSubmit(w http.ResponseWriter, r *http.Request) {
	ses, ok := p.formSession(w, r)
	if !ok {
		return
	}
	if ses == nil {
		p.stageSession(w, r, store.StageRegister)
		return
	}
	f := r.PostForm
	is, err := p.svc.Enrol(r.Context(), *ses, service.EnrolInput{Username: f.Get("username"), Password: f.Get("password"), Confirm: f.Get("confirm"),
		BirthDate: service.BirthDateInput(f.Get("birth_day"), f.Get("birth_month"), f.Get("birth_year")), Addr: p.edge.ClientAddr(r),
		ActivationCode: f.Get("activation_code")})
	var se *service.Error
	if errors.As(err, &se) && (se.Kind == service.KindInvalid || se.Kind == service.KindLocked) {
		d := p.data(r, ses, "", "enrol.title")
		check := p.svc.EnrolCheck(r.Context(), ses.TenantID)
		d.AskBirthDate, d.AskActivationCode = check == service.EnrolCheckBirthDate, check == service.EnrolCheckActivationCode
		d.Errors, d.Username, d.ActivationCode = fieldErrors(d.lang, se.Fields), f.Get("username"), f.Get("activation_code")
		d.BirthDay, d.BirthMonth, d.BirthYear = f.Get("birth_day"), f.Get("birth_month"), f.Get("birth_year")
		status := http.StatusUnprocessableEntity
		if se.Kind == service.KindLocked {
			status = http.StatusTooManyRequests
			w.Header().Set("Retry-After", strconv.Itoa(int(se.RetryAfter.Seconds())+1))
			d.Alert = lockedText(d.lang, se.RetryAfter)
		}
		p.render(w, r, status, "enrol", d)
		return
	}
	if err != nil {
		p.pageError(w, r, ses, err)
		return
	}
	p.edge.SetSessionCookie(w, is.Token)
	seeOther(w, r, is.Next)
}

func (p *Pages) totpPage(w http.ResponseWriter, r *http.Request) {
	ses, ok := p.stageSession(w, r, store.StageEnrol)
	if !ok {
		return
	}
	p.renderTOTP(w, r, ses, http.StatusOK, nil)
}

func (p *Pages) renderTOTP(w http.ResponseWriter, r *http.Request, ses *service.Session, status int, fields []service.FieldError) {
	e, err := p.svc.TOTPEnrolment(r.Context(), *ses)
	if err != nil {
		p.pageError(w, r, ses, err)
		return
	}
	d := p.totpData(r, ses, e, "totp.title")
	d.Errors = fieldErrors(d.lang, fields)
	p.render(w, r, status, "totp", d)
}

// totpData is the authenticator set-up page: the QR code, the otpauth://
// link for the phone that runs the app, the secret in groups of four.
func (p *Pages) totpData(r *http.Request, ses *service.Session, e service.TOTPEnrolment, titleKey string) pageData {
	d := p.data(r, ses, "", titleKey)
	d.Heading, d.Intro, d.Action = d.T("totp.heading"), d.T("totp.intro"), "/enrol/totp"
	d.QR = template.URL("data:image/png;base64," + base64.StdEncoding.EncodeToString(e.QRPNG))
	if strings.HasPrefix(e.URI, "otpauth://") {
		d.OTPAuth = template.URL(e.URI)
	}
	d.Secret = GroupSecret(e.Secret)
	return d
}

func (p *Pages) totpSubmit(w http.ResponseWriter, r *http.Request) {
	ses, ok := p.formSession(w, r)
	if !ok {
		return
	}
	if ses == nil || ses.Stage != store.StageEnrol {
		p.stageSession(w, r, store.StageEnrol)
		return
	}
	is, err := p.svc.ConfirmTOTP(r.Context(), *ses, r.PostForm.Get("code"))
	var se *service.Error
	if errors.As(err, &se) && se.Kind == service.KindInvalid {
		p.renderTOTP(w, r, ses, http.StatusUnprocessableEntity, se.Fields)
		return
	}
	if err != nil {
		p.pageError(w, r, ses, err)
		return
	}
	p.edge.SetSessionCookie(w, is.Token)
	seeOther(w, r, is.Next)
}

// recoveryCodesPage shows the new recovery codes, once, with copy, download
// and print, and asks the patient to confirm they saved them.
func (p *Pages) recoveryCodesPage(w http.ResponseWriter, r *http.Request) {
	ses, ok := p.stageSession(w, r, store.StageActive)
	if !ok {
		return
	}
	codes, err := p.svc.TakeRecoveryCodes(r.Context(), *ses)
	if err != nil {
		p.pageError(w, r, ses, err)
		return
	}
	if len(codes) == 0 {
		seeOther(w, r, "/inbox")
		return
	}
	d := p.data(r, ses, "", "codes.title")
	d.Codes = codes
	d.CodesFile = template.URL("data:text/plain;charset=utf-8," + url.PathEscape(d.T("codes.fileHeader", d.Brand.Name)+"\n\n"+strings.Join(codes, "\n")+"\n"))
	p.render(w, r, http.StatusOK, "codes", d)
}

// recoveryCodesSubmit is the confirmation that the codes are saved.
func (p *Pages) recoveryCodesSubmit(w http.ResponseWriter, r *http.Request) {
	ses, ok := p.formSession(w, r)
	if !ok {
		return
	}
	if ses == nil || !ses.SignedIn() {
		p.signedInPage(w, r)
		return
	}
	if r.PostForm.Get("saved") == "1" {
		seeOther(w, r, "/inbox")
		return
	}
	// The codes were shown once and are gone from the session; the page
	// asks again, without them.
	d := p.data(r, ses, "", "codes.title")
	d.Errors = []formError{{Field: "saved", Text: d.T("codes.confirmNeeded")}}
	p.render(w, r, http.StatusUnprocessableEntity, "codes", d)
}
