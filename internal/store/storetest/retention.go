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

// testRetention: due messages are found by shred_due, across tenants, and
// shredded once each even by two concurrent passes; a shred leaves the
// revoke's traces (status expired, no sealed columns, no data key, links
// disabled, queued deliveries canceled, one audit event); another tenant's
// ids are never touched; unplanned messages are listed and planned; the
// metadata purge deletes only shredded messages older than its cutoff.
func testRetention(t *testing.T, st *store.Store, raw *testdb.Raw) {
	a, b := mkTenant(t, st, "a"), mkTenant(t, st, "b")
	ra, rb := mkRecipient(t, st, a, "p-a"), mkRecipient(t, st, b, "p-b")
	now := time.Now().Truncate(time.Microsecond)
	ms := make([]store.NewMessage, 0, 6)
	for i := range 6 {
		tn, r := a, ra
		if i%3 == 2 {
			tn, r = b, rb
		}
		m := newMessage(tn, r, "")
		m.Message.ShredDue = now.Add(time.Duration(i-3)*time.Hour + time.Minute) // 0,1,2 due; 3,4,5 not yet
		ms = append(ms, m)
	}
	_, err := st.CreateMessages(ctx, ms)
	must(t, err)
	due, err := st.DueForShred(ctx, now, 100)
	must(t, err)
	if len(due) != 3 || due[0].ID != ms[0].Message.ID || due[2].ID != ms[2].Message.ID || due[2].TenantID != b {
		t.Fatalf("due %+v", due)
	}
	// b's message named under a's tenant: not touched.
	got, err := st.ShredMessages(ctx, a, []string{ms[2].Message.ID}, "test", now)
	must(t, err)
	if len(got) != 0 {
		t.Fatalf("shredded another tenant's message: %+v", got)
	}
	// Two passes at once over a's due messages: each shredded once.
	var wg sync.WaitGroup
	counts := make([]int, 2)
	for i := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got, err := st.ShredMessages(ctx, a, []string{ms[0].Message.ID, ms[1].Message.ID}, "test", now)
			if err != nil {
				t.Error(err)
			}
			counts[i] = len(got)
		}()
	}
	wg.Wait()
	if counts[0]+counts[1] != 2 {
		t.Fatalf("concurrent passes shredded %v", counts)
	}
	if n := raw.Int(`SELECT COUNT(*) FROM audit_events WHERE action = $1`, audit.ActionMessageExpire); n != 2 {
		t.Fatalf("expire events: %d", n)
	}
	m0, ds, err := st.GetMessage(ctx, a, ms[0].Message.ID)
	must(t, err)
	if m0.Status != store.StatusExpired || m0.Subject != nil || m0.Body != nil || ds[0].Status != store.DeliveryCanceled {
		t.Fatalf("after the shred: %+v %+v", m0, ds)
	}
	if n := raw.Int(`SELECT COUNT(*) FROM data_keys WHERE owner = $1`, "message/"+ms[0].Message.ID); n != 0 {
		t.Fatal("data key survived")
	}
	if n := raw.Int(`SELECT COUNT(*) FROM links WHERE message_id = $1 AND revoked_at IS NULL`, ms[1].Message.ID); n != 0 {
		t.Fatal("live link after the shred")
	}
	if err := st.RevokeMessage(ctx, a, ms[0].Message.ID, "test"); err != store.ErrGone {
		t.Fatalf("revoking an expired message: %v", err)
	}
	due, err = st.DueForShred(ctx, now, 100)
	must(t, err)
	if len(due) != 1 || due[0].ID != ms[2].Message.ID {
		t.Fatalf("due after the shred %+v", due)
	}

	// Unplanned messages (a category's retention changed).
	n, err := st.ReplanCategory(ctx, a, "test_result")
	must(t, err)
	if n != 2 { // ms[3], ms[4]: a's live ones
		t.Fatalf("replanned %d", n)
	}
	un, err := st.UnplannedMessages(ctx, 10)
	must(t, err)
	if len(un) != 2 {
		t.Fatalf("unplanned %+v", un)
	}
	must(t, st.PlanShreds(ctx, []store.ShredPlan{{TenantID: a, ID: un[0].ID, Due: now}, {TenantID: a, ID: un[1].ID, Due: now.Add(time.Hour)}}))
	un, err = st.UnplannedMessages(ctx, 10)
	must(t, err)
	rs, err := st.Retention(ctx, now, now.Add(-time.Minute))
	must(t, err)
	if len(un) != 0 || rs.Due != 2 || rs.Unplanned != 0 || rs.ShreddedSince != 2 || rs.OldestDue == nil {
		t.Fatalf("after planning: %d unplanned, status %+v", len(un), rs)
	}

	// Metadata purge: only shredded messages, only before the cutoff.
	purged, err := st.PurgeShredded(ctx, now, 100)
	must(t, err)
	if purged != 0 {
		t.Fatalf("purged %d shredded at the cutoff itself", purged)
	}
	purged, err = st.PurgeShredded(ctx, now.Add(time.Second), 100)
	must(t, err)
	if purged != 2 || raw.Int(`SELECT COUNT(*) FROM messages`) != 4 || raw.Int(`SELECT COUNT(*) FROM deliveries`) != 4 {
		t.Fatalf("purged %d; %d messages left", purged, raw.Int(`SELECT COUNT(*) FROM messages`))
	}
	if n := raw.Int(`SELECT COUNT(*) FROM audit_events WHERE action = $1`, audit.ActionMessageExpire); n != 2 {
		t.Fatal("the purge removed audit events")
	}
}

// testRetentionDuringSend: shreds racing delivery workers — three batches
// at once, their messages interleaved, while each message's delivery is
// being marked "sending" — all succeed and leave no way in: every message
// expired with one event, no live link (the link a send added either
// committed before the shred, which disabled it, or its send waited and
// found the delivery canceled), every delivery sending or canceled. (The
// lock order itself is the statements' — retentionpg.go; this race rarely
// builds the cycle a wrong order would deadlock on.)
func testRetentionDuringSend(t *testing.T, st *store.Store, raw *testdb.Raw) {
	a := mkTenant(t, st, "a")
	r := mkRecipient(t, st, a, "p-1")
	ms := mkMessages(t, st, a, r, 90)
	now := time.Now()
	var wg sync.WaitGroup
	for _, m := range ms {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := st.BeginSend(ctx, a, m.Deliveries[0].ID, queued, sendLink(m), openings(m))
			if err != nil && !errors.Is(err, store.ErrConflict) {
				t.Errorf("BeginSend: %v", err)
			}
		}()
	}
	for k := range 3 {
		var batch []string
		for i := len(ms) - 1 - k; i >= 0; i -= 3 {
			batch = append(batch, ms[i].Message.ID)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			got, err := st.ShredMessages(ctx, a, batch, "test", now)
			if err != nil || len(got) != len(batch) {
				t.Errorf("shred: %d of %d: %v", len(got), len(batch), err)
			}
		}()
	}
	wg.Wait()
	if n := raw.Int(`SELECT COUNT(*) FROM messages WHERE status = $1`, store.StatusExpired); n != 90 {
		t.Errorf("%d of 90 messages expired", n)
	}
	if n := raw.Int(`SELECT COUNT(*) FROM audit_events WHERE action = $1`, audit.ActionMessageExpire); n != 90 {
		t.Errorf("%d expire events for 90 messages", n)
	}
	if n := raw.Int(`SELECT COUNT(*) FROM links WHERE revoked_at IS NULL`); n != 0 {
		t.Errorf("%d live links to shredded messages", n)
	}
	if n := raw.Int(`SELECT COUNT(*) FROM deliveries WHERE status NOT IN ('sending', 'canceled')`); n != 0 {
		t.Errorf("%d deliveries neither sending nor canceled", n)
	}
}

// testConsentInForce: the send-time consent check sees a consent given,
// its categories, not a withdrawn one, and nothing across recipients or
// tenants.
func testConsentInForce(t *testing.T, st *store.Store, _ *testdb.Raw) {
	a, b := mkTenant(t, st, "a"), mkTenant(t, st, "b")
	ra, ra2, rb := mkRecipient(t, st, a, "p-1"), mkRecipient(t, st, a, "p-2"), mkRecipient(t, st, b, "p-1")
	must(t, st.PutConsent(ctx, a, ra.ID, store.Consent{Kind: "phi_in_email", Categories: "account_message,test_result", Sealed: []byte("s"), WrappedKey: []byte("w")}, "test"))
	for _, c := range []struct {
		tenant, recipient, kind string
		ok                      bool
	}{
		{a, ra.ID, "phi_in_email", true}, {a, ra.ID, "marketing", false}, {a, ra2.ID, "phi_in_email", false}, {b, rb.ID, "phi_in_email", false},
	} {
		cats, ok, err := st.ConsentInForce(ctx, c.tenant, c.recipient, c.kind)
		must(t, err)
		if ok != c.ok || (ok && cats != "account_message,test_result") {
			t.Fatalf("%+v: %q %v", c, cats, ok)
		}
	}
	// The delivery worker's read carries it too, for every delivery read at
	// once (on PostgreSQL concurrent reads share one set statement).
	ms := mkMessages(t, st, a, ra, 8)
	works := func() []store.Work {
		out := make([]store.Work, len(ms))
		var wg sync.WaitGroup
		for i, m := range ms {
			wg.Add(1)
			go func() {
				defer wg.Done()
				w, err := st.DeliveryWork(ctx, a, m.Deliveries[0].ID, m.Message.ID, ra.ID)
				if err != nil {
					t.Error(err)
				}
				out[i] = w
			}()
		}
		wg.Wait()
		return out
	}
	for _, w := range works() {
		if w.PHIInEmail == nil || *w.PHIInEmail != "account_message,test_result" {
			t.Fatalf("delivery work consent %v", w.PHIInEmail)
		}
	}
	must(t, st.WithdrawConsent(ctx, a, ra.ID, "phi_in_email", "test"))
	if _, ok, err := st.ConsentInForce(ctx, a, ra.ID, "phi_in_email"); ok || err != nil {
		t.Fatalf("withdrawn consent in force: %v %v", ok, err)
	}
	for _, w := range works() {
		if w.PHIInEmail != nil {
			t.Fatalf("withdrawn consent in the delivery work: %q", *w.PHIInEmail)
		}
	}
}

// testActivationCodes: one code per recipient (a new one replaces it),
// found by recipient and tenant only, used once.
func testActivationCodes(t *testing.T, st *store.Store, raw *testdb.Raw) {
	a, b := mkTenant(t, st, "a"), mkTenant(t, st, "b")
	ra, rb := mkRecipient(t, st, a, "p-1"), mkRecipient(t, st, b, "p-1")
	now := time.Now().Truncate(time.Microsecond)
	ev := audit.Event{TenantID: a, At: now, Actor: "test", Action: audit.ActionActivationIssue, ObjectType: "recipient", ObjectID: ra.ID}
	must(t, st.PutActivationCode(ctx, a, ra.ID, []byte("mac-1"), now.Add(time.Hour), ev))
	must(t, st.PutActivationCode(ctx, a, ra.ID, []byte("mac-2"), now.Add(2*time.Hour), ev))
	mac, exp, err := st.ActivationCode(ctx, a, ra.ID)
	if err != nil || string(mac) != "mac-2" || !exp.Equal(now.Add(2*time.Hour)) {
		t.Fatalf("code %q %v %v", mac, exp, err)
	}
	if _, _, err := st.ActivationCode(ctx, b, rb.ID); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("another tenant's recipient has a code: %v", err)
	}
	if ok, err := st.UseActivationCode(ctx, a, ra.ID, []byte("mac-1")); ok || err != nil {
		t.Fatalf("a replaced code was used: %v %v", ok, err)
	}
	if ok, err := st.UseActivationCode(ctx, a, ra.ID, []byte("mac-2")); !ok || err != nil {
		t.Fatalf("use: %v %v", ok, err)
	}
	if ok, _ := st.UseActivationCode(ctx, a, ra.ID, []byte("mac-2")); ok {
		t.Fatal("a code was used twice")
	}
	if n := raw.Int(`SELECT COUNT(*) FROM audit_events WHERE action = $1`, audit.ActionActivationIssue); n != 2 {
		t.Fatalf("issue events %d", n)
	}
}
