package store_test

import (
	"context"
	"testing"

	"github.com/sealpost/sealpost/internal/audit"
	"github.com/sealpost/sealpost/internal/testdb"
)

// TestChainLockPerSchema: the audit chainer's advisory lock keeps a second
// chainer of the same schema out, and only of the same schema — advisory
// locks are per database, and deployments (and parallel tests) in other
// schemas must keep chaining.
func TestChainLockPerSchema(t *testing.T) {
	ctx := context.Background()
	conn := testdb.Connect(t) // skips or fails like every PostgreSQL test
	a, _ := testdb.Open(t, "postgres")
	b, _ := testdb.Open(t, "postgres")
	for _, st := range []interface {
		AppendAudit(context.Context, ...audit.Event) error
	}{a, b} {
		if err := st.AppendAudit(ctx, audit.Event{TenantID: "ten_x", Actor: "test", Action: audit.ActionTenantCreate, ObjectType: "tenant", ObjectID: "ten_x"}); err != nil {
			t.Fatal(err)
		}
	}
	k1, k2 := a.ChainLockForTest()
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock($1, $2)`, k1, k2); err != nil { // another node of schema a is chaining
		t.Fatal(err)
	}
	if n, err := a.ChainAudit(ctx, 100); err != nil || n != 0 {
		t.Fatalf("chainer of a while a's lock is held: %d %v, want 0", n, err)
	}
	if n, err := b.ChainAudit(ctx, 100); err != nil || n != 1 {
		t.Fatalf("chainer of b while a's lock is held: %d %v, want 1", n, err)
	}
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_unlock($1, $2)`, k1, k2); err != nil {
		t.Fatal(err)
	}
	if n, err := a.ChainAudit(ctx, 100); err != nil || n != 1 {
		t.Fatalf("chainer of a after the lock is released: %d %v, want 1", n, err)
	}
}
