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

// testStaffAttachments: an attachment is recorded with its key and audit
// event only on a live staff message of its own tenant; it is listed and
// read within the tenant and message only; shredding the message deletes
// the attachment's key (the rows stay, for tidying the blobs) and refuses
// further attachments.
func testStaffAttachments(t *testing.T, st *store.Store, raw *testdb.Raw) {
	a, b := mkTenant(t, st, "a"), mkTenant(t, st, "b")
	mkStaff(t, st, a, "ann@x.example", "billing")
	now := time.Now().Truncate(time.Microsecond)
	mid := ids.New("smg")
	must(t, st.CreateStaffMessage(ctx, store.NewStaffMessage{Message: store.StaffMessage{TenantID: a, ID: mid, Pool: "billing",
		Subject: []byte("s"), Body: []byte("b"), CreatedAt: now, ReadTTL: time.Minute, ShredDueAt: now.Add(time.Hour)}, WrappedKey: []byte("k"),
		Event: audit.Event{TenantID: a, Actor: "t", Action: "staff_message.create", ObjectType: "staff_message", ObjectID: mid}}))
	att := func(tenant, msg string) store.Attachment {
		return store.Attachment{TenantID: tenant, ID: ids.New("sat"), MessageID: msg, Name: []byte("sealed name"), ContentType: "application/pdf",
			Size: 42, BlobKey: "staff-attachments/" + tenant + "/x", CreatedAt: now}
	}
	ev := func(tenant string) audit.Event {
		return audit.Event{TenantID: tenant, Actor: "t", Action: "staff_attachment.upload", ObjectType: "staff_attachment", ObjectID: "x"}
	}
	one := att(a, mid)
	must(t, st.CreateStaffAttachment(ctx, one, []byte("sk"), ev(a)))
	// Another tenant's message, or an unknown one: ErrNotFound, nothing written.
	if err := st.CreateStaffAttachment(ctx, att(b, mid), []byte("sk"), ev(b)); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("attachment to another tenant's message: %v", err)
	}
	if err := st.CreateStaffAttachment(ctx, att(a, ids.New("smg")), []byte("sk"), ev(a)); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("attachment to an unknown message: %v", err)
	}
	if n := raw.Int(`SELECT COUNT(*) FROM staff_attachments`); n != 1 {
		t.Fatalf("%d rows, want 1", n)
	}
	if n := raw.Int(`SELECT COUNT(*) FROM audit_events WHERE action = 'staff_attachment.upload'`); n != 1 {
		t.Fatalf("%d upload events, want 1", n)
	}
	as, err := st.ListStaffAttachments(ctx, a, mid)
	must(t, err)
	if len(as) != 1 || as[0].ID != one.ID || string(as[0].Name) != "sealed name" || as[0].Size != 42 || !as[0].CreatedAt.Equal(now) {
		t.Fatalf("list %+v", as)
	}
	if as, _ := st.ListStaffAttachments(ctx, b, mid); len(as) != 0 {
		t.Fatal("listed for another tenant")
	}
	if _, err := st.GetStaffAttachment(ctx, b, mid, one.ID); !errors.Is(err, store.ErrNotFound) {
		t.Fatal("read by another tenant")
	}
	if _, err := st.GetStaffAttachment(ctx, a, ids.New("smg"), one.ID); !errors.Is(err, store.ErrNotFound) {
		t.Fatal("read under another message")
	}
	if k, err := st.DataKey(ctx, a, store.StaffAttachmentOwner(one.ID)); err != nil || string(k) != "sk" {
		t.Fatalf("key %q %v", k, err)
	}
	// Shredding the message deletes the attachment's key with its own.
	done, err := st.ShredStaffMessages(ctx, a, []string{mid}, "t", "staff_message.shred", now)
	must(t, err)
	if len(done) != 1 {
		t.Fatalf("shredded %v", done)
	}
	if _, err := st.DataKey(ctx, a, store.StaffAttachmentOwner(one.ID)); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("attachment key after shred: %v", err)
	}
	if as, _ := st.ListStaffAttachments(ctx, a, mid); len(as) != 1 {
		t.Fatal("the rows (blob keys) should stay for tidying")
	}
	if err := st.CreateStaffAttachment(ctx, att(a, mid), []byte("sk"), ev(a)); !errors.Is(err, store.ErrGone) {
		t.Fatalf("attachment to a shredded message: %v", err)
	}
}
