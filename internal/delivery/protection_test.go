package delivery_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/channel/email"
	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/testdb"
	"github.com/sealpost/sealpost/internal/testsmtp"
)

// TestPHIInEmail: a phi message's content is emailed only when the
// recipient's phi_in_email consent is in force for its category at send
// time and the relay takes it with REQUIRETLS; every other case sends the
// PHI-free notice and records protection notice_only with the reason —
// the relay not offering REQUIRETLS, refusing it for the message, no consent,
// a consent withdrawn after the message was queued, a restricted message.
func TestPHIInEmail(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		cases := []struct {
			name       string
			advertise  bool // the relay offers REQUIRETLS
			refuse     bool // … but answers MAIL … REQUIRETLS with 550 5.7.30
			consent    bool
			withdraw   bool // withdrawn after the send was queued
			sens       string
			content    bool // the email carries the body
			protection string
			reason     string
		}{
			{"consent and REQUIRETLS", true, false, true, false, "phi", true, "requiretls", ""},
			{"relay without REQUIRETLS", false, false, true, false, "phi", false, "notice_only", "the relay does not offer REQUIRETLS"},
			{"relay refuses REQUIRETLS", true, true, true, false, "phi", false, "notice_only", "the relay refused REQUIRETLS (smtp 550)"},
			{"no consent", true, false, false, false, "phi", false, "notice_only", "no phi_in_email consent in force"},
			{"consent withdrawn after queueing", true, false, true, true, "phi", false, "notice_only", "no phi_in_email consent in force"},
			{"restricted", true, false, true, false, "restricted", false, "notice_only", "restricted content is never emailed"},
		}
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				e := newEnv(t, kind)
				relay := testsmtp.StartWith(t, testsmtp.Options{RequireTLS: c.advertise})
				relay.RefuseRequireTLS(c.refuse)
				sender, err := email.New(email.Config{Host: relay.Host, Port: relay.Port, CAFile: relay.CAFile, From: "Acme Health <notices@acme.example>", PoolSize: 1})
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { sender.Close() })
				e.senders["email"] = sender // before the workers start
				ctx := context.Background()
				e.recipient("p-1", service.RecipientInput{Email: str("pat@example.org")})
				if c.consent {
					if _, err := e.svc.GiveConsent(ctx, e.p, "p-1", service.ConsentInput{Kind: "phi_in_email", NoticeVersion: "2026-11", Source: "portal_settings_page",
						Categories: []string{"account_message", "test_result"}}); err != nil {
						t.Fatal(err)
					}
				}
				marker := "QZV" + strings.ReplaceAll(c.name, " ", "") + "MK"
				cat := "account_message"
				if c.sens == "restricted" {
					cat = "test_result"
				}
				v := e.send(service.SendInput{Recipient: "p-1", Category: cat, Sensitivity: c.sens, Subject: "Visit summary", Body: "Blood pressure 120/80 " + marker})
				if c.withdraw {
					if err := e.svc.WithdrawConsent(ctx, e.p, "p-1", "phi_in_email"); err != nil {
						t.Fatal(err)
					}
				}
				e.start()
				d := e.waitStatus(v.ID, "email", "sent")
				msgs := relay.Wait(1, 10*time.Second)
				if len(msgs) != 1 {
					t.Fatalf("relay accepted %d emails, want exactly 1", len(msgs))
				}
				raw := string(msgs[0].Data)
				if got := strings.Contains(raw, marker); got != c.content {
					t.Fatalf("email carries the content: %v, want %v", got, c.content)
				}
				if msgs[0].RequireTLS != c.content {
					t.Fatalf("submitted with REQUIRETLS: %v", msgs[0].RequireTLS)
				}
				if !strings.Contains(raw, "https://portal.example.org/m/") {
					t.Fatal("the email lacks its link")
				}
				if d.Protection != c.protection || d.ProtectionReason != c.reason {
					t.Fatalf("protection %q (%q), want %q (%q)", d.Protection, d.ProtectionReason, c.protection, c.reason)
				}
				if strings.Contains(e.logs.String(), marker) {
					t.Fatal("logs carry the content")
				}
			})
		}
	})
}
