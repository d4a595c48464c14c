package store

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/rivermigrate"
)

// pgBackend runs on PostgreSQL through a pgx pool; River shares the pool, so a
// job is inserted in the same transaction as the rows it belongs to.
type pgBackend struct {
	pool   *pgxpool.Pool
	river  *river.Client[pgx.Tx]
	schema string
	av     *availability
}

func openPostgres(ctx context.Context, dsn string, opts Options, av *availability) (*pgBackend, error) {
	schema := opts.Schema
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		// pgx's parse errors can echo the URL, password included: say less.
		return nil, errors.New("store: the PostgreSQL URL does not parse")
	}
	if schema != "" {
		cfg.ConnConfig.RuntimeParams["search_path"] = schema
	}
	// Custom plans for every statement unless the URL says otherwise
	// (plan_cache_mode=auto): sealpost's statements are short key lookups
	// whose planning costs microseconds, while a generic plan cached on a
	// connection can go badly stale — made while a table was small (a new
	// deployment; autovacuum off or not yet run) it keeps scanning the whole
	// table as it grows (measured: 1.5 ms per primary-key read after a few
	// thousand messages), and it cannot follow tenants of very different
	// sizes.
	if _, set := cfg.ConnConfig.RuntimeParams["plan_cache_mode"]; !set {
		cfg.ConnConfig.RuntimeParams["plan_cache_mode"] = "force_custom_plan"
	}
	if cfg.MaxConns < 32 {
		cfg.MaxConns = 32 // ingest writers, delivery workers and readers share it; pool_max_conns= raises it
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("store: connect postgres: %w", err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("store: connect postgres: %w", err)
	}
	rc, err := river.NewClient(riverpgxv5.New(pool), opts.riverConfig(false))
	if err != nil {
		pool.Close()
		return nil, fmt.Errorf("store: river client: %w", err)
	}
	return &pgBackend{pool: pool, river: rc, schema: schema, av: av}, nil
}

func (b *pgBackend) name() string                   { return "postgres" }
func (b *pgBackend) reader() querier                { return pgQ{b.pool} }
func (b *pgBackend) close()                         { b.pool.Close() }
func (b *pgBackend) ping(ctx context.Context) error { return b.pool.Ping(ctx) }

func (b *pgBackend) startJobs(ctx context.Context) error { return b.river.Start(ctx) }
func (b *pgBackend) stopJobs(ctx context.Context) error {
	return stopRiver(ctx, b.river.Stop, b.river.StopAndCancel)
}

// stopRiver stops gracefully until ctx ends, then cancels running jobs.
func stopRiver(ctx context.Context, stop, cancel func(context.Context) error) error {
	if err := stop(ctx); err == nil || !errors.Is(err, context.DeadlineExceeded) && !errors.Is(err, context.Canceled) {
		return err
	}
	cctx, done := context.WithTimeout(context.Background(), 10*time.Second)
	defer done()
	return cancel(cctx)
}

func (b *pgBackend) isUniqueViolation(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && pe.Code == "23505"
}

func (b *pgBackend) inTx(ctx context.Context, fn func(tx txn) error) error {
	if err := b.av.inject(FaultWrite); err != nil {
		b.av.written(err)
		return err
	}
	err := b.tx(ctx, fn)
	b.av.written(err)
	return err
}

func (b *pgBackend) tx(ctx context.Context, fn func(tx txn) error) error {
	tx, err := b.pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("store: begin: %w", err)
	}
	if err := fn(pgTx{pgQ{tx}, tx, b.river}); err != nil {
		_ = tx.Rollback(ctx)
		return err
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("store: commit: %w", err)
	}
	return nil
}

// Advisory lock keys (first half of PostgreSQL's two-int4 key form).
const (
	lockMigrate = 0x5ea1905 // "sealpost"
	lockChain   = 94120521
)

// lockSpace is the second half of sealpost's advisory lock keys: the schema,
// hashed. Advisory locks are per database, so without it deployments (or
// tests) in different schemas of one database would wait for each other's
// migrator and skip each other's audit chaining.
func (b *pgBackend) lockSpace() int32 {
	h := fnv.New32a()
	h.Write([]byte(b.schema))
	return int32(h.Sum32())
}

func (b *pgBackend) migrate(ctx context.Context, ms []migration) error {
	// One migrator at a time across every node sharing the schema.
	conn, err := b.pool.Acquire(ctx)
	if err != nil {
		return err
	}
	defer conn.Release()
	if _, err := conn.Exec(ctx, "SELECT pg_advisory_lock($1, $2)", int32(lockMigrate), b.lockSpace()); err != nil {
		return fmt.Errorf("store: migration lock: %w", err)
	}
	defer conn.Exec(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock($1, $2)", int32(lockMigrate), b.lockSpace()) //nolint:errcheck
	if err := applyMigrations(ctx, b, ms); err != nil {
		return err
	}
	m, err := rivermigrate.New(riverpgxv5.New(b.pool), &rivermigrate.Config{Schema: b.schema})
	if err != nil {
		return err
	}
	if _, err := m.Migrate(ctx, rivermigrate.DirectionUp, nil); err != nil {
		return fmt.Errorf("store: river migrations: %w", err)
	}
	return nil
}

// pgQ adapts a pgx pool or transaction to querier.
type pgQ struct {
	q interface {
		Exec(context.Context, string, ...any) (pgconn.CommandTag, error)
		Query(context.Context, string, ...any) (pgx.Rows, error)
		QueryRow(context.Context, string, ...any) pgx.Row
		SendBatch(context.Context, *pgx.Batch) pgx.BatchResults
	}
}

func (p pgQ) queryRows(ctx context.Context, qs []rowQuery) error {
	if len(qs) == 0 {
		return nil
	}
	var b pgx.Batch
	for _, q := range qs {
		b.Queue(q.q, q.args...)
	}
	res := p.q.SendBatch(ctx, &b)
	for _, q := range qs {
		if err := q.scan(res.QueryRow()); err != nil {
			res.Close()
			return err
		}
	}
	return res.Close()
}

func (p pgQ) exec(ctx context.Context, q string, args ...any) (int64, error) {
	tag, err := p.q.Exec(ctx, q, args...)
	if err != nil {
		return 0, err
	}
	return tag.RowsAffected(), nil
}

func (p pgQ) query(ctx context.Context, q string, args ...any) (rows, error) {
	r, err := p.q.Query(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	return r, nil
}

func (p pgQ) queryRow(ctx context.Context, q string, args ...any) row {
	return p.q.QueryRow(ctx, q, args...)
}

func (p pgQ) multiRow() bool { return true }

type pgTx struct {
	pgQ
	tx    pgx.Tx
	river *river.Client[pgx.Tx]
}

func (t pgTx) execAll(ctx context.Context, stmts []stmt) ([]int64, error) {
	if len(stmts) == 0 {
		return nil, nil
	}
	var b pgx.Batch
	for _, st := range stmts {
		b.Queue(st.q, st.args...)
	}
	res := t.tx.SendBatch(ctx, &b)
	counts := make([]int64, len(stmts))
	for i := range stmts {
		tag, err := res.Exec()
		if err != nil {
			res.Close()
			return nil, err
		}
		counts[i] = tag.RowsAffected()
	}
	return counts, res.Close()
}

func (t pgTx) insertJobs(ctx context.Context, params []river.InsertManyParams) error {
	if len(params) == 0 {
		return nil
	}
	_, err := t.river.InsertManyFastTx(ctx, t.tx, params)
	return err
}

// applyMigrations runs the numbered migrations not yet recorded, each in its own
// transaction together with its record.
func applyMigrations(ctx context.Context, b backend, ms []migration) error {
	if err := b.inTx(ctx, func(tx txn) error {
		_, err := tx.exec(ctx, `CREATE TABLE IF NOT EXISTS sealpost_migrations (
			version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)`)
		return err
	}); err != nil {
		return fmt.Errorf("store: migrations table: %w", err)
	}
	for _, m := range ms {
		err := b.inTx(ctx, func(tx txn) error {
			var n int
			if err := tx.queryRow(ctx, "SELECT COUNT(*) FROM sealpost_migrations WHERE version = $1", m.version).Scan(&n); err != nil {
				return err
			}
			if n > 0 {
				return nil
			}
			if _, err := tx.exec(ctx, m.sql); err != nil {
				return err
			}
			_, err := tx.exec(ctx, "INSERT INTO sealpost_migrations (version, name, applied_at) VALUES ($1, $2, $3)", m.version, m.name, micros(now()))
			return err
		})
		if err != nil {
			return fmt.Errorf("store: migration %s: %w", m.name, err)
		}
	}
	return nil
}
