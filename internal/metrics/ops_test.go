package metrics_test

import (
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/sealpost/sealpost/internal/metrics"
)

// TestLabelsStayFixed: whatever a caller passes, a label value is one of a
// fixed set or has the shape of a code identifier; free text, ids and
// contact points become "other".
func TestLabelsStayFixed(t *testing.T) {
	m := metrics.New()
	m.DeliveryFinished("email", "sent", "")
	m.DeliveryFinished("pat@example.org", "blocked", "name:Jane Doe,condition:clinical.condition,msg_06h3rdkeyhwfvs2t8mnytrtkhg:x.y")
	m.DeliveryFinished("sms", "queued", "") // not final: not counted
	m.DeliveryFinished("sms", "blocked", "guard.error")
	m.SignInFailed("password", "bad_credentials")
	m.SignInFailed("jane.doe", "wrong password for jane.doe")
	m.LockedOut("account")
	m.LockedOut("203.0.113.7")
	rec := httptest.NewRecorder()
	m.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	out := rec.Body.String()
	for _, want := range []string{
		`sealpost_deliveries_total{channel="email",status="sent"} 1`,
		`sealpost_deliveries_total{channel="other",status="blocked"} 1`,
		`sealpost_deliveries_total{channel="sms",status="blocked"} 1`,
		`sealpost_guard_blocks_total{kind="name",rule="other"} 1`,
		`sealpost_guard_blocks_total{kind="condition",rule="clinical.condition"} 1`,
		`sealpost_guard_blocks_total{kind="other",rule="x.y"} 1`,
		`sealpost_guard_blocks_total{kind="error",rule="guard.error"} 1`,
		`sealpost_signin_failures_total{reason="bad_credentials",step="password"} 1`,
		`sealpost_signin_failures_total{reason="other",step="other"} 1`,
		`sealpost_signin_lockouts_total{scope="account"} 1`,
		`sealpost_signin_lockouts_total{scope="other"} 1`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("lacks %s", want)
		}
	}
	for _, leak := range []string{"example.org", "Jane", "jane", "msg_", "203.0.113", "queued", "password for"} {
		if strings.Contains(out, leak) {
			t.Errorf("the scrape carries %q", leak)
		}
	}
	if strings.Contains(out, "sealpost_queue_jobs") || strings.Contains(out, "sealpost_database_stats_up") {
		t.Error("backlog series without a stats source")
	}
}
