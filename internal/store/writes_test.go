package store_test

import (
	"context"
	"testing"

	"github.com/sealpost/sealpost/internal/store"
	"github.com/sealpost/sealpost/internal/testdb"
)

// TestSharedWrites: ingest batches and delivery writes that reach the shared
// writer together are applied in one transaction — all of it commits, or a
// failure rolls all of it back — and when one ingest batch fails, the
// batcher reruns each op alone, so only that batch fails and its neighbours
// (another batch, a delivery write) still land.
func TestSharedWrites(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		ctx := context.Background()
		st, db := testdb.Open(t, kind)
		raw := testdb.OpenRaw(t, db)
		a := newTenant(t, st, "a")
		r := newRecipient(t, st, a)
		msg := func(recipient string) store.NewMessage { return testMessage(a, recipient, "email") }
		queued := func() []store.NewMessage {
			ms := []store.NewMessage{msg(r.ID), msg(r.ID)}
			if _, err := st.CreateMessages(ctx, ms); err != nil {
				t.Fatal(err)
			}
			return ms
		}
		begin := func(m store.NewMessage) store.TestDeliveryWrite {
			return store.TestDeliveryWrite{Begin: true, TenantID: a, ID: m.Deliveries[0].ID, From: []string{store.DeliveryQueued}}
		}
		status := func(m store.NewMessage) string {
			var s string
			if err := raw.QueryRow(`SELECT status FROM deliveries WHERE id = $1`, m.Deliveries[0].ID).Scan(&s); err != nil {
				t.Fatal(err)
			}
			return s
		}
		stored := func(m store.NewMessage) int64 {
			return raw.Int(`SELECT COUNT(*) FROM messages WHERE id = $1`, m.Message.ID)
		}

		// Together, all good: one attempt, everything lands.
		old := queued()
		good := msg(r.ID)
		created, ingestErrs, writeErrs, err := st.SharedWritesForTest(ctx, true, [][]store.NewMessage{{good}}, []store.TestDeliveryWrite{begin(old[0])})
		if err != nil || ingestErrs[0] != nil || writeErrs[0] != nil || len(created[0]) != 1 || !created[0][0] {
			t.Fatalf("one attempt: created %v, ingest %v, writes %v, %v", created, ingestErrs, writeErrs, err)
		}
		if stored(good) != 1 || status(old[0]) != store.DeliverySending {
			t.Fatalf("after one attempt: message stored %d, delivery %s", stored(good), status(old[0]))
		}

		// One transaction: a bad batch (a recipient that does not exist)
		// fails the attempt, and the delivery write in it is rolled back too.
		bad, good2 := msg("rcp_missing"), msg(r.ID)
		if _, _, _, err := st.SharedWritesForTest(ctx, true, [][]store.NewMessage{{good2}, {bad}}, []store.TestDeliveryWrite{begin(old[1])}); err == nil {
			t.Fatal("an attempt with a bad ingest batch did not fail")
		}
		if stored(good2) != 0 || stored(bad) != 0 || status(old[1]) != store.DeliveryQueued {
			t.Fatalf("failed attempt left writes behind: %d %d %s", stored(good2), stored(bad), status(old[1]))
		}

		// As the batcher runs it: the bad batch fails alone.
		created, ingestErrs, writeErrs, err = st.SharedWritesForTest(ctx, false, [][]store.NewMessage{{good2}, {bad}}, []store.TestDeliveryWrite{begin(old[1])})
		if err != nil || ingestErrs[0] != nil || ingestErrs[1] == nil || writeErrs[0] != nil || !created[0][0] {
			t.Fatalf("batcher run: created %v, ingest %v, writes %v, %v", created, ingestErrs, writeErrs, err)
		}
		if stored(good2) != 1 || stored(bad) != 0 || status(old[1]) != store.DeliverySending {
			t.Fatalf("after the batcher run: %d %d %s", stored(good2), stored(bad), status(old[1]))
		}
	})
}
