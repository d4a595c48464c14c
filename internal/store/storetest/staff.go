package storetest

import (
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/audit"
	"github.com/sealpost/sealpost/internal/ids"
	"github.com/sealpost/sealpost/internal/store"
	"github.com/sealpost/sealpost/internal/testdb"
)

func mkStaff(t *testing.T, st *store.Store, tenant, email string, pools ...string) store.Staff {
	t.Helper()
	now := time.Now().Truncate(time.Microsecond)
	s := store.Staff{TenantID: tenant, ID: ids.New("stf"), EmailFP: []byte("fp-" + email), Email: []byte("sealed"), Name: email, Role: store.StaffMember,
		Status: store.StaffInvited, CreatedAt: now, Pools: pools}
	must(t, st.CreateStaff(ctx, store.NewStaff{Staff: s, WrappedKey: []byte("k"),
		Invitation: store.StaffInvitation{TokenHash: []byte("inv-" + s.ID), TenantID: tenant, ID: ids.New("inv"), StaffID: s.ID, ExpiresAt: now.Add(time.Hour)},
		Event:      audit.Event{TenantID: tenant, Actor: "test", Action: "staff.create", ObjectType: "staff", ObjectID: s.ID}},
		store.StaffPolicy{ReadTTL: time.Hour, MaxAge: 24 * time.Hour}))
	return s
}

// testStaffAccounts: a staff account is created with its pools (missing
// pools get the default policy), its email is unique per tenant only, an
// invitation is accepted once, activation and sign-in move the TOTP step
// forward only, and sessions carry the account's role and pools.
func testStaffAccounts(t *testing.T, st *store.Store, raw *testdb.Raw) {
	a, b := mkTenant(t, st, "a"), mkTenant(t, st, "b")
	s := mkStaff(t, st, a, "ann@x.example", "billing", "pharmacy")
	mkStaff(t, st, b, "ann@x.example", "billing") // same email, other tenant
	err := st.CreateStaff(ctx, store.NewStaff{Staff: store.Staff{TenantID: a, ID: ids.New("stf"), EmailFP: []byte("fp-ann@x.example"), Email: []byte("x"), Role: "member", CreatedAt: time.Now()},
		WrappedKey: []byte("k"), Invitation: store.StaffInvitation{TokenHash: []byte("dup"), TenantID: a, ID: "inv", StaffID: "x", ExpiresAt: time.Now()},
		Event: audit.Event{TenantID: a, Actor: "t", Action: "staff.create"}}, store.StaffPolicy{ReadTTL: time.Hour, MaxAge: time.Hour})
	if !errors.Is(err, store.ErrExists) {
		t.Fatalf("duplicate email: %v", err)
	}
	got, err := st.StaffByEmail(ctx, a, []byte("fp-ann@x.example"))
	must(t, err)
	if got.ID != s.ID || len(got.Pools) != 2 || got.Status != store.StaffInvited {
		t.Fatalf("staff %+v", got)
	}
	if _, err := st.GetStaff(ctx, b, s.ID); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("another tenant's staff: %v", err)
	}
	p, err := st.GetStaffPool(ctx, a, "billing")
	must(t, err)
	if p.Policy.ReadTTL != time.Hour || p.Members != 1 {
		t.Fatalf("pool %+v", p)
	}
	now := time.Now().Truncate(time.Microsecond)
	iv, err := st.Invitation(ctx, []byte("inv-"+s.ID), now)
	must(t, err)
	if _, err := st.Invitation(ctx, []byte("inv-"+s.ID), now.Add(2*time.Hour)); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("expired invitation: %v", err)
	}
	ev := audit.Event{TenantID: a, Actor: "t", Action: "staff.x", ObjectType: "staff", ObjectID: s.ID}
	enrol := store.StaffSession{TokenHash: []byte("ses-enrol"), TenantID: a, StaffID: s.ID, Stage: store.StaffStageEnrol, CSRF: "c", CreatedAt: now, LastSeenAt: now}
	// Two accepts at once: one wins.
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for i := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ses := enrol
			ses.TokenHash = []byte{byte(i), 'e'}
			errs[i] = st.AcceptInvitation(ctx, iv, ses, ev)
		}()
	}
	wg.Wait()
	if (errs[0] == nil) == (errs[1] == nil) {
		t.Fatalf("accepts: %v %v", errs[0], errs[1])
	}
	winner := []byte{0, 'e'}
	if errs[0] != nil {
		winner = []byte{1, 'e'}
	}
	if _, err := st.Invitation(ctx, []byte("inv-"+s.ID), now); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("used invitation: %v", err)
	}
	active := store.StaffSession{TokenHash: []byte("ses-active"), TenantID: a, StaffID: s.ID, Stage: store.StaffStageActive, CSRF: "c", CreatedAt: now, LastSeenAt: now, FactorAt: &now}
	must(t, st.ActivateStaff(ctx, a, s.ID, "phc", []byte("totp"), 100, winner, active, ev))
	if err := st.ActivateStaff(ctx, a, s.ID, "phc", []byte("totp"), 100, winner, active, ev); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("second activation: %v", err)
	}
	if _, err := st.LookupStaffSession(ctx, winner); !errors.Is(err, store.ErrNotFound) {
		t.Fatal("the enrolment session outlived activation")
	}
	ses, err := st.LookupStaffSession(ctx, []byte("ses-active"))
	must(t, err)
	if ses.StaffID != s.ID || ses.Role != store.StaffMember || len(ses.Pools) != 2 || ses.FactorAt == nil {
		t.Fatalf("session %+v", ses)
	}
	// TOTP steps only move forward.
	next := active
	next.TokenHash = []byte("ses-2")
	if err := st.StaffSignedIn(ctx, a, s.ID, 100, nil, next, ev); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("replayed step: %v", err)
	}
	must(t, st.StaffSignedIn(ctx, a, s.ID, 101, nil, next, ev))
	// Failures lock at the limit.
	for range 3 {
		must(t, st.StaffSignInFailed(ctx, a, s.ID, 3, now.Add(time.Minute), ev))
	}
	got, err = st.GetStaff(ctx, a, s.ID)
	must(t, err)
	if !got.LockedUntil.Equal(now.Add(time.Minute)) || got.Failures != 0 {
		t.Fatalf("lock: %+v", got)
	}
	must(t, st.EndStaffSession(ctx, []byte("ses-2"), ev))
	if _, err := st.LookupStaffSession(ctx, []byte("ses-2")); !errors.Is(err, store.ErrNotFound) {
		t.Fatal("ended session still found")
	}
}

// testStaffMessages: messages are listed to their addressee and pools
// only; the first open starts the read clock (never delays removal); claims
// race to one winner; shredding clears content and keys once, within the
// tenant; a shorter policy brings removal forward.
func testStaffMessages(t *testing.T, st *store.Store, raw *testdb.Raw) {
	a, b := mkTenant(t, st, "a"), mkTenant(t, st, "b")
	ann := mkStaff(t, st, a, "ann@x.example", "billing")
	bob := mkStaff(t, st, a, "bob@x.example", "pharmacy")
	now := time.Now().Truncate(time.Microsecond)
	mk := func(tenant, pool, staffID string, due time.Duration) string {
		id := ids.New("smg")
		must(t, st.CreateStaffMessage(ctx, store.NewStaffMessage{Message: store.StaffMessage{TenantID: tenant, ID: id, Pool: pool, StaffID: staffID,
			Subject: []byte("s"), Body: []byte("b"), CreatedAt: now, ReadTTL: 10 * time.Minute, ShredDueAt: now.Add(due)}, WrappedKey: []byte("k"),
			Event: audit.Event{TenantID: tenant, Actor: "t", Action: "staff_message.create", ObjectType: "staff_message", ObjectID: id}}))
		return id
	}
	pm := mk(a, "billing", "", time.Hour)
	dm := mk(a, "", bob.ID, time.Hour)
	other := mk(b, "billing", "", time.Minute)
	in, err := st.StaffInbox(ctx, a, ann.ID, []string{"billing"}, 10)
	must(t, err)
	if len(in) != 1 || in[0].ID != pm || in[0].Subject != nil {
		t.Fatalf("ann's inbox %+v", in)
	}
	in, err = st.StaffInbox(ctx, a, bob.ID, []string{"pharmacy"}, 10)
	must(t, err)
	if len(in) != 1 || in[0].ID != dm {
		t.Fatalf("bob's inbox %+v", in)
	}
	if _, err := st.GetStaffMessage(ctx, b, pm); !errors.Is(err, store.ErrNotFound) {
		t.Fatal("another tenant's message found")
	}
	ev := audit.Event{TenantID: a, Actor: "t", Action: "staff_message.open", ObjectType: "staff_message", ObjectID: pm}
	must(t, st.OpenStaffMessage(ctx, a, pm, ann.ID, now, ev))
	must(t, st.OpenStaffMessage(ctx, a, pm, bob.ID, now.Add(time.Minute), ev)) // a later open moves nothing
	m, err := st.GetStaffMessage(ctx, a, pm)
	must(t, err)
	if m.FirstReadAt == nil || !m.FirstReadAt.Equal(now) || m.OpenedBy != ann.ID || !m.ShredDueAt.Equal(now.Add(10*time.Minute)) || m.Wrapped == nil {
		t.Fatalf("after open %+v", m)
	}
	// Claims: one of two racing claims wins; close by anyone then ends it.
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for i, who := range []string{ann.ID, bob.ID} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = st.ClaimStaffMessage(ctx, a, pm, who, store.StaffEventClaimed, now, ev)
		}()
	}
	wg.Wait()
	if (errs[0] == nil) == (errs[1] == nil) {
		t.Fatalf("claims: %v %v", errs[0], errs[1])
	}
	must(t, st.ClaimStaffMessage(ctx, a, pm, bob.ID, store.StaffEventClosed, now, ev))
	if err := st.ClaimStaffMessage(ctx, a, pm, ann.ID, store.StaffEventClosed, now, ev); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("second close: %v", err)
	}
	evs, err := st.StaffMessageEvents(ctx, a, pm)
	must(t, err)
	if len(evs) != 4 {
		t.Fatalf("events %+v", evs)
	}
	// A shorter policy brings the pool message's removal forward.
	must(t, st.PutStaffPool(ctx, a, "billing", store.StaffPolicy{ReadTTL: 2 * time.Minute, MaxAge: 30 * time.Minute}, now, audit.Event{TenantID: a, Actor: "t", Action: "staff_pool.put"}))
	m, _ = st.GetStaffMessage(ctx, a, pm)
	if !m.ShredDueAt.Equal(now.Add(2 * time.Minute)) {
		t.Fatalf("policy did not apply: due %v", m.ShredDueAt)
	}
	// Due at now+3 min: the pool message and the other tenant's, not the direct one.
	due, err := st.StaffMessagesDue(ctx, now.Add(3*time.Minute), 10)
	must(t, err)
	if len(due) != 2 {
		t.Fatalf("due %+v", due)
	}
	if got, err := st.ShredStaffMessages(ctx, a, []string{other}, "t", "staff_message.expire", now); err != nil || len(got) != 0 {
		t.Fatalf("shredded another tenant's message: %v %v", got, err)
	}
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := st.ShredStaffMessages(ctx, a, []string{pm}, "t", "staff_message.expire", now); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if n := raw.Int(`SELECT COUNT(*) FROM audit_events WHERE action = 'staff_message.expire' AND object_id = $1`, pm); n != 1 {
		t.Fatalf("%d expire events", n)
	}
	m, _ = st.GetStaffMessage(ctx, a, pm)
	if m.ShreddedAt == nil || m.Subject != nil || m.Body != nil || m.Wrapped != nil {
		t.Fatalf("after shred %+v", m)
	}
	if err := st.OpenStaffMessage(ctx, a, pm, ann.ID, now, ev); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("open after shred: %v", err)
	}
	due, _ = st.StaffMessagesDue(ctx, now.Add(3*time.Minute), 10)
	if len(due) != 1 || due[0].ID != other {
		t.Fatalf("due after shred %+v", due)
	}
}

// testStaffSessionSweep: the sweep deletes staff sessions idle too long,
// past the absolute limit, and password-checked stages past their time, of
// every tenant, at most limit per statement; a live session of any tenant
// (including a fresh password-checked stage and an active session as old
// as a stale stage) stays. The clock is moved, not waited for.
func testStaffSessionSweep(t *testing.T, st *store.Store, raw *testdb.Raw) {
	a, b := mkTenant(t, st, "a"), mkTenant(t, st, "b")
	sa, sb := mkStaff(t, st, a, "ann@x.example"), mkStaff(t, st, b, "bob@x.example")
	t0 := time.Now().Truncate(time.Microsecond)
	at := func(d time.Duration) int64 { return t0.Add(d).UnixMicro() }
	add := func(hash, tenant, staffID, stage string, created, seen time.Duration) {
		raw.Exec(`INSERT INTO staff_sessions (token_hash, tenant_id, staff_id, stage, csrf, pending, created_at, last_seen_at, factor_at) VALUES ($1,$2,$3,$4,'c',$5,$6,$7,NULL)`,
			[]byte(hash), tenant, staffID, stage, []byte("sealed-ceremony"), at(created), at(seen))
	}
	live := map[string]bool{}
	keep := func(hash, tenant, staffID, stage string, created, seen time.Duration) {
		add(hash, tenant, staffID, stage, created, seen)
		live[hash] = true
	}
	keep("live-a", a, sa.ID, store.StaffStageActive, 0, 55*time.Minute)
	keep("live-b-old-as-stale-stage", b, sb.ID, store.StaffStageActive, 50*time.Minute, 58*time.Minute)
	keep("live-b-stage", b, sb.ID, store.StaffStagePassword, 57*time.Minute, 57*time.Minute)
	keep("live-a-enrol", a, sa.ID, store.StaffStageEnrol, 59*time.Minute, 59*time.Minute)
	add("idle-a", a, sa.ID, store.StaffStageActive, 0, 40*time.Minute)
	add("absolute-b", b, sb.ID, store.StaffStageActive, -7*time.Hour-5*time.Minute, 59*time.Minute)
	add("stale-stage-a", a, sa.ID, store.StaffStagePassword, 50*time.Minute, 54*time.Minute)
	for i := range 5 {
		add(fmt.Sprintf("idle-b-%d", i), b, sb.ID, store.StaffStageEnrol, 0, time.Duration(i)*time.Minute)
	}
	cut := func(now time.Time) store.StaffSessionCutoffs {
		return store.StaffSessionCutoffs{IdleBefore: now.Add(-10 * time.Minute), CreatedBefore: now.Add(-8 * time.Hour), StageBefore: now.Add(-5 * time.Minute)}
	}
	count := func() int64 { return raw.Int(`SELECT COUNT(*) FROM staff_sessions`) }
	if n := count(); n != 12 {
		t.Fatalf("sessions before: %d", n)
	}
	// At t0+5m nothing has expired yet (idle-b-0 was seen at t0, 5 min ago).
	n, err := st.SweepStaffSessions(ctx, cut(t0.Add(5*time.Minute)), 100)
	must(t, err)
	if n != 0 || count() != 12 {
		t.Fatalf("early sweep deleted %d, %d left", n, count())
	}
	// At t0+60m: eight have expired; batches of 3 take 3, 3, 2, then none.
	now := t0.Add(time.Hour)
	for i, want := range []int64{3, 3, 2, 0} {
		n, err := st.SweepStaffSessions(ctx, cut(now), 3)
		must(t, err)
		if n != want {
			t.Fatalf("batch %d deleted %d, want %d", i, n, want)
		}
	}
	if n := count(); n != int64(len(live)) {
		t.Fatalf("%d sessions left, want %d", n, len(live))
	}
	for h := range live {
		if raw.Int(`SELECT COUNT(*) FROM staff_sessions WHERE token_hash = $1`, []byte(h)) != 1 {
			t.Fatalf("live session %s swept", h)
		}
	}
	// The survivors still resolve (with their accounts), and a zero limit deletes nothing.
	if ses, err := st.LookupStaffSession(ctx, []byte("live-b-stage")); err != nil || ses.TenantID != b || ses.StaffID != sb.ID {
		t.Fatalf("live session: %+v %v", ses, err)
	}
	if n, err := st.SweepStaffSessions(ctx, cut(now.Add(9*time.Hour)), 0); err != nil || n != 0 || count() != int64(len(live)) {
		t.Fatalf("zero limit: %d %v", n, err)
	}
	// Much later, every one has expired.
	n, err = st.SweepStaffSessions(ctx, cut(now.Add(9*time.Hour)), 1000)
	must(t, err)
	if n != int64(len(live)) || count() != 0 {
		t.Fatalf("late sweep deleted %d, %d left", n, count())
	}
}
