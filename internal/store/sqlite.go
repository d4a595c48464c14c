package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riversqlite"
	"github.com/riverqueue/river/rivermigrate"
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// sqliteBackend runs on an embedded SQLite file in WAL mode. All writes go
// through one connection (SQLite allows one writer; River's SQLite driver asks
// for it), reads use a separate pool that WAL lets run beside the writer.
type sqliteBackend struct {
	w      *sql.DB
	r      *sql.DB
	river  *river.Client[*sql.Tx]
	wStmts *stmtCache
	rStmts *stmtCache
}

func openSQLite(ctx context.Context, path string) (*sqliteBackend, error) {
	if path == "" {
		return nil, errors.New("store: sqlite path is empty")
	}
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, fmt.Errorf("store: create data directory: %w", err)
		}
	}
	// synchronous(FULL): every commit is fsynced, so an accepted message survives
	// a power cut. Group commit in the ingest path keeps this affordable.
	pragmas := "_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)&_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)"
	base := "file:" + (&url.URL{Path: path}).EscapedPath()
	w, err := sql.Open("sqlite", base+"?"+pragmas+"&_txlock=immediate")
	if err != nil {
		return nil, err
	}
	w.SetMaxOpenConns(1)
	w.SetConnMaxIdleTime(0)
	if err := w.PingContext(ctx); err != nil {
		w.Close()
		return nil, fmt.Errorf("store: open sqlite: %w", err)
	}
	// The database file holds only ciphertext, but keep it private anyway.
	_ = os.Chmod(path, 0o600)
	r, err := sql.Open("sqlite", base+"?"+pragmas+"&_pragma=query_only(1)")
	if err != nil {
		w.Close()
		return nil, err
	}
	r.SetMaxOpenConns(8)
	rc, err := river.NewClient(riversqlite.New(w), &river.Config{})
	if err != nil {
		w.Close()
		r.Close()
		return nil, fmt.Errorf("store: river client: %w", err)
	}
	return &sqliteBackend{w: w, r: r, river: rc, wStmts: newStmtCache(w), rStmts: newStmtCache(r)}, nil
}

func (b *sqliteBackend) name() string    { return "sqlite" }
func (b *sqliteBackend) reader() querier { return sqlQ{b.r, b.rStmts, nil} }
func (b *sqliteBackend) close()          { b.r.Close(); b.w.Close() }
func (b *sqliteBackend) ping(ctx context.Context) error {
	var one int
	return b.r.QueryRowContext(ctx, "SELECT 1").Scan(&one)
}

func (b *sqliteBackend) isUniqueViolation(err error) bool {
	var se *sqlite.Error
	if errors.As(err, &se) {
		c := se.Code()
		return c == sqlite3.SQLITE_CONSTRAINT_UNIQUE || c == sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY
	}
	return false
}

func (b *sqliteBackend) inTx(ctx context.Context, fn func(tx txn) error) error {
	tx, err := b.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: begin: %w", err)
	}
	if err := fn(sqliteTx{sqlQ{tx, b.wStmts, tx}, tx, b.river}); err != nil {
		_ = tx.Rollback()
		b.wStmts.preparePending(ctx)
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: commit: %w", err)
	}
	b.wStmts.preparePending(ctx)
	return nil
}

func (b *sqliteBackend) migrate(ctx context.Context, ms []migration) error {
	if err := applyMigrations(ctx, b, ms); err != nil {
		return err
	}
	m, err := rivermigrate.New(riversqlite.New(b.w), nil)
	if err != nil {
		return err
	}
	if _, err := m.Migrate(ctx, rivermigrate.DirectionUp, nil); err != nil {
		return fmt.Errorf("store: river migrations: %w", err)
	}
	return nil
}

// sqlQ adapts database/sql to querier. Statements are prepared once per SQL
// text and reused: with an in-process database, parsing is most of the cost of
// a small statement.
type sqlQ struct {
	q interface {
		ExecContext(context.Context, string, ...any) (sql.Result, error)
		QueryContext(context.Context, string, ...any) (*sql.Rows, error)
		QueryRowContext(context.Context, string, ...any) *sql.Row
	}
	cache *stmtCache
	tx    *sql.Tx // set inside a transaction
}

// stmt returns the cached prepared statement for q, or nil on a miss inside a
// transaction: the writer pool has one connection, which the transaction
// holds, so preparing on the pool there would wait for ever. The miss is noted
// and prepared after the transaction ends.
func (s sqlQ) stmt(ctx context.Context, q string) (*sql.Stmt, error) {
	if s.tx == nil {
		return s.cache.get(ctx, q)
	}
	if st := s.cache.lookup(q); st != nil {
		return s.tx.StmtContext(ctx, st), nil
	}
	s.cache.want(q)
	return nil, nil
}

func (s sqlQ) exec(ctx context.Context, q string, args ...any) (int64, error) {
	st, err := s.stmt(ctx, q)
	if err != nil {
		return 0, err
	}
	var res sql.Result
	if st != nil {
		res, err = st.ExecContext(ctx, args...)
	} else {
		res, err = s.q.ExecContext(ctx, q, args...)
	}
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

func (s sqlQ) query(ctx context.Context, q string, args ...any) (rows, error) {
	st, err := s.stmt(ctx, q)
	if err != nil {
		return nil, err
	}
	var r *sql.Rows
	if st != nil {
		r, err = st.QueryContext(ctx, args...)
	} else {
		r, err = s.q.QueryContext(ctx, q, args...)
	}
	if err != nil {
		return nil, err
	}
	return sqlRows{r}, nil
}

func (s sqlQ) queryRow(ctx context.Context, q string, args ...any) row {
	st, err := s.stmt(ctx, q)
	if err != nil {
		return errRow{err}
	}
	if st == nil {
		return s.q.QueryRowContext(ctx, q, args...)
	}
	return st.QueryRowContext(ctx, args...)
}

func (s sqlQ) multiRow() bool { return false }

type errRow struct{ err error }

func (e errRow) Scan(...any) error { return e.err }

// stmtCache holds prepared statements by SQL text. Statements whose text
// varies without bound (multi-row VALUES lists) must not go through it; on
// SQLite the store only issues fixed single-row statements.
type stmtCache struct {
	db      *sql.DB
	mu      sync.Mutex
	m       map[string]*sql.Stmt
	pending map[string]bool
}

func newStmtCache(db *sql.DB) *stmtCache {
	return &stmtCache{db: db, m: map[string]*sql.Stmt{}, pending: map[string]bool{}}
}

func (c *stmtCache) lookup(q string) *sql.Stmt {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[q]
}

func (c *stmtCache) want(q string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.pending) < 64 {
		c.pending[q] = true
	}
}

// preparePending prepares statements missed inside transactions. Call it with
// no transaction open on this goroutine.
func (c *stmtCache) preparePending(ctx context.Context) {
	c.mu.Lock()
	var qs []string
	for q := range c.pending {
		qs = append(qs, q)
	}
	clear(c.pending)
	c.mu.Unlock()
	for _, q := range qs {
		_, _ = c.get(ctx, q) // a failure only means the next use parses again
	}
}

func (c *stmtCache) get(ctx context.Context, q string) (*sql.Stmt, error) {
	c.mu.Lock()
	st, ok := c.m[q]
	c.mu.Unlock()
	if ok {
		return st, nil
	}
	st, err := c.db.PrepareContext(ctx, q)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if prev, ok := c.m[q]; ok {
		st.Close()
		return prev, nil
	}
	if len(c.m) >= 512 { // a bound, in case a caller ever sends varying text
		for k, v := range c.m {
			v.Close()
			delete(c.m, k)
		}
	}
	c.m[q] = st
	return st, nil
}

type sqlRows struct{ *sql.Rows }

func (r sqlRows) Close() { _ = r.Rows.Close() }

type sqliteTx struct {
	sqlQ
	tx    *sql.Tx
	river *river.Client[*sql.Tx]
}

func (t sqliteTx) insertJobs(ctx context.Context, params []river.InsertManyParams) error {
	if len(params) == 0 {
		return nil
	}
	_, err := t.river.InsertManyFastTx(ctx, t.tx, params)
	return err
}

// sqlitePath extracts the file path from "sqlite:PATH" or "sqlite://PATH".
func sqlitePath(dsn string) string {
	p := strings.TrimPrefix(dsn, "sqlite:")
	return strings.TrimPrefix(p, "//")
}
