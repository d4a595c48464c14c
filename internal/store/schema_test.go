package store_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/sealpost/sealpost/internal/audit"
	"github.com/sealpost/sealpost/internal/store"
	"github.com/sealpost/sealpost/internal/testdb"
)

// TestHotPathSchema: migration 0007's lean delivery-path schema is in place
// and still serves its lookups. On SQLite the text-keyed hot tables are stored
// WITHOUT ROWID (one B-tree each); on both databases the chain index holds
// chained events only and the provider index only channels that report back,
// and the lookups they exist for use them.
func TestHotPathSchema(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		st, db := testdb.Open(t, kind)
		raw := testdb.OpenRaw(t, db)
		ctx := t.Context()
		if kind == "sqlite" {
			for _, table := range []string{"deliveries", "data_keys", "links", "delivery_attempts"} {
				if wr := raw.Int(`SELECT wr FROM pragma_table_list WHERE name = $1`, table); wr != 1 {
					t.Errorf("%s is not WITHOUT ROWID", table)
				}
			}
			if wr := raw.Int(`SELECT wr FROM pragma_table_list WHERE name = 'messages'`); wr != 0 {
				t.Errorf("messages lost its rowid (its rows carry sealed content and can be large)")
			}
		}
		// An unchained event has no entry in the chain index; chained, it has one.
		if err := st.AppendAudit(ctx, audit.Event{TenantID: "ten_x", Actor: "test", Action: audit.ActionMessageCreate, ObjectType: "message", ObjectID: "msg_1"}); err != nil {
			t.Fatal(err)
		}
		def := func(index string) string {
			var sql string
			q := `SELECT sql FROM sqlite_master WHERE name = $1`
			if kind == "postgres" {
				q = `SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() AND indexname = $1`
			}
			if err := raw.QueryRow(q, index).Scan(&sql); err != nil {
				t.Fatalf("%s: %v", index, err)
			}
			return strings.Join(strings.Fields(strings.NewReplacer("(", " ", ")", " ").Replace(sql)), " ")
		}
		if d := def("audit_events_chain"); !strings.HasSuffix(d, "WHERE seq IS NOT NULL") {
			t.Errorf("chain index is not limited to chained events: %s", d)
		}
		if d := def("deliveries_provider"); !strings.HasSuffix(d, "WHERE provider_id <> '' AND channel <> 'email'") &&
			!strings.HasSuffix(d, "WHERE provider_id <> ''::text AND channel <> 'email'::text") {
			t.Errorf("provider index still holds email deliveries: %s", d)
		}
		indexed := func() int64 {
			if kind == "sqlite" {
				return raw.Int(`SELECT COUNT(*) FROM audit_events INDEXED BY audit_events_chain WHERE tenant_id = 'ten_x' AND seq > 0`)
			}
			return raw.Int(`SELECT COUNT(*) FROM audit_events WHERE tenant_id = 'ten_x' AND seq > 0`)
		}
		if n := indexed(); n != 0 {
			t.Fatalf("unchained event counted in the chain index: %d", n)
		}
		if _, err := st.ChainAllAudit(ctx); err != nil {
			t.Fatal(err)
		}
		if n := indexed(); n != 1 {
			t.Fatalf("chained events in the chain index: %d, want 1", n)
		}
		if n, brk, err := st.VerifyAudit(ctx); err != nil || brk != nil || n != 1 {
			t.Fatalf("verify: %d %v %v", n, brk, err)
		}

		uses := map[string]struct {
			q    string
			args []any
		}{
			"deliveries_provider": {store.DeliveryByProviderSQL, []any{"sms", "SM123"}},
			"audit_events_chain":  {store.AuditEventsSQL, []any{"ten_x", int64(0), 100}},
		}
		for index, u := range uses {
			if kind == "sqlite" {
				var id, parent, unused int
				var detail string
				if err := raw.QueryRow(`EXPLAIN QUERY PLAN `+u.q, u.args...).Scan(&id, &parent, &unused, &detail); err != nil {
					t.Fatal(err)
				}
				if !strings.Contains(detail, "USING INDEX "+index) {
					t.Errorf("%s: plan %q does not use %s", index, detail, index)
				}
				continue
			}
			raw.Exec(`SET enable_seqscan = off`) // the tables are nearly empty
			var plan []byte
			if err := raw.QueryRow(`EXPLAIN (FORMAT JSON) `+u.q, u.args...).Scan(&plan); err != nil {
				t.Fatal(err)
			}
			var doc []struct{ Plan planNode }
			if err := json.Unmarshal(plan, &doc); err != nil || len(doc) != 1 {
				t.Fatalf("plan: %v %s", err, plan)
			}
			found := false
			var walk func(n planNode)
			walk = func(n planNode) {
				found = found || n.Index == index
				for _, c := range n.Plans {
					walk(c)
				}
			}
			walk(doc[0].Plan)
			if !found {
				t.Errorf("%s: plan does not use it: %s", index, plan)
			}
		}
	})
}
