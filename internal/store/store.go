// Package store keeps sealpost's state in SQLite (embedded default) or
// PostgreSQL. One SQL implementation serves both through a small backend
// adapter; every write that changes state also writes its audit event, and the
// message path also enqueues its River jobs, inside the same transaction.
//
// The store never sees plaintext PHI: sealed columns arrive as ciphertext from
// the seal package and leave the same way.
package store

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"

	"github.com/riverqueue/river"

	"github.com/sealpost/sealpost/internal/audit"
	"github.com/sealpost/sealpost/internal/jobs"
)

// Options tune Open.
type Options struct {
	// Schema, for PostgreSQL only, is the schema to use (tests use one each).
	Schema string
	// Workers and Queues, when set, let StartJobs run River workers; without
	// them the store only inserts jobs.
	Workers *river.Workers
	Queues  map[string]river.QueueConfig
	// PeriodicJobs are enqueued by River's elected leader on their schedule
	// (one runner cluster-wide: the retention job).
	PeriodicJobs []*river.PeriodicJob
	// RescueStuckJobsAfter re-runs jobs whose worker died mid-run (default
	// jobs.RescueAfter; every job's run time is bounded by jobs.Timeout).
	RescueStuckJobsAfter time.Duration
	// Fault, for fault-injection tests only (nil in production), is called
	// before the operations named by the Fault* constants; an error it
	// returns is that operation's error, and nothing is written.
	Fault func(op string) error
}

func (o Options) riverConfig(pollOnly bool) *river.Config {
	cfg := &river.Config{Schema: o.Schema}
	if o.Workers != nil && len(o.Queues) > 0 {
		cfg.Workers, cfg.Queues = o.Workers, o.Queues
		cfg.PeriodicJobs = o.PeriodicJobs
		cfg.RescueStuckJobsAfter = o.RescueStuckJobsAfter
		if cfg.RescueStuckJobsAfter == 0 {
			cfg.RescueStuckJobsAfter = jobs.RescueAfter
		}
		cfg.JobTimeout = jobs.Timeout
		if pollOnly {
			cfg.PollOnly = true
			cfg.FetchPollInterval = 50 * time.Millisecond
			cfg.FetchCooldown = 10 * time.Millisecond
		} else {
			cfg.FetchCooldown = 20 * time.Millisecond
			// River notifies listeners of inserts at most once per
			// FetchCooldown per queue; a job inserted inside that window
			// waits for the next poll. The default 1 s poll left the last
			// notices of a burst waiting up to half a second; 100 ms bounds
			// that for one indexed query per 100 ms.
			cfg.FetchPollInterval = 100 * time.Millisecond
		}
	}
	return cfg
}

// Store is the database. It is safe for concurrent use.
type Store struct {
	b          backend
	av         *availability
	group      *groupCommit
	writes     *batcher[*writeOp]         // delivery-worker writes, and on SQLite ingest batches too (writes.go)
	works      *batcher[*workRead]        // PostgreSQL only: DeliveryWork by set
	recipients *batcher[*recipientRead]   // PostgreSQL only: GetRecipient by set
	auditKeys  atomic.Pointer[audit.Keys] // chain keys (audit.go), from the key source
}

// Open connects to dsn: "sqlite:PATH" or a "postgres://" / "postgresql://" URL.
// It does not migrate; call Migrate.
func Open(ctx context.Context, dsn string, opts Options) (*Store, error) {
	var (
		b   backend
		err error
	)
	av := &availability{fault: opts.Fault}
	switch {
	case strings.HasPrefix(dsn, "sqlite:"):
		av.dataDir = filepath.Dir(sqlitePath(dsn))
		b, err = openSQLite(ctx, sqlitePath(dsn), opts, av)
	case strings.HasPrefix(dsn, "postgres://"), strings.HasPrefix(dsn, "postgresql://"):
		b, err = openPostgres(ctx, dsn, opts, av)
	default:
		return nil, errors.New(`store: --db must be "sqlite:PATH" or a postgres:// URL`)
	}
	if err != nil {
		return nil, err
	}
	writers := 1 // SQLite has one writer
	if b.name() == "postgres" {
		writers = 4
	}
	// The delivery worker's writes and reads each go through one batcher
	// goroutine: while its batch is in flight the next one gathers, so
	// hundreds of workers share a few statements (with more goroutines
	// most batches held one or two items, and every statement costs a plan).
	// On SQLite the write batcher also carries ingest batches (writes.go).
	s := &Store{b: b, av: av, group: newGroupCommit(b, writers), writes: newBatcher(b, 1, 256, applyWrites)}
	if b.reader().multiRow() {
		s.works = newReadBatcher(b.reader(), 1, 256, readWorks)
		s.recipients = newReadBatcher(b.reader(), 1, 256, readRecipients)
	}
	return s, nil
}

// Dialect is "sqlite" or "postgres".
func (s *Store) Dialect() string { return s.b.name() }

// Close releases the connections.
func (s *Store) Close() {
	s.group.close()
	s.writes.close()
	if s.works != nil {
		s.works.close()
		s.recipients.close()
	}
	s.b.close()
}

// Ping checks that the database answers.
func (s *Store) Ping(ctx context.Context) error { return s.b.ping(ctx) }

// StartJobs starts River's workers (Options.Workers must be set).
func (s *Store) StartJobs(ctx context.Context) error { return s.b.startJobs(ctx) }

// StopJobs stops the workers: running jobs get until ctx ends to finish, then
// are cancelled (and retried later).
func (s *Store) StopJobs(ctx context.Context) error { return s.b.stopJobs(ctx) }

// Migrate applies sealpost's and River's schema migrations. It is idempotent.
func (s *Store) Migrate(ctx context.Context) error {
	ms, err := loadMigrations(s.b.name())
	if err != nil {
		return err
	}
	return s.b.migrate(ctx, ms)
}

// now is the store's clock, truncated to what the columns hold.
func now() time.Time { return time.Now().Truncate(time.Microsecond) }

func micros(t time.Time) int64 { return t.UnixMicro() }

func fromMicros(us int64) time.Time { return time.UnixMicro(us).UTC() }

func optMicros(t *time.Time) *int64 {
	if t == nil || t.IsZero() {
		return nil
	}
	v := t.UnixMicro()
	return &v
}

func optTime(us *int64) *time.Time {
	if us == nil {
		return nil
	}
	t := fromMicros(*us)
	return &t
}

func boolInt(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

var auditCols = []string{"tenant_id", "at", "actor", "action", "object_type", "object_id"}

func auditRows(evs []audit.Event) [][]any {
	rs := make([][]any, len(evs))
	for i, e := range evs {
		at := e.At
		if at.IsZero() {
			at = now()
		}
		rs[i] = []any{e.TenantID, micros(at), e.Actor, e.Action, e.ObjectType, e.ObjectID}
	}
	return rs
}

// insertAudit writes events inside tx. Events are chained later by ChainAudit.
// If it fails, the caller's transaction fails: no change without its event.
func insertAudit(ctx context.Context, tx querier, evs ...audit.Event) error {
	if err := checkAudit(evs); err != nil {
		return err
	}
	if len(evs) == 0 {
		return nil
	}
	if err := insertRows(ctx, tx, "audit_events", auditCols, auditRows(evs), ""); err != nil {
		return fmt.Errorf("store: audit write failed, operation refused: %w", err)
	}
	return nil
}

// AppendAudit records events that belong to no other write (for example the
// start of a key rotation).
func (s *Store) AppendAudit(ctx context.Context, evs ...audit.Event) error {
	return s.b.inTx(ctx, func(tx txn) error { return insertAudit(ctx, tx, evs...) })
}
