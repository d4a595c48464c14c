// Package storetest is the storage contract: one suite of behaviours every
// database sealpost runs on must show. store's own tests run it on SQLite and
// PostgreSQL, each test on a fresh database.
package storetest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/riverqueue/river"
	"github.com/sealpost/sealpost/internal/audit"
	"github.com/sealpost/sealpost/internal/ids"
	"github.com/sealpost/sealpost/internal/jobs"
	"github.com/sealpost/sealpost/internal/store"
	"github.com/sealpost/sealpost/internal/testdb"
)

// Opener gives a test a fresh migrated store and raw access to the same database.
type Opener func(t *testing.T) (*store.Store, *testdb.Raw)

// Run runs the contract suite.
func Run(t *testing.T, open Opener) {
	tests := []struct {
		name string
		f    func(t *testing.T, st *store.Store, raw *testdb.Raw)
	}{
		{"MigrateTwice", testMigrateTwice},
		{"Tenants", testTenants},
		{"APIKeys", testAPIKeys},
		{"Recipients", testRecipients},
		{"RecipientsConcurrent", testRecipientsConcurrent},
		{"MessagesBatch", testMessagesBatch},
		{"IdempotencyClaims", testIdempotencyClaims},
		{"ConcurrentIdempotency", testConcurrentIdempotency},
		{"TenantBoundaries", testTenantBoundaries},
		{"Revoke", testRevoke},
		{"BatchRollsBackWhole", testBatchRollsBackWhole},
		{"DataKeys", testDataKeys},
		{"AuditChain", testAuditChain},
		{"AuditTamper", testAuditTamper},
		{"AuditConcurrentWriters", testAuditConcurrentWriters},
		{"PurgeIdempotency", testPurgeIdempotency},
		{"Accounts", testAccounts},
		{"Sessions", testSessions},
		{"Throttle", testThrottle},
		{"Recovery", testRecovery},
		{"InboxAndAttachments", testInboxAndAttachments},
		{"RecipientInbox", testRecipientInbox},
		{"DeliveryWork", testDeliveryWork},
		{"DeliveryWorkConcurrent", testDeliveryWorkConcurrent},
		{"DeliveryWrites", testDeliveryWrites},
		{"DeliveryWritesCompareAndSwap", testDeliveryWritesCompareAndSwap},
		{"DeliveryWriteFailsAlone", testDeliveryWriteFailsAlone},
		{"RevokeDuringSend", testRevokeDuringSend},
		{"WebhookCap", testWebhookCap},
		{"UserTokens", testUserTokens},
		{"Retention", testRetention},
		{"RetentionDuringSend", testRetentionDuringSend},
		{"ConsentInForce", testConsentInForce},
		{"ActivationCodes", testActivationCodes},
		{"Segments", testSegments},
		{"Campaigns", testCampaigns},
		{"Replies", testReplies},
		{"StaffAccounts", testStaffAccounts},
		{"StaffSessionSweep", testStaffSessionSweep},
		{"StaffMessages", testStaffMessages},
		{"StaffSignedInOIDC", testStaffSignedInOIDC},
		{"Passkeys", testPasskeys},
		{"StaffPasskeys", testStaffPasskeys},
		{"StaffAttachments", testStaffAttachments},
		{"ReplyAttachments", testReplyAttachments},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st, raw := open(t)
			tc.f(t, st, raw)
		})
	}
}

var ctx = context.Background()

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func mkTenant(t *testing.T, st *store.Store, name string) string {
	t.Helper()
	id := ids.New(ids.Tenant)
	must(t, st.CreateTenant(ctx, store.Tenant{ID: id, Name: name, KEK: []byte("kek-" + name), MAC: []byte("mac-" + name)},
		store.APIKey{Prefix: "sp_" + ids.Token(10)[:10], TenantID: id, SecretHash: bytes.Repeat([]byte{1}, 32)}, "test"))
	return id
}

func mkRecipient(t *testing.T, st *store.Store, tenant, ext string) store.Recipient {
	t.Helper()
	r := store.Recipient{TenantID: tenant, ID: ids.New(ids.Recipient), ExternalIndex: ext, ExternalSealed: []byte("sealed-" + ext), Locale: "en", TimeZone: "UTC",
		HasEmail: true, Contact: []byte("sealed-contact"), Identity: []byte("sealed-identity")}
	must(t, st.CreateRecipient(ctx, r, []byte("wrapped-"+ext), "test"))
	return r
}

func newMessage(tenant string, r store.Recipient, idemKey string) store.NewMessage {
	id := ids.New(ids.Message)
	d := store.Delivery{TenantID: tenant, ID: ids.New(ids.Delivery), MessageID: id, Channel: "email"}
	nm := store.NewMessage{
		Message: store.Message{TenantID: tenant, ID: id, RecipientID: r.ID, Category: "test_result", Sensitivity: "restricted",
			Urgency: "normal", Subject: []byte("ct-subject"), Body: []byte("ct-body")},
		DataKey:    []byte("wrapped-" + id),
		Deliveries: []store.Delivery{d},
		Link:       store.Link{TokenHash: []byte(ids.Token(32)), TenantID: tenant, MessageID: id, RecipientID: r.ID, ExpiresAt: time.Now().Add(time.Hour)},
		Actor:      "test",
		Jobs:       []river.InsertManyParams{{Args: jobs.Deliver{TenantID: tenant, DeliveryID: d.ID}}},
	}
	if idemKey != "" {
		nm.Idem = &store.Idempotency{TenantID: tenant, KeyMAC: []byte(idemKey), Fingerprint: []byte("fp"), MessageID: id, Response: []byte("sealed-response")}
	}
	return nm
}

func testMigrateTwice(t *testing.T, st *store.Store, raw *testdb.Raw) {
	must(t, st.Migrate(ctx))
	must(t, st.Migrate(ctx))
	if n := raw.Int(`SELECT COUNT(*) FROM sealpost_migrations`); n < 1 {
		t.Fatalf("migrations recorded: %d", n)
	}
	must(t, st.Ping(ctx))
}

func testTenants(t *testing.T, st *store.Store, raw *testdb.Raw) {
	id := mkTenant(t, st, "acme")
	if err := st.CreateTenant(ctx, store.Tenant{ID: ids.New(ids.Tenant), Name: "acme", KEK: []byte("k"), MAC: []byte("m")},
		store.APIKey{Prefix: "sp_aaaaaaaaaa", SecretHash: []byte("h")}, "test"); !errors.Is(err, store.ErrExists) {
		t.Fatalf("duplicate name: got %v, want ErrExists", err)
	}
	for _, key := range []string{id, "acme"} {
		got, err := st.GetTenant(ctx, key)
		must(t, err)
		if got.ID != id || got.Name != "acme" || string(got.KEK) != "kek-acme" || string(got.MAC) != "mac-acme" {
			t.Fatalf("GetTenant(%s) = %+v", key, got)
		}
	}
	if _, err := st.GetTenant(ctx, "nobody"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("missing tenant: %v", err)
	}
	mkTenant(t, st, "beta")
	ts, err := st.ListTenants(ctx)
	must(t, err)
	if len(ts) != 2 {
		t.Fatalf("ListTenants: %d", len(ts))
	}
	// The failed duplicate wrote nothing, not even its audit events.
	if n := raw.Int(`SELECT COUNT(*) FROM audit_events WHERE action = $1`, audit.ActionTenantCreate); n != 2 {
		t.Fatalf("tenant.create events: %d, want 2", n)
	}
	must(t, st.UpdateTenantKeys(ctx, id, []byte("kek-acme"), []byte("kek2"), []byte("mac2"), []byte("idx"), "test"))
	if err := st.UpdateTenantKeys(ctx, id, []byte("kek-acme"), []byte("kek3"), []byte("mac3"), []byte("idx"), "test"); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("stale CAS: %v", err)
	}
}

func testAPIKeys(t *testing.T, st *store.Store, raw *testdb.Raw) {
	a := mkTenant(t, st, "a")
	b := mkTenant(t, st, "b")
	k := store.APIKey{Prefix: "sp_0123456789", TenantID: a, SecretHash: bytes.Repeat([]byte{7}, 32), Label: "ci"}
	must(t, st.CreateAPIKey(ctx, k, "test"))
	got, err := st.LookupAPIKey(ctx, k.Prefix)
	must(t, err)
	if got.TenantID != a || !bytes.Equal(got.SecretHash, k.SecretHash) || got.RevokedAt != nil || got.Label != "ci" {
		t.Fatalf("lookup: %+v", got)
	}
	ks, err := st.ListAPIKeys(ctx, a)
	must(t, err)
	if len(ks) != 2 {
		t.Fatalf("keys of a: %d", len(ks))
	}
	if err := st.RevokeAPIKey(ctx, b, k.Prefix, "test"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("revoke by another tenant: %v", err)
	}
	must(t, st.RevokeAPIKey(ctx, a, k.Prefix, "test"))
	if err := st.RevokeAPIKey(ctx, a, k.Prefix, "test"); !errors.Is(err, store.ErrGone) {
		t.Fatalf("revoke twice: %v", err)
	}
	got, _ = st.LookupAPIKey(ctx, k.Prefix)
	if got.RevokedAt == nil {
		t.Fatal("revoked key has no revoked_at")
	}
	if n := raw.Int(`SELECT COUNT(*) FROM audit_events WHERE action = $1 AND object_id = $2`, audit.ActionAPIKeyRevoke, k.Prefix); n != 1 {
		t.Fatalf("revoke events: %d", n)
	}
}

func testRecipients(t *testing.T, st *store.Store, raw *testdb.Raw) {
	a := mkTenant(t, st, "a")
	r := mkRecipient(t, st, a, "p-1")
	got, err := st.GetRecipient(ctx, a, "p-1")
	must(t, err)
	if got.ID != r.ID || !got.HasEmail || got.HasPhone || string(got.Identity) != "sealed-identity" {
		t.Fatalf("get: %+v", got)
	}
	dup := r
	dup.ID = ids.New(ids.Recipient)
	if err := st.CreateRecipient(ctx, dup, []byte("w"), "test"); !errors.Is(err, store.ErrExists) {
		t.Fatalf("duplicate external id: %v", err)
	}
	r.HasPhone, r.TimeZone, r.Identity = true, "Europe/Madrid", nil
	must(t, st.UpdateRecipient(ctx, r, []byte("wrapped-v2"), "test"))
	got, _ = st.GetRecipientByID(ctx, a, r.ID)
	if !got.HasPhone || got.TimeZone != "Europe/Madrid" || got.Identity != nil {
		t.Fatalf("after update: %+v", got)
	}
	w, err := st.DataKey(ctx, a, "recipient/"+r.ID)
	must(t, err)
	if string(w) != "wrapped-v2" {
		t.Fatalf("data key not replaced: %q", w)
	}
	// Without a new key the stored one stays: the account's factors are
	// sealed under it.
	r.Locale = "es"
	must(t, st.UpdateRecipient(ctx, r, nil, "test"))
	if w, err := st.DataKey(ctx, a, "recipient/"+r.ID); err != nil || string(w) != "wrapped-v2" {
		t.Fatalf("data key after an update without one: %q %v", w, err)
	}
	if n := raw.Int(`SELECT COUNT(*) FROM audit_events WHERE object_id = $1`, r.ID); n != 3 {
		t.Fatalf("recipient events: %d, want create and two updates", n)
	}
}

func testMessagesBatch(t *testing.T, st *store.Store, raw *testdb.Raw) {
	a := mkTenant(t, st, "a")
	r := mkRecipient(t, st, a, "p-1")
	var batch []store.NewMessage
	for i := range 50 {
		batch = append(batch, newMessage(a, r, fmt.Sprintf("k%d", i)))
	}
	created, err := st.CreateMessages(ctx, batch)
	must(t, err)
	for i, c := range created {
		if !c {
			t.Fatalf("item %d not created", i)
		}
	}
	m, ds, err := st.GetMessage(ctx, a, batch[7].Message.ID)
	must(t, err)
	if m.Status != store.StatusAccepted || string(m.Body) != "ct-body" || m.RecipientID != r.ID || len(ds) != 1 || ds[0].Status != store.DeliveryQueued {
		t.Fatalf("message: %+v %+v", m, ds)
	}
	for table, want := range map[string]int64{"messages": 50, "deliveries": 50, "links": 50, "idempotency_keys": 50, "river_job": 50} {
		if n := raw.Int(`SELECT COUNT(*) FROM ` + table); n != want {
			t.Errorf("%s: %d rows, want %d", table, n, want)
		}
	}
	if n := raw.Int(`SELECT COUNT(*) FROM audit_events WHERE action = $1`, audit.ActionMessageCreate); n != 50 {
		t.Errorf("message.create events: %d", n)
	}
	if n := raw.Int(`SELECT COUNT(*) FROM river_job WHERE kind = $1 AND queue = $2`, jobs.Deliver{}.Kind(), jobs.QueueDeliveries); n != 50 {
		t.Errorf("delivery jobs on their queue: %d", n)
	}
}

func testIdempotencyClaims(t *testing.T, st *store.Store, raw *testdb.Raw) {
	a := mkTenant(t, st, "a")
	b := mkTenant(t, st, "b")
	ra, rb := mkRecipient(t, st, a, "p-1"), mkRecipient(t, st, b, "p-1")
	first := newMessage(a, ra, "same")
	created, err := st.CreateMessages(ctx, []store.NewMessage{first})
	must(t, err)
	if !created[0] {
		t.Fatal("first not created")
	}
	// Same key again (alone, and twice within a batch), plus the same key in
	// another tenant, which is independent.
	again := []store.NewMessage{newMessage(a, ra, "same"), newMessage(a, ra, "new"), newMessage(a, ra, "new"), newMessage(b, rb, "same")}
	created, err = st.CreateMessages(ctx, again)
	must(t, err)
	if want := []bool{false, true, false, true}; fmt.Sprint(created) != fmt.Sprint(want) {
		t.Fatalf("created = %v, want %v", created, want)
	}
	rec, err := st.GetIdempotency(ctx, a, []byte("same"))
	must(t, err)
	if rec.MessageID != first.Message.ID || string(rec.Response) != "sealed-response" {
		t.Fatalf("record: %+v", rec)
	}
	if _, _, err := st.GetMessage(ctx, a, again[0].Message.ID); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("duplicate was written: %v", err)
	}
	if n := raw.Int(`SELECT COUNT(*) FROM messages WHERE tenant_id = $1`, a); n != 2 {
		t.Fatalf("messages of a: %d, want 2", n)
	}
	if n := raw.Int(`SELECT COUNT(*) FROM river_job`); n != 3 {
		t.Fatalf("jobs: %d, want 3 (none for duplicates)", n)
	}
}

func testConcurrentIdempotency(t *testing.T, st *store.Store, raw *testdb.Raw) {
	a := mkTenant(t, st, "a")
	r := mkRecipient(t, st, a, "p-1")
	const n = 16
	var wg sync.WaitGroup
	results := make([]bool, n)
	errs := make([]error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, err := st.CreateMessages(ctx, []store.NewMessage{newMessage(a, r, "race")})
			errs[i] = err
			if err == nil {
				results[i] = c[0]
			}
		}()
	}
	wg.Wait()
	won := 0
	for i := range n {
		must(t, errs[i])
		if results[i] {
			won++
		}
	}
	if won != 1 {
		t.Fatalf("%d concurrent creates won the key, want exactly 1", won)
	}
	if c := raw.Int(`SELECT COUNT(*) FROM messages`); c != 1 {
		t.Fatalf("messages: %d, want 1", c)
	}
}

func testTenantBoundaries(t *testing.T, st *store.Store, raw *testdb.Raw) {
	a := mkTenant(t, st, "a")
	b := mkTenant(t, st, "b")
	ra := mkRecipient(t, st, a, "p-1")
	m := newMessage(a, ra, "k")
	_, err := st.CreateMessages(ctx, []store.NewMessage{m})
	must(t, err)
	if _, err := st.GetRecipient(ctx, b, "p-1"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("recipient across tenants: %v", err)
	}
	if _, err := st.GetRecipientByID(ctx, b, ra.ID); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("recipient by id across tenants: %v", err)
	}
	if _, _, err := st.GetMessage(ctx, b, m.Message.ID); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("message across tenants: %v", err)
	}
	if err := st.RevokeMessage(ctx, b, m.Message.ID, "test"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("revoke across tenants: %v", err)
	}
	if _, err := st.GetIdempotency(ctx, b, []byte("k")); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("idempotency across tenants: %v", err)
	}
	if _, err := st.DataKey(ctx, b, "message/"+m.Message.ID); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("data key across tenants: %v", err)
	}
	// b's attempt changed nothing.
	if got, _, _ := st.GetMessage(ctx, a, m.Message.ID); got.Status != store.StatusAccepted {
		t.Errorf("status after foreign revoke: %s", got.Status)
	}
}

func testRevoke(t *testing.T, st *store.Store, raw *testdb.Raw) {
	a := mkTenant(t, st, "a")
	r := mkRecipient(t, st, a, "p-1")
	m := newMessage(a, r, "")
	_, err := st.CreateMessages(ctx, []store.NewMessage{m})
	must(t, err)
	must(t, st.RevokeMessage(ctx, a, m.Message.ID, "test"))
	got, ds, err := st.GetMessage(ctx, a, m.Message.ID)
	must(t, err)
	if got.Status != store.StatusRevoked || got.RevokedAt == nil || got.Subject != nil || got.Body != nil {
		t.Fatalf("after revoke: %+v", got)
	}
	if ds[0].Status != store.DeliveryCanceled {
		t.Fatalf("delivery after revoke: %s", ds[0].Status)
	}
	if _, err := st.DataKey(ctx, a, "message/"+m.Message.ID); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("data key survived revoke: %v", err)
	}
	if n := raw.Int(`SELECT COUNT(*) FROM links WHERE message_id = $1 AND revoked_at IS NULL`, m.Message.ID); n != 0 {
		t.Fatalf("live links after revoke: %d", n)
	}
	if err := st.RevokeMessage(ctx, a, m.Message.ID, "test"); !errors.Is(err, store.ErrGone) {
		t.Fatalf("second revoke: %v", err)
	}
	if n := raw.Int(`SELECT COUNT(*) FROM audit_events WHERE action = $1`, audit.ActionMessageRevoke); n != 1 {
		t.Fatalf("revoke events: %d", n)
	}
}

func testBatchRollsBackWhole(t *testing.T, st *store.Store, raw *testdb.Raw) {
	a := mkTenant(t, st, "a")
	r := mkRecipient(t, st, a, "p-1")
	good := newMessage(a, r, "g")
	bad := newMessage(a, r, "b")
	bad.Message.RecipientID = ids.New(ids.Recipient) // violates the foreign key
	if _, err := st.CreateMessages(ctx, []store.NewMessage{good, bad}); err == nil {
		t.Fatal("batch with a bad row committed")
	}
	for _, table := range []string{"messages", "deliveries", "links", "idempotency_keys", "data_keys", "river_job"} {
		want := int64(0)
		if table == "data_keys" {
			want = 1 // the recipient's
		}
		if n := raw.Int(`SELECT COUNT(*) FROM ` + table); n != want {
			t.Errorf("%s: %d rows after rollback, want %d", table, n, want)
		}
	}
	if n := raw.Int(`SELECT COUNT(*) FROM audit_events WHERE action = $1`, audit.ActionMessageCreate); n != 0 {
		t.Errorf("audit events after rollback: %d", n)
	}
}

func testDataKeys(t *testing.T, st *store.Store, raw *testdb.Raw) {
	a := mkTenant(t, st, "a")
	for i := range 5 {
		mkRecipient(t, st, a, fmt.Sprintf("p-%d", i))
	}
	n, err := st.CountDataKeys(ctx)
	must(t, err)
	if n != 5 {
		t.Fatalf("count: %d", n)
	}
	page, err := st.ListDataKeys(ctx, a, "", 3)
	must(t, err)
	rest, err := st.ListDataKeys(ctx, a, page[2].Owner, 3)
	must(t, err)
	if len(page) != 3 || len(rest) != 2 {
		t.Fatalf("pages: %d + %d", len(page), len(rest))
	}
	stale := page[0]
	stale.Wrapped = []byte("not-current")
	c, err := st.RewrapDataKeys(ctx, []store.DataKeyRow{page[1], stale}, [][]byte{[]byte("new-1"), []byte("new-0")})
	must(t, err)
	if c != 1 {
		t.Fatalf("rewrapped %d, want 1 (stale row must be left alone)", c)
	}
	w, _ := st.DataKey(ctx, a, page[1].Owner)
	if string(w) != "new-1" {
		t.Fatalf("rewrap not stored: %q", w)
	}
}

func chainAll(t *testing.T, st *store.Store) {
	t.Helper()
	for {
		n, err := st.ChainAudit(ctx, 7) // small batches exercise the head carry-over
		must(t, err)
		if n == 0 {
			return
		}
	}
}

func testAuditChain(t *testing.T, st *store.Store, raw *testdb.Raw) {
	a := mkTenant(t, st, "a")
	mkTenant(t, st, "b")
	r := mkRecipient(t, st, a, "p-1")
	for range 10 {
		_, err := st.CreateMessages(ctx, []store.NewMessage{newMessage(a, r, "")})
		must(t, err)
	}
	must(t, st.AppendAudit(ctx, audit.Event{TenantID: audit.SystemTenant, Actor: "test", Action: audit.ActionKeysRotate, ObjectType: "keyset", ObjectID: "root"}))
	pending, err := st.PendingAudit(ctx)
	must(t, err)
	if pending != 2+1+10+2+1 {
		t.Fatalf("pending = %d", pending)
	}
	chainAll(t, st)
	n, brk, err := st.VerifyAudit(ctx)
	must(t, err)
	if brk != nil || n != pending {
		t.Fatalf("verify: n=%d break=%v", n, brk)
	}
	chains, err := st.AuditChains(ctx)
	must(t, err)
	if chains[a] != 13 || chains[audit.SystemTenant] != 1 {
		t.Fatalf("chains: %v", chains)
	}
	evs, err := st.AuditEvents(ctx, a, 0, 100)
	must(t, err)
	if !bytes.Equal(evs[0].PrevHash, audit.Genesis) || !bytes.Equal(evs[1].PrevHash, evs[0].Hash) {
		t.Fatal("chain links wrong")
	}
	// More events later extend the chain from its head.
	_, err = st.CreateMessages(ctx, []store.NewMessage{newMessage(a, r, "")})
	must(t, err)
	chainAll(t, st)
	if _, brk, _ := st.VerifyAudit(ctx); brk != nil {
		t.Fatalf("after extension: %v", brk)
	}
}

func testAuditTamper(t *testing.T, st *store.Store, raw *testdb.Raw) {
	a := mkTenant(t, st, "a")
	r := mkRecipient(t, st, a, "p-1")
	for range 5 {
		_, err := st.CreateMessages(ctx, []store.NewMessage{newMessage(a, r, "")})
		must(t, err)
	}
	chainAll(t, st)
	// Modify one event's contents.
	raw.Exec(`UPDATE audit_events SET actor = 'someone-else' WHERE tenant_id = $1 AND seq = 4`, a)
	_, brk, err := st.VerifyAudit(ctx)
	must(t, err)
	if brk == nil || brk.Seq != 4 || brk.TenantID != a {
		t.Fatalf("modified event: break = %v, want at seq 4", brk)
	}
	raw.Exec(`UPDATE audit_events SET actor = 'test' WHERE tenant_id = $1 AND seq = 4`, a)
	if _, brk, _ := st.VerifyAudit(ctx); brk != nil {
		t.Fatalf("restored chain: %v", brk)
	}
	// Remove one from the middle, then the last.
	raw.Exec(`DELETE FROM audit_events WHERE tenant_id = $1 AND seq = 3`, a)
	if _, brk, _ := st.VerifyAudit(ctx); brk == nil || brk.Seq != 3 {
		t.Fatalf("deleted event: break = %v, want at seq 3", brk)
	}
}

func testAuditConcurrentWriters(t *testing.T, st *store.Store, raw *testdb.Raw) {
	a := mkTenant(t, st, "a")
	r := mkRecipient(t, st, a, "p-1")
	var wg sync.WaitGroup
	stop := make(chan struct{})
	chained := make(chan error, 1)
	go func() { // a chainer running while writers commit
		for {
			select {
			case <-stop:
				chained <- nil
				return
			default:
			}
			if _, err := st.ChainAudit(ctx, 50); err != nil && !errors.Is(err, store.ErrConflict) {
				chained <- err
				return
			}
		}
	}()
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 25 {
				if _, err := st.CreateMessages(ctx, []store.NewMessage{newMessage(a, r, fmt.Sprintf("w%d-%d", w, i))}); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(stop)
	must(t, <-chained)
	chainAll(t, st)
	n, brk, err := st.VerifyAudit(ctx)
	must(t, err)
	if brk != nil || n != 2+1+100 {
		t.Fatalf("verify: n=%d break=%v", n, brk)
	}
}

func testPurgeIdempotency(t *testing.T, st *store.Store, raw *testdb.Raw) {
	a := mkTenant(t, st, "a")
	r := mkRecipient(t, st, a, "p-1")
	_, err := st.CreateMessages(ctx, []store.NewMessage{newMessage(a, r, "old")})
	must(t, err)
	n, err := st.PurgeIdempotency(ctx, time.Now().Add(-time.Hour))
	must(t, err)
	if n != 0 {
		t.Fatalf("purged a fresh key")
	}
	n, err = st.PurgeIdempotency(ctx, time.Now().Add(time.Second))
	must(t, err)
	if n != 1 {
		t.Fatalf("purged %d, want 1", n)
	}
}

// testRecipientsConcurrent: lookups arriving together (on PostgreSQL they
// share one statement) each get their own recipient; an unknown external id,
// or one of another tenant, is not found, alone.
func testRecipientsConcurrent(t *testing.T, st *store.Store, raw *testdb.Raw) {
	a, b := mkTenant(t, st, "a"), mkTenant(t, st, "b")
	var rs []store.Recipient
	for i := range 40 {
		rs = append(rs, mkRecipient(t, st, a, fmt.Sprintf("p-%d", i)))
	}
	var wg sync.WaitGroup
	errs := make(chan error, 3*4*len(rs))
	for range 4 {
		for _, r := range rs {
			wg.Add(3)
			go func() {
				defer wg.Done()
				got, err := st.GetRecipient(ctx, a, r.ExternalIndex)
				if err != nil || got.ID != r.ID || got.ExternalIndex != r.ExternalIndex || got.TenantID != a {
					errs <- fmt.Errorf("%s: %+v, %v", r.ExternalIndex, got, err)
				}
			}()
			go func() {
				defer wg.Done()
				if _, err := st.GetRecipient(ctx, b, r.ExternalIndex); !errors.Is(err, store.ErrNotFound) {
					errs <- fmt.Errorf("%s in another tenant: %v, want ErrNotFound", r.ExternalIndex, err)
				}
			}()
			go func() {
				defer wg.Done()
				if _, err := st.GetRecipient(ctx, a, r.ExternalIndex+"-unknown"); !errors.Is(err, store.ErrNotFound) {
					errs <- fmt.Errorf("unknown: %v, want ErrNotFound", err)
				}
			}()
		}
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}
