// Package validate checks the shape of identifiers and contact points at the
// edge: E.164 phone numbers, email addresses, locales, IANA time zones and the
// opaque ids tenants choose. Messages returned never echo the offending value,
// since it may be PHI.
package validate

import (
	"net/mail"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"
)

var (
	e164       = regexp.MustCompile(`^\+[1-9][0-9]{6,14}$`)
	opaqueID   = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$`)
	localeRE   = regexp.MustCompile(`^[a-z]{2,3}(-[A-Z]{2}|-[A-Za-z]{4}|-[0-9]{3})?$`)
	emailLocal = regexp.MustCompile(`^[A-Za-z0-9.!#$%&'*+/=?^_{|}~-]{1,64}$`)
	hostLabel  = regexp.MustCompile(`^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$`)
)

// Phone reports whether s is an E.164 number: "+" then 7 to 15 digits.
func Phone(s string) bool { return e164.MatchString(s) }

// Email reports whether s is a plain addr-spec (local@domain) that a mail
// server can route: no display name, no comments, no quoted local part, a
// domain of at least two DNS labels.
func Email(s string) bool {
	if len(s) > 254 || !utf8.ValidString(s) {
		return false
	}
	local, domain, ok := strings.Cut(s, "@")
	if !ok || !emailLocal.MatchString(local) || strings.HasPrefix(local, ".") || strings.HasSuffix(local, ".") || strings.Contains(local, "..") {
		return false
	}
	labels := strings.Split(domain, ".")
	if len(labels) < 2 || len(domain) > 253 {
		return false
	}
	for _, l := range labels {
		if !hostLabel.MatchString(l) {
			return false
		}
	}
	a, err := mail.ParseAddress(s)
	return err == nil && a.Name == "" && a.Address == s
}

// OpaqueID reports whether s is a tenant-chosen id: 1–128 characters of
// letters, digits and . _ : - (so it is safe in URLs and logs).
func OpaqueID(s string) bool { return opaqueID.MatchString(s) }

// Locale reports whether s is a simple BCP 47 tag such as "en", "es-US".
func Locale(s string) bool { return localeRE.MatchString(s) }

// TimeZone reports whether s is an IANA zone name known to this build.
func TimeZone(s string) bool {
	if s == "" || s == "Local" || len(s) > 64 {
		return false
	}
	_, err := time.LoadLocation(s)
	return err == nil
}
