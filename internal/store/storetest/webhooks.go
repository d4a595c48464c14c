package storetest

import (
	"errors"
	"sync"
	"testing"

	"github.com/sealpost/sealpost/internal/ids"
	"github.com/sealpost/sealpost/internal/store"
	"github.com/sealpost/sealpost/internal/testdb"
)

// testWebhookCap (issue 13 item 7a): CreateWebhook refuses past the cap with
// ErrLimit and writes nothing, even when many creations race.
func testWebhookCap(t *testing.T, st *store.Store, raw *testdb.Raw) {
	tenant, other := mkTenant(t, st, "capped"), mkTenant(t, st, "other")
	const max, racers = 3, 12
	var wg sync.WaitGroup
	errs := make(chan error, racers)
	for range racers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			id := ids.New("whk")
			errs <- st.CreateWebhook(ctx, store.Webhook{TenantID: tenant, ID: id, URL: "https://hooks.example/x", Events: "notice", Secret: []byte("sealed")},
				[]byte("wrapped"), "test", max)
		}()
	}
	wg.Wait()
	close(errs)
	ok, limited := 0, 0
	for err := range errs {
		switch {
		case err == nil:
			ok++
		case errors.Is(err, store.ErrLimit):
			limited++
		default:
			t.Fatal(err)
		}
	}
	if ok != max || limited != racers-max {
		t.Fatalf("%d created, %d refused; want %d and %d", ok, limited, max, racers-max)
	}
	if n := raw.Int(`SELECT COUNT(*) FROM webhook_endpoints WHERE tenant_id = $1`, tenant); n != max {
		t.Fatalf("%d endpoints stored, cap %d", n, max)
	}
	if n := raw.Int(`SELECT COUNT(*) FROM data_keys WHERE tenant_id = $1 AND owner LIKE 'webhook/%'`, tenant); n != max {
		t.Fatalf("%d endpoint data keys stored, cap %d", n, max)
	}
	if n := raw.Int(`SELECT COUNT(*) FROM audit_events WHERE tenant_id = $1 AND action = 'webhook.create'`, tenant); n != max {
		t.Fatalf("%d webhook.create events, want %d", n, max)
	}
	// The cap is per tenant.
	must(t, st.CreateWebhook(ctx, store.Webhook{TenantID: other, ID: ids.New("whk"), URL: "https://hooks.example/x", Events: "notice", Secret: []byte("s")}, []byte("w"), "test", max))
}
