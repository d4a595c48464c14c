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
	w     *sql.DB
	r     *sql.DB
	river *river.Client[*sql.Tx]
	av    *availability
}

func openSQLite(ctx context.Context, path string, opts Options, av *availability) (*sqliteBackend, error) {
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
	w := sql.OpenDB(cachingConnector{drv: &sqlite.Driver{}, dsn: base + "?" + pragmas + "&_txlock=immediate"})
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxIdleTime(0)
	if err := w.PingContext(ctx); err != nil {
		w.Close()
		return nil, fmt.Errorf("store: open sqlite: %w", err)
	}
	// The database file holds only ciphertext, but keep it private anyway.
	_ = os.Chmod(path, 0o600)
	r := sql.OpenDB(cachingConnector{drv: &sqlite.Driver{}, dsn: base + "?" + pragmas + "&_pragma=query_only(1)"})
	r.SetMaxOpenConns(16)
	r.SetMaxIdleConns(16)
	r.SetConnMaxIdleTime(0)
	rc, err := river.NewClient(riversqlite.New(w), opts.riverConfig(true))
	if err != nil {
		w.Close()
		r.Close()
		return nil, fmt.Errorf("store: river client: %w", err)
	}
	return &sqliteBackend{w: w, r: r, river: rc, av: av}, nil
}

func (b *sqliteBackend) name() string    { return "sqlite" }
func (b *sqliteBackend) reader() querier { return sqlQ{b.r} }
func (b *sqliteBackend) close()          { b.r.Close(); b.w.Close() }
func (b *sqliteBackend) ping(ctx context.Context) error {
	var one int
	return b.r.QueryRowContext(ctx, "SELECT 1").Scan(&one)
}

func (b *sqliteBackend) startJobs(ctx context.Context) error { return b.river.Start(ctx) }
func (b *sqliteBackend) stopJobs(ctx context.Context) error {
	return stopRiver(ctx, b.river.Stop, b.river.StopAndCancel)
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
	if err := b.av.inject(FaultWrite); err != nil {
		b.av.written(err)
		return err
	}
	err := b.tx(ctx, fn)
	b.av.written(err)
	return err
}

func (b *sqliteBackend) tx(ctx context.Context, fn func(tx txn) error) error {
	tx, err := b.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: begin: %w", err)
	}
	if err := fn(sqliteTx{sqlQ{tx}, tx, b.river}); err != nil {
		_ = tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: commit: %w", err)
	}
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

// sqlQ adapts database/sql to querier. Statement parsing is cached below it,
// per connection (see cachingConnector).
type sqlQ struct {
	q interface {
		ExecContext(context.Context, string, ...any) (sql.Result, error)
		QueryContext(context.Context, string, ...any) (*sql.Rows, error)
		QueryRowContext(context.Context, string, ...any) *sql.Row
	}
}

func (s sqlQ) multiRow() bool { return false }

func (s sqlQ) exec(ctx context.Context, q string, args ...any) (int64, error) {
	res, err := s.q.ExecContext(ctx, q, args...)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

func (s sqlQ) query(ctx context.Context, q string, args ...any) (rows, error) {
	r, err := s.q.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	return sqlRows{r}, nil
}

func (s sqlQ) queryRow(ctx context.Context, q string, args ...any) row {
	return s.q.QueryRowContext(ctx, q, args...)
}

func (s sqlQ) queryRows(ctx context.Context, qs []rowQuery) error {
	for _, q := range qs {
		if err := q.scan(s.q.QueryRowContext(ctx, q.q, q.args...)); err != nil {
			return err
		}
	}
	return nil
}

type sqlRows struct{ *sql.Rows }

func (r sqlRows) Close() { _ = r.Rows.Close() }

type sqliteTx struct {
	sqlQ
	tx    *sql.Tx
	river *river.Client[*sql.Tx]
}

func (t sqliteTx) execAll(ctx context.Context, stmts []stmt) ([]int64, error) {
	counts := make([]int64, len(stmts))
	for i, st := range stmts {
		n, err := t.exec(ctx, st.q, st.args...)
		if err != nil {
			return nil, err
		}
		counts[i] = n
	}
	return counts, nil
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
