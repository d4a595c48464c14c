package delivery_test

import (
	"context"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/testdb"
)

// TestTenantBurstDoesNotDelayOthers (issue 13 item 7c): tenant A queues a
// burst of N deliveries, then tenant B queues one. With one worker (so the
// order run is the order fetched), B's email goes out after at most A's
// top-priority budget (burst) of A's emails — not after all N of them — and
// A's burst still drains completely. The bound does not depend on N.
func TestTenantBurstDoesNotDelayOthers(t *testing.T) {
	const burst, n = 5, 60
	testdb.Each(t, func(t *testing.T, kind string) {
		// A refill rate near zero: the budget does not grow while the test runs.
		e := newEnvWith(t, kind, 1, service.Config{TenantBurst: burst, TenantRate: 1e-6})
		ctx := context.Background()
		e.recipient("p-a", service.RecipientInput{Email: str("a@example.org")})
		for range n {
			e.send(service.SendInput{Recipient: "p-a", Category: "account_message", Subject: "s", Body: "b"})
		}
		ct, err := e.svc.CreateTenant(ctx, "beta", "test")
		if err != nil {
			t.Fatal(err)
		}
		b := service.Principal{TenantID: ct.TenantID, KeyPrefix: "sp_beta000000"}
		if _, _, err := e.svc.PutRecipient(ctx, b, "p-b", service.RecipientInput{Email: str("b@example.org")}); err != nil {
			t.Fatal(err)
		}
		if _, err := e.svc.Send(ctx, b, service.SendInput{Recipient: "p-b", Category: "account_message", Subject: "s", Body: "b"}, "", nil); err != nil {
			t.Fatal(err)
		}
		e.start()
		msgs := e.smtp.Wait(n+1, 60*time.Second)
		if len(msgs) != n+1 {
			t.Fatalf("%d emails accepted, want %d (A's burst must drain too)", len(msgs), n+1)
		}
		before := -1
		for i, m := range msgs {
			if m.To[0] == "b@example.org" {
				before = i
			}
		}
		t.Logf("%s: %d of tenant A's %d emails went out before tenant B's one", kind, before, n)
		if before < 0 || before > burst {
			t.Fatalf("tenant B's email went out after %d of tenant A's, want at most %d (A's top-priority budget)", before, burst)
		}
	})
}
