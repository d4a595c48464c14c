package storetest

import (
	"errors"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/audit"
	"github.com/sealpost/sealpost/internal/ids"
	"github.com/sealpost/sealpost/internal/store"
	"github.com/sealpost/sealpost/internal/testdb"
)

// testReplyAttachments: an attachment is recorded with its key and audit
// event only on a live reply of its own tenant and recipient, created
// after the rule's NotBefore, below the rule's Max; it is listed and read
// within the tenant and reply only; shredding the reply deletes the
// attachment's key (the rows stay, for tidying the blobs) and refuses
// further attachments. Refusals write nothing.
func testReplyAttachments(t *testing.T, st *store.Store, raw *testdb.Raw) {
	a, b := mkTenant(t, st, "a"), mkTenant(t, st, "b")
	ra := mkRecipient(t, st, a, "p-a")
	m := newMessage(a, ra, "")
	_, err := st.CreateMessages(ctx, []store.NewMessage{m})
	must(t, err)
	root := m.Message.ID
	now := time.Now().Truncate(time.Microsecond)
	rep := newReply(a, ra.ID, root, root, "desk", now)
	must(t, st.CreateReply(ctx, rep))
	rid := rep.Reply.ID
	att := func(tenant string) store.Attachment {
		return store.Attachment{TenantID: tenant, ID: ids.New("rat"), MessageID: rid, Name: []byte("sealed name"), ContentType: "image/jpeg",
			Size: 42, BlobKey: "reply-attachments/" + tenant + "/x", CreatedAt: now}
	}
	ev := func(tenant string) audit.Event {
		return audit.Event{TenantID: tenant, Actor: "t", Action: "reply_attachment.upload", ObjectType: "reply_attachment", ObjectID: "x"}
	}
	rule := store.ReplyAttachmentRule{RecipientID: ra.ID, NotBefore: now.Add(-time.Minute), Max: 2}
	one := att(a)
	must(t, st.CreateReplyAttachment(ctx, one, rule, []byte("sk"), ev(a)))
	if k, err := st.DataKey(ctx, a, "attachment/"+one.ID); err != nil || string(k) != "sk" {
		t.Fatalf("attachment key: %q %v", k, err)
	}
	count := func() int64 { return raw.Int(`SELECT COUNT(*) FROM reply_attachments`) }
	refused := func(name string, tenant string, r store.ReplyAttachmentRule, want error) {
		t.Helper()
		x := att(tenant)
		if err := st.CreateReplyAttachment(ctx, x, r, []byte("sk"), ev(tenant)); !errors.Is(err, want) {
			t.Fatalf("%s: %v, want %v", name, err, want)
		}
		if count() != 1 && want != nil {
			t.Fatalf("%s: a row was written", name)
		}
		if n := raw.Int(`SELECT COUNT(*) FROM data_keys WHERE owner = $1`, "attachment/"+x.ID); n != 0 {
			t.Fatalf("%s: a key was written", name)
		}
	}
	refused("another tenant", b, rule, store.ErrNotFound)
	refused("another recipient", a, store.ReplyAttachmentRule{RecipientID: "rcp_other", NotBefore: rule.NotBefore, Max: 2}, store.ErrNotFound)
	refused("too late", a, store.ReplyAttachmentRule{RecipientID: ra.ID, NotBefore: now.Add(time.Second), Max: 2}, store.ErrConflict)
	refused("too many", a, store.ReplyAttachmentRule{RecipientID: ra.ID, NotBefore: rule.NotBefore, Max: 1}, store.ErrConflict)

	if l, err := st.ListReplyAttachments(ctx, a, rid); err != nil || len(l) != 1 || l[0].ID != one.ID || string(l[0].Name) != "sealed name" {
		t.Fatalf("list: %v %v", l, err)
	}
	if l, err := st.ListReplyAttachments(ctx, b, rid); err != nil || len(l) != 0 {
		t.Fatalf("another tenant lists: %v %v", l, err)
	}
	if _, err := st.GetReplyAttachment(ctx, b, rid, one.ID); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("another tenant gets: %v", err)
	}
	if _, err := st.GetReplyAttachment(ctx, a, "rpl_other", one.ID); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("another reply's id gets: %v", err)
	}
	if g, err := st.GetReplyAttachment(ctx, a, rid, one.ID); err != nil || g.BlobKey != one.BlobKey || g.Size != 42 {
		t.Fatalf("get: %v %v", g, err)
	}

	// Shredding the reply deletes the attachment's key with its own.
	done, err := st.ShredReplies(ctx, a, []string{rid}, "test", now)
	if err != nil || len(done) != 1 {
		t.Fatalf("shred: %v %v", done, err)
	}
	if n := raw.Int(`SELECT COUNT(*) FROM data_keys WHERE owner = $1`, "attachment/"+one.ID); n != 0 {
		t.Fatal("the attachment's key survived the shred")
	}
	if l, err := st.ListReplyAttachments(ctx, a, rid); err != nil || len(l) != 1 {
		t.Fatalf("rows after shred: %v %v", l, err)
	}
	refused("shredded", a, rule, store.ErrGone)
	// The metadata retention deletes the rows with the reply.
	if _, err := st.PurgeShreddedReplies(ctx, now.Add(time.Second), 100); err != nil {
		t.Fatal(err)
	}
	if count() != 0 || raw.Int(`SELECT COUNT(*) FROM replies WHERE id = $1`, rid) != 0 {
		t.Fatal("purge left the reply or its attachments' rows")
	}
}
