package storetest

import (
	"errors"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/audit"
	"github.com/sealpost/sealpost/internal/store"
	"github.com/sealpost/sealpost/internal/testdb"
)

// User-token storage: key configuration per tenant, single-use jti until
// expiry, and the reset time that refuses older tokens.
func testUserTokens(t *testing.T, st *store.Store, _ *testdb.Raw) {
	a, b := mkTenant(t, st, "a"), mkTenant(t, st, "b")
	if _, _, err := st.UserTokenKeys(ctx, a); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("keys before any put: %v", err)
	}
	must(t, st.PutUserTokenKeys(ctx, a, `{"jwks_url":"https://one"}`, ev(a, audit.ActionUserTokenKeys)))
	must(t, st.PutUserTokenKeys(ctx, a, `{"jwks_url":"https://two"}`, ev(a, audit.ActionUserTokenKeys)))
	cfg, _, err := st.UserTokenKeys(ctx, a)
	if err != nil || cfg != `{"jwks_url":"https://two"}` {
		t.Fatalf("keys %q %v", cfg, err)
	}
	if _, _, err := st.UserTokenKeys(ctx, b); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("keys crossed tenants: %v", err)
	}

	now := time.Now().Truncate(time.Microsecond)
	exp := now.Add(5 * time.Minute)
	for i, c := range []struct {
		tenant string
		jti    string
		at     time.Time
		fresh  bool
	}{
		{a, "j1", now, true},
		{a, "j1", now.Add(time.Minute), false}, // replay before exp
		{b, "j1", now, true},                   // another tenant's jti space
		{a, "j2", now, true},
		{a, "j1", exp.Add(time.Second), true}, // the first use has expired
	} {
		e := exp
		if i == 4 {
			e = exp.Add(time.Hour) // the new token's own exp
		}
		ok, err := st.UseJTI(ctx, c.tenant, []byte(c.jti), e, c.at)
		must(t, err)
		if ok != c.fresh {
			t.Fatalf("case %d: fresh=%v, want %v", i, ok, c.fresh)
		}
	}
	n, err := st.PurgeJTIs(ctx, now.Add(10*time.Minute))
	must(t, err)
	if n != 2 { // a/j2 and b/j1; a/j1 was renewed
		t.Fatalf("purged %d", n)
	}

	r := mkRecipient(t, st, a, "p-1")
	if at, err := st.RecipientResetAt(ctx, a, r.ID); err != nil || !at.IsZero() {
		t.Fatalf("reset before any: %v %v", at, err)
	}
	e := ev(a, audit.ActionAccountReset)
	e.At = now
	must(t, st.ResetAccount(ctx, a, r.ID, e))
	if at, err := st.RecipientResetAt(ctx, a, r.ID); err != nil || !at.Equal(now) {
		t.Fatalf("reset at %v %v, want %v", at, err, now)
	}
	e.At = now.Add(time.Hour)
	must(t, st.ResetAccount(ctx, a, r.ID, e))
	if at, _ := st.RecipientResetAt(ctx, a, r.ID); !at.Equal(now.Add(time.Hour)) {
		t.Fatalf("second reset at %v", at)
	}
	if at, _ := st.RecipientResetAt(ctx, b, r.ID); !at.IsZero() {
		t.Fatalf("reset crossed tenants: %v", at)
	}
}
