package api

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/netip"
	"strings"

	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/staff"
	"github.com/sealpost/sealpost/internal/web"
)

// The staff mailbox at the edge (package staff has the use cases): the
// tenant API's staff, pool and staff-message routes (AccessKey), and the
// staff session routes (AccessStaff): the staff cookie, https only (plain
// HTTP only in --dev on loopback), CSRF and origin on every state change,
// every refusal audited.

const (
	staffCookieSecure = "__Host-sealpost_staff" // Secure, Path=/, no Domain
	staffCookieDev    = "sealpost_staff"        // plain-HTTP loopback in --dev only
	keyStaffSession   = ctxKey(200)
)

// staffRoutes lists the staff mailbox routes (tenant API and staff sessions).
func staffRoutes() []Route {
	return []Route{
		{"POST", "/v1/staff", AccessKey, (*Server).postStaff},
		{"GET", "/v1/staff", AccessKey, (*Server).listStaff},
		{"GET", "/v1/staff-pools", AccessKey, (*Server).listStaffPools},
		{"GET", "/v1/staff-pools/{pool}", AccessKey, (*Server).getStaffPool},
		{"PUT", "/v1/staff-pools/{pool}", AccessKey, (*Server).putStaffPool},
		{"POST", "/v1/staff-messages", AccessKey, (*Server).postStaffMessage},
		{"GET", "/v1/staff-messages/{id}", AccessKey, (*Server).getStaffMessage},
		{"GET", "/v1/staff-session", AccessStaff, (*Server).getStaffSession},
		{"GET", "/v1/staff-inbox", AccessStaff, (*Server).staffInbox},
		{"GET", "/v1/staff-inbox/{id}", AccessStaff, (*Server).openStaffMessage},
		{"POST", "/v1/staff-inbox/{id}/claim", AccessStaff, (*Server).claimStaffMessage},
		{"POST", "/v1/staff-inbox/{id}/close", AccessStaff, (*Server).closeStaffMessage},
		{"POST", "/v1/staff-inbox/{id}/shred", AccessStaff, (*Server).shredStaffMessage},
		{"PUT", "/v1/staff-admin/pools/{pool}", AccessStaff, (*Server).adminPutPool},
		{"GET", "/v1/settings/staff-oidc", AccessKey, (*Server).getStaffOIDCSettings}, // staffoidc.go
		{"PUT", "/v1/settings/staff-oidc", AccessKey, (*Server).putStaffOIDCSettings},
		{"POST", "/v1/staff-messages/{id}/attachments", AccessKey, (*Server).postStaffAttachment},
		{"GET", "/v1/staff-inbox/{id}/attachments/{attachment_id}", AccessStaff, (*Server).downloadStaffAttachment},
	}
}

// Staff is the staff mailbox service the server and its pages use.
func (s *Server) Staff() *staff.Service { return s.staff }

func (s *Server) staffCookieName() string {
	if s.insecureCookies {
		return staffCookieDev
	}
	return staffCookieSecure
}

// staffTransportOK: staff routes are served over https only — TLS on this
// listener, or a trusted proxy that says it terminated TLS — except in
// --dev on loopback (insecure cookies allowed).
func (s *Server) staffTransportOK(r *http.Request) bool {
	if r.TLS != nil || s.insecureCookies {
		return true
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return false
	}
	peer, err := netip.ParseAddr(host)
	return err == nil && len(s.trustedProxies) > 0 && s.trusted(peer) && strings.EqualFold(r.Header.Get("X-Forwarded-Proto"), "https")
}

// currentStaffSession returns the request's staff session, if its cookie
// names a live one (nil otherwise).
func (s *Server) currentStaffSession(r *http.Request) (*staff.Session, error) {
	c, err := r.Cookie(s.staffCookieName())
	if err != nil || c.Value == "" {
		return nil, nil
	}
	ses, err := s.staff.LookupSession(r.Context(), c.Value)
	var se *service.Error
	if errors.As(err, &se) && se.Kind == service.KindUnauthenticated {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	s.noteTenant(r, ses.TenantID)
	return &ses, nil
}

func (s *Server) setStaffCookie(w http.ResponseWriter, token string) {
	http.SetCookie(w, &http.Cookie{Name: s.staffCookieName(), Value: token, Path: "/", HttpOnly: true,
		Secure: !s.insecureCookies, SameSite: http.SameSiteStrictMode})
}

func (s *Server) clearStaffCookie(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: s.staffCookieName(), Value: "", Path: "/", HttpOnly: true,
		Secure: !s.insecureCookies, SameSite: http.SameSiteStrictMode, MaxAge: -1})
}

// staffRefused audits a refused staff-route call: against the staff
// member or the patient whose session came with it, or anonymously in the
// system chain (object: the route pattern).
func (s *Server) staffRefused(r *http.Request, ses *staff.Session, route string) error {
	switch {
	case ses != nil:
		return s.staff.Denied(r.Context(), ses.TenantID, "staff:"+ses.StaffID, "route", route)
	default:
		if ps, err := s.currentSession(r); err == nil && ps != nil {
			return s.staff.Denied(r.Context(), ps.TenantID, ps.Actor(), "route", route)
		}
		return s.staff.Denied(r.Context(), "", "", "route", route)
	}
}

// staffOnPatientRoute audits a staff session that calls a patient route
// (the route answers 401 as for anyone without a patient session).
func (s *Server) staffOnPatientRoute(r *http.Request) error {
	ses, err := s.currentStaffSession(r)
	if err != nil || ses == nil {
		return err
	}
	_, route := s.mux.Handler(r)
	return s.staff.Denied(r.Context(), ses.TenantID, "staff:"+ses.StaffID, "route", route)
}

// staffAccess wraps a staff route: https, a signed-in staff session (password
// and TOTP passed), and for state changes the session's CSRF token from
// this origin. Every refusal is audited.
func (s *Server) staffAccess(h http.HandlerFunc, route string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if !s.staffTransportOK(r) {
			if err := s.staffRefused(r, nil, route); err != nil {
				s.fail(w, r, err)
				return
			}
			writeProblem(w, r, http.StatusForbidden, ProblemHTTPSRequired, "staff routes are served over https only", nil)
			return
		}
		ses, err := s.currentStaffSession(r)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		if ses == nil || !ses.SignedIn() {
			if err := s.staffRefused(r, ses, route); err != nil {
				s.fail(w, r, err)
				return
			}
			writeProblem(w, r, http.StatusUnauthorized, ProblemSignInRequired, "sign in to the staff mailbox with your password and a second factor (authenticator code or passkey)", nil)
			return
		}
		if unsafeMethod(r.Method) && !(web.SameOrigin(r) && ses.CheckCSRF(r.Header.Get("X-CSRF-Token"))) {
			if err := s.staffRefused(r, ses, route); err != nil {
				s.fail(w, r, err)
				return
			}
			writeProblem(w, r, http.StatusForbidden, ProblemCSRF, "the request lacks this session's CSRF token or comes from another origin", nil)
			return
		}
		h(w, r.WithContext(context.WithValue(r.Context(), keyStaffSession, *ses)))
	}
}

func staffSessionOf(r *http.Request) staff.Session {
	ses, _ := r.Context().Value(keyStaffSession).(staff.Session)
	return ses
}

func (s *Server) postStaff(w http.ResponseWriter, r *http.Request) {
	var in staff.CreateInput
	if _, err := readJSON(w, r, &in); err != nil {
		s.fail(w, r, err)
		return
	}
	p := principal(r)
	v, err := s.staff.Create(r.Context(), p.TenantID, p.Actor(), in)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusCreated, v.View)
}

func (s *Server) listStaff(w http.ResponseWriter, r *http.Request) {
	v, err := s.staff.List(r.Context(), principal(r).TenantID)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusOK, map[string]any{"staff": v})
}

func (s *Server) listStaffPools(w http.ResponseWriter, r *http.Request) {
	v, err := s.staff.Pools(r.Context(), principal(r).TenantID)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusOK, map[string]any{"pools": v})
}

func (s *Server) getStaffPool(w http.ResponseWriter, r *http.Request) {
	v, err := s.staff.Pool(r.Context(), principal(r).TenantID, r.PathValue("pool"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusOK, v)
}

func (s *Server) putStaffPool(w http.ResponseWriter, r *http.Request) {
	var in staff.PolicyInput
	if _, err := readJSON(w, r, &in); err != nil {
		s.fail(w, r, err)
		return
	}
	p := principal(r)
	v, err := s.staff.PutPool(r.Context(), p.TenantID, p.Actor(), r.PathValue("pool"), in)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusOK, v)
}

func (s *Server) postStaffMessage(w http.ResponseWriter, r *http.Request) {
	var in staff.SendInput
	if _, err := readJSONLimit(w, r, &in, staff.MaxBody*2+4096); err != nil {
		s.fail(w, r, err)
		return
	}
	v, err := s.staff.Send(r.Context(), principal(r), in)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusCreated, v)
}

func (s *Server) getStaffMessage(w http.ResponseWriter, r *http.Request) {
	v, err := s.staff.Status(r.Context(), principal(r), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusOK, v)
}

type staffSessionView struct {
	CSRFToken string   `json:"csrf_token"`
	StaffID   string   `json:"staff_id"`
	Name      string   `json:"name"`
	Role      string   `json:"role"`
	Pools     []string `json:"pools"`
}

func (s *Server) getStaffSession(w http.ResponseWriter, r *http.Request) {
	ses := staffSessionOf(r)
	pools := ses.Principal.Pools
	if pools == nil {
		pools = []string{}
	}
	writeJSON(w, r, http.StatusOK, staffSessionView{CSRFToken: ses.CSRF, StaffID: ses.StaffID, Name: ses.Principal.Name, Role: ses.Principal.Role, Pools: pools})
}

type staffItemView struct {
	Kind      string  `json:"kind"`
	ID        string  `json:"id"`
	Pool      string  `json:"pool,omitempty"`
	From      string  `json:"from"`
	CreatedAt string  `json:"created_at"`
	OpenedBy  string  `json:"opened_by,omitempty"`
	ClaimedBy string  `json:"claimed_by,omitempty"`
	ClosedBy  string  `json:"closed_by,omitempty"`
	RemoveAt  *string `json:"remove_at,omitempty"`
	Removed   bool    `json:"removed"`
	Link      string  `json:"link"`
}

func (s *Server) staffInbox(w http.ResponseWriter, r *http.Request) {
	items, err := s.staff.Inbox(r.Context(), staffSessionOf(r).Principal, 100)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	out := make([]staffItemView, 0, len(items))
	for _, it := range items {
		v := staffItemView{Kind: it.Kind, ID: it.ID, Pool: it.Pool, From: it.From, CreatedAt: it.CreatedAt.UTC().Format(timeFormat),
			OpenedBy: it.OpenedBy, ClaimedBy: it.ClaimedBy, ClosedBy: it.ClosedBy, Removed: it.Removed, Link: it.Link}
		if it.RemoveAt != nil {
			ra := it.RemoveAt.UTC().Format(timeFormat)
			v.RemoveAt = &ra
		}
		out = append(out, v)
	}
	writeJSON(w, r, http.StatusOK, map[string]any{"items": out})
}

const timeFormat = "2006-01-02T15:04:05.999999Z07:00"

func (s *Server) openStaffMessage(w http.ResponseWriter, r *http.Request) {
	v, err := s.staff.Open(r.Context(), staffSessionOf(r).Principal, r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusOK, v)
}

func (s *Server) staffAct(w http.ResponseWriter, r *http.Request, op func(context.Context, staff.Principal, string) error) {
	if err := op(r.Context(), staffSessionOf(r).Principal, r.PathValue("id")); err != nil {
		s.fail(w, r, err)
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) claimStaffMessage(w http.ResponseWriter, r *http.Request) {
	s.staffAct(w, r, s.staff.Claim)
}
func (s *Server) closeStaffMessage(w http.ResponseWriter, r *http.Request) {
	s.staffAct(w, r, s.staff.Close)
}
func (s *Server) shredStaffMessage(w http.ResponseWriter, r *http.Request) {
	s.staffAct(w, r, s.staff.Shred)
}

func (s *Server) adminPutPool(w http.ResponseWriter, r *http.Request) {
	var in staff.PolicyInput
	if _, err := readJSON(w, r, &in); err != nil {
		s.fail(w, r, err)
		return
	}
	v, err := s.staff.AdminPutPool(r.Context(), staffSessionOf(r).Principal, r.PathValue("pool"), in)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusOK, v)
}

// staffEdge lends the staff pages (internal/web/staff.go) the staff cookie
// and the transport and refusal checks.
type staffEdge struct{ s *Server }

func (e staffEdge) CurrentStaffSession(r *http.Request) (*staff.Session, error) {
	return e.s.currentStaffSession(r)
}
func (e staffEdge) SetStaffCookie(w http.ResponseWriter, token string) { e.s.setStaffCookie(w, token) }
func (e staffEdge) ClearStaffCookie(w http.ResponseWriter)             { e.s.clearStaffCookie(w) }
func (e staffEdge) StaffTransportOK(r *http.Request) bool              { return e.s.staffTransportOK(r) }
func (e staffEdge) StaffRefused(r *http.Request, ses *staff.Session, route string) error {
	return e.s.staffRefused(r, ses, route)
}
func (e staffEdge) HTTPSRefused(w http.ResponseWriter, r *http.Request) {
	writeProblem(w, r, http.StatusForbidden, ProblemHTTPSRequired, "staff routes are served over https only", nil)
}
