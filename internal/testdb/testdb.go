// Package testdb gives each test its own real database: a fresh SQLite file, or
// a fresh PostgreSQL schema that is dropped when the test ends. PostgreSQL comes
// from SEALPOST_TEST_DATABASE_URL (default: the local server, database test).
// When it is unreachable the PostgreSQL half of a test is skipped, except with
// CI=true, where it fails.
package testdb

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/sealpost/sealpost/internal/audit"
	"github.com/sealpost/sealpost/internal/store"
)

// DefaultPostgresURL is used when SEALPOST_TEST_DATABASE_URL is unset.
const DefaultPostgresURL = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"

// Kinds are the databases every storage test runs on.
var Kinds = []string{"sqlite", "postgres"}

// PostgresURL is the server tests use.
func PostgresURL() string {
	if u := os.Getenv("SEALPOST_TEST_DATABASE_URL"); u != "" {
		return u
	}
	return DefaultPostgresURL
}

// DB is one test database.
type DB struct {
	Kind   string
	DSN    string // for store.Open
	Schema string // PostgreSQL schema, "" for SQLite
	Path   string // SQLite file, "" for PostgreSQL
}

// Open returns a store on a fresh, migrated database of the given kind.
func Open(t testing.TB, kind string) (*store.Store, DB) {
	t.Helper()
	return OpenWith(t, kind, store.Options{})
}

// OpenWith is Open with store options (the schema is set here).
func OpenWith(t testing.TB, kind string, opts store.Options) (*store.Store, DB) {
	t.Helper()
	db := New(t, kind)
	opts.Schema = db.Schema
	st, err := store.Open(context.Background(), db.DSN, opts)
	if err != nil {
		t.Fatalf("open %s: %v", kind, err)
	}
	t.Cleanup(st.Close)
	if err := st.Migrate(context.Background()); err != nil {
		t.Fatalf("migrate %s: %v", kind, err)
	}
	st.SetAuditKeys(AuditKeys())
	return st, db
}

// AuditKeys are fixed audit chain keys for tests (a key file's would do as
// well; these spare a test the file).
func AuditKeys() *audit.Keys {
	s := sha256.Sum256([]byte("sealpost testdb audit secret"))
	k, err := audit.NewKeys(s[:])
	if err != nil {
		panic(err)
	}
	return k
}

// New creates an empty database of the given kind without opening a store.
func New(t testing.TB, kind string) DB {
	t.Helper()
	switch kind {
	case "sqlite":
		p := filepath.Join(t.TempDir(), "sealpost.db")
		return DB{Kind: kind, DSN: "sqlite:" + p, Path: p}
	case "postgres":
		conn := Connect(t)
		var b [6]byte
		_, _ = rand.Read(b[:])
		schema := "t_" + hex.EncodeToString(b[:])
		ctx := context.Background()
		if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
			t.Fatalf("create schema: %v", err)
		}
		t.Cleanup(func() {
			c, err := pgx.Connect(context.Background(), PostgresURL())
			if err != nil {
				t.Errorf("drop schema %s: %v", schema, err)
				return
			}
			defer c.Close(context.Background())
			if _, err := c.Exec(context.Background(), "DROP SCHEMA "+schema+" CASCADE"); err != nil {
				t.Errorf("drop schema %s: %v", schema, err)
			}
		})
		return DB{Kind: kind, DSN: PostgresURL(), Schema: schema}
	default:
		t.Fatalf("unknown database kind %q", kind)
		return DB{}
	}
}

// Connect returns a plain connection to the test PostgreSQL server (closed at
// cleanup), skipping or failing the test as the package doc says.
func Connect(t testing.TB) *pgx.Conn {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, PostgresURL())
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("PostgreSQL is unreachable and CI=true: %v", err)
		}
		t.Skipf("PostgreSQL unreachable (set CI=true to fail instead): %v", err)
	}
	t.Cleanup(func() { conn.Close(context.Background()) })
	return conn
}

// Each runs f as a subtest on every database kind.
func Each(t *testing.T, f func(t *testing.T, kind string)) {
	for _, k := range Kinds {
		t.Run(k, func(t *testing.T) { f(t, k) })
	}
}
