package storetest

import (
	"bytes"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/audit"
	"github.com/sealpost/sealpost/internal/ids"
	"github.com/sealpost/sealpost/internal/store"
	"github.com/sealpost/sealpost/internal/testdb"
)

// Patient-access storage: accounts and factors, sessions, sign-in
// throttling, inbox state and attachments.

func ev(tenant, action string) audit.Event {
	return audit.Event{TenantID: tenant, Actor: "test", Action: action, ObjectType: "recipient", ObjectID: "x"}
}

func testAccounts(t *testing.T, st *store.Store, raw *testdb.Raw) {
	a := mkTenant(t, st, "a")
	r1, r2 := mkRecipient(t, st, a, "p-1"), mkRecipient(t, st, a, "p-2")
	at := time.Now().Truncate(time.Microsecond)
	acct := store.Account{TenantID: a, RecipientID: r1.ID, LoginFP: []byte("fp-1"), PasswordHash: "h1", CreatedAt: at}
	must(t, st.CreateAccount(ctx, acct, ev(a, audit.ActionAccountEnrol)))
	// An unfinished enrolment is replaced; a taken username is ErrExists.
	acct.PasswordHash, acct.LoginFP = "h2", []byte("fp-1b")
	must(t, st.CreateAccount(ctx, acct, ev(a, audit.ActionAccountEnrol)))
	if err := st.CreateAccount(ctx, store.Account{TenantID: a, RecipientID: r2.ID, LoginFP: []byte("fp-1b"), PasswordHash: "x", CreatedAt: at},
		ev(a, audit.ActionAccountEnrol)); !errors.Is(err, store.ErrExists) {
		t.Fatalf("taken username: %v", err)
	}
	got, err := st.GetAccountByLogin(ctx, a, []byte("fp-1b"))
	must(t, err)
	if got.RecipientID != r1.ID || got.PasswordHash != "h2" || got.State != store.AccountEnrolling {
		t.Fatalf("account %+v", got)
	}
	if _, err := st.GetAccountByLogin(ctx, mkTenant(t, st, "b"), []byte("fp-1b")); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("login crossed tenants: %v", err)
	}
	codes := [][]byte{[]byte("c1"), []byte("c2")}
	must(t, st.ActivateAccount(ctx, a, r1.ID, []byte("sealed"), 100, codes, at, ev(a, audit.ActionFactorEnrol)))
	if err := st.ActivateAccount(ctx, a, r1.ID, []byte("sealed"), 100, codes, at, ev(a, audit.ActionFactorEnrol)); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("second activation: %v", err)
	}
	if err := st.CreateAccount(ctx, acct, ev(a, audit.ActionAccountEnrol)); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("enrolment over an active account: %v", err)
	}
	// TOTP steps and recovery codes are accepted once.
	for _, c := range []struct {
		step int64
		ok   bool
	}{{100, false}, {99, false}, {101, true}, {101, false}, {103, true}} {
		ok, err := st.AcceptTOTPStep(ctx, a, r1.ID, c.step)
		must(t, err)
		if ok != c.ok {
			t.Fatalf("step %d accepted=%v, want %v", c.step, ok, c.ok)
		}
	}
	if ok, _ := st.UseRecoveryCode(ctx, a, r1.ID, []byte("c1"), at); !ok {
		t.Fatal("recovery code refused")
	}
	if ok, _ := st.UseRecoveryCode(ctx, a, r1.ID, []byte("c1"), at); ok {
		t.Fatal("recovery code accepted twice")
	}
	if ok, _ := st.UseRecoveryCode(ctx, a, r2.ID, []byte("c2"), at); ok {
		t.Fatal("another recipient's recovery code accepted")
	}
	if n, _ := st.RecoveryCodesLeft(ctx, a, r1.ID); n != 1 {
		t.Fatalf("codes left %d", n)
	}
	// Reset removes the account, factors and sessions.
	must(t, st.CreateSession(ctx, store.Session{IDHash: []byte("s1"), TenantID: a, RecipientID: r1.ID, Stage: store.StageActive, CSRF: []byte("c"), CreatedAt: at, SeenAt: at}, nil))
	must(t, st.ResetAccount(ctx, a, r1.ID, ev(a, audit.ActionAccountReset)))
	if _, err := st.GetAccount(ctx, a, r1.ID); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("account after reset: %v", err)
	}
	if n := raw.Int(`SELECT COUNT(*) FROM sessions`) + raw.Int(`SELECT COUNT(*) FROM recovery_codes`); n != 0 {
		t.Fatalf("%d sessions/codes after reset", n)
	}
}

func testSessions(t *testing.T, st *store.Store, raw *testdb.Raw) {
	a := mkTenant(t, st, "a")
	r := mkRecipient(t, st, a, "p-1")
	at := time.Now().Truncate(time.Microsecond)
	s1 := store.Session{IDHash: []byte("h1"), TenantID: a, RecipientID: r.ID, Stage: store.StageLink, CSRF: []byte("c1"), MessageID: "m", CreatedAt: at, SeenAt: at}
	must(t, st.CreateSession(ctx, s1, nil))
	s2 := s1
	s2.IDHash, s2.Stage = []byte("h2"), store.StagePassword
	must(t, st.CreateSession(ctx, s2, s1.IDHash, ev(a, audit.ActionSignIn)))
	if _, err := st.GetSession(ctx, s1.IDHash); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("replaced session still there: %v", err)
	}
	got, err := st.GetSession(ctx, s2.IDHash)
	must(t, err)
	if got.Stage != store.StagePassword || got.MessageID != "m" || !bytes.Equal(got.CSRF, []byte("c1")) || got.FactorAt != nil {
		t.Fatalf("session %+v", got)
	}
	must(t, st.TouchSession(ctx, s2.IDHash, at.Add(time.Minute)))
	must(t, st.TouchSession(ctx, s2.IDHash, at)) // never backwards
	must(t, st.SetSessionFactor(ctx, s2.IDHash, at.Add(2*time.Minute), ev(a, audit.ActionStepUp)))
	must(t, st.SetSessionPending(ctx, s2.IDHash, []byte("p")))
	got, _ = st.GetSession(ctx, s2.IDHash)
	if !got.SeenAt.Equal(at.Add(2*time.Minute)) || got.FactorAt == nil || !got.FactorAt.Equal(at.Add(2*time.Minute)) || string(got.Pending) != "p" {
		t.Fatalf("after updates %+v", got)
	}
	if err := st.SetSessionFactor(ctx, []byte("nope"), at, ev(a, audit.ActionStepUp)); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("factor on a missing session: %v", err)
	}
	s3 := s1
	s3.IDHash = []byte("h3")
	must(t, st.CreateSession(ctx, s3, nil))
	if n, err := st.DeleteSessions(ctx, a, r.ID, ev(a, audit.ActionSignOutAll)); err != nil || n != 2 {
		t.Fatalf("sign out everywhere: %d %v", n, err)
	}
	// Purge: idle and absolute limits.
	old := s1
	old.IDHash, old.CreatedAt, old.SeenAt = []byte("old"), at.Add(-13*time.Hour), at
	idle := s1
	idle.IDHash, idle.SeenAt = []byte("idle"), at.Add(-time.Hour)
	live := s1
	live.IDHash = []byte("live")
	for _, s := range []store.Session{old, idle, live} {
		must(t, st.CreateSession(ctx, s, nil))
	}
	n, err := st.PurgeSessions(ctx, at.Add(-20*time.Minute), at.Add(-12*time.Hour), 1000)
	must(t, err)
	if n != 2 || raw.Int(`SELECT COUNT(*) FROM sessions`) != 1 {
		t.Fatalf("purged %d", n)
	}
	// Bounded batches across tenants: 8 expired sessions of two tenants
	// (idle, past the absolute limit, both), 2 live ones (of tenant b);
	// batches of 3 take 3, 3, 2, then nothing, and the live sessions of both
	// tenants stay.
	b := mkTenant(t, st, "purge-b")
	var expired int
	for i := range 10 {
		x := s1
		if i%2 == 1 {
			x.TenantID = b
		}
		x.IDHash = []byte(fmt.Sprintf("batch-%d", i))
		switch i % 4 {
		case 0:
			x.SeenAt = at.Add(-time.Hour) // idle
		case 1:
			x.CreatedAt, x.SeenAt = at.Add(-13*time.Hour), at // past the absolute limit
		case 2:
			x.CreatedAt, x.SeenAt = at.Add(-13*time.Hour), at.Add(-time.Hour) // both
		}
		if i%4 != 3 {
			expired++
		}
		must(t, st.CreateSession(ctx, x, nil))
	}
	if expired != 8 {
		t.Fatalf("fixture: %d expired", expired)
	}
	for i, want := range []int64{3, 3, 2, 0} {
		n, err := st.PurgeSessions(ctx, at.Add(-20*time.Minute), at.Add(-12*time.Hour), 3)
		must(t, err)
		if n != want {
			t.Fatalf("batch %d purged %d, want %d", i, n, want)
		}
	}
	if left := raw.Int(`SELECT COUNT(*) FROM sessions`); left != 3 { // "live" and the two live ones
		t.Fatalf("%d sessions left, want 3", left)
	}
	if lb := raw.Int(`SELECT COUNT(*) FROM sessions WHERE tenant_id = $1`, b); lb != 2 {
		t.Fatalf("tenant b keeps %d live sessions, want 2", lb)
	}
}

func testThrottle(t *testing.T, st *store.Store, raw *testdb.Raw) {
	tn := mkTenant(t, st, "throttle")
	at := time.Now().Truncate(time.Microsecond)
	// A growing lock from the third failure on; the audit event rides along.
	grow := store.ThrottleRule{Scope: "pair:x", Window: time.Hour, Lock: func(n int) time.Duration {
		if n < 3 {
			return 0
		}
		return time.Duration(n-2) * time.Minute
	}}
	for i := 1; i <= 4; i++ {
		now := at.Add(time.Duration(i) * time.Second)
		until, err := st.CountFailure(ctx, now, []store.ThrottleRule{grow}, ev(tn, audit.ActionSignInFailed))
		must(t, err)
		switch {
		case i < 3 && until != nil:
			t.Fatalf("failure %d locked: %v", i, until)
		case i >= 3 && (until == nil || !until.Equal(now.Add(time.Duration(i-2)*time.Minute))):
			t.Fatalf("failure %d: lock %v", i, until)
		}
	}
	if u, err := st.ThrottleLocked(ctx, at.Add(time.Minute), "addr:none", "pair:x"); err != nil || u == nil {
		t.Fatalf("locked scope not reported: %v %v", u, err)
	}
	if u, _ := st.ThrottleLocked(ctx, at.Add(3*time.Minute), "pair:x"); u != nil {
		t.Fatalf("expired lock reported: %v", u)
	}
	if n := raw.Int(`SELECT COUNT(*) FROM audit_events WHERE tenant_id = $1 AND action = $2`, tn, audit.ActionSignInFailed); n != 4 {
		t.Fatalf("failure events %d", n)
	}
	// Failures outside the window start a new count.
	once := store.ThrottleRule{Scope: "addr:y", Window: time.Minute, Lock: func(n int) time.Duration {
		if n >= 2 {
			return time.Minute
		}
		return 0
	}}
	for _, when := range []time.Time{at, at.Add(2 * time.Minute)} {
		if u, err := st.CountFailure(ctx, when, []store.ThrottleRule{once}); err != nil || u != nil {
			t.Fatalf("failures in different windows locked: %v %v", u, err)
		}
	}
	// A success clears the count and the lock.
	must(t, st.ClearThrottle(ctx, []string{"pair:x"}, ev(tn, audit.ActionSignIn)))
	if s, _ := st.GetThrottle(ctx, "pair:x"); s.Failures != 0 || s.LockedUntil != nil {
		t.Fatalf("after success %+v", s)
	}
	if z, _ := st.GetThrottle(ctx, "addr:none"); z.Failures != 0 || z.LockedUntil != nil {
		t.Fatal("unknown scope has a record")
	}
	must(t, st.PurgeThrottle(ctx, at.Add(time.Hour)))
	if n := raw.Int(`SELECT COUNT(*) FROM signin_throttle`); n != 0 {
		t.Fatalf("%d throttle rows after purge", n)
	}
}

func testInboxAndAttachments(t *testing.T, st *store.Store, raw *testdb.Raw) {
	a := mkTenant(t, st, "a")
	r, other := mkRecipient(t, st, a, "p-1"), mkRecipient(t, st, a, "p-2")
	var ms []store.NewMessage
	for i := 0; i < 4; i++ {
		m := newMessage(a, r, "")
		m.Message.CreatedAt = time.Now().Add(time.Duration(i) * time.Second).Truncate(time.Microsecond)
		ms = append(ms, m)
	}
	ms = append(ms, newMessage(a, other, ""))
	_, err := st.CreateMessages(ctx, ms)
	must(t, err)
	at := time.Now().Truncate(time.Microsecond)
	id := func(i int) string { return ms[i].Message.ID }
	must(t, st.SetInboxState(ctx, a, r.ID, id(3), store.InboxRead, at, ev(a, audit.ActionMessageOpen)))
	must(t, st.SetInboxState(ctx, a, r.ID, id(3), store.InboxRead, at.Add(time.Hour), ev(a, audit.ActionMessageOpen)))
	must(t, st.SetInboxState(ctx, a, r.ID, id(2), store.InboxArchive, at, ev(a, audit.ActionInboxArchive)))
	must(t, st.RevokeMessage(ctx, a, id(1), "test"))
	if err := st.SetInboxState(ctx, a, other.ID, id(0), store.InboxRead, at, ev(a, audit.ActionMessageOpen)); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("another recipient marked the message: %v", err)
	}
	list, err := st.ListInbox(ctx, a, r.ID, false, at, 10)
	must(t, err)
	if len(list) != 2 || list[0].Message.ID != id(0) || list[1].Message.ID != id(3) || list[1].ReadAt == nil || !list[1].ReadAt.Equal(at) {
		t.Fatalf("inbox order/contents wrong: %d items", len(list))
	}
	if n, _ := st.UnreadCount(ctx, a, r.ID, at); n != 1 {
		t.Fatalf("unread %d", n)
	}
	arch, _ := st.ListInbox(ctx, a, r.ID, true, at, 10)
	if len(arch) != 1 || arch[0].Message.ID != id(2) {
		t.Fatal("archive listing wrong")
	}
	if _, err := st.GetInboxItem(ctx, a, other.ID, id(0)); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("another recipient loaded the message: %v", err)
	}
	must(t, st.SetInboxState(ctx, a, r.ID, id(3), store.InboxUnread, at, ev(a, audit.ActionInboxUnread)))
	if n, _ := st.UnreadCount(ctx, a, r.ID, at); n != 2 {
		t.Fatalf("unread after unread %d", n)
	}
	// Attachments: only on live messages of the tenant; shredded by revoke.
	att := store.Attachment{TenantID: a, ID: ids.New("att"), MessageID: id(0), Name: []byte("sealed"), ContentType: "application/pdf", Size: 3, BlobKey: "k", CreatedAt: at}
	must(t, st.CreateAttachment(ctx, att, []byte("wrapped"), ev(a, audit.ActionAttachmentUpload)))
	bad := att
	bad.ID, bad.MessageID = ids.New("att"), id(1)
	if err := st.CreateAttachment(ctx, bad, []byte("w"), ev(a, audit.ActionAttachmentUpload)); !errors.Is(err, store.ErrGone) {
		t.Fatalf("attachment on a revoked message: %v", err)
	}
	bad.TenantID, bad.MessageID = mkTenant(t, st, "b"), id(0)
	if err := st.CreateAttachment(ctx, bad, []byte("w"), ev(a, audit.ActionAttachmentUpload)); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("attachment across tenants: %v", err)
	}
	as, err := st.ListAttachments(ctx, a, id(0))
	must(t, err)
	if len(as) != 1 || as[0].Size != 3 || string(as[0].Name) != "sealed" {
		t.Fatalf("attachments %+v", as)
	}
	items, _ := st.ListInbox(ctx, a, r.ID, false, at, 10)
	for _, it := range items {
		if want := map[bool]int{true: 1, false: 0}[it.Message.ID == id(0)]; it.Attachments != want {
			t.Fatalf("message %s lists %d attachments, want %d", it.Message.ID, it.Attachments, want)
		}
	}
	must(t, st.RevokeMessage(ctx, a, id(0), "test"))
	if _, err := st.DataKey(ctx, a, "attachment/"+att.ID); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("attachment key survived the revoke: %v", err)
	}
}
