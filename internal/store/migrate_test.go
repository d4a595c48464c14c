package store_test

import (
	"bytes"
	"context"
	"slices"
	"testing"

	"github.com/sealpost/sealpost/internal/audit"
	"github.com/sealpost/sealpost/internal/store"
	"github.com/sealpost/sealpost/internal/testdb"
)

// TestMigrationKeepsRows: a database in use when migration 0007 arrives (on
// SQLite it rebuilds four tables) keeps every row of every table, and the
// store keeps working on it: work reads, provider lookups, link resolution,
// the audit chain, new messages.
func TestMigrationKeepsRows(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		ctx := context.Background()
		db := testdb.New(t, kind)
		st, err := store.Open(ctx, db.DSN, store.Options{Schema: db.Schema})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(st.Close)
		st.SetAuditKeys(testdb.AuditKeys())
		// Every migration but 0007 (later ones change columns the store
		// writes) and those after it that add columns to a table 0007
		// rebuilds (applied after it, in order, below).
		if err := st.MigrateExceptForTest(ctx, "_hot_tables", "_email_protection"); err != nil {
			t.Fatal(err)
		}
		a := newTenant(t, st, "a")
		r := newRecipient(t, st, a)
		newMessage := func() store.NewMessage { return testMessage(a, r.ID, "email", "sms") }
		ms := []store.NewMessage{newMessage(), newMessage(), newMessage()}
		if _, err := st.CreateMessages(ctx, ms); err != nil {
			t.Fatal(err)
		}
		var ws []store.TestDeliveryWrite
		for i, m := range ms {
			for _, d := range m.Deliveries {
				ws = append(ws, store.TestDeliveryWrite{Begin: true, TenantID: a, ID: d.ID, From: []string{store.DeliveryQueued},
					Events: []audit.Event{{TenantID: a, Actor: "test", Action: audit.ActionGuardContext, ObjectType: "message", ObjectID: m.Message.ID}}})
				ws = append(ws, store.TestDeliveryWrite{Update: store.DeliveryUpdate{TenantID: a, ID: d.ID, From: []string{store.DeliverySending},
					Status: store.DeliverySent, Outcome: "sent", ProviderID: d.Channel + "-" + string(rune('0'+i)), Actor: "test", AuditAction: audit.ActionDeliverySent}})
			}
		}
		if _, res, err := st.DeliveryBatchForTest(ctx, ws); err != nil || slices.ContainsFunc(res, func(e error) bool { return e != nil }) {
			t.Fatalf("delivery writes: %v %v", res, err)
		}
		if err := st.ChainAuditLegacyForTest(ctx); err != nil { // as the release of 0006 did
			t.Fatal(err)
		}
		raw := testdb.OpenRaw(t, db)
		before := raw.Dump()
		if err := st.MigrateExceptForTest(ctx, "_email_protection"); err != nil { // 0007, the one this test is for
			t.Fatal(err)
		}
		after := raw.Dump()
		delete(before, "sealpost_migrations")
		delete(after, "sealpost_migrations")
		for _, table := range []string{"deliveries", "data_keys", "links", "delivery_attempts", "audit_events", "messages"} {
			if len(before[table]) == 0 {
				t.Errorf("%s: no rows before migrating, the test checks nothing", table)
			}
		}
		for table, vals := range before {
			b, a := sorted(vals), sorted(after[table])
			if !slices.EqualFunc(b, a, bytes.Equal) {
				t.Errorf("%s: %d values before migrating, %d after, or they differ", table, len(b), len(a))
			}
		}
		if len(after) != len(before) {
			t.Errorf("%d tables before, %d after", len(before), len(after))
		}

		d := ms[1].Deliveries[1]
		if got, err := st.DeliveryByProvider(ctx, "sms", "sms-1"); err != nil || got.ID != d.ID || got.Status != store.DeliverySent {
			t.Errorf("provider lookup: %+v %v", got, err)
		}
		w, err := st.DeliveryWork(ctx, a, d.ID, ms[1].Message.ID, r.ID)
		if err != nil || w.Delivery.Attempts != 1 || string(w.MessageKey) != "wrapped-"+ms[1].Message.ID || string(w.RecipientKey) != "wrapped-r" {
			t.Errorf("work: %+v %v", w, err)
		}
		if att, err := st.Attempts(ctx, a, d.ID); err != nil || len(att) != 1 || att[0].Outcome != "sent" {
			t.Errorf("attempts: %+v %v", att, err)
		}
		if l, err := st.ResolveLink(ctx, ms[2].Link.TokenHash); err != nil || l.MessageID != ms[2].Message.ID {
			t.Errorf("link: %+v %v", l, err)
		}
		if _, err := st.CreateMessages(ctx, []store.NewMessage{newMessage()}); err != nil {
			t.Fatal(err)
		}
		if err := st.Migrate(ctx); err != nil {
			t.Fatal(err)
		}
		if _, err := st.ChainAllAudit(ctx); err != nil {
			t.Fatal(err)
		}
		if _, err := st.RelinkAudit(ctx, nil, 0); err != nil {
			t.Fatal(err)
		}
		if n, brk, err := st.VerifyAudit(ctx); err != nil || brk != nil || n < 10 {
			t.Errorf("audit after migrating: %d events, break %v, %v", n, brk, err)
		}
	})
}

func sorted(vals [][]byte) [][]byte {
	out := slices.Clone(vals)
	slices.SortFunc(out, bytes.Compare)
	return out
}
