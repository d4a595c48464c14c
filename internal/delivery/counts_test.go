package delivery_test

import (
	"context"
	"encoding/json"
	"net/http"
	"testing"

	"github.com/sealpost/sealpost/internal/notice"
	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/testdb"
)

// TestAnswersMatchWhatIsStored: the 201 answer's created_at is the stored
// one (GET /v1/messages/{id} shows the same microsecond, and so does an
// idempotent replay), and every delivery's attempts count equals the length
// of its history, on every channel and outcome: email sent, SMS sent then
// reported delivered, a webhook notice, and SMS notices blocked by the guard
// or suppressed by preferences before anything left.
func TestAnswersMatchWhatIsStored(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		ctx := context.Background()
		e.twilio()
		hook := newRecorder(t, func(w http.ResponseWriter, r *http.Request, _ []byte) { w.WriteHeader(204) })
		if _, err := e.svc.CreateWebhook(ctx, e.p, service.WebhookInput{URL: hook.srv.URL + "/hook", Events: []string{"notice"}}); err != nil {
			t.Fatal(err)
		}
		tpl := notice.Templates{EmailSubject: "Your order is ready", EmailText: "Your order is ready: {{link}}", SMS: "Order at {{store}}: {{link}}",
			PushTitle: "Order ready", PushBody: "Your order is ready"}
		if _, err := e.svc.PutCategory(ctx, e.p, "pickup_ready", service.CategoryInput{DefaultSensitivity: "phi", RetentionDays: 30,
			LinkLifetimeHours: 48, Vars: []notice.Var{{Name: "store", Type: notice.TypeShortText}}, Templates: map[string]notice.Templates{"en": tpl}}); err != nil {
			t.Fatal(err)
		}
		e.start()
		e.recipient("p-1", service.RecipientInput{Email: str("pat@example.org"), Phone: str("+15551230000")})

		// 1. created_at: the 201, GET and a replay agree to the microsecond.
		body := []byte(`{"recipient":"p-1"}`) // only the idempotency fingerprint reads it
		res, err := e.svc.Send(ctx, e.p, service.SendInput{Recipient: "p-1", Category: "account_message", Subject: "s", Body: "b"}, "order-1", body)
		if err != nil {
			t.Fatal(err)
		}
		got, err := e.svc.GetMessage(ctx, e.p, res.View.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !got.CreatedAt.Equal(res.View.CreatedAt) || jsonOf(t, got.CreatedAt) != jsonOf(t, res.View.CreatedAt) {
			t.Fatalf("created_at: 201 answered %s, GET shows %s", jsonOf(t, res.View.CreatedAt), jsonOf(t, got.CreatedAt))
		}
		replay, err := e.svc.Send(ctx, e.p, service.SendInput{Recipient: "p-1", Category: "account_message", Subject: "s", Body: "b"}, "order-1", body)
		if err != nil || !replay.Replayed {
			t.Fatalf("replay: %+v %v", replay, err)
		}
		if jsonOf(t, replay.View) != jsonOf(t, res.View) {
			t.Fatalf("the replay differs from the original answer:\n%s\n%s", jsonOf(t, replay.View), jsonOf(t, res.View))
		}
		for _, d := range res.View.Deliveries {
			if !d.UpdatedAt.Equal(got.CreatedAt) {
				t.Fatalf("planned delivery updated_at %s, message created %s", d.UpdatedAt, got.CreatedAt)
			}
		}
		e.waitStatus(res.View.ID, "email", "sent")
		e.waitStatus(res.View.ID, "sms", "sent")
		e.waitStatus(res.View.ID, "webhook", "delivered")
		if err := e.d.ProviderStatus(ctx, "sms", "SM0123456789abcdef0123456789abcdef", true, false); err != nil {
			t.Fatal(err)
		}
		e.waitStatus(res.View.ID, "sms", "delivered")

		// 2. Outcomes decided before anything left: the SMS notice names a
		// condition (blocked), the email goes out.
		blocked := e.send(service.SendInput{Recipient: "p-1", Category: "pickup_ready", Subject: "s", Body: "b", NoticeVars: map[string]any{"store": "the oncology clinic"}})
		e.waitStatus(blocked.ID, "sms", "blocked")
		e.waitStatus(blocked.ID, "email", "sent")
		e.waitStatus(blocked.ID, "webhook", "delivered")
		// 3. The recipient's preferences refuse SMS for a category (suppressed).
		if _, err := e.svc.PutPreferences(ctx, e.p, "p-1", service.Preferences{Categories: map[string]map[string]bool{"billing_reminder": {"sms": false}}}); err != nil {
			t.Fatal(err)
		}
		suppressed := e.send(service.SendInput{Recipient: "p-1", Category: "billing_reminder", Subject: "s", Body: "b"})
		e.waitStatus(suppressed.ID, "sms", "suppressed")
		e.waitStatus(suppressed.ID, "email", "sent")
		e.waitStatus(suppressed.ID, "webhook", "delivered")

		seen := map[string]bool{}
		for _, id := range []string{res.View.ID, blocked.ID, suppressed.ID} {
			v, err := e.svc.GetMessage(ctx, e.p, id)
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range v.Deliveries {
				seen[d.Channel+":"+d.Status] = true
				if d.Attempts != len(d.History) || d.Attempts == 0 {
					t.Errorf("%s delivery %s: attempts %d, history %+v", d.Channel, d.Status, d.Attempts, d.History)
				}
				for i, a := range d.History {
					if a.N != i+1 {
						t.Errorf("%s delivery %s: history numbers %+v", d.Channel, d.Status, d.History)
					}
				}
			}
		}
		for _, want := range []string{"email:sent", "sms:delivered", "webhook:delivered", "sms:blocked", "sms:suppressed"} {
			if !seen[want] {
				t.Errorf("no %s delivery was checked (%v)", want, seen)
			}
		}
	})
}

func jsonOf(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
