package storetest

import (
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/audit"
	"github.com/sealpost/sealpost/internal/store"
	"github.com/sealpost/sealpost/internal/testdb"
)

// testStaffPasskeys: a staff passkey belongs to one staff member of one
// tenant (listed, used and removed only there); only an active account gets
// one; the password-checked stage replaces the browser's earlier session; a
// ceremony's pending state is taken once even by racing callers; a passkey
// sign-in moves the counter forward only, replaces the password-checked
// session and restarts the failure count, all with its event or not at all.
func testStaffPasskeys(t *testing.T, st *store.Store, raw *testdb.Raw) {
	a, b := mkTenant(t, st, "a"), mkTenant(t, st, "b")
	ann := mkStaff(t, st, a, "ann@x.example", "billing")
	bob := mkStaff(t, st, a, "bob@x.example", "billing")
	now := time.Now().Truncate(time.Microsecond)
	ev := func(action string) audit.Event {
		return audit.Event{TenantID: a, Actor: "staff:" + ann.ID, Action: action, ObjectType: "staff", ObjectID: ann.ID}
	}
	events := func(action string) int64 {
		return raw.Int(`SELECT COUNT(*) FROM audit_events WHERE action = $1`, action)
	}
	pk := store.StaffPasskey{ID: []byte("cred-1"), Data: []byte(`{"v":1}`), Binding: []byte("mac"), CreatedAt: now}
	// Invited (not enrolled): no passkey.
	if err := st.AddStaffPasskey(ctx, a, ann.ID, pk, ev("staff.passkey_add")); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("passkey for an invited account: %v", err)
	}
	raw.Exec(`UPDATE staff SET status = 'active', failures = 3 WHERE id = $1 OR id = $2`, ann.ID, bob.ID)
	// Another tenant's id for the account: refused.
	if err := st.AddStaffPasskey(ctx, b, ann.ID, pk, ev("staff.passkey_add")); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("passkey through another tenant: %v", err)
	}
	must(t, st.AddStaffPasskey(ctx, a, ann.ID, pk, ev("staff.passkey_add")))
	if err := st.AddStaffPasskey(ctx, a, ann.ID, pk, ev("staff.passkey_add")); !errors.Is(err, store.ErrExists) {
		t.Fatalf("the same credential twice: %v", err)
	}
	if n := events("staff.passkey_add"); n != 1 {
		t.Fatalf("%d staff.passkey_add events, want 1", n)
	}
	got, err := st.ListStaffPasskeys(ctx, a, ann.ID)
	must(t, err)
	if len(got) != 1 || string(got[0].ID) != "cred-1" || string(got[0].Binding) != "mac" || got[0].LastUsedAt != nil || !got[0].CreatedAt.Equal(now) {
		t.Fatalf("ann's passkeys %+v", got)
	}
	for _, who := range []struct{ tenant, staff string }{{a, bob.ID}, {b, ann.ID}} {
		if l, err := st.ListStaffPasskeys(ctx, who.tenant, who.staff); err != nil || len(l) != 0 {
			t.Fatalf("%v sees %d passkeys (%v)", who, len(l), err)
		}
	}

	// The password-checked stage replaces the browser's earlier session.
	old := store.StaffSession{TokenHash: []byte("ses-old"), TenantID: a, StaffID: ann.ID, Stage: store.StaffStagePassword, CSRF: "c", CreatedAt: now, LastSeenAt: now}
	must(t, st.StaffPasswordChecked(ctx, nil, old, ev("staff.signin_password")))
	pw := old
	pw.TokenHash = []byte("ses-pw")
	must(t, st.StaffPasswordChecked(ctx, old.TokenHash, pw, ev("staff.signin_password")))
	if _, err := st.LookupStaffSession(ctx, old.TokenHash); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("the earlier session outlived the new stage: %v", err)
	}
	s, err := st.LookupStaffSession(ctx, pw.TokenHash)
	must(t, err)
	if s.Stage != store.StaffStagePassword || s.FactorAt != nil {
		t.Fatalf("password stage %+v", s)
	}

	// A ceremony's state is taken once, even by two callers at once.
	must(t, st.SetStaffSessionPending(ctx, pw.TokenHash, []byte("state-1")))
	if err := st.TakeStaffSessionPending(ctx, pw.TokenHash, []byte("state-0")); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("another state taken: %v", err)
	}
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for i := range 2 {
		wg.Add(1)
		go func() { defer wg.Done(); errs[i] = st.TakeStaffSessionPending(ctx, pw.TokenHash, []byte("state-1")) }()
	}
	wg.Wait()
	if (errs[0] == nil) == (errs[1] == nil) {
		t.Fatalf("racing takes: %v %v", errs[0], errs[1])
	}
	if err := st.TakeStaffSessionPending(ctx, pw.TokenHash, nil); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("taking nothing: %v", err)
	}

	// A passkey sign-in: the counter only moves forward.
	active := store.StaffSession{TokenHash: []byte("ses-active"), TenantID: a, StaffID: ann.ID, Stage: store.StaffStageActive, CSRF: "c2", CreatedAt: now, LastSeenAt: now, FactorAt: &now}
	must(t, st.StaffSignedInPasskey(ctx, a, ann.ID, pk.ID, []byte(`{"v":2}`), 5, pw.TokenHash, active, ev("staff.signin_passkey")))
	if _, err := st.LookupStaffSession(ctx, pw.TokenHash); !errors.Is(err, store.ErrNotFound) {
		t.Fatal("the password-checked session outlived the sign-in")
	}
	if s, err := st.LookupStaffSession(ctx, active.TokenHash); err != nil || s.Stage != store.StaffStageActive || s.FactorAt == nil {
		t.Fatalf("signed-in session %+v %v", s, err)
	}
	acct, err := st.GetStaff(ctx, a, ann.ID)
	must(t, err)
	if acct.Failures != 0 {
		t.Fatalf("failures %d after a passkey sign-in", acct.Failures)
	}
	got, _ = st.ListStaffPasskeys(ctx, a, ann.ID)
	if got[0].SignCount != 5 || string(got[0].Data) != `{"v":2}` || got[0].LastUsedAt == nil {
		t.Fatalf("after use %+v", got[0])
	}
	again := active
	again.TokenHash = []byte("ses-again")
	for name, c := range map[string]struct {
		tenant, staff string
		id            []byte
		count         int64
	}{
		"the same counter":    {a, ann.ID, pk.ID, 5},
		"a smaller counter":   {a, ann.ID, pk.ID, 4},
		"another staff":       {a, bob.ID, pk.ID, 9},
		"another tenant":      {b, ann.ID, pk.ID, 9},
		"an unknown passkey":  {a, ann.ID, []byte("cred-x"), 9},
		"a zero after a five": {a, ann.ID, pk.ID, 0},
	} {
		if err := st.StaffSignedInPasskey(ctx, c.tenant, c.staff, c.id, []byte(`{"v":3}`), c.count, nil, again, ev("staff.signin_passkey")); !errors.Is(err, store.ErrConflict) {
			t.Fatalf("%s: %v", name, err)
		}
	}
	if _, err := st.LookupStaffSession(ctx, again.TokenHash); !errors.Is(err, store.ErrNotFound) || events("staff.signin_passkey") != 1 {
		t.Fatalf("a refused passkey sign-in wrote a session or event: %v %d", err, events("staff.signin_passkey"))
	}

	// Removal: the owner's only, with its event.
	if err := st.DeleteStaffPasskey(ctx, a, bob.ID, pk.ID, ev("staff.passkey_remove")); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("another staff member removes it: %v", err)
	}
	if err := st.DeleteStaffPasskey(ctx, b, ann.ID, pk.ID, ev("staff.passkey_remove")); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("another tenant removes it: %v", err)
	}
	must(t, st.DeleteStaffPasskey(ctx, a, ann.ID, pk.ID, ev("staff.passkey_remove")))
	if err := st.DeleteStaffPasskey(ctx, a, ann.ID, pk.ID, ev("staff.passkey_remove")); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("removed twice: %v", err)
	}
	if n := events("staff.passkey_remove"); n != 1 {
		t.Fatalf("%d staff.passkey_remove events", n)
	}
	// TOTP stays: the account is untouched by passkey changes.
	acct, _ = st.GetStaff(ctx, a, ann.ID)
	if acct.Status != store.StaffActive {
		t.Fatalf("account %+v", acct)
	}
}
