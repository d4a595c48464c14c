package storetest

import (
	"errors"
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

func newReply(tenant, recipientID, msgID, threadID, pool string, at time.Time) store.NewReply {
	id := ids.New("rpl")
	due := at.Add(24 * time.Hour)
	return store.NewReply{
		Reply: store.Reply{TenantID: tenant, ID: id, MessageID: msgID, ThreadID: threadID, RecipientID: recipientID, Pool: pool,
			Body: []byte("ct-reply-" + id), CreatedAt: at, ShredDueAt: &due},
		DataKey: []byte("wrapped-" + id),
		Event:   audit.Event{TenantID: tenant, At: at, Actor: "recipient:" + recipientID, Action: audit.ActionReplyCreate, ObjectType: "reply", ObjectID: id},
		Jobs:    []river.InsertManyParams{{Args: jobs.ReplyEvent{TenantID: tenant, EndpointID: "whk_x", ReplyID: id, MessageID: msgID, ThreadID: threadID, At: at.UnixMicro()}}},
	}
}

// testReplies: a reply is stored with its data key, audit event and job in
// one transaction; it is found only under its tenant; threads list their
// replies in order and an answer message finds its thread; pools list
// newest first with a cursor; the first read is recorded once; an answer
// is claimed once (a second claim is ErrConflict, a release frees it);
// the shred time only moves forward; due replies are shredded once each
// by concurrent passes (body and key gone, one event each) and a shredded
// reply can be neither read nor answered.
func testReplies(t *testing.T, st *store.Store, raw *testdb.Raw) {
	a, b := mkTenant(t, st, "a"), mkTenant(t, st, "b")
	ra := mkRecipient(t, st, a, "p-a")
	m := newMessage(a, ra, "")
	_, err := st.CreateMessages(ctx, []store.NewMessage{m})
	must(t, err)
	root := m.Message.ID
	t0 := time.Now().Truncate(time.Microsecond)
	r1 := newReply(a, ra.ID, root, root, "desk", t0)
	r2 := newReply(a, ra.ID, root, root, "desk", t0.Add(time.Second))
	r3 := newReply(a, ra.ID, root, root, "billing", t0.Add(2*time.Second))
	for _, r := range []store.NewReply{r1, r2, r3} {
		must(t, st.CreateReply(ctx, r))
	}
	if n := raw.Int(`SELECT COUNT(*) FROM river_job WHERE kind = 'sealpost.reply_event'`); n != 3 {
		t.Fatalf("reply event jobs: %d", n)
	}
	if n := raw.Int(`SELECT COUNT(*) FROM audit_events WHERE action = $1`, audit.ActionReplyCreate); n != 3 {
		t.Fatalf("reply.create events: %d", n)
	}
	if n := raw.Int(`SELECT COUNT(*) FROM data_keys WHERE owner = $1`, "reply/"+r1.Reply.ID); n != 1 {
		t.Fatal("no data key for the reply")
	}
	// The same id again fails whole: no second event, key or job.
	if err := st.CreateReply(ctx, r1); err == nil {
		t.Fatal("a duplicate reply was stored")
	}
	if n := raw.Int(`SELECT COUNT(*) FROM audit_events WHERE action = $1`, audit.ActionReplyCreate); n != 3 {
		t.Fatalf("a failed reply left an event (%d)", n)
	}
	got, err := st.GetReply(ctx, a, r1.Reply.ID)
	must(t, err)
	if got.Pool != "desk" || got.ThreadID != root || string(got.Body) != string(r1.Reply.Body) || got.FirstReadAt != nil || got.ShredDueAt == nil {
		t.Fatalf("GetReply = %+v", got)
	}
	if _, err := st.GetReply(ctx, b, r1.Reply.ID); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("another tenant's reply: %v", err)
	}
	th, err := st.ThreadReplies(ctx, a, root, 10)
	must(t, err)
	if len(th) != 3 || th[0].ID != r1.Reply.ID || th[2].ID != r3.Reply.ID {
		t.Fatalf("thread %+v", th)
	}
	if th, _ := st.ThreadReplies(ctx, b, root, 10); len(th) != 0 {
		t.Fatal("another tenant sees the thread")
	}
	desk, err := st.PoolReplies(ctx, a, "desk", time.Time{}, 10)
	must(t, err)
	if len(desk) != 2 || desk[0].ID != r2.Reply.ID {
		t.Fatalf("pool desk %+v", desk)
	}
	older, err := st.PoolReplies(ctx, a, "desk", desk[0].CreatedAt, 10)
	must(t, err)
	if len(older) != 1 || older[0].ID != r1.Reply.ID {
		t.Fatalf("pool desk before the cursor %+v", older)
	}
	// First read.
	ev := audit.Event{TenantID: a, Actor: "api_key:x", Action: audit.ActionReplyOpen, ObjectType: "reply", ObjectID: r1.Reply.ID}
	first, err := st.OpenReply(ctx, a, r1.Reply.ID, t0.Add(time.Minute), ev)
	must(t, err)
	again, err := st.OpenReply(ctx, a, r1.Reply.ID, t0.Add(2*time.Minute), ev)
	must(t, err)
	if !first || again {
		t.Fatalf("first read %v, second %v", first, again)
	}
	if got, _ := st.GetReply(ctx, a, r1.Reply.ID); got.FirstReadAt == nil || !got.FirstReadAt.Equal(t0.Add(time.Minute)) || got.FirstReadBy != "api_key:x" {
		t.Fatalf("first read %v by %q", got.FirstReadAt, got.FirstReadBy)
	}
	if _, err := st.OpenReply(ctx, b, r1.Reply.ID, t0, ev); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("another tenant opens: %v", err)
	}
	// Answers: claimed once; the answer message finds its thread.
	ans := ids.New(ids.Message)
	aev := audit.Event{TenantID: a, Actor: "staff:x", Action: audit.ActionReplyAnswer, ObjectType: "reply", ObjectID: r1.Reply.ID}
	must(t, st.ClaimReplyAnswer(ctx, a, r1.Reply.ID, "staff:x", ans, t0, aev))
	if err := st.ClaimReplyAnswer(ctx, a, r1.Reply.ID, "staff:y", ids.New(ids.Message), t0, aev); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("second claim: %v", err)
	}
	if tid, err := st.ThreadOf(ctx, a, ans); err != nil || tid != root {
		t.Fatalf("ThreadOf(answer) = %s, %v", tid, err)
	}
	if tid, err := st.ThreadOf(ctx, a, root); err != nil || tid != root {
		t.Fatalf("ThreadOf(root) = %s, %v", tid, err)
	}
	if tid, _ := st.ThreadOf(ctx, b, ans); tid != ans {
		t.Fatal("another tenant finds the thread")
	}
	must(t, st.ReleaseReplyAnswer(ctx, a, r1.Reply.ID, ans))
	must(t, st.ClaimReplyAnswer(ctx, a, r1.Reply.ID, "staff:y", ids.New(ids.Message), t0, aev))
	// The shred time moves forward only.
	must(t, st.SetReplyShredDue(ctx, a, r2.Reply.ID, t0.Add(time.Hour)))
	must(t, st.SetReplyShredDue(ctx, a, r2.Reply.ID, t0.Add(48*time.Hour)))
	if got, _ := st.GetReply(ctx, a, r2.Reply.ID); !got.ShredDueAt.Equal(t0.Add(time.Hour)) {
		t.Fatalf("shred due %v", got.ShredDueAt)
	}
	due, err := st.DueReplies(ctx, t0.Add(2*time.Hour), 10)
	must(t, err)
	if len(due) != 1 || due[0].ID != r2.Reply.ID {
		t.Fatalf("due %+v", due)
	}
	if got, _ := st.ShredReplies(ctx, b, []string{r2.Reply.ID}, "test", t0); len(got) != 0 {
		t.Fatal("shredded another tenant's reply")
	}
	var wg sync.WaitGroup
	counts := make([]int, 2)
	for i := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got, err := st.ShredReplies(ctx, a, []string{r2.Reply.ID}, "test", t0.Add(2*time.Hour))
			if err != nil {
				t.Error(err)
			}
			counts[i] = len(got)
		}()
	}
	wg.Wait()
	if counts[0]+counts[1] != 1 {
		t.Fatalf("concurrent shreds %v", counts)
	}
	if n := raw.Int(`SELECT COUNT(*) FROM audit_events WHERE action = $1`, audit.ActionReplyShred); n != 1 {
		t.Fatalf("reply.shred events: %d", n)
	}
	if n := raw.Int(`SELECT COUNT(*) FROM data_keys WHERE owner = $1`, "reply/"+r2.Reply.ID); n != 0 {
		t.Fatal("the shredded reply's key survived")
	}
	got, _ = st.GetReply(ctx, a, r2.Reply.ID)
	if got.Body != nil || got.ShreddedAt == nil {
		t.Fatalf("after the shred: %+v", got)
	}
	if _, err := st.OpenReply(ctx, a, r2.Reply.ID, t0, ev); !errors.Is(err, store.ErrGone) {
		t.Fatalf("open shredded: %v", err)
	}
	if err := st.ClaimReplyAnswer(ctx, a, r2.Reply.ID, "staff:x", ids.New(ids.Message), t0, aev); !errors.Is(err, store.ErrGone) {
		t.Fatalf("answer shredded: %v", err)
	}
	if due, _ := st.DueReplies(ctx, t0.Add(2*time.Hour), 10); len(due) != 0 {
		t.Fatalf("still due after the shred: %+v", due)
	}
	// The metadata retention deletes shredded replies older than its cutoff only.
	if n, err := st.PurgeShreddedReplies(ctx, t0.Add(time.Hour), 10); err != nil || n != 0 {
		t.Fatalf("purged %d replies shredded after the cutoff (%v)", n, err)
	}
	if n, err := st.PurgeShreddedReplies(ctx, t0.Add(3*time.Hour), 10); err != nil || n != 1 {
		t.Fatalf("purged %d, want the shredded reply (%v)", n, err)
	}
	if _, err := st.GetReply(ctx, a, r2.Reply.ID); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("purged reply: %v", err)
	}
	if n := raw.Int(`SELECT COUNT(*) FROM replies`); n != 2 {
		t.Fatalf("%d replies left, want the two live ones", n)
	}
}
