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

var queued = []string{store.DeliveryQueued, store.DeliveryScheduled, store.DeliverySending}

// mkMessages stores n messages for one recipient and returns them.
func mkMessages(t *testing.T, st *store.Store, tenant string, r store.Recipient, n int) []store.NewMessage {
	t.Helper()
	ms := make([]store.NewMessage, n)
	for i := range ms {
		ms[i] = newMessage(tenant, r, "")
	}
	_, err := st.CreateMessages(ctx, ms)
	must(t, err)
	return ms
}

func sendLink(m store.NewMessage) store.Link {
	return store.Link{TokenHash: []byte(ids.Token(32)), TenantID: m.Message.TenantID, MessageID: m.Message.ID,
		RecipientID: m.Message.RecipientID, ExpiresAt: time.Now().Add(time.Hour)}
}

func openings(m store.NewMessage) []audit.Event {
	return []audit.Event{{TenantID: m.Message.TenantID, Actor: "test", Action: audit.ActionGuardContext, ObjectType: "message", ObjectID: m.Message.ID}}
}

// testDeliveryWork: the worker's read returns the delivery, message,
// recipient and both wrapped keys, only for matching ids of the tenant.
func testDeliveryWork(t *testing.T, st *store.Store, raw *testdb.Raw) {
	a, b := mkTenant(t, st, "a"), mkTenant(t, st, "b")
	r := mkRecipient(t, st, a, "p-1")
	m := mkMessages(t, st, a, r, 1)[0]
	d := m.Deliveries[0]
	for _, pair := range [][2]string{{m.Message.ID, r.ID}, {"", ""}} { // with the job's ids, and without (older jobs)
		w, err := st.DeliveryWork(ctx, a, d.ID, pair[0], pair[1])
		must(t, err)
		if w.Delivery.ID != d.ID || w.Delivery.Status != store.DeliveryQueued || w.Message.ID != m.Message.ID || w.Recipient.ID != r.ID ||
			string(w.Message.Subject) != "ct-subject" || string(w.Recipient.Contact) != "sealed-contact" ||
			string(w.RecipientKey) != "wrapped-p-1" || string(w.MessageKey) != "wrapped-"+m.Message.ID {
			t.Fatalf("work %v: %+v", pair, w)
		}
	}
	other := mkMessages(t, st, a, r, 1)[0]
	r2 := mkRecipient(t, st, a, "p-2")
	for name, args := range map[string][4]string{
		"other tenant":          {b, d.ID, m.Message.ID, r.ID},
		"other message's id":    {a, d.ID, other.Message.ID, r.ID},
		"other recipient's id":  {a, d.ID, m.Message.ID, r2.ID},
		"unknown delivery":      {a, ids.New(ids.Delivery), m.Message.ID, r.ID},
		"other tenant, no ids":  {b, d.ID, "", ""},
		"unknown, no ids given": {a, ids.New(ids.Delivery), "", ""},
	} {
		if _, err := st.DeliveryWork(ctx, args[0], args[1], args[2], args[3]); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("%s: %v, want ErrNotFound", name, err)
		}
	}
	must(t, st.RevokeMessage(ctx, a, m.Message.ID, "test"))
	w, err := st.DeliveryWork(ctx, a, d.ID, m.Message.ID, r.ID)
	must(t, err)
	if w.MessageKey != nil || w.RecipientKey == nil || w.Message.Status != store.StatusRevoked || w.Delivery.Status != store.DeliveryCanceled {
		t.Fatalf("after revoke: key %q, message %s, delivery %s", w.MessageKey, w.Message.Status, w.Delivery.Status)
	}
}

// testDeliveryWorkConcurrent: reads arriving together (on PostgreSQL they
// share one statement) each get their own delivery's rows, and a read whose
// ids do not match, or whose delivery is unknown, fails alone.
func testDeliveryWorkConcurrent(t *testing.T, st *store.Store, raw *testdb.Raw) {
	a := mkTenant(t, st, "a")
	r1, r2 := mkRecipient(t, st, a, "p-1"), mkRecipient(t, st, a, "p-2")
	ms := append(mkMessages(t, st, a, r1, 30), mkMessages(t, st, a, r2, 30)...)
	const rounds = 4
	var wg sync.WaitGroup
	errs := make(chan error, rounds*len(ms)*3)
	for range rounds {
		for i, m := range ms {
			wg.Add(3)
			go func() { // matching ids: its own rows
				defer wg.Done()
				w, err := st.DeliveryWork(ctx, a, m.Deliveries[0].ID, m.Message.ID, m.Message.RecipientID)
				switch {
				case err != nil:
					errs <- fmt.Errorf("message %d: %w", i, err)
				case w.Delivery.ID != m.Deliveries[0].ID || w.Message.ID != m.Message.ID || w.Recipient.ID != m.Message.RecipientID ||
					string(w.MessageKey) != "wrapped-"+m.Message.ID || (w.Recipient.ExternalIndex == "p-1") != (string(w.RecipientKey) == "wrapped-p-1"):
					errs <- fmt.Errorf("message %d: got another's rows: %+v", i, w)
				}
			}()
			go func() { // the other recipient's id: not found
				defer wg.Done()
				other := r1.ID
				if m.Message.RecipientID == r1.ID {
					other = r2.ID
				}
				if _, err := st.DeliveryWork(ctx, a, m.Deliveries[0].ID, m.Message.ID, other); !errors.Is(err, store.ErrNotFound) {
					errs <- fmt.Errorf("message %d with another recipient: %v, want ErrNotFound", i, err)
				}
			}()
			go func() { // an unknown delivery: not found
				defer wg.Done()
				if _, err := st.DeliveryWork(ctx, a, ids.New(ids.Delivery), m.Message.ID, m.Message.RecipientID); !errors.Is(err, store.ErrNotFound) {
					errs <- fmt.Errorf("unknown delivery: %v, want ErrNotFound", err)
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

// testDeliveryWrites: many workers' writes at once (they share
// transactions) each land exactly as written one by one would.
func testDeliveryWrites(t *testing.T, st *store.Store, raw *testdb.Raw) {
	a := mkTenant(t, st, "a")
	r := mkRecipient(t, st, a, "p-1")
	const n = 120
	ms := mkMessages(t, st, a, r, n)
	var wg sync.WaitGroup
	errs := make([]error, n)
	for i, m := range ms {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d := m.Deliveries[0]
			at, err := st.BeginSend(ctx, a, d.ID, queued, sendLink(m), openings(m))
			if err == nil && at != 1 {
				err = fmt.Errorf("BeginSend attempt %d, want 1", at)
			}
			if err != nil {
				errs[i] = err
				return
			}
			status := store.DeliverySent
			if i%3 == 0 {
				status = store.DeliveryQueued // a temporary failure: back to the queue, then sent on attempt 2
				_, err = st.UpdateDelivery(ctx, store.DeliveryUpdate{TenantID: a, ID: d.ID, From: queued, Status: status, Outcome: "temporary", Reason: "421 try later", Actor: "test"})
				if err == nil {
					at, err = st.BeginSend(ctx, a, d.ID, queued, sendLink(m), nil)
				}
				if err == nil && at != 2 {
					err = fmt.Errorf("second BeginSend attempt %d, want 2", at)
				}
				status = store.DeliverySent
			}
			if err == nil {
				at, err = st.UpdateDelivery(ctx, store.DeliveryUpdate{TenantID: a, ID: d.ID, From: queued, Status: status, Outcome: "sent",
					ProviderID: "smtp-" + d.ID, AuditAction: audit.ActionDeliverySent, Actor: "test"})
			}
			if err == nil && at != 1+btoi(i%3 == 0) {
				err = fmt.Errorf("final attempt %d", at)
			}
			errs[i] = err
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("delivery %d: %v", i, err)
		}
	}
	retried := int64(n / 3)
	for q, want := range map[string]int64{
		`SELECT COUNT(*) FROM deliveries WHERE status = 'sent' AND provider_id LIKE 'smtp-%' AND attempts = 1`:      n - retried,
		`SELECT COUNT(*) FROM deliveries WHERE status = 'sent' AND attempts = 2 AND last_error = ''`:                retried,
		`SELECT COUNT(*) FROM delivery_attempts WHERE outcome = 'sent'`:                                             n,
		`SELECT COUNT(*) FROM delivery_attempts WHERE outcome = 'temporary' AND n = 1 AND reason = '421 try later'`: retried,
		`SELECT COUNT(*) FROM links`: n + n + retried, // one at ingest, one per send
		`SELECT COUNT(*) FROM audit_events WHERE action = '` + audit.ActionDeliverySent + `'`:                                                                  n,
		`SELECT COUNT(*) FROM audit_events WHERE action = '` + audit.ActionGuardContext + `'`:                                                                  n,
		`SELECT COUNT(*) FROM audit_events a JOIN deliveries d ON d.id = a.object_id WHERE a.action = '` + audit.ActionDeliverySent + `'`:                      n,
		`SELECT COUNT(*) FROM delivery_attempts x JOIN deliveries d ON d.id = x.delivery_id AND x.n = d.attempts`:                                              n,
		`SELECT COUNT(*) FROM delivery_attempts x LEFT JOIN deliveries d ON d.id = x.delivery_id WHERE d.id IS NULL`:                                           0,
		`SELECT COUNT(*) FROM deliveries WHERE status <> 'sent'`:                                                                                               0,
		`SELECT COUNT(*) FROM (SELECT delivery_id FROM delivery_attempts GROUP BY delivery_id HAVING COUNT(*) > 2) x`:                                          0,
		`SELECT COUNT(*) FROM (SELECT object_id FROM audit_events WHERE action = '` + audit.ActionDeliverySent + `' GROUP BY object_id HAVING COUNT(*) > 1) x`: 0,
	} {
		if got := raw.Int(q); got != want {
			t.Errorf("%s = %d, want %d", q, got, want)
		}
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// testDeliveryWritesCompareAndSwap: of many concurrent moves of one delivery
// out of "queued", exactly one wins, whether the others run in the same
// shared transaction or in later ones; unknown and foreign deliveries are
// not found and write nothing.
func testDeliveryWritesCompareAndSwap(t *testing.T, st *store.Store, raw *testdb.Raw) {
	a, b := mkTenant(t, st, "a"), mkTenant(t, st, "b")
	r := mkRecipient(t, st, a, "p-1")
	ms := mkMessages(t, st, a, r, 4)
	const racers = 16
	var wg sync.WaitGroup
	var mu sync.Mutex
	wins := map[string]int{}
	for _, m := range ms {
		for k := range racers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				d := m.Deliveries[0]
				var err error
				if k%2 == 0 {
					_, err = st.BeginSend(ctx, a, d.ID, []string{store.DeliveryQueued}, sendLink(m), openings(m))
				} else {
					_, err = st.UpdateDelivery(ctx, store.DeliveryUpdate{TenantID: a, ID: d.ID, From: []string{store.DeliveryQueued},
						Status: store.DeliverySuppressed, Outcome: "suppressed", Reason: "recipient preferences", Actor: "test"})
				}
				mu.Lock()
				defer mu.Unlock()
				switch {
				case err == nil:
					wins[d.ID]++
				case !errors.Is(err, store.ErrConflict):
					t.Errorf("loser: %v, want ErrConflict", err)
				}
			}()
		}
	}
	wg.Wait()
	for _, m := range ms {
		if w := wins[m.Deliveries[0].ID]; w != 1 {
			t.Errorf("delivery %s: %d winners", m.Deliveries[0].ID, w)
		}
	}
	sending := raw.Int(`SELECT COUNT(*) FROM deliveries WHERE status = 'sending' AND attempts = 1`)
	suppressed := raw.Int(`SELECT COUNT(*) FROM deliveries WHERE status = 'suppressed' AND attempts = 1`)
	if sending+suppressed != 4 {
		t.Errorf("sending %d + suppressed %d, want 4", sending, suppressed)
	}
	if n := raw.Int(`SELECT COUNT(*) FROM links`); n != 4+sending {
		t.Errorf("links: %d, want %d (one per message, one per won BeginSend)", n, 4+sending)
	}
	if n := raw.Int(`SELECT COUNT(*) FROM audit_events WHERE action = $1`, audit.ActionGuardContext); n != sending {
		t.Errorf("opening events: %d, want %d (losers write none)", n, sending)
	}
	if n := raw.Int(`SELECT COUNT(*) FROM delivery_attempts`); n != 4 {
		t.Errorf("attempt rows: %d, want 4 (one per winner: its \"sending\" or \"suppressed\" attempt)", n)
	}
	before := raw.Int(`SELECT COUNT(*) FROM audit_events`)
	d := ms[0].Deliveries[0]
	for name, u := range map[string]store.DeliveryUpdate{
		"unknown": {TenantID: a, ID: ids.New(ids.Delivery), From: queued, Status: store.DeliveryFailed, Outcome: "permanent", AuditAction: audit.ActionDeliverySent, Actor: "test"},
		"foreign": {TenantID: b, ID: d.ID, From: queued, Status: store.DeliveryFailed, Outcome: "permanent", AuditAction: audit.ActionDeliverySent, Actor: "test"},
	} {
		if _, err := st.UpdateDelivery(ctx, u); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("%s update: %v, want ErrNotFound", name, err)
		}
	}
	if _, err := st.BeginSend(ctx, b, d.ID, queued, sendLink(ms[0]), openings(ms[0])); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("foreign BeginSend: %v, want ErrNotFound", err)
	}
	if n := raw.Int(`SELECT COUNT(*) FROM audit_events`); n != before {
		t.Errorf("refused writes left %d audit events", n-before)
	}
}

// testDeliveryWriteFailsAlone: a write that cannot be recorded (an audit
// event without an actor) fails, and only it: writes sharing its
// transaction commit.
func testDeliveryWriteFailsAlone(t *testing.T, st *store.Store, raw *testdb.Raw) {
	a := mkTenant(t, st, "a")
	r := mkRecipient(t, st, a, "p-1")
	ms := mkMessages(t, st, a, r, 40)
	bad := ms[7].Deliveries[0].ID
	var wg sync.WaitGroup
	errs := make([]error, len(ms))
	for i, m := range ms {
		wg.Add(1)
		go func() {
			defer wg.Done()
			evs := openings(m)
			if m.Deliveries[0].ID == bad {
				evs[0].Actor = ""
			}
			_, errs[i] = st.BeginSend(ctx, a, m.Deliveries[0].ID, queued, sendLink(m), evs)
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if (ms[i].Deliveries[0].ID == bad) != (err != nil) {
			t.Errorf("delivery %d (bad %v): %v", i, ms[i].Deliveries[0].ID == bad, err)
		}
	}
	if n := raw.Int(`SELECT COUNT(*) FROM deliveries WHERE status = 'sending'`); n != int64(len(ms)-1) {
		t.Errorf("sending: %d, want %d", n, len(ms)-1)
	}
	if n := raw.Int(`SELECT COUNT(*) FROM deliveries WHERE id = $1 AND status = 'queued' AND attempts = 0`, bad); n != 1 {
		t.Error("the refused write changed its delivery")
	}
}

// testRevokeDuringSend: a revoke racing a worker's BeginSend leaves no live
// link to the revoked message — the worker's link is disabled with the rest,
// or the worker finds the delivery canceled and writes none.
func testRevokeDuringSend(t *testing.T, st *store.Store, raw *testdb.Raw) {
	a := mkTenant(t, st, "a")
	r := mkRecipient(t, st, a, "p-1")
	ms := mkMessages(t, st, a, r, 60)
	var wg sync.WaitGroup
	for _, m := range ms {
		wg.Add(2)
		go func() {
			defer wg.Done()
			_, err := st.BeginSend(ctx, a, m.Deliveries[0].ID, queued, sendLink(m), openings(m))
			if err != nil && !errors.Is(err, store.ErrConflict) {
				t.Errorf("BeginSend: %v", err)
			}
		}()
		go func() {
			defer wg.Done()
			if err := st.RevokeMessage(ctx, a, m.Message.ID, "test"); err != nil {
				t.Errorf("revoke: %v", err)
			}
		}()
	}
	wg.Wait()
	if n := raw.Int(`SELECT COUNT(*) FROM links WHERE revoked_at IS NULL`); n != 0 {
		t.Errorf("%d live links to revoked messages", n)
	}
	if n := raw.Int(`SELECT COUNT(*) FROM deliveries WHERE status NOT IN ('sending', 'canceled')`); n != 0 {
		t.Errorf("%d deliveries neither sending nor canceled", n)
	}
}
