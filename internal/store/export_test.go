package store

import (
	"context"

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
	res, err := s.deliveries.once(ctx, items)
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

// SQLiteChainSQL and SQLiteChainChunk are the chainer's SQLite UPDATE for n
// events and how many events it puts in the next one.
var (
	SQLiteChainSQL   = sqliteChainSQL
	SQLiteChainChunk = sqliteChainChunk
)
