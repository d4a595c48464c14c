package storetest

import (
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/store"
	"github.com/sealpost/sealpost/internal/testdb"
)

// testPasskeys: a patient session's passkey ceremony state is taken once,
// even by callers racing with one challenge, and only the state the session
// holds; a sign-in's new credential data (its signature counter) is swapped
// in only over the data it was checked against, once, and only for the
// tenant and recipient that own the credential.
func testPasskeys(t *testing.T, st *store.Store, raw *testdb.Raw) {
	a, b := mkTenant(t, st, "a"), mkTenant(t, st, "b")
	r1, r2 := mkRecipient(t, st, a, "p-1"), mkRecipient(t, st, a, "p-2")
	at := time.Now().Truncate(time.Microsecond)
	ses := store.Session{IDHash: []byte("h-pk"), TenantID: a, RecipientID: r1.ID, Stage: store.StagePassword, CSRF: []byte("c"), CreatedAt: at, SeenAt: at}
	must(t, st.CreateSession(ctx, ses, nil))
	other := ses
	other.IDHash = []byte("h-other")
	must(t, st.CreateSession(ctx, other, nil))
	must(t, st.SetSessionPending(ctx, ses.IDHash, []byte("state-1")))
	must(t, st.SetSessionPending(ctx, other.IDHash, []byte("state-1")))

	// Not the state the session holds, or another session's: refused,
	// and the state stays.
	for _, c := range []struct {
		name        string
		hash, state []byte
	}{{"another state", ses.IDHash, []byte("state-0")}, {"no state", ses.IDHash, nil}, {"no session", []byte("h-none"), []byte("state-1")}} {
		if err := st.TakeSessionPending(ctx, c.hash, c.state); !errors.Is(err, store.ErrConflict) {
			t.Fatalf("%s: %v, want ErrConflict", c.name, err)
		}
	}
	if got, _ := st.GetSession(ctx, ses.IDHash); string(got.Pending) != "state-1" {
		t.Fatalf("pending after refused takes: %q", got.Pending)
	}

	// Racing takes of one state: exactly one wins.
	const racers = 8
	var wg sync.WaitGroup
	errs := make([]error, racers)
	for i := range racers {
		wg.Add(1)
		go func() { defer wg.Done(); errs[i] = st.TakeSessionPending(ctx, ses.IDHash, []byte("state-1")) }()
	}
	wg.Wait()
	won := 0
	for _, err := range errs {
		switch {
		case err == nil:
			won++
		case !errors.Is(err, store.ErrConflict):
			t.Fatalf("racing take: %v", err)
		}
	}
	if won != 1 {
		t.Fatalf("%d racing takes of one ceremony state succeeded, want 1", won)
	}
	if got, _ := st.GetSession(ctx, ses.IDHash); got.Pending != nil {
		t.Fatalf("pending after the take: %q", got.Pending)
	}
	if err := st.TakeSessionPending(ctx, ses.IDHash, []byte("state-1")); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("taken twice: %v", err)
	}
	// The other session's state was untouched; a new ceremony can be taken.
	must(t, st.TakeSessionPending(ctx, other.IDHash, []byte("state-1")))
	must(t, st.SetSessionPending(ctx, ses.IDHash, []byte("state-2")))
	must(t, st.TakeSessionPending(ctx, ses.IDHash, []byte("state-2")))

	// The signature counter: swapped in over the data it was checked
	// against, once.
	id := []byte("cred-1")
	must(t, st.PutPasskey(ctx, a, r1.ID, store.Passkey{ID: id, Data: []byte(`{"count":1}`), CreatedAt: at}, nil))
	for _, c := range []struct {
		name       string
		tenant, rc string
		was        []byte
	}{{"another tenant", b, r1.ID, []byte(`{"count":1}`)}, {"another recipient", a, r2.ID, []byte(`{"count":1}`)}, {"stale data", a, r1.ID, []byte(`{"count":0}`)}, {"no data", a, r1.ID, nil}} {
		if err := st.UsePasskey(ctx, c.tenant, c.rc, id, c.was, []byte(`{"count":9}`)); !errors.Is(err, store.ErrConflict) {
			t.Fatalf("%s: %v, want ErrConflict", c.name, err)
		}
	}
	errs = make([]error, racers)
	for i := range racers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = st.UsePasskey(ctx, a, r1.ID, id, []byte(`{"count":1}`), []byte(`{"count":2}`))
		}()
	}
	wg.Wait()
	won = 0
	for _, err := range errs {
		switch {
		case err == nil:
			won++
		case !errors.Is(err, store.ErrConflict):
			t.Fatalf("racing counter update: %v", err)
		}
	}
	if won != 1 {
		t.Fatalf("%d sign-ins checked against one counter were kept, want 1", won)
	}
	pks, err := st.ListPasskeys(ctx, a, r1.ID)
	must(t, err)
	if len(pks) != 1 || string(pks[0].Data) != `{"count":2}` {
		t.Fatalf("passkeys after the sign-in: %+v", pks)
	}
	if n := raw.Int(`SELECT COUNT(*) FROM passkeys`); n != 1 {
		t.Fatalf("%d passkey rows", n)
	}
}
