package store_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/sealpost/sealpost/internal/store"
	"github.com/sealpost/sealpost/internal/testdb"
	_ "modernc.org/sqlite"
)

// TestUnavailableClassification (issue 13 item 18): the errors the drivers
// really return while a database is temporarily unable to serve are
// Unavailable (HTTP 503 with Retry-After, readiness red); defects and bad
// input are not.
func TestUnavailableClassification(t *testing.T) {
	ctx := context.Background()
	type tc struct {
		name string
		err  error
		want bool
	}
	var cases []tc
	add := func(name string, err error, want bool) {
		t.Helper()
		if err == nil {
			t.Fatalf("%s: no error was produced", name)
		}
		cases = append(cases, tc{name, err, want}, tc{name + " (wrapped)", fmt.Errorf("store: commit: %w", err), want})
	}

	// SQLite: a real full database (max_page_count), a read-only open, a
	// write lock held past the busy timeout, and a constraint violation.
	dir := t.TempDir()
	path := filepath.Join(dir, "full.db")
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(10)")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	mustExec(t, db, `CREATE TABLE t (id INTEGER PRIMARY KEY, v BLOB)`)
	mustExec(t, db, `PRAGMA max_page_count = 8`)
	var full error
	for i := 0; i < 100 && full == nil; i++ {
		_, full = db.Exec(`INSERT INTO t (v) VALUES (zeroblob(4000))`)
	}
	add("SQLITE_FULL", full, true)
	_, dup := db.Exec(`INSERT INTO t (id, v) VALUES (1, NULL)`)
	add("SQLITE_CONSTRAINT", dup, false)
	_, syntax := db.Exec(`INSERT INTO nowhere VALUES (1)`)
	add("SQLite no such table", syntax, false)

	ro, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	_, readonly := ro.Exec(`DELETE FROM t`)
	add("SQLITE_READONLY", readonly, true)

	lockPath := filepath.Join(dir, "busy.db")
	holder, _ := sql.Open("sqlite", "file:"+lockPath)
	defer holder.Close()
	holder.SetMaxOpenConns(1)
	mustExec(t, holder, `CREATE TABLE t (id INTEGER PRIMARY KEY)`)
	tx, err := holder.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback() //nolint:errcheck
	if _, err := tx.Exec(`INSERT INTO t VALUES (1)`); err != nil {
		t.Fatal(err)
	}
	other, _ := sql.Open("sqlite", "file:"+lockPath+"?_pragma=busy_timeout(20)")
	defer other.Close()
	_, busy := other.Exec(`INSERT INTO t VALUES (2)`)
	add("SQLITE_BUSY after the busy timeout", busy, true)

	// PostgreSQL: connection refused (nothing listens on port 1), and the
	// server's own error values for shutdown, resources and read-only.
	cctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	_, refused := pgx.Connect(cctx, "postgres://postgres@127.0.0.1:1/test?sslmode=disable&connect_timeout=2")
	cancel()
	add("PostgreSQL connection refused", refused, true)
	add("context deadline is not unavailability", context.DeadlineExceeded, false)
	add("a plain error", errors.New("boom"), false)

	conn := testdb.Connect(t) // skips without PostgreSQL (fails with CI=true)
	raise := func(code string) error {
		_, err := conn.Exec(ctx, fmt.Sprintf(`DO $$ BEGIN RAISE EXCEPTION 'raised' USING ERRCODE = '%s'; END $$`, code))
		return err
	}
	for code, want := range map[string]bool{
		"57P01": true, // admin_shutdown: terminating connection due to administrator command
		"57P02": true, // crash_shutdown
		"57P03": true, // cannot_connect_now: the database system is shutting down / starting up
		"53300": true, // too_many_connections
		"53100": true, // disk_full
		"25006": true, // read_only_sql_transaction
		"08006": true, // connection_failure
		"23505": false,
		"P0001": false,
		"42P01": false,
	} {
		add("PostgreSQL "+code, raise(code), want)
	}
	_, ro2 := conn.Exec(ctx, `BEGIN READ ONLY; CREATE TEMP TABLE x (i int); COMMIT`)
	add("PostgreSQL write in a read-only transaction", ro2, true)
	_, _ = conn.Exec(ctx, `ROLLBACK`)

	for _, c := range cases {
		t.Logf("%s: %v", c.name, c.err)
		if got := store.Unavailable(c.err); got != c.want {
			t.Errorf("%s: Unavailable(%v) = %v, want %v", c.name, c.err, got, c.want)
		}
	}
}

func mustExec(t *testing.T, db *sql.DB, q string) {
	t.Helper()
	if _, err := db.Exec(q); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
}
