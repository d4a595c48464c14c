package store_test

import (
	"encoding/json"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/audit"
	"github.com/sealpost/sealpost/internal/ids"
	"github.com/sealpost/sealpost/internal/store"
	"github.com/sealpost/sealpost/internal/testdb"
)

// TestShredSealedPlansByKey: on PostgreSQL the crypto-shred of staff
// messages and replies (shredsealed.go) reaches every row by key — each
// row through its primary key, its attachments through their message's (or
// reply's) index, each data key through its primary key, one probe per id
// — in a fresh schema the planner has no statistics for (where the
// `id IN (…)` / `owner IN (…)` statements read the whole tenant through
// its tenant_id index). No sequential or bitmap scan of the tables the
// shred touches, no hash or merge join, with and without the transaction's
// planner guard. Then a batch of each is shredded completely (content,
// keys, attachment keys, one audit event each), and a second pass changes
// nothing.
func TestShredSealedPlansByKey(t *testing.T) {
	testdb.Connect(t)
	st, db := testdb.Open(t, "postgres")
	raw := testdb.OpenRaw(t, db)
	ctx := t.Context()
	ten := newTenant(t, st, "a")
	r := newRecipient(t, st, ten)
	now := time.Now().Truncate(time.Microsecond)
	root := testMessage(ten, r.ID, "email")
	if _, err := st.CreateMessages(ctx, []store.NewMessage{root}); err != nil {
		t.Fatal(err)
	}

	// 1,500 staff messages and 1,500 replies; the first 300 of each are
	// the batch.
	const n, batchN = 1500, 300
	var staffIDs, replyIDs []string
	for i := range n {
		id := ids.New("smg")
		if err := st.CreateStaffMessage(ctx, store.NewStaffMessage{Message: store.StaffMessage{TenantID: ten, ID: id, Pool: "desk",
			Subject: []byte("s"), Body: []byte("b"), CreatedAt: now, ReadTTL: time.Minute, ShredDueAt: now.Add(time.Duration(i) * time.Second)}, WrappedKey: []byte("k"),
			Event: audit.Event{TenantID: ten, At: now, Actor: "t", Action: "staff_message.create", ObjectType: "staff_message", ObjectID: id}}); err != nil {
			t.Fatal(err)
		}
		staffIDs = append(staffIDs, id)
		rid := ids.New("rpl")
		due := now.Add(time.Hour)
		if err := st.CreateReply(ctx, store.NewReply{Reply: store.Reply{TenantID: ten, ID: rid, MessageID: root.Message.ID, ThreadID: root.Message.ID,
			RecipientID: r.ID, Pool: "desk", Body: []byte("ct"), CreatedAt: now, ShredDueAt: &due}, DataKey: []byte("k"),
			Event: audit.Event{TenantID: ten, At: now, Actor: "t", Action: audit.ActionReplyCreate, ObjectType: "reply", ObjectID: rid}}); err != nil {
			t.Fatal(err)
		}
		replyIDs = append(replyIDs, rid)
	}
	// Attachments: two on the first staff message and the first reply, one
	// on a staff message and a reply outside the batch.
	var staffAtts, replyAtts []string
	for _, mid := range []string{staffIDs[0], staffIDs[0], staffIDs[batchN-1], staffIDs[n-1]} {
		a := store.Attachment{TenantID: ten, ID: ids.New("sat"), MessageID: mid, Name: []byte("sealed"), ContentType: "application/pdf", Size: 3, BlobKey: "k", CreatedAt: now}
		if err := st.CreateStaffAttachment(ctx, a, []byte("sk"), audit.Event{TenantID: ten, At: now, Actor: "t", Action: "staff_attachment.upload", ObjectType: "staff_attachment", ObjectID: a.ID}); err != nil {
			t.Fatal(err)
		}
		staffAtts = append(staffAtts, a.ID)
	}
	rule := store.ReplyAttachmentRule{RecipientID: r.ID, NotBefore: now.Add(-time.Minute), Max: 5}
	for _, rid := range []string{replyIDs[0], replyIDs[0], replyIDs[batchN-1], replyIDs[n-1]} {
		a := store.Attachment{TenantID: ten, ID: ids.New("rat"), MessageID: rid, Name: []byte("sealed"), ContentType: "image/jpeg", Size: 3, BlobKey: "k", CreatedAt: now}
		if err := st.CreateReplyAttachment(ctx, a, rule, []byte("sk"), audit.Event{TenantID: ten, At: now, Actor: "t", Action: "reply_attachment.upload", ObjectType: "reply_attachment", ObjectID: a.ID}); err != nil {
			t.Fatal(err)
		}
		replyAtts = append(replyAtts, a.ID)
	}
	for _, tbl := range []string{"staff_messages", "replies", "staff_attachments", "reply_attachments", "data_keys"} {
		if k := raw.Int(`SELECT reltuples::bigint FROM pg_class WHERE oid = $1::regclass`, db.Schema+"."+tbl); k != -1 {
			t.Fatalf("%s has statistics (reltuples %d): the test needs a table never analyzed", tbl, k)
		}
	}

	type kind struct {
		table, prefix, attTable, attIndex string
		ids, atts                         []string
		shred                             func(ids []string, at time.Time) ([]string, error)
	}
	kinds := []kind{
		{"staff_messages", "staffmsg/", "staff_attachments", "staff_attachments_message", staffIDs, staffAtts,
			func(ids []string, at time.Time) ([]string, error) {
				return st.ShredStaffMessages(ctx, ten, ids, "test", "staff_message.expire", at)
			}},
		{"replies", "reply/", "reply_attachments", "reply_attachments_reply", replyIDs, replyAtts,
			func(ids []string, at time.Time) ([]string, error) { return st.ShredReplies(ctx, ten, ids, "test", at) }},
	}
	raw.Exec(`SET plan_cache_mode = force_custom_plan`) // as the store's connections
	us := now.UnixMicro()
	for _, k := range kinds {
		batch := slices.Clone(k.ids[:batchN])
		slices.Sort(batch)
		owners := prefixed(k.prefix, batch)
		owners = append(owners, prefixed("attachment/", k.atts[:3])...)
		slices.Sort(owners)
		cases := []struct {
			name    string
			args    []any
			indexes []string
		}{
			{"rows", []any{ten, batch, us}, []string{k.table + "_pkey"}},
			{"attachments", []any{ten, batch}, []string{k.attIndex, "data_keys_pkey"}},
			{"keys", []any{ten, owners}, []string{"data_keys_pkey"}},
		}
		sqls := store.ShredSealedPGSQL(k.table)
		if len(cases) != len(sqls) {
			t.Fatalf("%d statements checked, the shred has %d", len(cases), len(sqls))
		}
		for _, guard := range []bool{false, true} {
			for _, c := range cases {
				q, ok := sqls[c.name]
				if !ok {
					t.Fatalf("no statement %q", c.name)
				}
				raw.Exec(`BEGIN`)
				if guard {
					raw.Exec(store.RetentionPGSettings)
				}
				var plan []byte
				err := raw.QueryRow(`EXPLAIN (FORMAT JSON) `+q, c.args...).Scan(&plan)
				raw.Exec(`ROLLBACK`)
				if err != nil {
					t.Fatalf("%s %s: %v", k.table, c.name, err)
				}
				var doc []struct{ Plan planNode }
				if err := json.Unmarshal(plan, &doc); err != nil || len(doc) != 1 {
					t.Fatalf("%s %s plan: %v %s", k.table, c.name, err, plan)
				}
				used := map[string]bool{}
				for _, p := range planProblems(doc[0].Plan, sealedTables, true, used) {
					t.Errorf("%s %s (guard %v): %s in %s", k.table, c.name, guard, p, planOutline(doc[0].Plan))
				}
				for _, ix := range c.indexes {
					if !used[ix] {
						t.Errorf("%s %s (guard %v): no probe of %s in %s", k.table, c.name, guard, ix, planOutline(doc[0].Plan))
					}
				}
				t.Logf("%s %s (guard %v): %s", k.table, c.name, guard, planOutline(doc[0].Plan))
			}
		}

		// The shred itself, the batch in creation order (unsorted, with a
		// repeat): every row once.
		in := append(slices.Clone(k.ids[:batchN]), k.ids[0])
		got, err := k.shred(in, now)
		if err != nil {
			t.Fatal(err)
		}
		slices.Sort(got)
		if !slices.Equal(got, batch) {
			t.Fatalf("%s: shredded %d, want the %d of the batch", k.table, len(got), len(batch))
		}
		action := "staff_message.expire"
		if k.table == "replies" {
			action = audit.ActionReplyShred
		}
		state := func() string {
			return fmt.Sprintf("shredded %d, sealed %d, keys %d, attachment keys %d, events %d",
				raw.Int(`SELECT COUNT(*) FROM `+k.table+` WHERE shredded_at = $1`, us),
				raw.Int(`SELECT COUNT(*) FROM `+k.table+` WHERE id = ANY($1) AND body IS NOT NULL`, batch),
				raw.Int(`SELECT COUNT(*) FROM data_keys WHERE owner LIKE $1`, k.prefix+"%"),
				raw.Int(`SELECT COUNT(*) FROM data_keys WHERE owner = ANY($1)`, prefixed("attachment/", k.atts)),
				raw.Int(`SELECT COUNT(*) FROM audit_events WHERE action = $1`, action))
		}
		after := state()
		if want := fmt.Sprintf("shredded %d, sealed 0, keys %d, attachment keys 1, events %d", batchN, n-batchN, batchN); after != want {
			t.Fatalf("%s after the shred:\n got %s\nwant %s", k.table, after, want)
		}
		if k.table == "staff_messages" {
			if s := raw.Int(`SELECT COUNT(*) FROM staff_messages WHERE id = ANY($1) AND subject IS NOT NULL`, batch); s != 0 {
				t.Fatalf("%d subjects left", s)
			}
		}
		if again, err := k.shred(in, now.Add(time.Minute)); err != nil || len(again) != 0 {
			t.Fatalf("%s: second pass shredded %d: %v", k.table, len(again), err)
		}
		if s := state(); s != after {
			t.Fatalf("%s: the second pass changed something:\n%s\n%s", k.table, after, s)
		}
	}
}

// sealedTables are the tables the sealed shred touches.
var sealedTables = map[string]bool{"staff_messages": true, "replies": true, "staff_attachments": true, "reply_attachments": true, "data_keys": true}
