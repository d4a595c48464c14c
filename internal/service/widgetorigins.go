package service

import (
	"context"
	"encoding/json"
	"net"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/sealpost/sealpost/internal/audit"
)

// The embeddable widget's origins: which portal pages may call the inbox API
// across origins (CORS) with a tenant's user tokens. Each tenant lists its
// own (Settings.WidgetOrigins); a preflight, which carries no token, is
// answered for an origin that any tenant lists, and the request after it
// only if the token's tenant lists it.

const maxWidgetOrigins = 20

// NormalOrigin returns an origin in the form a browser sends it
// ("scheme://host[:port]", lower case, without a default port), and whether
// it is acceptable for the allow-list: https, or http on a loopback host
// (localhost, 127.0.0.0/8, [::1]) for development.
func NormalOrigin(s string) (string, bool) {
	if len(s) > 200 || strings.ContainsAny(s, " \t\r\n") {
		return "", false
	}
	u, err := url.Parse(s)
	if err != nil || u.Host == "" || u.User != nil || (u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "" || u.Opaque != "" {
		return "", false
	}
	scheme := strings.ToLower(u.Scheme)
	host := strings.ToLower(u.Hostname())
	port := u.Port()
	switch scheme {
	case "https":
		if port == "443" {
			port = ""
		}
	case "http":
		if port == "80" {
			port = ""
		}
		ip := net.ParseIP(host)
		if host != "localhost" && (ip == nil || !ip.IsLoopback()) {
			return "", false
		}
	default:
		return "", false
	}
	if host == "" || strings.HasSuffix(host, ".") {
		return "", false
	}
	h := host
	if strings.Contains(host, ":") {
		h = "[" + host + "]"
	}
	if port != "" {
		h += ":" + port
	}
	return scheme + "://" + h, true
}

// normaliseWidgetOrigins checks and rewrites WidgetOrigins in place (sorted,
// without duplicates).
func (st *Settings) normaliseWidgetOrigins() []FieldError {
	if len(st.WidgetOrigins) > maxWidgetOrigins {
		return []FieldError{{"/widget_origins", "at most 20 origins"}}
	}
	var fs []FieldError
	out := make([]string, 0, len(st.WidgetOrigins))
	for i, o := range st.WidgetOrigins {
		n, ok := NormalOrigin(o)
		if !ok {
			fs = append(fs, FieldError{"/widget_origins/" + strconv.Itoa(i), `an origin such as "https://portal.example.org" (no path); plain http only on a loopback host`})
			continue
		}
		out = append(out, n)
	}
	slices.Sort(out)
	st.WidgetOrigins = slices.Compact(out)
	if len(st.WidgetOrigins) == 0 {
		st.WidgetOrigins = nil
	}
	return fs
}

type widgetOriginDirectory struct {
	mu      sync.Mutex
	at      time.Time
	origins map[string]bool
}

// WidgetOriginKnown reports whether any tenant lists origin (a preflight's
// question, asked before any token is seen). The union is cached for as
// long as tenant settings are.
func (s *Service) WidgetOriginKnown(ctx context.Context, origin string) (bool, error) {
	n, ok := NormalOrigin(origin)
	if !ok {
		return false, nil
	}
	d := &s.widgets
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.origins == nil || time.Since(d.at) >= tenantCacheTTL {
		ts, err := s.st.ListTenants(ctx)
		if err != nil {
			return false, err
		}
		set := map[string]bool{}
		for _, t := range ts {
			var st Settings
			_ = json.Unmarshal([]byte(t.Settings), &st) // unreadable settings allow no origin
			for _, o := range st.WidgetOrigins {
				set[o] = true
			}
		}
		d.origins, d.at = set, time.Now()
	}
	return d.origins[n], nil
}

func (s *Service) forgetWidgetOrigins() {
	s.widgets.mu.Lock()
	s.widgets.origins = nil
	s.widgets.mu.Unlock()
}

// CheckWidgetOrigin refuses a cross-origin inbox call from an origin the
// session's tenant does not list, and audits the refusal against the
// recipient (widget.origin_refused).
func (s *Service) CheckWidgetOrigin(ctx context.Context, ses Session, origin string) error {
	td, err := s.tenantData(ctx, ses.TenantID)
	if err != nil {
		return err
	}
	if n, ok := NormalOrigin(origin); ok && slices.Contains(td.settings.WidgetOrigins, n) {
		return nil
	}
	if err := s.st.AppendAudit(ctx, s.event(ses, audit.ActionWidgetOriginRefused, "recipient", ses.RecipientID)); err != nil {
		return err
	}
	return &Error{Kind: KindOriginNotAllowed, Detail: "this page's origin is not in the tenant's widget_origins (PUT /v1/settings)"}
}
