package store_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/sealpost/sealpost/internal/audit"
	"github.com/sealpost/sealpost/internal/store"
	"github.com/sealpost/sealpost/internal/testdb"
)

// TestAuditRelinkLegacyChains: chains written with the legacy SHA-256 link
// before migration audit_keyed_chain are re-linked with the chain key once,
// in resumable batches (the chainer extending them meanwhile), idempotently;
// a legacy chain that does not verify is refused, not blessed.
func TestAuditRelinkLegacyChains(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		ctx := context.Background()
		db := testdb.New(t, kind)
		st, err := store.Open(ctx, db.DSN, store.Options{Schema: db.Schema})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(st.Close)
		st.SetAuditKeys(testdb.AuditKeys())
		if err := st.MigrateBefore(ctx, "_audit_keyed_chain"); err != nil {
			t.Fatal(err)
		}
		add := func(tenant string, n int) {
			for i := range n {
				if err := st.AppendAudit(ctx, audit.Event{TenantID: tenant, Actor: "test", Action: audit.ActionMessageOpen, ObjectType: "message", ObjectID: fmt.Sprint("msg_", i)}); err != nil {
					t.Fatal(err)
				}
			}
		}
		add("ten_a", 10)
		add("ten_b", 5)
		add("ten_c", 3)
		if err := st.ChainAuditLegacyForTest(ctx); err != nil {
			t.Fatal(err)
		}
		raw := testdb.OpenRaw(t, db)
		raw.Exec(`UPDATE audit_events SET actor = 'intruder' WHERE tenant_id = 'ten_c' AND seq = 2`)
		if err := st.Migrate(ctx); err != nil {
			t.Fatal(err)
		}
		format := func(tenant string) int64 {
			return raw.Int(`SELECT format FROM audit_heads WHERE tenant_id = $1`, tenant)
		}
		if format("ten_a") != audit.FormatSHA256 {
			t.Fatal("an existing chain is not marked legacy")
		}
		if _, brk, err := st.VerifyAudit(ctx); err != nil || brk == nil || brk.Kind != audit.KindLegacy {
			t.Fatalf("verify before re-link: %v %v", brk, err)
		}
		// One batch, then the process "stops".
		if n, err := st.RelinkAuditBatchForTest(ctx, 4); err != nil || n != 4 {
			t.Fatalf("first batch: %d %v", n, err)
		}
		if raw.Int(`SELECT relinked_seq FROM audit_heads WHERE tenant_id = 'ten_a'`) != 4 || format("ten_a") != audit.FormatSHA256 {
			t.Fatal("progress not recorded")
		}
		// The chainer keeps extending the half-re-linked legacy chain.
		add("ten_a", 2)
		if n, err := st.ChainAllAudit(ctx); err != nil || n != 2 {
			t.Fatalf("chain meanwhile: %d %v", n, err)
		}
		res, err := st.RelinkAudit(ctx, nil, 4)
		if err != nil {
			t.Fatal(err)
		}
		if res.Chains != 2 || res.Events != 8+5 || len(res.Refused) != 1 || res.Refused[0].TenantID != "ten_c" || res.Refused[0].Seq != 2 {
			t.Fatalf("re-link: %+v", res)
		}
		if format("ten_a") != audit.FormatHMAC || format("ten_b") != audit.FormatHMAC || format("ten_c") != audit.FormatSHA256 {
			t.Fatal("formats after re-link")
		}
		rep, err := st.VerifyAuditReport(ctx, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, tr := range rep.Tenants {
			switch {
			case tr.Tenant == "ten_c" && (tr.OK || tr.Problem.Kind != audit.KindLegacy):
				t.Errorf("broken legacy chain: %+v", tr)
			case tr.Tenant != "ten_c" && (!tr.OK || tr.Format != audit.FormatHMAC):
				t.Errorf("%s: %+v %+v", tr.Tenant, tr, tr.Problem)
			}
		}
		if rep.Events != 12+5 {
			t.Fatalf("events verified: %d", rep.Events)
		}
		// Idempotent: nothing left to do but the refused chain.
		again, err := st.RelinkAudit(ctx, nil, 4)
		if err != nil || again.Chains != 0 || again.Events != 0 || len(again.Refused) != 1 {
			t.Fatalf("second re-link: %+v %v", again, err)
		}
		// The chains go on keyed; a new chain starts keyed.
		add("ten_a", 1)
		add("ten_d", 1)
		if _, err := st.ChainAllAudit(ctx); err != nil {
			t.Fatal(err)
		}
		if format("ten_d") != audit.FormatHMAC {
			t.Fatal("a new chain is not keyed")
		}
		rep, _ = st.VerifyAuditReport(ctx, nil, nil)
		for _, tr := range rep.Tenants {
			if tr.Tenant != "ten_c" && !tr.OK {
				t.Errorf("%s after re-link: %+v", tr.Tenant, tr.Problem)
			}
		}
		// The keyed links are not the legacy ones.
		var prev, hash []byte
		if err := raw.QueryRow(`SELECT prev_hash, hash FROM audit_events WHERE tenant_id = 'ten_b' AND seq = 1`).Scan(&prev, &hash); err != nil {
			t.Fatal(err)
		}
		evs, _ := st.AuditEvents(ctx, "ten_b", 0, 1)
		if string(hash) == string(audit.ComputeHash(prev, 1, evs[0])) {
			t.Fatal("still a SHA-256 link")
		}
	})
}
