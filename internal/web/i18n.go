package web

import (
	"fmt"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/sealpost/sealpost/internal/service"
)

// Languages of the hosted pages: one catalog per language (catalog_en.go,
// catalog_es.go), the same keys in each (TestCatalogsComplete). A page is in
// the recipient's locale when the session names a recipient, else in the
// best match of the browser's Accept-Language, else English.

var catalogs = map[string]map[string]string{"en": catalogEN, "es": catalogES}

var langMatcher = language.NewMatcher([]language.Tag{language.English, language.Spanish})

// pickLang returns "en" or "es" for a recipient locale ("" if unknown) and
// an Accept-Language header.
func pickLang(locale, acceptLanguage string) string {
	if locale != "" {
		if t, err := language.Parse(locale); err == nil {
			if b, _ := t.Base(); b.String() == "es" {
				return "es"
			} else if b.String() == "en" {
				return "en"
			}
		}
	}
	if acceptLanguage != "" && len(acceptLanguage) <= 512 {
		tags, _, err := language.ParseAcceptLanguage(acceptLanguage)
		if err == nil && len(tags) > 0 {
			_, i, conf := langMatcher.Match(tags...)
			if conf != language.No && i == 1 {
				return "es"
			}
		}
	}
	return "en"
}

// translate is the text of key in lang, formatted with args; a missing key
// falls back to English, then to the key itself (the catalog test keeps
// both from happening).
func translate(lang, key string, args ...any) string {
	s, ok := catalogs[lang][key]
	if !ok {
		if s, ok = catalogEN[key]; !ok {
			return key
		}
	}
	if len(args) == 0 {
		return s
	}
	return fmt.Sprintf(s, args...)
}

// formatTime writes t in loc as "Thu 3 Dec 2026, 09:05 (New York time)" or
// "jue 3 dic 2026, 09:05 (hora de New York)".
func formatTime(lang string, loc *time.Location, t time.Time) string {
	if loc == nil {
		loc = time.UTC
	}
	t = t.In(loc)
	day := translate(lang, "day."+strings.ToLower(t.Weekday().String()[:3]))
	month := translate(lang, "month."+strings.ToLower(t.Month().String()[:3]))
	zone := loc.String()
	if i := strings.LastIndexByte(zone, '/'); i >= 0 {
		zone = zone[i+1:]
	}
	zone = strings.ReplaceAll(zone, "_", " ")
	if zone == "UTC" || zone == "" {
		return translate(lang, "time.utc", day, t.Day(), month, t.Year(), t.Format("15:04"))
	}
	return translate(lang, "time.zone", day, t.Day(), month, t.Year(), t.Format("15:04"), zone)
}

// serviceTexts maps the service's English texts to catalog keys, so a
// patient reads them in their language and in sentence case. A text not
// listed falls back by kind (errorKey).
var serviceTexts = map[string]string{
	"the two passwords are not the same":                                                                     "field.confirm.mismatch",
	"3 to 64 characters: letters, digits and . _ - + @":                                                      "field.username.invalid",
	"this username is taken; choose another":                                                                 "field.username.taken",
	"that code is not correct; check your app's clock and try the current code":                              "field.code.wrong",
	"The password contains characters that are not valid text.":                                              "field.password.invalid",
	"Use at least 12 characters.":                                                                            "field.password.short",
	"Use a shorter password: at most 256 bytes (fewer characters if it uses accented or non-Latin letters).": "field.password.long",
	"Do not use a single character repeated.":                                                                "field.password.repeated",
	"Do not use your name, username, email address or other personal details in your password.":              "field.password.related",
	"This password is too common and easy to guess. Try a few unrelated words instead.":                      "field.password.common",
	"the username or password is not correct":                                                                "err.credentials",
	"that code is not correct or was already used; wait for a new code from your app and try again":          "err.code",
	"your account is not set up yet; use the link in your registration notice, or ask for a new one":         "err.notEnrolled",
	"this step is not available now; start again from your link or the sign-in page":                         "msg.startAgain.line",
	"your session has ended; sign in again":                                                                  "err.sessionEnded",
	"sign in to continue":                                                                                    "err.signin",
	"signing in with your portal did not work; start again from the sign-in page":                            "err.oidc",
	"your portal account has no secure messages here yet":                                                    "err.oidcNoAccount",
	"your portal did not confirm a recent second factor; this message stays closed":                          "err.oidcStepUp",
	"enter a real date of birth":                                                                             "field.birthDate.invalid",
	"the date of birth does not match our records":                                                           "field.birthDate.wrong",
	"enrolment needs a date of birth on file; contact the office":                                            "err.noBirthDate",
	"enter the 12-character activation code":                                                                 "field.activation.invalid",
	"the activation code does not match, or it has expired or been replaced":                                 "field.activation.wrong",
	"enrolment needs an activation code; ask the office for one":                                             "err.noActivation",
	"the current password is not correct":                                                                    "field.current.wrong",
}

// errorKey is the catalog key for a service error shown on a page.
func errorKey(se *service.Error) string {
	if k, ok := serviceTexts[se.Detail]; ok {
		return k
	}
	switch se.Kind {
	case service.KindLocked:
		return "err.locked"
	case service.KindBadCredentials:
		return "err.credentials"
	case service.KindNotEnrolled:
		return "err.notEnrolled"
	case service.KindUnauthenticated:
		return "err.signin"
	}
	return "msg.internal.line"
}

// fieldErrors turns the service's field errors into the page's, one per
// field, in the patient's language.
func fieldErrors(lang string, fs []service.FieldError) []formError {
	var out []formError
	seen := map[string]bool{}
	for _, f := range fs {
		id := strings.TrimPrefix(f.Pointer, "/")
		if seen[id] {
			continue
		}
		seen[id] = true
		k, ok := serviceTexts[f.Detail]
		if !ok {
			k = "field.generic"
		}
		out = append(out, formError{Field: id, Text: translate(lang, k)})
	}
	return out
}

// lockedText says when a locked sign-in may try again.
func lockedText(lang string, after time.Duration) string {
	switch {
	case after <= 0:
		return translate(lang, "err.locked")
	case after < 90*time.Second:
		return translate(lang, "err.locked.seconds", int((after+time.Second-1)/time.Second))
	}
	return translate(lang, "err.locked.minutes", int((after+time.Minute-1)/time.Minute))
}
