package store_test

import (
	"database/sql"
	"encoding/json"
	"strings"
	"testing"

	"github.com/sealpost/sealpost/internal/audit"
	"github.com/sealpost/sealpost/internal/store"
	"github.com/sealpost/sealpost/internal/testdb"
)

// TestChainUpdateByKey: on PostgreSQL the chainer's UPDATE reaches the
// events it chains by key, and its read walks the unchained index in order. Joined to the positions alone, the planner read
// the whole unchained index, dead entries of every event chained since the
// last vacuum included (bitmap scans never prune them), so each batch cost
// more than the one before. The plan is checked after thousands of events
// have been chained, as on a running server.
func TestChainUpdateByKey(t *testing.T) {
	testdb.Connect(t) // skips or fails like every PostgreSQL test
	st, db := testdb.Open(t, "postgres")
	raw := testdb.OpenRaw(t, db)
	ctx := t.Context()
	ev := func(i int) audit.Event {
		return audit.Event{TenantID: "ten_x", Actor: "test", Action: audit.ActionMessageCreate, ObjectType: "message", ObjectID: "msg_" + strings.Repeat("x", i%7)}
	}
	for range 6 {
		evs := make([]audit.Event, 500)
		for i := range evs {
			evs[i] = ev(i)
		}
		if err := st.AppendAudit(ctx, evs...); err != nil {
			t.Fatal(err)
		}
		if _, err := st.ChainAllAudit(ctx); err != nil {
			t.Fatal(err)
		}
	}
	evs := make([]audit.Event, 40)
	for i := range evs {
		evs[i] = ev(i)
	}
	if err := st.AppendAudit(ctx, evs...); err != nil {
		t.Fatal(err)
	}
	var ids []int64
	if err := raw.QueryRow(`SELECT array_agg(id ORDER BY id) FROM audit_events WHERE seq IS NULL`).Scan(&ids); err != nil || len(ids) != 40 {
		t.Fatalf("unchained ids: %v %v", len(ids), err)
	}
	seqs, hashes := make([]int64, len(ids)), make([][]byte, len(ids))
	for i := range ids {
		seqs[i], hashes[i] = int64(3001+i), make([]byte, 32)
	}
	var plan []byte
	if err := raw.QueryRow(`EXPLAIN (FORMAT JSON) `+store.ChainSQL, ids, seqs, hashes, hashes).Scan(&plan); err != nil {
		t.Fatal(err)
	}
	var doc []struct{ Plan planNode }
	if err := json.Unmarshal(plan, &doc); err != nil || len(doc) != 1 {
		t.Fatalf("plan: %v %s", err, plan)
	}
	scans := 0
	var walk func(n planNode)
	walk = func(n planNode) {
		if n.Relation == "audit_events" && n.Type != "ModifyTable" {
			scans++
			if !strings.Contains(n.IndexCond, "id = ANY") {
				t.Errorf("%s on audit_events without the ids as index condition (index %q, condition %q): %s", n.Type, n.Index, n.IndexCond, plan)
			}
		}
		for _, c := range n.Plans {
			walk(c)
		}
	}
	walk(doc[0].Plan)
	if scans == 0 {
		t.Fatalf("no scan of audit_events in the plan: %s", plan)
	}
	// The chainer's read, under the settings its transaction runs with,
	// walks the unchained index in order (an index scan marks the dead
	// entries and skips them next time; a bitmap scan reads them all).
	raw.Exec(`BEGIN`)
	for _, set := range store.ChainScanSettings {
		raw.Exec(set)
	}
	if err := raw.QueryRow(`EXPLAIN (FORMAT JSON) `+store.ChainSelectSQL, 5000).Scan(&plan); err != nil {
		t.Fatal(err)
	}
	raw.Exec(`COMMIT`)
	doc = nil
	if err := json.Unmarshal(plan, &doc); err != nil || len(doc) != 1 {
		t.Fatalf("plan: %v %s", err, plan)
	}
	var read func(n planNode) bool
	read = func(n planNode) bool {
		if n.Relation == "audit_events" {
			return n.Type == "Index Scan" && n.Index == "audit_events_unchained"
		}
		for _, c := range n.Plans {
			if read(c) {
				return true
			}
		}
		return false
	}
	if !read(doc[0].Plan) || strings.Contains(string(plan), "Bitmap") {
		t.Errorf("the chainer's read is not an ordered scan of the unchained index: %s", plan)
	}
	// And the update writes what it is given.
	n := raw.Exec(store.ChainSQL, ids, seqs, hashes, hashes)
	if n != int64(len(ids)) {
		t.Fatalf("chained %d of %d", n, len(ids))
	}
}

type planNode struct {
	Type      string     `json:"Node Type"`
	Relation  string     `json:"Relation Name"`
	Index     string     `json:"Index Name"`
	IndexCond string     `json:"Index Cond"`
	Plans     []planNode `json:"Plans"`
}

// TestSQLiteChainByKey: on SQLite the chainer writes up to 64 positions per
// UPDATE, each row found by its rowid (never a scan of the table), in chunks
// whose sizes keep the statement cache small, and chains a run of events
// whose length is not a power of two.
func TestSQLiteChainByKey(t *testing.T) {
	sizes := map[int]bool{}
	for n := 1; n <= 300; n++ {
		left := n
		for left > 0 {
			c := store.SQLiteChainChunk(left)
			if c < 1 || c > left || c > 64 {
				t.Fatalf("chunk %d of %d left", c, left)
			}
			sizes[c] = true
			left -= c
		}
	}
	if len(sizes) != 7 {
		t.Errorf("chunk sizes %v, want the 7 powers of two up to 64", sizes)
	}
	st, db := testdb.Open(t, "sqlite")
	ctx := t.Context()
	evs := make([]audit.Event, 203)
	for i := range evs {
		evs[i] = audit.Event{TenantID: []string{"ten_a", "ten_b", ""}[i%3], Actor: "test", Action: audit.ActionMessageCreate, ObjectType: "message", ObjectID: "msg_x"}
	}
	if err := st.AppendAudit(ctx, evs...); err != nil {
		t.Fatal(err)
	}
	if n, err := st.ChainAllAudit(ctx); err != nil || n != len(evs) {
		t.Fatalf("chained %d: %v", n, err)
	}
	if n, brk, err := st.VerifyAudit(ctx); err != nil || brk != nil || n != int64(len(evs)) {
		t.Fatalf("verify: %d %v %v", n, brk, err)
	}
	raw, err := sql.Open("sqlite", "file:"+db.Path)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	args := make([]any, 0, 4*64)
	for i := range 64 {
		args = append(args, int64(i+1), int64(i+1), []byte("p"), []byte("h"))
	}
	rs, err := raw.Query(`EXPLAIN QUERY PLAN `+store.SQLiteChainSQL(64), args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rs.Close()
	var plan []string
	for rs.Next() {
		var id, parent, unused int
		var detail string
		if err := rs.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, detail)
	}
	text := strings.Join(plan, "; ")
	if !strings.Contains(text, "SEARCH audit_events USING INTEGER PRIMARY KEY") || strings.Contains(text, "SCAN audit_events") {
		t.Fatalf("chain UPDATE does not reach its rows by rowid: %s", text)
	}
}
