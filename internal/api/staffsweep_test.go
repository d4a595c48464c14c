package api_test

import (
	"context"
	"log/slog"
	"net/http/httptest"
	"regexp"
	"testing"
	"time"

	"github.com/riverqueue/river"

	"github.com/sealpost/sealpost/internal/jobs"
	"github.com/sealpost/sealpost/internal/staff"
	"github.com/sealpost/sealpost/internal/testdb"
	"github.com/sealpost/sealpost/internal/testsmtp"
)

// The staff shred pass (the sealpost.staff_shred periodic job) also sweeps
// expired staff sessions nobody looks up again: a password-checked stage
// left waiting for its factor, then a signed-in session left idle. Live
// sessions of both tenants stay and keep working; the sweep writes no
// sign-out event and counts what it deleted.
func TestStaffSessionSweep(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		relay := testsmtp.Start(t)
		a, b := e.tenant("clinic"), e.tenant("other")
		ann := e.newStaff(t, relay, a, "Ann", "member")
		bea := e.newStaff(t, relay, b, "Bea", "member")
		e.staffPassword(t, ann) // a password-checked stage, abandoned
		sessions := func() int64 { return e.raw.Int(`SELECT COUNT(*) FROM staff_sessions`) }
		signOuts := func() int64 {
			return e.raw.Int(`SELECT COUNT(*) FROM audit_events WHERE action = $1`, staff.ActionStaffSignOut)
		}
		worker := &staff.ShredWorker{Staff: e.staff(), Log: slog.New(slog.DiscardHandler)}
		pass := func() {
			t.Helper()
			if err := worker.Work(context.Background(), &river.Job[jobs.StaffShred]{}); err != nil {
				t.Fatal(err)
			}
		}
		swept := func() string {
			rec := httptest.NewRecorder()
			e.met.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
			m := regexp.MustCompile(`(?m)^sealpost_staff_sessions_swept_total (\d+)$`).FindStringSubmatch(rec.Body.String())
			if m == nil {
				t.Fatalf("no sealpost_staff_sessions_swept_total in the scrape")
			}
			return m[1]
		}
		if n := sessions(); n != 3 {
			t.Fatalf("%d staff sessions, want 3", n)
		}
		pass()
		if n := sessions(); n != 3 || swept() != "0" {
			t.Fatalf("nothing expired yet: %d sessions, %s swept", n, swept())
		}
		// Six minutes on, the stage is stale; both signed-in sessions live.
		e.clock.Add(6 * time.Minute)
		if bea.b.staffCSRF() == "" { // Bea is active (her session's last use moves)
			t.Fatal("Bea's session ended")
		}
		pass()
		if n := sessions(); n != 2 || swept() != "1" {
			t.Fatalf("stale stage: %d sessions, %s swept", n, swept())
		}
		// Five more: Ann's session has been idle 11 minutes, Bea's 5.
		e.clock.Add(5 * time.Minute)
		before := signOuts()
		pass()
		if n := sessions(); n != 1 || swept() != "2" {
			t.Fatalf("idle session: %d sessions, %s swept", n, swept())
		}
		if signOuts() != before {
			t.Fatal("the sweep wrote a sign-out event")
		}
		if bea.b.staffCSRF() == "" {
			t.Fatal("Bea's live session was swept")
		}
		if ann.b.staffCSRF() != "" {
			t.Fatal("Ann's idle session still works")
		}
	})
}
