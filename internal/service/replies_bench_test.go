package service_test

import (
	"context"
	"io"
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/metrics"
	"github.com/sealpost/sealpost/internal/notice"
	"github.com/sealpost/sealpost/internal/password"
	"github.com/sealpost/sealpost/internal/seal"
	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/store"
	"github.com/sealpost/sealpost/internal/testdb"
)

// BenchmarkReplies measures a patient's reply (seal, one transaction with
// its data key, audit event and a webhook job) and the portal's read of it
// (decrypt, audited first read), one at a time, on each database:
//
//	go test ./internal/service -run '^$' -bench Replies -benchtime 2s
func BenchmarkReplies(b *testing.B) {
	for _, kind := range []string{"sqlite", "postgres"} {
		if kind == "postgres" && testdb.PostgresURL() == "" {
			continue
		}
		b.Run(kind, func(b *testing.B) {
			ctx := context.Background()
			st, _ := testdb.Open(b, kind)
			kf, err := seal.OpenKeyFile(filepath.Join(b.TempDir(), "k.json"), true)
			if err != nil {
				b.Fatal(err)
			}
			svc, err := service.New(st, kf, slog.New(slog.NewTextHandler(io.Discard, nil)), metrics.New(),
				service.Config{PublicURL: "https://sealpost.example", PasswordParams: password.TestParams})
			if err != nil {
				b.Fatal(err)
			}
			b.Cleanup(svc.Close)
			ct, err := svc.CreateTenant(ctx, "bench", "bench")
			if err != nil {
				b.Fatal(err)
			}
			p := service.Principal{TenantID: ct.TenantID, KeyPrefix: "sp_bench0000"}
			if _, err := svc.PutCategory(ctx, p, "care_chat", service.CategoryInput{DefaultSensitivity: "phi", RetentionDays: 30, LinkLifetimeHours: 24,
				AllowReplies: true, ReplyPool: "desk", Templates: map[string]notice.Templates{"en": {EmailSubject: "New message", EmailText: "Sign in: {{link}}", SMS: "{{tenant}}: {{link}}"}}}); err != nil {
				b.Fatal(err)
			}
			if _, err := svc.CreateWebhook(ctx, p, service.WebhookInput{URL: "https://hooks.example/x", Events: []string{"message.reply"}}); err != nil {
				b.Fatal(err)
			}
			email := "pat@example.org"
			if _, _, err := svc.PutRecipient(ctx, p, "p-1", service.RecipientInput{Email: &email}); err != nil {
				b.Fatal(err)
			}
			m, err := svc.Send(ctx, p, service.SendInput{Recipient: "p-1", Category: "care_chat", Subject: "Check-in", Body: "How are you?"}, "", nil)
			if err != nil {
				b.Fatal(err)
			}
			r, err := svc.RecipientByExternalID(ctx, p.TenantID, "p-1")
			if err != nil {
				b.Fatal(err)
			}
			ses := service.Session{TenantID: p.TenantID, RecipientID: r.ID, Stage: store.StageActive}
			var replyTime, openTime time.Duration
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				t0 := time.Now()
				v, err := svc.PostReply(ctx, ses, m.View.ID, service.ReplyInput{Body: "Still sore when I climb the stairs, a bit better in the mornings."})
				if err != nil {
					b.Fatal(err)
				}
				t1 := time.Now()
				if _, err := svc.OpenReply(ctx, p.TenantID, v.ID, p.Actor()); err != nil {
					b.Fatal(err)
				}
				replyTime += t1.Sub(t0)
				openTime += time.Since(t1)
			}
			b.ReportMetric(float64(replyTime.Microseconds())/float64(b.N), "µs/reply")
			b.ReportMetric(float64(openTime.Microseconds())/float64(b.N), "µs/open")
		})
	}
}
