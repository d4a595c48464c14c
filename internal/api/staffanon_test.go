package api_test

import (
	"testing"

	dto "github.com/prometheus/client_model/go"

	"github.com/sealpost/sealpost/internal/api"
	"github.com/sealpost/sealpost/internal/staff"
	"github.com/sealpost/sealpost/internal/testdb"
	"github.com/sealpost/sealpost/internal/testsmtp"
)

// anonCoalesced is how many anonymous staff refusals were counted without
// an audit event (sealpost_staff_anonymous_refusals_total{outcome="coalesced"}).
func (e *env) anonCoalesced() int {
	e.t.Helper()
	var m dto.Metric
	if err := e.met.StaffAnonymousRefusals.WithLabelValues("coalesced").Write(&m); err != nil {
		e.t.Fatal(err)
	}
	return int(m.GetCounter().GetValue())
}

// refused is how many refusals of action were recorded: audit events, plus
// anonymous ones counted without an event (internal/staff/anonymous.go).
// A refusal that came with a session is always an event.
func (e *env) refused(action string) int {
	e.t.Helper()
	return e.auditCount(action) + e.anonCoalesced()
}

// TestStaffAnonymousRefusalsCoalesced: anonymous refusals of a staff route
// (and staff sign-in callbacks without a flow) reach the system audit chain
// once per route and window, the rest are counted; refusals with a session
// are audited every time. A loop of anonymous requests cannot grow the
// audit chain.
func TestStaffAnonymousRefusalsCoalesced(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		relay := testsmtp.Start(t)
		tn := e.tenant("clinic-a")
		owner := e.newStaff(t, relay, tn, "Olga", "admin")
		passwordOnly := e.staffPassword(t, owner) // a session without its second factor
		signedOut := e.browser(t)
		anonEvents := func() int {
			return int(e.raw.Int(`SELECT COUNT(*) FROM audit_events WHERE action = $1 AND actor = 'anonymous'`, staff.ActionStaffDenied))
		}
		events, counted := anonEvents(), e.anonCoalesced()
		for range 20 {
			expectT(t, signedOut.staffAPI("GET", "/v1/staff-inbox", nil), 401, api.ProblemSignInRequired)
		}
		if got := anonEvents() - events; got != 1 {
			t.Fatalf("20 anonymous refusals of one route: %d audit events, want 1", got)
		}
		if got := e.anonCoalesced() - counted; got != 19 {
			t.Fatalf("coalesced %d, want 19", got)
		}
		// another route has its own window
		expectT(t, signedOut.staffAPI("GET", "/v1/staff-session", nil), 401, api.ProblemSignInRequired)
		if got := anonEvents() - events; got != 2 {
			t.Fatalf("a second route: %d audit events, want 2", got)
		}
		// the window passes: the route's next anonymous refusal is audited
		e.clock.Add(staff.AnonymousAuditWindow)
		expectT(t, signedOut.staffAPI("GET", "/v1/staff-inbox", nil), 401, api.ProblemSignInRequired)
		if got := anonEvents() - events; got != 3 {
			t.Fatalf("after the window: %d audit events, want 3", got)
		}
		// with a session: audited every time, in the tenant's chain
		denied, counted := e.auditCount(staff.ActionStaffDenied), e.anonCoalesced()
		for range 3 {
			expectT(t, passwordOnly.staffAPI("GET", "/v1/staff-inbox", nil), 401, api.ProblemSignInRequired)
		}
		if got := e.auditCount(staff.ActionStaffDenied) - denied; got != 3 || e.anonCoalesced() != counted {
			t.Fatalf("refusals with a session: %d audit events (want 3), coalesced %d", got, e.anonCoalesced()-counted)
		}
		// staff sign-in callbacks without a flow: the same
		cb := e.raw.Int(`SELECT COUNT(*) FROM audit_events WHERE action = $1`, staff.ActionStaffOIDCRefused+".state")
		for range 5 {
			if st, _ := signedOut.get(staff.OIDCCallbackPath + "?state=s&code=c"); st != 401 {
				t.Fatalf("callback without a flow: %d", st)
			}
		}
		if got := e.raw.Int(`SELECT COUNT(*) FROM audit_events WHERE action = $1`, staff.ActionStaffOIDCRefused+".state") - cb; got != 1 {
			t.Fatalf("5 callbacks without a flow: %d audit events, want 1", got)
		}
	})
}
