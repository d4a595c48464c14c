package api_test

import (
	"database/sql"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/sealpost/sealpost/internal/api"
	"github.com/sealpost/sealpost/internal/store"
	"github.com/sealpost/sealpost/internal/testdb"
	_ "modernc.org/sqlite"
)

// TestDatabaseUnavailableAnswers503 (issue 13 item 18): while the database
// cannot write (a full disk), requests answer 503 with the stable
// "unavailable" problem type and Retry-After — not 500 internal — and /readyz
// reports it; both recover once writes succeed again. A full disk seen by
// the readiness probe alone turns /readyz red too.
func TestDatabaseUnavailableAnswers503(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		var fail atomic.Pointer[string] // the operation that fails, if any
		diskFull := diskFullError(t, kind)
		e := newEnvFault(t, kind, func(op string) error {
			if p := fail.Load(); p != nil && *p == op {
				return diskFull
			}
			return nil
		})
		tn := e.tenant("acme")
		e.putRecipient(tn, "p-1", recipientBody("x"))
		e.expect(e.do("GET", "/readyz", "", nil), 200, "")

		writes := store.FaultWrite
		fail.Store(&writes)
		unavailable := func(r resp) {
			t.Helper()
			e.expect(r, 503, api.ProblemUnavailable)
			if r.header.Get("Retry-After") == "" {
				t.Fatal("503 without Retry-After")
			}
		}
		unavailable(e.do("POST", "/v1/messages", tn.key, messageBody("y"), "Idempotency-Key", "during-outage"))
		unavailable(e.do("PUT", "/v1/recipients/p-2", tn.key, map[string]any{"email": "b@example.org"}))
		unavailable(e.do("GET", "/readyz", "", nil))
		// The hosted pages too: a sign-in whose failure count cannot be
		// written answers a 503 page, not "Something went wrong".
		page := e.browser(t).signinTry(tn, "nobody-here", "wrong password 1")
		if page.status != 503 || page.header.Get("Retry-After") == "" || !strings.Contains(string(page.body), "Temporarily unavailable") {
			t.Fatalf("sign-in page during the outage: %d %q", page.status, page.header.Get("Retry-After"))
		}

		fail.Store(nil)
		e.expect(e.do("POST", "/v1/messages", tn.key, messageBody("y"), "Idempotency-Key", "during-outage"), 201, "")
		e.expect(e.do("GET", "/readyz", "", nil), 200, "")

		probe := store.FaultReady
		fail.Store(&probe)
		unavailable(e.do("GET", "/readyz", "", nil))
		fail.Store(nil)
		e.expect(e.do("GET", "/readyz", "", nil), 200, "")
	})
}

// diskFullError is the error the driver of kind really returns when the
// disk is full: SQLITE_FULL from a database capped at a few pages, or
// PostgreSQL's 53100.
func diskFullError(t *testing.T, kind string) error {
	t.Helper()
	if kind == "postgres" {
		return &pgconn.PgError{Severity: "ERROR", Code: "53100", Message: `could not extend file "base/16384/16385": No space left on device`}
	}
	db, err := sql.Open("sqlite", "file:"+filepath.Join(t.TempDir(), "full.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	for _, q := range []string{`CREATE TABLE t (v BLOB)`, `PRAGMA max_page_count = 4`} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	for range 100 {
		if _, err := db.Exec(`INSERT INTO t VALUES (zeroblob(4000))`); err != nil {
			return err
		}
	}
	t.Fatal("the capped SQLite database never filled")
	return nil
}
