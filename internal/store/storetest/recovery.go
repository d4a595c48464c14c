package storetest

import (
	"errors"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/audit"
	"github.com/sealpost/sealpost/internal/store"
	"github.com/sealpost/sealpost/internal/testdb"
)

// testRecovery: a link is consumed once; a new password or authenticator
// changes only the active account it names and ends the sessions it should,
// each with its audit event; nothing changes for a missing account.
func testRecovery(t *testing.T, st *store.Store, raw *testdb.Raw) {
	a, b := mkTenant(t, st, "a"), mkTenant(t, st, "b")
	r1, r2 := mkRecipient(t, st, a, "p-1"), mkRecipient(t, st, a, "p-2")
	at := time.Now().Truncate(time.Microsecond)

	m := mkMessages(t, st, a, r1, 1)[0]
	th := m.Link.TokenHash
	for i, want := range []bool{true, false} {
		ok, err := st.ConsumeLink(ctx, th, at)
		must(t, err)
		if ok != want {
			t.Fatalf("consume #%d: %v", i+1, ok)
		}
	}
	if _, err := st.ResolveLink(ctx, th); !errors.Is(err, store.ErrGone) {
		t.Fatalf("a consumed link resolves: %v", err)
	}
	if ok, err := st.ConsumeLink(ctx, []byte("no such link"), at); err != nil || ok {
		t.Fatalf("unknown link consumed: %v %v", ok, err)
	}

	acct := store.Account{TenantID: a, RecipientID: r1.ID, LoginFP: []byte("fp-1"), PasswordHash: "old", CreatedAt: at}
	must(t, st.CreateAccount(ctx, acct, ev(a, audit.ActionAccountEnrol)))
	// Enrolling, not active: refused.
	if err := st.SetAccountPassword(ctx, a, r1.ID, "new", at, ev(a, audit.ActionPasswordReset)); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("password of an enrolling account: %v", err)
	}
	must(t, st.ActivateAccount(ctx, a, r1.ID, []byte("sealed-1"), 100, nil, at, ev(a, audit.ActionFactorEnrol)))
	mkSession := func(id, recipient string) {
		must(t, st.CreateSession(ctx, store.Session{IDHash: []byte(id), TenantID: a, RecipientID: recipient, Stage: store.StageActive,
			CSRF: []byte("c"), CreatedAt: at, SeenAt: at}, nil))
	}
	mkSession("s1", r1.ID)
	mkSession("s2", r1.ID)
	mkSession("other", r2.ID)
	audits := raw.Int(`SELECT COUNT(*) FROM audit_events`)

	for _, c := range []struct{ tenant, recipient string }{{b, r1.ID}, {a, r2.ID}, {a, "rcp_none"}} {
		if err := st.SetAccountPassword(ctx, c.tenant, c.recipient, "x", at, ev(c.tenant, audit.ActionPasswordReset)); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("password for %s/%s: %v", c.tenant, c.recipient, err)
		}
		if err := st.ReplaceTOTP(ctx, c.tenant, c.recipient, []byte("x"), 1, nil, at, ev(c.tenant, audit.ActionFactorReplace)); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("authenticator for %s/%s: %v", c.tenant, c.recipient, err)
		}
	}
	if n := raw.Int(`SELECT COUNT(*) FROM audit_events`); n != audits {
		t.Fatalf("refused changes were audited: %d → %d", audits, n)
	}

	// A new authenticator keeps the session that made the change.
	must(t, st.ReplaceTOTP(ctx, a, r1.ID, []byte("sealed-2"), 200, []byte("s1"), at.Add(time.Minute), ev(a, audit.ActionFactorReplace)))
	got, err := st.GetAccount(ctx, a, r1.ID)
	must(t, err)
	if string(got.TOTPSecret) != "sealed-2" || got.TOTPLastStep != 200 {
		t.Fatalf("after replace: %+v", got)
	}
	if _, err := st.GetSession(ctx, []byte("s1")); err != nil {
		t.Fatalf("the changing session ended: %v", err)
	}
	if _, err := st.GetSession(ctx, []byte("s2")); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("another session survived a new authenticator: %v", err)
	}

	// A new password ends every session of the recipient, no one else's.
	must(t, st.SetAccountPassword(ctx, a, r1.ID, "new", at.Add(2*time.Minute), ev(a, audit.ActionPasswordReset)))
	got, _ = st.GetAccount(ctx, a, r1.ID)
	if got.PasswordHash != "new" || string(got.TOTPSecret) != "sealed-2" {
		t.Fatalf("after reset: %+v", got)
	}
	if n := raw.Int(`SELECT COUNT(*) FROM sessions WHERE recipient_id = $1`, r1.ID); n != 0 {
		t.Fatalf("%d sessions left after a password reset", n)
	}
	if _, err := st.GetSession(ctx, []byte("other")); err != nil {
		t.Fatalf("another recipient's session ended: %v", err)
	}
	if n := raw.Int(`SELECT COUNT(*) FROM audit_events WHERE action IN ($1, $2)`, audit.ActionPasswordReset, audit.ActionFactorReplace); n != 2 {
		t.Fatalf("%d recovery audit events, want 2", n)
	}

	// New recovery codes replace the old ones, used or not.
	old := [][]byte{[]byte("o1"), []byte("o2")}
	for _, h := range old {
		raw.Exec(`INSERT INTO recovery_codes (tenant_id, recipient_id, code_hash) VALUES ($1,$2,$3)`, a, r1.ID, h)
	}
	if ok, err := st.UseRecoveryCode(ctx, a, r1.ID, []byte("o1"), at); err != nil || !ok {
		t.Fatalf("use o1: %v %v", ok, err)
	}
	must(t, st.ReplaceRecoveryCodes(ctx, a, r1.ID, [][]byte{[]byte("n1"), []byte("n2"), []byte("n3")}, ev(a, audit.ActionRecoveryCodesNew)))
	if left, err := st.RecoveryCodesLeft(ctx, a, r1.ID); err != nil || left != 3 {
		t.Fatalf("codes left %d %v, want 3", left, err)
	}
	if ok, _ := st.UseRecoveryCode(ctx, a, r1.ID, []byte("o2"), at); ok {
		t.Fatal("an old code still works")
	}
	if err := st.ReplaceRecoveryCodes(ctx, a, r2.ID, [][]byte{[]byte("x")}, ev(a, audit.ActionRecoveryCodesNew)); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("codes for a recipient without an account: %v", err)
	}
	if n := raw.Int(`SELECT COUNT(*) FROM recovery_codes WHERE recipient_id = $1`, r2.ID); n != 0 {
		t.Fatalf("refused codes were stored: %d", n)
	}

	// Sessions: listed (signed-in ones, newest first), ended but one.
	mk := func(id, recipient, stage string, seen time.Time) {
		must(t, st.CreateSession(ctx, store.Session{IDHash: []byte(id), TenantID: a, RecipientID: recipient, Stage: stage,
			CSRF: []byte("c"), CreatedAt: at, SeenAt: seen}, nil))
	}
	mk("l1", r1.ID, store.StageActive, at.Add(time.Minute))
	mk("l2", r1.ID, store.StageActive, at.Add(2*time.Minute))
	mk("l3", r1.ID, store.StagePassword, at)
	mk("l4", r2.ID, store.StageActive, at)
	list, err := st.ListSessions(ctx, a, r1.ID)
	must(t, err)
	if len(list) != 2 || string(list[0].IDHash) != "l2" || string(list[1].IDHash) != "l1" || !list[0].SeenAt.Equal(at.Add(2*time.Minute)) {
		t.Fatalf("sessions listed %+v", list)
	}
	if other, _ := st.ListSessions(ctx, b, r1.ID); len(other) != 0 {
		t.Fatalf("sessions listed across tenants: %+v", other)
	}
	n, err := st.DeleteOtherSessions(ctx, a, r1.ID, []byte("l1"), ev(a, audit.ActionSignOutOthers))
	must(t, err)
	if n != 2 || raw.Int(`SELECT COUNT(*) FROM sessions WHERE recipient_id = $1`, r1.ID) != 1 || raw.Int(`SELECT COUNT(*) FROM sessions WHERE recipient_id = $1`, r2.ID) != 2 {
		t.Fatalf("ended %d", n)
	}

	// A passkey is removed only by its own recipient.
	must(t, st.PutPasskey(ctx, a, r1.ID, store.Passkey{ID: []byte("pk1"), Data: []byte("d"), CreatedAt: at}, nil))
	for _, c := range []struct{ tenant, recipient, id string }{{b, r1.ID, "pk1"}, {a, r2.ID, "pk1"}, {a, r1.ID, "pk2"}} {
		if err := st.DeletePasskey(ctx, c.tenant, c.recipient, []byte(c.id), ev(c.tenant, audit.ActionPasskeyRemove)); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("delete %v: %v", c, err)
		}
	}
	must(t, st.DeletePasskey(ctx, a, r1.ID, []byte("pk1"), ev(a, audit.ActionPasskeyRemove)))
	if pks, _ := st.ListPasskeys(ctx, a, r1.ID); len(pks) != 0 {
		t.Fatalf("passkeys left: %d", len(pks))
	}
	if n := raw.Int(`SELECT COUNT(*) FROM audit_events WHERE action = $1`, audit.ActionPasskeyRemove); n != 1 {
		t.Fatalf("%d passkey.remove events, want 1", n)
	}
}
