package store_test

import (
	"errors"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/audit"
	"github.com/sealpost/sealpost/internal/ids"
	"github.com/sealpost/sealpost/internal/store"
	"github.com/sealpost/sealpost/internal/testdb"
)

// TestAttachmentUploadRacesShred forces the two interleavings of an
// attachment upload and the crypto-shred of its row on PostgreSQL, for
// each kind of row that takes uploads after it was created (a patient
// message, a staff message, a reply), and checks that no attachment key
// outlives the shred:
//
//   - shred first: a transaction stands in for the shred — it locks the row
//     as the shred does (FOR UPDATE), the upload starts and must wait for
//     that lock (seen in pg_stat_activity, not by sleeping), then the stand-in
//     marks the row shredded and commits; the upload must answer ErrGone and
//     leave no attachment and no key.
//   - upload first: a transaction stands in for an upload that has locked
//     the row and written its attachment and key; the real shred starts and
//     must wait for it; the stand-in commits; the shred must then delete the
//     attachment's key too. (When the shred read the attachments in the
//     statement that waited, it did not see that one: READ COMMITTED reads
//     from the statement's snapshot.)
//
// SQLite runs write transactions one after another (_txlock=immediate), so
// the race does not exist there.
func TestAttachmentUploadRacesShred(t *testing.T) {
	testdb.Connect(t)
	st, db := testdb.Open(t, "postgres")
	holder := testdb.OpenRaw(t, db) // the stand-in transaction
	watch := testdb.OpenRaw(t, db)  // reads pg_stat_activity
	ctx := t.Context()
	ten := newTenant(t, st, "a")
	r := newRecipient(t, st, ten)
	now := time.Now().Truncate(time.Microsecond)

	root := testMessage(ten, r.ID, "email")
	if _, err := st.CreateMessages(ctx, []store.NewMessage{root}); err != nil {
		t.Fatal(err)
	}
	newMessage := func() string {
		m := testMessage(ten, r.ID, "email")
		if _, err := st.CreateMessages(ctx, []store.NewMessage{m}); err != nil {
			t.Fatal(err)
		}
		return m.Message.ID
	}
	newStaff := func() string {
		id := ids.New("smg")
		if err := st.CreateStaffMessage(ctx, store.NewStaffMessage{Message: store.StaffMessage{TenantID: ten, ID: id, Pool: "desk",
			Subject: []byte("s"), Body: []byte("b"), CreatedAt: now, ReadTTL: time.Hour, ShredDueAt: now.Add(time.Hour)}, WrappedKey: []byte("k"),
			Event: audit.Event{TenantID: ten, At: now, Actor: "t", Action: "staff_message.create", ObjectType: "staff_message", ObjectID: id}}); err != nil {
			t.Fatal(err)
		}
		return id
	}
	newReply := func() string {
		id := ids.New("rpl")
		due := now.Add(time.Hour)
		if err := st.CreateReply(ctx, store.NewReply{Reply: store.Reply{TenantID: ten, ID: id, MessageID: root.Message.ID, ThreadID: root.Message.ID,
			RecipientID: r.ID, Pool: "desk", Body: []byte("ct"), CreatedAt: now, ShredDueAt: &due}, DataKey: []byte("k"),
			Event: audit.Event{TenantID: ten, At: now, Actor: "t", Action: audit.ActionReplyCreate, ObjectType: "reply", ObjectID: id}}); err != nil {
			t.Fatal(err)
		}
		return id
	}
	rule := store.ReplyAttachmentRule{RecipientID: r.ID, NotBefore: now.Add(-time.Minute), Max: 5}
	upload := func(ev string, create func(a store.Attachment, ev audit.Event) error) func(parent, attID string) error {
		return func(parent, attID string) error {
			a := store.Attachment{TenantID: ten, ID: attID, MessageID: parent, Name: []byte("sealed"), ContentType: "application/pdf", Size: 3, BlobKey: "k", CreatedAt: now}
			return create(a, audit.Event{TenantID: ten, At: now, Actor: "t", Action: ev, ObjectType: "attachment", ObjectID: attID})
		}
	}

	kinds := []struct {
		name, table, attTable, attCol string
		create                        func() string
		upload                        func(parent, attID string) error
		shred                         func(id string) (int, error)
	}{
		{"message", "messages", "attachments", "message_id", newMessage,
			upload("attachment.upload", func(a store.Attachment, ev audit.Event) error { return st.CreateAttachment(ctx, a, []byte("ak"), ev) }),
			func(id string) (int, error) {
				got, err := st.ShredMessages(ctx, ten, []string{id}, "test", time.Now())
				return len(got), err
			}},
		{"staff message", "staff_messages", "staff_attachments", "message_id", newStaff,
			upload("staff_attachment.upload", func(a store.Attachment, ev audit.Event) error {
				return st.CreateStaffAttachment(ctx, a, []byte("ak"), ev)
			}),
			func(id string) (int, error) {
				got, err := st.ShredStaffMessages(ctx, ten, []string{id}, "test", "staff_message.expire", time.Now())
				return len(got), err
			}},
		{"reply", "replies", "reply_attachments", "reply_id", newReply,
			upload("reply_attachment.upload", func(a store.Attachment, ev audit.Event) error {
				return st.CreateReplyAttachment(ctx, a, rule, []byte("ak"), ev)
			}),
			func(id string) (int, error) {
				got, err := st.ShredReplies(ctx, ten, []string{id}, "test", time.Now())
				return len(got), err
			}},
	}

	// waitForLockWait returns once a backend is blocked by the stand-in
	// transaction (pg_blocking_pids, so other tests' sessions in the same
	// database do not count), or fails the test after 10 s: the other side
	// never waited, so it did not take the lock it should.
	holderPID := holder.Int(`SELECT pg_backend_pid()`)
	waitForLockWait := func(what string, done <-chan error) {
		t.Helper()
		deadline := time.Now().Add(10 * time.Second)
		for {
			if watch.Int(`SELECT COUNT(*) FROM pg_stat_activity WHERE $1::int = ANY(pg_blocking_pids(pid))`, holderPID) > 0 {
				return
			}
			select {
			case err := <-done:
				holder.Exec(`ROLLBACK`)
				t.Fatalf("%s finished without waiting for the row lock (err %v)", what, err)
			default:
			}
			if time.Now().After(deadline) {
				holder.Exec(`ROLLBACK`)
				t.Fatalf("%s is not waiting for the row lock after 10 s", what)
			}
			watch.Exec(`SELECT pg_stat_clear_snapshot()`)
		}
	}
	keyCount := func(attID string) int64 {
		return watch.Int(`SELECT COUNT(*) FROM data_keys WHERE tenant_id = $1 AND owner = $2`, ten, "attachment/"+attID)
	}

	for _, k := range kinds {
		t.Run(k.name+"/shred first", func(t *testing.T) {
			id := k.create()
			attID := ids.New("att")
			holder.Exec(`BEGIN`)
			holder.Exec(`SELECT id FROM `+k.table+` WHERE tenant_id = $1 AND id = $2 FOR UPDATE`, ten, id)
			done := make(chan error, 1)
			go func() { done <- k.upload(id, attID) }()
			waitForLockWait("the upload", done)
			holder.Exec(`UPDATE `+k.table+` SET shredded_at = $1 WHERE tenant_id = $2 AND id = $3`, now.UnixMicro(), ten, id)
			holder.Exec(`COMMIT`)
			if err := <-done; !errors.Is(err, store.ErrGone) {
				t.Fatalf("upload after the shred: %v, want ErrGone", err)
			}
			if n := watch.Int(`SELECT COUNT(*) FROM `+k.attTable+` WHERE tenant_id = $1 AND id = $2`, ten, attID); n != 0 || keyCount(attID) != 0 {
				t.Fatalf("upload after the shred left %d attachment rows and %d keys", n, keyCount(attID))
			}
		})
		t.Run(k.name+"/upload first", func(t *testing.T) {
			id := k.create()
			attID := ids.New("att")
			holder.Exec(`BEGIN`)
			holder.Exec(`SELECT id FROM `+k.table+` WHERE tenant_id = $1 AND id = $2 FOR NO KEY UPDATE`, ten, id)
			holder.Exec(`INSERT INTO data_keys (tenant_id, owner, wrapped, created_at) VALUES ($1, $2, $3, $4)`, ten, "attachment/"+attID, []byte("ak"), now.UnixMicro())
			holder.Exec(`INSERT INTO `+k.attTable+` (tenant_id, id, `+k.attCol+`, name, content_type, size, blob_key, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
				ten, attID, id, []byte("sealed"), "application/pdf", 3, "k", now.UnixMicro())
			type res struct {
				n   int
				err error
			}
			done := make(chan res, 1)
			errs := make(chan error, 1)
			go func() {
				n, err := k.shred(id)
				done <- res{n, err}
				errs <- err
			}()
			waitForLockWait("the shred", errs)
			holder.Exec(`COMMIT`)
			got := <-done
			if got.err != nil || got.n != 1 {
				t.Fatalf("shred: %d rows, %v", got.n, got.err)
			}
			if n := keyCount(attID); n != 0 {
				t.Fatalf("the attachment uploaded while the shred waited kept its key (%d)", n)
			}
		})
	}
}
