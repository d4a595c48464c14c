package service

import (
	"net/mail"
	"net/url"
	"regexp"
	"strings"
	"unicode/utf8"
)

// SupportContact is how a patient reaches the portal's support when
// self-service recovery cannot help (lost password and recovery codes, or an
// email address no longer in use). The hosted pages show it on the recovery
// and error pages; it is the tenant's public contact, never a patient's.
type SupportContact struct {
	Phone string `json:"phone,omitempty"` // as dialled, e.g. "+1 555 0100"
	Email string `json:"email,omitempty"`
	URL   string `json:"url,omitempty"`   // https help page
	Hours string `json:"hours,omitempty"` // free text, e.g. "Mon–Fri 8:00–18:00"
}

var supportPhoneRE = regexp.MustCompile(`^\+?[0-9][0-9 ().-]{3,30}$`)

func (c *SupportContact) validate() []FieldError {
	var fs []FieldError
	if c.Phone != "" && !supportPhoneRE.MatchString(c.Phone) {
		fs = append(fs, FieldError{"/support/phone", "digits, spaces and + ( ) . -, up to 31 characters"})
	}
	if c.Email != "" {
		if a, err := mail.ParseAddress(c.Email); err != nil || a.Address != c.Email || len(c.Email) > 120 {
			fs = append(fs, FieldError{"/support/email", "a plain email address"})
		}
	}
	if c.URL != "" {
		u, err := url.Parse(c.URL)
		if err != nil || u.Scheme != "https" || u.Host == "" || u.User != nil || len(c.URL) > 200 {
			fs = append(fs, FieldError{"/support/url", "an https URL"})
		}
	}
	if utf8.RuneCountInString(c.Hours) > 80 || strings.ContainsAny(c.Hours, "{}<>\r\n") {
		fs = append(fs, FieldError{"/support/hours", "at most 80 characters on one line, no braces or angle brackets"})
	}
	return fs
}

// Empty reports whether no contact is set.
func (c SupportContact) Empty() bool { return c == SupportContact{} }
