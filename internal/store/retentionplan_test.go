package store_test

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/audit"
	"github.com/sealpost/sealpost/internal/ids"
	"github.com/sealpost/sealpost/internal/store"
	"github.com/sealpost/sealpost/internal/testdb"
)

// TestShredPlansByKey: on PostgreSQL every statement of the retention shred
// reaches its rows by key — the due ones through messages_shred_due in order,
// every other row through its primary key or its message's index, one probe
// per id — in a fresh schema where the planner has no statistics at all
// (the case in which the IN-list statements read the whole tenant per batch:
// 300–700 messages/s at 100,000 due). No sequential or bitmap scan of the
// tables the shred touches, no hash or merge join, with and without the
// transaction's planner guard. Then a batch of 500 is shredded completely,
// and a second pass finds and changes nothing.
func TestShredPlansByKey(t *testing.T) {
	testdb.Connect(t) // skips or fails like every PostgreSQL test
	st, db := testdb.Open(t, "postgres")
	raw := testdb.OpenRaw(t, db)
	ctx := t.Context()
	ten := newTenant(t, st, "a")
	r := newRecipient(t, st, ten)
	now := time.Now().Truncate(time.Microsecond)

	// 2,500 messages with a delivery and a link each; the first 500 are due.
	var due []string
	for b := range 5 {
		batch := make([]store.NewMessage, 500)
		for i := range batch {
			m := testMessage(ten, r.ID, "email")
			m.Message.ShredDue = now.Add(time.Hour)
			if b == 0 {
				m.Message.ShredDue = now.Add(-time.Duration(i+1) * time.Second)
				due = append(due, m.Message.ID)
			}
			batch[i] = m
		}
		if _, err := st.CreateMessages(ctx, batch); err != nil {
			t.Fatal(err)
		}
	}
	// Attachments on three of the due messages (two on the first).
	var atts []string
	for _, mid := range []string{due[0], due[0], due[7], due[499]} {
		a := store.Attachment{TenantID: ten, ID: ids.New("att"), MessageID: mid, Name: []byte("sealed"), ContentType: "application/pdf", Size: 3, BlobKey: "k", CreatedAt: now}
		if err := st.CreateAttachment(ctx, a, []byte("wrapped"), audit.Event{TenantID: ten, At: now, Actor: "test", Action: audit.ActionAttachmentUpload, ObjectType: "attachment", ObjectID: a.ID}); err != nil {
			t.Fatal(err)
		}
		atts = append(atts, a.ID)
	}
	for _, tbl := range []string{"messages", "data_keys", "deliveries", "links", "attachments"} {
		if n := raw.Int(`SELECT reltuples::bigint FROM pg_class WHERE oid = $1::regclass`, db.Schema+"."+tbl); n != -1 {
			t.Fatalf("%s has statistics (reltuples %d): the test needs a table never analyzed", tbl, n)
		}
	}

	// The plans, with the ids of the due batch.
	sorted := slices.Clone(due)
	slices.Sort(sorted)
	owners := make([]string, len(sorted))
	for i, id := range sorted {
		owners[i] = "message/" + id
	}
	us := now.UnixMicro()
	cases := []struct {
		name    string
		args    []any
		indexes []string // every index the plan must probe
		guarded bool     // checked under the guard only
	}{
		// Without the guard the planner, guessing two due rows, reads every
		// due entry by bitmap and sorts them; the read runs under it.
		{"due", []any{us, 500}, []string{"messages_shred_due"}, true},
		{"messages", []any{ten, sorted, store.StatusExpired, us}, []string{"messages_pkey"}, false},
		{"attachments", []any{ten, sorted}, []string{"attachments_message", "data_keys_pkey"}, false},
		{"keys", []any{ten, owners}, []string{"data_keys_pkey"}, false},
		{"deliveries", []any{ten, sorted, store.DeliveryCanceled, us}, []string{"deliveries_message", "deliveries_pkey"}, false},
		{"links", []any{ten, sorted, us}, []string{"links_message"}, false},
	}
	if len(cases) != len(store.RetentionPGSQL) {
		t.Fatalf("%d statements checked, the shred has %d", len(cases), len(store.RetentionPGSQL))
	}
	raw.Exec(`SET plan_cache_mode = force_custom_plan`) // as the store's connections
	for _, guard := range []bool{false, true} {
		for _, c := range cases {
			if c.guarded && !guard {
				continue
			}
			q, ok := store.RetentionPGSQL[c.name]
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
				t.Fatalf("%s: %v", c.name, err)
			}
			var doc []struct{ Plan planNode }
			if err := json.Unmarshal(plan, &doc); err != nil || len(doc) != 1 {
				t.Fatalf("%s plan: %v %s", c.name, err, plan)
			}
			used := map[string]bool{}
			for _, p := range planProblems(doc[0].Plan, retentionTables, false, used) {
				t.Errorf("%s (guard %v): %s in %s", c.name, guard, p, planOutline(doc[0].Plan))
			}
			for _, ix := range c.indexes {
				if !used[ix] {
					t.Errorf("%s (guard %v): no probe of %s in %s", c.name, guard, ix, planOutline(doc[0].Plan))
				}
			}
			t.Logf("%s (guard %v): %s", c.name, guard, planOutline(doc[0].Plan))
		}
	}

	// The due read sends its guard with it in one pipeline on the pool: the
	// settings hold for the read, and end with the pipeline's implicit
	// transaction (the connection goes back to the pool as it was).
	if g, after, err := st.GuardedSettingsForTest(ctx); err != nil || g != "off off" || after != "on on" {
		t.Fatalf("guarded read saw %q, then %q: %v", g, after, err)
	}

	// The shred itself: the due batch, found in due order, all of it.
	cands, err := st.DueForShred(ctx, now, 1000)
	if err != nil {
		t.Fatal(err)
	}
	if len(cands) != 500 || cands[0].ID != due[499] || cands[499].ID != due[0] {
		t.Fatalf("due: %d, not oldest first", len(cands))
	}
	batch := make([]string, len(cands))
	for i, c := range cands {
		batch[i] = c.ID
	}
	got, err := st.ShredMessages(ctx, ten, batch, "test", now)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 500 {
		t.Fatalf("shredded %d of 500", len(got))
	}
	var withAtts []string
	for _, sh := range got {
		if sh.RecipientID != r.ID {
			t.Fatalf("shredded %+v", sh)
		}
		if len(sh.Attachments) > 0 {
			withAtts = append(withAtts, fmt.Sprintf("%s:%d", sh.ID, len(sh.Attachments)))
		}
	}
	slices.Sort(withAtts)
	want := []string{due[0] + ":2", due[7] + ":1", due[499] + ":1"}
	slices.Sort(want)
	if !slices.Equal(withAtts, want) {
		t.Fatalf("attachments reported %v, want %v", withAtts, want)
	}
	state := func() string {
		return fmt.Sprintf("expired %d, sealed %d, message keys %d, attachment keys %d, live links %d, queued %d, canceled %d, expire events %d, live messages %d",
			raw.Int(`SELECT COUNT(*) FROM messages WHERE status = $1 AND shredded_at = $2`, store.StatusExpired, us),
			raw.Int(`SELECT COUNT(*) FROM messages WHERE id = ANY($1) AND (subject IS NOT NULL OR body IS NOT NULL OR notice_vars IS NOT NULL OR correlation IS NOT NULL)`, due),
			raw.Int(`SELECT COUNT(*) FROM data_keys WHERE owner LIKE 'message/%'`),
			raw.Int(`SELECT COUNT(*) FROM data_keys WHERE owner = ANY($1)`, prefixed("attachment/", atts)),
			raw.Int(`SELECT COUNT(*) FROM links WHERE message_id = ANY($1) AND revoked_at IS NULL`, due),
			raw.Int(`SELECT COUNT(*) FROM deliveries WHERE status = $1`, store.DeliveryQueued),
			raw.Int(`SELECT COUNT(*) FROM deliveries WHERE status = $1 AND message_id = ANY($2)`, store.DeliveryCanceled, due),
			raw.Int(`SELECT COUNT(*) FROM audit_events WHERE action = $1`, audit.ActionMessageExpire),
			raw.Int(`SELECT COUNT(*) FROM messages WHERE shredded_at IS NULL`))
	}
	after := state()
	if want := "expired 500, sealed 0, message keys 2000, attachment keys 0, live links 0, queued 2000, canceled 500, expire events 500, live messages 2000"; after != want {
		t.Fatalf("after the shred:\n got %s\nwant %s", after, want)
	}
	// A second pass: nothing due, and the same ids again change nothing.
	if cands, err := st.DueForShred(ctx, now, 1000); err != nil || len(cands) != 0 {
		t.Fatalf("due after the shred: %d %v", len(cands), err)
	}
	if again, err := st.ShredMessages(ctx, ten, batch, "test", now.Add(time.Minute)); err != nil || len(again) != 0 {
		t.Fatalf("second pass shredded %d: %v", len(again), err)
	}
	if s := state(); s != after {
		t.Fatalf("the second pass changed something:\n%s\n%s", after, s)
	}
}

// retentionTables are the tables the retention shred touches.
var retentionTables = map[string]bool{"messages": true, "data_keys": true, "deliveries": true, "links": true, "attachments": true}

// planProblems lists what in a plan is not a probe by key of the tables in
// big, and records the indexes it probes in used. With byKey an index
// condition on tenant_id alone is a problem too (it reads the whole
// tenant); the retention's due read, an ordered range of one index, is
// checked without it.
func planProblems(n planNode, big map[string]bool, byKey bool, used map[string]bool) []string {
	var out []string
	switch {
	case strings.HasPrefix(n.Type, "Bitmap"), n.Type == "Hash Join", n.Type == "Merge Join":
		out = append(out, n.Type+" "+n.Relation+n.Index)
	case big[n.Relation] && (n.Type == "Index Scan" || n.Type == "Index Only Scan"):
		used[n.Index] = true
		if n.IndexCond == "" {
			out = append(out, "index scan of "+n.Relation+" without a condition")
		} else if key := strings.ReplaceAll(n.IndexCond, "tenant_id", ""); byKey && !strings.Contains(key, "id") && !strings.Contains(key, "owner") {
			out = append(out, "index scan of "+n.Relation+" by tenant only ("+n.IndexCond+")")
		}
	case big[n.Relation] && n.Type != "ModifyTable" && n.Type != "Tid Scan":
		out = append(out, n.Type+" on "+n.Relation)
	}
	for _, c := range n.Plans {
		out = append(out, planProblems(c, big, byKey, used)...)
	}
	return out
}

func prefixed(p string, ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = p + s
	}
	return out
}

// planOutline is a plan on one line: node (relation index) [children].
func planOutline(n planNode) string {
	s := n.Type
	if n.Relation != "" || n.Index != "" {
		s += " (" + strings.TrimSpace(n.Relation+" "+n.Index) + ")"
	}
	if len(n.Plans) > 0 {
		cs := make([]string, len(n.Plans))
		for i, c := range n.Plans {
			cs[i] = planOutline(c)
		}
		s += " [" + strings.Join(cs, ", ") + "]"
	}
	return s
}
