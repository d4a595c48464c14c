package delivery_test

import (
	"context"
	"errors"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/notice"
	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/testdb"
)

// TestOperatorMetrics: a flow that delivers, blocks a notice, refuses
// sign-ins until the address locks, and leaves a delivery waiting in the
// queue and audit events unchained; then a scrape shows each operator series,
// and no label value carries an id, a tenant, a recipient or any text of
// the flow.
func TestOperatorMetrics(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		ctx := context.Background()
		e.twilio()
		tpl := notice.Templates{EmailSubject: "Your order is ready", EmailText: "Your order is ready: {{link}}", SMS: "Order at {{store}}: {{link}}"}
		if _, err := e.svc.PutCategory(ctx, e.p, "pickup_ready", service.CategoryInput{DefaultSensitivity: "phi", RetentionDays: 30,
			LinkLifetimeHours: 48, Vars: []notice.Var{{Name: "store", Type: notice.TypeShortText}}, Templates: map[string]notice.Templates{"en": tpl}}); err != nil {
			t.Fatal(err)
		}
		e.start()
		e.recipient("p-4711", service.RecipientInput{Email: str("pat.quill@example.org"), Phone: str("+15551239876"),
			Identity: &service.Identity{Name: "Patience Quill", MRN: "MRN99812"}})
		v := e.send(service.SendInput{Recipient: "p-4711", Category: "pickup_ready", Subject: "Quill oncology", Body: "b",
			NoticeVars: map[string]any{"store": "the oncology clinic"}})
		e.waitStatus(v.ID, "email", "sent")
		e.waitStatus(v.ID, "sms", "blocked")

		// Refused sign-ins, until the (username, address) pair locks.
		locked := false
		for i := 0; i < 100 && !locked; i++ {
			_, err := e.svc.SignIn(ctx, nil, service.SignInInput{TenantID: e.p.TenantID, Username: "pat.quill", Password: "Quill-guess-1", Addr: "203.0.113.7"})
			var se *service.Error
			if !errors.As(err, &se) || (se.Kind != service.KindBadCredentials && se.Kind != service.KindLocked) {
				t.Fatalf("sign-in %d: %v", i, err)
			}
			locked = se.Kind == service.KindLocked
		}
		if !locked {
			t.Fatal("100 refused sign-ins from one address never locked it")
		}
		if _, err := e.svc.SignIn(ctx, nil, service.SignInInput{TenantID: e.p.TenantID, Username: "pat.quill", Password: "x", Addr: "203.0.113.7"}); err == nil {
			t.Fatal("a locked address signed in")
		}

		// A delivery left waiting: the workers are stopped first.
		sctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		defer cancel()
		if err := e.st.StopJobs(sctx); err != nil {
			t.Fatal(err)
		}
		waiting := e.send(service.SendInput{Recipient: "p-4711", Category: "account_message", Subject: "s", Body: "b"})

		rec := httptest.NewRecorder()
		e.svc.Metrics().Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
		scrape := rec.Body.String()
		for _, want := range []*regexp.Regexp{
			regexp.MustCompile(`(?m)^sealpost_deliveries_total\{channel="email",status="sent"\} 1$`),
			regexp.MustCompile(`(?m)^sealpost_deliveries_total\{channel="sms",status="blocked"\} 1$`),
			regexp.MustCompile(`(?m)^sealpost_guard_blocks_total\{kind="condition",rule="clinical\.condition"\} 1$`),
			regexp.MustCompile(`(?m)^sealpost_signin_failures_total\{reason="bad_credentials",step="password"\} [1-9][0-9]*$`),
			regexp.MustCompile(`(?m)^sealpost_signin_failures_total\{reason="locked",step="password"\} [1-9][0-9]*$`),
			// One username from one address: the pair rule locks first (after five failures).
			regexp.MustCompile(`(?m)^sealpost_signin_lockouts_total\{scope="pair"\} 1$`),
			regexp.MustCompile(`(?m)^sealpost_queue_jobs\{queue="deliveries",state="available"\} [1-9][0-9]*$`),
			regexp.MustCompile(`(?m)^sealpost_queue_oldest_available_seconds\{queue="deliveries"\} [0-9.e+-]+$`),
			regexp.MustCompile(`(?m)^sealpost_audit_unchained_events [1-9][0-9]*$`),
			regexp.MustCompile(`(?m)^sealpost_audit_oldest_unchained_seconds [0-9.e+-]+$`),
			regexp.MustCompile(`(?m)^sealpost_database_stats_up 1$`),
		} {
			if !want.MatchString(scrape) {
				t.Errorf("the scrape lacks %s", want)
			}
		}
		// Label values: none names an object or carries the flow's data.
		secrets := []string{e.p.TenantID, v.ID, waiting.ID, "p-4711", "pat.quill", "example.org", "5551239876", "Quill", "Patience", "MRN99812",
			"oncology", "203.0.113.7", "acme"}
		for _, d := range append(v.Deliveries, waiting.Deliveries...) {
			secrets = append(secrets, d.ID)
		}
		labels := regexp.MustCompile(`([a-zA-Z_]+)="([^"]*)"`).FindAllStringSubmatch(scrape, -1)
		if len(labels) < 20 {
			t.Fatalf("only %d labels in the scrape", len(labels))
		}
		idShape := regexp.MustCompile(`(ten|rcp|msg|dlv|att|whk)_[0-9a-z]{6,}`)
		for _, l := range labels {
			if idShape.MatchString(l[2]) {
				t.Errorf("label %s=%q looks like an id", l[1], l[2])
			}
			for _, s := range secrets {
				if strings.Contains(strings.ToLower(l[2]), strings.ToLower(s)) {
					t.Errorf("label %s=%q carries %q", l[1], l[2], s)
				}
			}
		}
	})
}
