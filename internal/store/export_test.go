package store

import (
	"context"
	"strings"

	"github.com/sealpost/sealpost/internal/audit"
)

// TestDeliveryWrite is one BeginSend (Begin) or UpdateDelivery write.
type TestDeliveryWrite struct {
	Begin        bool
	TenantID, ID string
	From         []string
	Link         Link
	Events       []audit.Event
	Update       DeliveryUpdate
}

// DeliveryBatchForTest applies ws in one shared transaction, as the batcher
// does when they arrive together, and returns each write's attempt number
// and outcome.
func (s *Store) DeliveryBatchForTest(ctx context.Context, ws []TestDeliveryWrite) ([]int, []error, error) {
	items := make([]*deliveryWrite, len(ws))
	for i, w := range ws {
		items[i] = &deliveryWrite{tenantID: w.TenantID, id: w.ID, from: w.From, link: w.Link, events: w.Events}
		if !w.Begin {
			u := w.Update
			items[i].tenantID, items[i].id, items[i].from, items[i].update = u.TenantID, u.ID, u.From, &u
		}
	}
	ops := make([]*writeOp, len(items))
	for i, it := range items {
		ops[i] = &writeOp{delivery: it}
	}
	res, err := s.writes.once(ctx, ops)
	attempts := make([]int, len(ws))
	for i, it := range items {
		attempts[i] = it.attempt
	}
	return attempts, res, err
}

// ChainLockForTest is the advisory lock key the audit chainer of s takes
// (PostgreSQL only).
func (s *Store) ChainLockForTest() (int32, int32) {
	return int32(lockChain), s.b.(*pgBackend).lockSpace()
}

// ChainSQL is the statement the chainer writes chain positions with on
// PostgreSQL.
const ChainSQL = chainSQL

// ChainSelectSQL and ChainScanSettings are the chainer's read and the
// planner settings its transaction runs with on PostgreSQL.
const ChainSelectSQL = chainSelectSQL

var ChainScanSettings = chainScanSettings

// DeliveryByProviderSQL and AuditEventsSQL are the lookups the partial
// indexes of migration 0007 serve.
const (
	DeliveryByProviderSQL = deliveryByProviderSQL
	AuditEventsSQL        = auditEventsSQL
)

// MigrateUpToForTest applies sealpost's migrations up to version only (and
// River's), as a database last migrated by an older release would be.
func (s *Store) MigrateUpToForTest(ctx context.Context, version int) error {
	ms, err := loadMigrations(s.b.name())
	if err != nil {
		return err
	}
	return s.b.migrate(ctx, ms[:version])
}

// MigrateExceptForTest applies every migration but the one whose file name
// contains skip (and River's): a database about to receive it, with every
// other column the store writes.
func (s *Store) MigrateExceptForTest(ctx context.Context, skip string) error {
	ms, err := loadMigrations(s.b.name())
	if err != nil {
		return err
	}
	keep := ms[:0:0]
	for _, m := range ms {
		if !strings.Contains(m.name, skip) {
			keep = append(keep, m)
		}
	}
	return s.b.migrate(ctx, keep)
}

// SQLiteChainSQL and SQLiteChainChunk are the chainer's SQLite UPDATE for n
// events and how many events it puts in the next one.
var (
	SQLiteChainSQL   = sqliteChainSQL
	SQLiteChainChunk = sqliteChainChunk
)

// SharedWritesForTest hands ingest batches and delivery writes to the shared
// writer batcher as one batch, as if they had arrived together. With once,
// the batch is a single attempt (one transaction, no reruns); without, it
// runs as the batcher runs it (a failed attempt reruns every op alone). It
// returns each ingest batch's created flags and outcome, then each delivery
// write's outcome.
func (s *Store) SharedWritesForTest(ctx context.Context, once bool, ingest [][]NewMessage, ws []TestDeliveryWrite) ([][]bool, []error, []error, error) {
	var ops []*writeOp
	for _, items := range ingest {
		ops = append(ops, &writeOp{ingest: &ingestBatch{items: items, created: make([]bool, len(items))}})
	}
	for _, w := range ws {
		ops = append(ops, &writeOp{delivery: &deliveryWrite{tenantID: w.TenantID, id: w.ID, from: w.From, link: w.Link, events: w.Events}})
	}
	results := make([]error, len(ops))
	if once {
		res, err := s.writes.once(ctx, ops)
		if err != nil {
			return nil, nil, nil, err
		}
		copy(results, res)
	} else {
		batch := make([]*batchOp[*writeOp], len(ops))
		for i, op := range ops {
			batch[i] = &batchOp[*writeOp]{item: op, done: make(chan error, 1)}
		}
		s.writes.run(batch)
		for i, b := range batch {
			results[i] = <-b.done
		}
	}
	created := make([][]bool, len(ingest))
	for i := range ingest {
		created[i] = ops[i].ingest.created
	}
	return created, results[:len(ingest)], results[len(ingest):], nil
}
