package service

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/sealpost/sealpost/internal/audit"
	"github.com/sealpost/sealpost/internal/store"
)

// Identity check at enrolment: holding the registration link is not enough
// when the tenant asks for more (settings enrol_check). With "birth_date"
// the enrolment form asks for the date of birth, compared with the
// recipient's sealed identity after normalising both to a calendar date;
// a recipient without one on file cannot enrol (fail closed). Wrong answers
// count in the sign-in throttle (per recipient and address, like a
// username), are audited, and change nothing.
//
// With "activation_code" the form asks for a code the portal had made for
// the recipient (POST /v1/recipients/{external_id}/activation_code) and
// printed on paper: 12 characters from an alphabet without look-alikes,
// valid 30 days, only its keyed MAC stored, used once, a new one replacing
// the old. Wrong codes are throttled and audited the same way.

// Enrolment checks (Settings.EnrolCheck).
const (
	EnrolCheckNone           = "none"
	EnrolCheckBirthDate      = "birth_date"
	EnrolCheckActivationCode = "activation_code"
)

// ActivationCodeLifetime is how long a printed code stays valid.
const ActivationCodeLifetime = 30 * 24 * time.Hour

const (
	activationPurpose  = "activation-code"
	activationAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789" // no 0/O, 1/I/L
	activationLen      = 12
)

// ActivationCodeView is a new code, shown to the tenant once.
type ActivationCodeView struct {
	Code      string    `json:"code"` // "XXXX-XXXX-XXXX"
	ExpiresAt time.Time `json:"expires_at"`
}

// IssueActivationCode makes a new activation code for a recipient (the
// previous one stops working) and returns it once.
func (s *Service) IssueActivationCode(ctx context.Context, p Principal, externalID string) (ActivationCodeView, error) {
	r, err := s.recipientByExternal(ctx, p, externalID)
	if err != nil {
		return ActivationCodeView{}, err
	}
	var raw [activationLen]byte
	if _, err := rand.Read(raw[:]); err != nil {
		return ActivationCodeView{}, err
	}
	var b strings.Builder
	for i, c := range raw {
		if i > 0 && i%4 == 0 {
			b.WriteByte('-')
		}
		// 256 is not a multiple of 31: the bias (at most 1 in 256 per
		// character) does not matter for a code that is throttled and
		// expires; a rejection loop would, for nothing.
		b.WriteByte(activationAlphabet[int(c)%len(activationAlphabet)])
	}
	code := b.String()
	mac, err := s.sealer.Fingerprint(ctx, p.TenantID, activationPurpose, activationInput(r.ID, code))
	if err != nil {
		return ActivationCodeView{}, err
	}
	now := s.now()
	exp := now.Add(ActivationCodeLifetime).Truncate(time.Microsecond)
	if err := s.st.PutActivationCode(ctx, p.TenantID, r.ID, mac, exp, audit.Event{TenantID: p.TenantID, At: now, Actor: p.Actor(),
		Action: audit.ActionActivationIssue, ObjectType: "recipient", ObjectID: r.ID}); err != nil {
		return ActivationCodeView{}, err
	}
	return ActivationCodeView{Code: code, ExpiresAt: exp}, nil
}

// normActivationCode reads a typed code: case, spaces and dashes do not
// matter; "" if it cannot be one.
func normActivationCode(s string) string {
	var b strings.Builder
	for _, r := range strings.ToUpper(s) {
		switch {
		case r == '-' || r == ' ':
		case strings.ContainsRune(activationAlphabet, r):
			b.WriteRune(r)
		default:
			return ""
		}
	}
	if b.Len() != activationLen {
		return ""
	}
	return b.String()
}

// activationInput binds a code to its recipient for the MAC.
func activationInput(recipientID, code string) []byte {
	return []byte(recipientID + ":" + strings.ReplaceAll(code, "-", ""))
}

var (
	errActivationFormat = FieldError{Pointer: "/activation_code", Detail: "enter the 12-character activation code"}
	errActivationWrong  = FieldError{Pointer: "/activation_code", Detail: "the activation code does not match, or it has expired or been replaced"}
	errActivationNone   = &Error{Kind: KindNotEnrolled, Detail: "enrolment needs an activation code; ask the office for one"}
)

// checkActivationCode compares a typed code with the recipient's, throttled
// like a sign-in, and uses it up when it matches.
func (s *Service) checkActivationCode(ctx context.Context, ses Session, given, addr string) error {
	mac, exp, err := s.st.ActivationCode(ctx, ses.TenantID, ses.RecipientID)
	if errors.Is(err, store.ErrNotFound) {
		return errActivationNone
	}
	if err != nil {
		return err
	}
	th, err := s.enrolThrottle(ctx, ses, addr)
	if err != nil {
		return err
	}
	ok, err := s.sealer.VerifyFingerprint(ctx, ses.TenantID, activationPurpose, mac, activationInput(ses.RecipientID, normActivationCode(given)))
	if err != nil {
		return err
	}
	if ok && s.now().Before(exp) {
		if used, err := s.st.UseActivationCode(ctx, ses.TenantID, ses.RecipientID, mac); err != nil || used {
			return err
		}
	}
	return s.failed(ctx, th, invalid(errActivationWrong), s.event(ses, audit.ActionEnrolCheckFailed, "recipient", ses.RecipientID))
}

// enrolThrottle is the throttle on a recipient's enrolment identity checks
// (per address, per recipient and per pair, like a sign-in); an error when it
// is locked now.
func (s *Service) enrolThrottle(ctx context.Context, ses Session, addr string) (throttle, error) {
	addrFP, err := s.addrFP(ctx, ses.TenantID, addr)
	if err != nil {
		return throttle{}, err
	}
	th := newThrottle(ses.TenantID, []byte("enrol:"+ses.RecipientID), addrFP)
	return th, s.locked(ctx, th.addr, th.pair, th.user)
}

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
	th, err := s.enrolThrottle(ctx, ses, addr)
	if err != nil {
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
