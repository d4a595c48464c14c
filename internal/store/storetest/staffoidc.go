package storetest

import (
	"errors"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/audit"
	"github.com/sealpost/sealpost/internal/store"
	"github.com/sealpost/sealpost/internal/testdb"
)

// testStaffSignedInOIDC: a sign-in through the organisation's provider
// makes a session only for an active account of that tenant, restarts its
// failure count, and writes its audit event in the same transaction.
func testStaffSignedInOIDC(t *testing.T, st *store.Store, raw *testdb.Raw) {
	a, b := mkTenant(t, st, "a"), mkTenant(t, st, "b")
	s := mkStaff(t, st, a, "olga@x.example", "billing")
	now := time.Now().Truncate(time.Microsecond)
	ev := audit.Event{TenantID: a, Actor: "staff:" + s.ID, Action: "staff.signin_oidc", ObjectType: "staff", ObjectID: s.ID}
	ses := store.StaffSession{TokenHash: []byte("ses-oidc"), TenantID: a, StaffID: s.ID, Stage: store.StaffStageActive, CSRF: "c", CreatedAt: now, LastSeenAt: now, FactorAt: &now}
	events := func() int64 { return raw.Int(`SELECT COUNT(*) FROM audit_events WHERE action = 'staff.signin_oidc'`) }
	// Invited (not enrolled): refused, nothing written.
	if err := st.StaffSignedInOIDC(ctx, a, s.ID, ses, ev); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("invited account: %v", err)
	}
	raw.Exec(`UPDATE staff SET status = 'active', failures = 2 WHERE id = $1`, s.ID)
	// Another tenant's id for the account: refused.
	bses := ses
	bses.TenantID = b
	if err := st.StaffSignedInOIDC(ctx, b, s.ID, bses, ev); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("another tenant: %v", err)
	}
	if _, err := st.LookupStaffSession(ctx, []byte("ses-oidc")); !errors.Is(err, store.ErrNotFound) || events() != 0 {
		t.Fatalf("a refused sign-in wrote a session or event: %v %d", err, events())
	}
	must(t, st.StaffSignedInOIDC(ctx, a, s.ID, ses, ev))
	got, err := st.LookupStaffSession(ctx, []byte("ses-oidc"))
	must(t, err)
	if got.StaffID != s.ID || got.FactorAt == nil || got.Stage != store.StaffStageActive {
		t.Fatalf("session %+v", got)
	}
	acct, err := st.GetStaff(ctx, a, s.ID)
	must(t, err)
	if acct.Failures != 0 || events() != 1 {
		t.Fatalf("failures %d, events %d", acct.Failures, events())
	}
}
