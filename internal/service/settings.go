package service

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"net/url"
	"regexp"
	"strings"
	"unicode/utf8"
)

// Settings are a tenant's own presentation of notices and links.
type Settings struct {
	// DisplayName replaces the tenant's slug in notices ({{tenant}}).
	DisplayName string `json:"display_name,omitempty"`
	// PublicURL is the base of end-user links for this tenant (its portal's
	// address for sealpost's pages), e.g. "https://messages.acme.example".
	PublicURL string `json:"public_url,omitempty"`
	// DeepLinkTemplate is a mobile deep link with {token}: a custom scheme
	// ("acmehealth://message/{token}") or a universal link
	// ("https://app.acme.example/m/{token}"). It renders as {{deep_link}}
	// and travels in webhook notices for the portal's push service.
	DeepLinkTemplate string `json:"deep_link_template,omitempty"`
	// BrandColor is the hosted pages' accent colour, "#rrggbb". Text on it is
	// black or white, whichever contrasts more.
	BrandColor string `json:"brand_color,omitempty"`
	// Logo is a small PNG or JPEG as a data: URI (at most 48 KiB decoded),
	// shown on the hosted pages; it is inlined, so the pages load nothing
	// from elsewhere.
	Logo string `json:"logo,omitempty"`
	// StepUpMinutes is how recent a second-factor check must be to open a
	// restricted message (1–60; default 5).
	StepUpMinutes int `json:"step_up_minutes,omitempty"`
	// IOSApp and AndroidApp are the tenant's mobile apps: declared in
	// /.well-known/apple-app-site-association and /.well-known/assetlinks.json
	// on the host of PublicURL, so that its links open the app
	// (appassociation.go).
	IOSApp     *IOSApp     `json:"ios_app,omitempty"`
	AndroidApp *AndroidApp `json:"android_app,omitempty"`
	// WidgetOrigins are the portal origins whose pages may call the inbox
	// API with this tenant's user tokens (CORS: the embeddable widget,
	// widgetorigins.go): "https://host[:port]", or plain http on a loopback
	// host for development. At most 20.
	WidgetOrigins []string `json:"widget_origins,omitempty"`
	// Support is shown to patients who cannot recover on their own (support.go).
	Support *SupportContact `json:"support,omitempty"`
	// EnrolCheck is what enrolment asks besides the link: "none" (default),
	// "birth_date" or "activation_code" (identitycheck.go).
	EnrolCheck string `json:"enrol_check,omitempty"`
}

var brandColorRE = regexp.MustCompile(`^#[0-9a-fA-F]{6}$`)

// validLogo accepts a base64 data: URI of a PNG or JPEG whose bytes match
// its declared type.
func validLogo(s string) bool {
	var magic []byte
	var rest string
	var ok bool
	if rest, ok = strings.CutPrefix(s, "data:image/png;base64,"); ok {
		magic = []byte("\x89PNG\r\n\x1a\n")
	} else if rest, ok = strings.CutPrefix(s, "data:image/jpeg;base64,"); ok {
		magic = []byte{0xff, 0xd8, 0xff}
	} else {
		return false
	}
	if len(rest) > 66000 {
		return false
	}
	b, err := base64.StdEncoding.DecodeString(rest)
	return err == nil && len(b) <= 48<<10 && bytes.HasPrefix(b, magic)
}

func (st *Settings) validate() *Error {
	var fs []FieldError
	if utf8.RuneCountInString(st.DisplayName) > 60 || strings.ContainsAny(st.DisplayName, "{}<>\r\n") {
		fs = append(fs, FieldError{"/display_name", "at most 60 characters, no braces or angle brackets"})
	}
	if st.PublicURL != "" {
		u, err := url.Parse(st.PublicURL)
		if err != nil || u.Scheme != "https" || u.Host == "" || u.User != nil || u.RawQuery != "" || u.Fragment != "" || len(st.PublicURL) > 200 {
			fs = append(fs, FieldError{"/public_url", "an https base URL without query, e.g. https://messages.example.org"})
		}
		st.PublicURL = strings.TrimRight(st.PublicURL, "/")
	}
	if st.DeepLinkTemplate != "" {
		u, err := url.Parse(strings.Replace(st.DeepLinkTemplate, "{token}", "t", 1))
		if err != nil || strings.Count(st.DeepLinkTemplate, "{token}") != 1 || u.Scheme == "" || u.Scheme == "http" || u.Scheme == "javascript" ||
			u.Scheme == "data" || u.User != nil || len(st.DeepLinkTemplate) > 200 {
			fs = append(fs, FieldError{"/deep_link_template", "a custom-scheme or https link containing {token} once"})
		}
	}
	if st.BrandColor != "" && !brandColorRE.MatchString(st.BrandColor) {
		fs = append(fs, FieldError{"/brand_color", `a colour as "#rrggbb"`})
	}
	if st.Logo != "" && !validLogo(st.Logo) {
		fs = append(fs, FieldError{"/logo", "a PNG or JPEG data: URI (base64), at most 48 KiB"})
	}
	if st.StepUpMinutes < 0 || st.StepUpMinutes > 60 {
		fs = append(fs, FieldError{"/step_up_minutes", "1 to 60 minutes"})
	}
	if st.IOSApp != nil {
		fs = append(fs, st.IOSApp.validate()...)
	}
	if st.AndroidApp != nil {
		fs = append(fs, st.AndroidApp.validate()...)
	}
	fs = append(fs, st.normaliseWidgetOrigins()...)
	if st.Support != nil {
		fs = append(fs, st.Support.validate()...)
	}
	switch st.EnrolCheck {
	case "", EnrolCheckNone, EnrolCheckBirthDate, EnrolCheckActivationCode:
	default:
		fs = append(fs, FieldError{"/enrol_check", "none, birth_date or activation_code"})
	}
	if (st.IOSApp != nil || st.AndroidApp != nil) && !appLinkBase(st.PublicURL) {
		fs = append(fs, FieldError{"/public_url", "required with ios_app or android_app, with a plain path (letters, digits, . _ ~ -): the apps are declared on this host for its links"})
	}
	if len(fs) > 0 {
		return invalid(fs...)
	}
	return nil
}

// GetSettings returns a tenant's settings.
func (s *Service) GetSettings(ctx context.Context, p Principal) (Settings, error) {
	td, err := s.tenantData(ctx, p.TenantID)
	if err != nil {
		return Settings{}, err
	}
	return td.settings, nil
}

// PutSettings replaces a tenant's settings.
func (s *Service) PutSettings(ctx context.Context, p Principal, in Settings) (Settings, error) {
	if e := in.validate(); e != nil {
		return Settings{}, e
	}
	// The OIDC configuration lives beside the settings and is kept.
	t, err := s.st.GetTenant(ctx, p.TenantID)
	if err != nil {
		return Settings{}, err
	}
	var cur storedSettings
	if t.Settings != "" {
		_ = json.Unmarshal([]byte(t.Settings), &cur)
	}
	b, _ := json.Marshal(storedSettings{Settings: in, OIDC: cur.OIDC, StaffOIDC: cur.StaffOIDC})
	if err := s.st.SetTenantSettings(ctx, p.TenantID, string(b), p.Actor()); err != nil {
		return Settings{}, err
	}
	s.forgetTenant(p.TenantID)
	s.forgetSignInTenants()
	s.forgetWidgetOrigins()
	s.oidcClients.forget(p.TenantID) // the redirect URL follows public_url
	return in, nil
}

// linkBase is the base of a tenant's end-user links.
func (s *Service) linkBase(td *tenantEntry) string {
	if td != nil && td.settings.PublicURL != "" {
		return td.settings.PublicURL
	}
	return s.base.String()
}
