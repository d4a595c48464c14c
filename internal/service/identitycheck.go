package service

import (
	"context"
	"crypto/subtle"
	"strconv"
	"strings"
	"time"

	"github.com/sealpost/sealpost/internal/audit"
)

// Identity check at enrolment: holding the registration link is not enough
// when the tenant asks for more (settings enrol_check). With "birth_date"
// the enrolment form asks for the date of birth, compared with the
// recipient's sealed identity after normalising both to a calendar date;
// a recipient without one on file cannot enrol (fail closed). Wrong answers
// count in the sign-in throttle (per recipient and address, like a
// username), are audited, and change nothing.
//
// ("activation_code", a code the portal prints on paper, is not built yet.)

// Enrolment checks (Settings.EnrolCheck).
const (
	EnrolCheckNone      = "none"
	EnrolCheckBirthDate = "birth_date"
)

// EnrolCheck is the identity check a tenant's enrolment asks for.
func (s *Service) EnrolCheck(ctx context.Context, tenantID string) string {
	td, err := s.tenantData(ctx, tenantID)
	if err != nil || td.settings.EnrolCheck == "" {
		return EnrolCheckNone
	}
	return td.settings.EnrolCheck
}

var (
	errBirthDateFormat = FieldError{Pointer: "/birth_date", Detail: "enter a real date of birth"}
	errBirthDateWrong  = FieldError{Pointer: "/birth_date", Detail: "the date of birth does not match our records"}
	errBirthDateNone   = &Error{Kind: KindNotEnrolled, Detail: "enrolment needs a date of birth on file; contact the office"}
)

// checkBirthDate compares the form's date (YYYY-MM-DD) with the identity on
// file. nil when it matches; a *Error to answer otherwise.
func (s *Service) checkBirthDate(ctx context.Context, ses Session, given, addr string) error {
	want := ""
	id, err := s.OpenIdentity(ctx, ses.TenantID, ses.RecipientID)
	if err != nil {
		return err
	}
	if id != nil {
		want = normDate(id.BirthDate)
	}
	if want == "" {
		return errBirthDateNone
	}
	got := normDate(given)
	if got == "" {
		return invalid(errBirthDateFormat)
	}
	addrFP, err := s.addrFP(ctx, ses.TenantID, addr)
	if err != nil {
		return err
	}
	th := newThrottle(ses.TenantID, []byte("enrol:"+ses.RecipientID), addrFP)
	if err := s.locked(ctx, th.addr, th.pair, th.user); err != nil {
		return err
	}
	if subtle.ConstantTimeCompare([]byte(got), []byte(want)) == 1 {
		return nil
	}
	return s.failed(ctx, th, invalid(errBirthDateWrong), s.event(ses, audit.ActionEnrolCheckFailed, "recipient", ses.RecipientID))
}

// normDate reads a date of birth as YYYY-MM-DD from the forms a portal may
// have stored (2006-01-02, 2006/01/02, 20060102, an RFC 3339 time, and the
// US 01/02/2006); "" if it is none of them or not a real date.
func normDate(s string) string {
	s = strings.TrimSpace(s)
	for _, layout := range []string{"2006-01-02", "2006-1-2", "2006/01/02", "20060102", time.RFC3339, "01/02/2006", "1/2/2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			if t.Year() < 1850 || t.Year() > 2200 {
				return ""
			}
			return t.Format("2006-01-02")
		}
	}
	return ""
}

// BirthDateInput joins the form's day, month and year fields as YYYY-MM-DD
// ("" when any is missing or not a number).
func BirthDateInput(day, month, year string) string {
	d, err1 := strconv.Atoi(strings.TrimSpace(day))
	m, err2 := strconv.Atoi(strings.TrimSpace(month))
	y, err3 := strconv.Atoi(strings.TrimSpace(year))
	if err1 != nil || err2 != nil || err3 != nil || d < 1 || d > 31 || m < 1 || m > 12 || y < 1000 || y > 9999 {
		return "x"
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d { // 31 February
		return "x"
	}
	return t.Format("2006-01-02")
}
