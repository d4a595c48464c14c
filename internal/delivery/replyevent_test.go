package delivery_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/channel/webhook"
	"github.com/sealpost/sealpost/internal/notice"
	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/store"
	"github.com/sealpost/sealpost/internal/testdb"
)

// TestReplyEvent (issue 18 item 5): a patient's reply reaches the tenant's
// message.reply endpoint as a signed event carrying ids only; the answer
// reaches the patient as a new message with the category's usual PHI-free
// notice by email. Neither the reply's nor the answer's text is in
// anything sent.
func TestReplyEvent(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		ctx := context.Background()
		rec := newRecorder(t, func(w http.ResponseWriter, r *http.Request, _ []byte) { w.WriteHeader(204) })
		hook, err := e.svc.CreateWebhook(ctx, e.p, service.WebhookInput{URL: rec.srv.URL + "/replies", Events: []string{"message.reply"}})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := e.svc.PutCategory(ctx, e.p, "care_chat", service.CategoryInput{DefaultSensitivity: "phi", RetentionDays: 30, LinkLifetimeHours: 24,
			AllowReplies: true, ReplyPool: "front-desk",
			Templates: map[string]notice.Templates{"en": {EmailSubject: "You have a new message", EmailText: "Sign in to read it: {{link}}", SMS: "{{tenant}}: new message {{link}}"}}}); err != nil {
			t.Fatal(err)
		}
		e.start()
		e.recipient("p-1", service.RecipientInput{Email: str("pat@example.org")})
		v := e.send(service.SendInput{Recipient: "p-1", Category: "care_chat", Subject: "Check-in", Body: "How are you?"})
		e.waitStatus(v.ID, "email", "sent")
		rcp, err := e.svc.RecipientByExternalID(ctx, e.p.TenantID, "p-1")
		if err != nil {
			t.Fatal(err)
		}
		marker := fmt.Sprintf("RPLW%dQZ", time.Now().UnixNano())
		rep, err := e.svc.PostReply(ctx, service.Session{TenantID: e.p.TenantID, RecipientID: rcp.ID, Stage: store.StageActive}, v.ID,
			service.ReplyInput{Body: "rash " + marker})
		if err != nil {
			t.Fatal(err)
		}
		deadline := time.Now().Add(20 * time.Second)
		for {
			if b, _ := rec.all(); len(b) == 1 {
				break
			}
			if time.Now().After(deadline) {
				t.Fatal("no reply event posted")
			}
			time.Sleep(20 * time.Millisecond) // polling a receiver with a deadline, not timing
		}
		bodies, hdrs := rec.all()
		if err := webhook.Verify(hook.Secret, hdrs[0], bodies[0], time.Now(), time.Minute); err != nil {
			t.Fatalf("reply event signature: %v", err)
		}
		var p webhook.ReplyPayload
		if err := json.Unmarshal(bodies[0], &p); err != nil || p.Type != "message.reply" || p.Data.ReplyID != rep.ID || p.Data.MessageID != v.ID || p.Data.ThreadID != v.ID {
			t.Fatalf("payload %s (%v)", bodies[0], err)
		}
		if hdrs[0].Get("webhook-id") != rep.ID+".reply" {
			t.Fatalf("webhook-id %q", hdrs[0].Get("webhook-id"))
		}
		answer, err := e.svc.AnswerReply(ctx, e.p.TenantID, rep.ID, "staff:test", service.AnswerInput{Body: "answer " + marker})
		if err != nil {
			t.Fatal(err)
		}
		e.waitStatus(answer, "email", "sent")
		if n := len(e.smtp.Messages()); n != 2 {
			t.Fatalf("%d emails, want the first notice and the answer's", n)
		}
		for _, m := range e.smtp.Messages() {
			if bytes.Contains(m.Data, []byte(marker)) {
				t.Fatal("reply or answer text in an email")
			}
		}
		if bytes.Contains(bodies[0], []byte(marker)) {
			t.Fatal("reply text in the webhook event")
		}
		if bytes.Contains(e.logs.Bytes(), []byte(marker)) {
			t.Fatal("reply text in the logs")
		}
	})
}
