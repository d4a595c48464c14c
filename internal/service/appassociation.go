package service

import (
	"context"
	"net/url"
	"regexp"
	"strings"
)

// Mobile app association: a tenant's iOS and Android apps, from its
// settings, declared on the host of its public link base so that its links
// (…/m/{token}) open the app where it is installed and the hosted pages
// everywhere else. The files themselves are served by
// internal/api/appassociation.go.

// IOSApp is a tenant's iOS app (or apps, under one team) for universal
// links.
type IOSApp struct {
	// TeamID is the Apple Developer team id: 10 upper-case letters or digits.
	TeamID string `json:"team_id"`
	// BundleIDs are the apps' bundle ids (reverse DNS), 1 to 10.
	BundleIDs []string `json:"bundle_ids"`
}

// AndroidApp is a tenant's Android app (or apps) for App Links.
type AndroidApp struct {
	// PackageNames are the apps' package names (Java style), 1 to 10.
	PackageNames []string `json:"package_names"`
	// SHA256CertFingerprints are the signing certificates' SHA-256
	// fingerprints, "AB:CD:…" (32 colon-separated bytes), 1 to 10. Stored
	// upper case.
	SHA256CertFingerprints []string `json:"sha256_cert_fingerprints"`
}

const maxAppEntries = 10

var (
	teamIDRE      = regexp.MustCompile(`^[A-Z0-9]{10}$`)
	bundleIDRE    = regexp.MustCompile(`^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$`)
	packageNameRE = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)+$`)
	fingerprintRE = regexp.MustCompile(`^[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){31}$`)
)

// checkList validates a list of 1 to maxAppEntries distinct strings of at
// most maxLen characters matching re.
func checkList(ptr string, list []string, re *regexp.Regexp, maxLen int, want string, fold bool) []FieldError {
	if len(list) == 0 || len(list) > maxAppEntries {
		return []FieldError{{ptr, "1 to 10 entries"}}
	}
	var fs []FieldError
	seen := map[string]bool{}
	for i, v := range list {
		p := ptr + "/" + itoa(i)
		k := v
		if fold {
			k = strings.ToUpper(v)
		}
		switch {
		case len(v) > maxLen || !re.MatchString(v):
			fs = append(fs, FieldError{p, want})
		case seen[k]:
			fs = append(fs, FieldError{p, "listed twice"})
		}
		seen[k] = true
	}
	return fs
}

func (a *IOSApp) validate() []FieldError {
	var fs []FieldError
	if !teamIDRE.MatchString(a.TeamID) {
		fs = append(fs, FieldError{"/ios_app/team_id", "the Apple team id: 10 upper-case letters or digits"})
	}
	return append(fs, checkList("/ios_app/bundle_ids", a.BundleIDs, bundleIDRE, 155,
		"a bundle id: letters, digits and hyphens in dot-separated parts, e.g. com.acme.health", false)...)
}

func (a *AndroidApp) validate() []FieldError {
	fs := checkList("/android_app/package_names", a.PackageNames, packageNameRE, 255,
		"a package name: dot-separated parts of letters, digits and underscores, each starting with a letter, e.g. com.acme.health", false)
	fs = append(fs, checkList("/android_app/sha256_cert_fingerprints", a.SHA256CertFingerprints, fingerprintRE, 95,
		"a SHA-256 certificate fingerprint: 32 hex bytes separated by colons (keytool -list -v, or Play Console → App integrity)", true)...)
	if len(fs) == 0 {
		for i, f := range a.SHA256CertFingerprints {
			a.SHA256CertFingerprints[i] = strings.ToUpper(f)
		}
	}
	return fs
}

var linkBasePathRE = regexp.MustCompile(`^(/[A-Za-z0-9._~-]+)*/?$`)

// appLinkBase reports whether base can carry app association: an https base
// whose path has no character the association files treat as a wildcard.
func appLinkBase(base string) bool {
	u, err := url.Parse(base)
	return base != "" && err == nil && linkBasePathRE.MatchString(u.EscapedPath())
}

// AppAssociation is what a host declares about a tenant's apps. Either part
// may be nil (not configured).
type AppAssociation struct {
	IOS     *IOSApp
	Android *AndroidApp
	// LinkPath is the path pattern of the tenant's message links, the only
	// paths its apps claim: "/m/*" under the path of its public link base
	// (e.g. "/portal/m/*" for https://host/portal).
	LinkPath string
}

var errNoAppAssociation = &Error{Kind: KindNotFound, Detail: "no app is associated with this host"}

// AppAssociationFor returns the apps of the tenant whose public link base
// names host. A host that names no tenant, or more than one, or a tenant
// without apps, is KindNotFound.
func (s *Service) AppAssociationFor(ctx context.Context, host string) (AppAssociation, error) {
	tenants, err := s.SignInTenants(ctx)
	if err != nil {
		return AppAssociation{}, err
	}
	id := HostTenant(tenants, host)
	if id == "" {
		return AppAssociation{}, errNoAppAssociation
	}
	td, err := s.tenantData(ctx, id)
	if err != nil {
		return AppAssociation{}, err
	}
	a := AppAssociation{IOS: td.settings.IOSApp, Android: td.settings.AndroidApp, LinkPath: "/m/*"}
	if u, err := url.Parse(td.settings.PublicURL); err == nil {
		a.LinkPath = strings.TrimRight(u.EscapedPath(), "/") + "/m/*"
	}
	if a.IOS == nil && a.Android == nil {
		return AppAssociation{}, errNoAppAssociation
	}
	return a, nil
}
