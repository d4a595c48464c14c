package store_test

import (
	"bytes"
	"context"
	"errors"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/audit"
	"github.com/sealpost/sealpost/internal/ids"
	"github.com/sealpost/sealpost/internal/store"
	"github.com/sealpost/sealpost/internal/testdb"
)

// TestDeliveryBatch applies writes that arrive together in one shared
// transaction and checks each sees the ones before it, as if run in turn:
// a second move of the same delivery out of "queued" loses, a move out of
// "sending" after a BeginSend wins, an attempt row written twice keeps the
// last, a provider id survives a later write that brings none, unknown and
// foreign deliveries are not found.
func TestDeliveryBatch(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		ctx := context.Background()
		st, db := testdb.Open(t, kind)
		raw := testdb.OpenRaw(t, db)
		var tenants []string
		for _, name := range []string{"a", "b"} {
			id := ids.New(ids.Tenant)
			if err := st.CreateTenant(ctx, store.Tenant{ID: id, Name: name, KEK: []byte("kek"), MAC: []byte("mac")},
				store.APIKey{Prefix: "sp_" + ids.Token(10)[:10], TenantID: id, SecretHash: bytes.Repeat([]byte{1}, 32)}, "test"); err != nil {
				t.Fatal(err)
			}
			tenants = append(tenants, id)
		}
		a, b := tenants[0], tenants[1]
		r := store.Recipient{TenantID: a, ID: ids.New(ids.Recipient), ExternalIndex: "p-1", Locale: "en", TimeZone: "UTC", HasEmail: true, Contact: []byte("c")}
		if err := st.CreateRecipient(ctx, r, []byte("wrapped"), "test"); err != nil {
			t.Fatal(err)
		}
		var ms []store.NewMessage
		for range 3 {
			id := ids.New(ids.Message)
			ms = append(ms, store.NewMessage{
				Message:    store.Message{TenantID: a, ID: id, RecipientID: r.ID, Category: "test_result", Sensitivity: "phi", Urgency: "normal", Subject: []byte("s"), Body: []byte("b")},
				DataKey:    []byte("k"),
				Deliveries: []store.Delivery{{TenantID: a, ID: ids.New(ids.Delivery), MessageID: id, Channel: "email"}},
				Link:       store.Link{TokenHash: []byte(ids.Token(32)), TenantID: a, MessageID: id, RecipientID: r.ID, ExpiresAt: time.Now().Add(time.Hour)},
				Actor:      "test",
			})
		}
		if _, err := st.CreateMessages(ctx, ms); err != nil {
			t.Fatal(err)
		}
		d1, d2, d3 := ms[0].Deliveries[0].ID, ms[1].Deliveries[0].ID, ms[2].Deliveries[0].ID
		open := []string{store.DeliveryQueued, store.DeliveryScheduled, store.DeliverySending}
		link := func(m store.NewMessage) store.Link {
			return store.Link{TokenHash: []byte(ids.Token(32)), TenantID: a, MessageID: m.Message.ID, RecipientID: r.ID, ExpiresAt: time.Now().Add(time.Hour)}
		}
		ev := []audit.Event{{TenantID: a, Actor: "test", Action: audit.ActionGuardContext, ObjectType: "message", ObjectID: "x"}}
		upd := func(tenant, id string, from []string, status, outcome, reason string) store.TestDeliveryWrite {
			return store.TestDeliveryWrite{Update: store.DeliveryUpdate{TenantID: tenant, ID: id, From: from, Status: status, Outcome: outcome, Reason: reason, Actor: "test", AuditAction: audit.ActionDeliverySent}}
		}
		ws := []store.TestDeliveryWrite{
			{Begin: true, TenantID: a, ID: d1, From: []string{store.DeliveryQueued}, Link: link(ms[0]), Events: ev}, // wins: attempt 1
			{Begin: true, TenantID: a, ID: d1, From: []string{store.DeliveryQueued}, Link: link(ms[0]), Events: ev}, // sees "sending": loses
			upd(a, d1, []string{store.DeliverySending}, store.DeliveryQueued, "temporary", "421"),                   // attempt 1 temporary
			{Begin: true, TenantID: a, ID: d1, From: open, Link: link(ms[0])},                                       // attempt 2
			upd(a, d1, []string{store.DeliverySending}, store.DeliverySent, "sent", ""),                             // attempt 2 sent
			upd(a, d2, []string{store.DeliveryQueued}, store.DeliverySuppressed, "suppressed", "preferences"),       // attempt 1 (decided before sending)
			upd(a, d2, []string{store.DeliverySuppressed}, store.DeliverySuppressed, "suppressed", "again"),         // same row: last wins
			upd(a, ids.New(ids.Delivery), open, store.DeliveryFailed, "permanent", ""),                              // unknown
			upd(b, d3, open, store.DeliveryFailed, "permanent", ""),                                                 // foreign tenant
		}
		ws[5].Update.ProviderID = "prov-1" // kept by the next write, which brings none
		attempts, res, err := st.DeliveryBatchForTest(ctx, ws)
		if err != nil {
			t.Fatal(err)
		}
		want := []error{nil, store.ErrConflict, nil, nil, nil, nil, nil, store.ErrNotFound, store.ErrNotFound}
		wantAttempts := []int{1, 0, 1, 2, 2, 1, 1, 0, 0}
		for i := range ws {
			if !errors.Is(res[i], want[i]) || (want[i] == nil && res[i] != nil) {
				t.Errorf("write %d: %v, want %v", i, res[i], want[i])
			}
			if attempts[i] != wantAttempts[i] {
				t.Errorf("write %d: attempt %d, want %d", i, attempts[i], wantAttempts[i])
			}
		}
		check := func(q string, want int64, args ...any) {
			t.Helper()
			if got := raw.Int(q, args...); got != want {
				t.Errorf("%s %v = %d, want %d", q, args, got, want)
			}
		}
		check(`SELECT COUNT(*) FROM deliveries WHERE id = $1 AND status = 'sent' AND attempts = 2 AND last_error = ''`, 1, d1)
		check(`SELECT COUNT(*) FROM delivery_attempts WHERE delivery_id = $1 AND n = 1 AND outcome = 'temporary' AND reason = '421'`, 1, d1)
		check(`SELECT COUNT(*) FROM delivery_attempts WHERE delivery_id = $1 AND n = 2 AND outcome = 'sent'`, 1, d1)
		check(`SELECT COUNT(*) FROM deliveries WHERE id = $1 AND status = 'suppressed' AND last_error = 'again' AND provider_id = 'prov-1'`, 1, d2)
		check(`SELECT COUNT(*) FROM delivery_attempts WHERE delivery_id = $1 AND n = 1 AND reason = 'again'`, 1, d2)
		check(`SELECT COUNT(*) FROM deliveries WHERE id = $1 AND attempts = 1`, 1, d2)
		check(`SELECT COUNT(*) FROM delivery_attempts WHERE delivery_id = $1`, 2, d1) // one row per attempt: attempts = len(history)
		check(`SELECT COUNT(*) FROM deliveries WHERE id = $1 AND status = 'queued' AND attempts = 0`, 1, d3)
		check(`SELECT COUNT(*) FROM links WHERE message_id = $1`, 3, ms[0].Message.ID) // ingest + two sends
		check(`SELECT COUNT(*) FROM audit_events WHERE action = $1`, 1, audit.ActionGuardContext)
		check(`SELECT COUNT(*) FROM audit_events WHERE action = $1`, 4, audit.ActionDeliverySent) // the four applied updates
	})
}
