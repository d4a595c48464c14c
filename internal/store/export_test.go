package store

import (
	"context"
	"slices"
	"strings"

	"github.com/jackc/pgx/v5"
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

// MigrateExceptForTest applies every migration but the one whose file name
// contains skip (and River's): a database about to receive it, with every
// other column the store writes.
func (s *Store) MigrateExceptForTest(ctx context.Context, skip ...string) error {
	ms, err := loadMigrations(s.b.name())
	if err != nil {
		return err
	}
	keep := ms[:0:0]
	for _, m := range ms {
		if !slices.ContainsFunc(skip, func(sk string) bool { return strings.Contains(m.name, sk) }) {
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

// ChainAuditLegacyForTest chains every unchained event with the legacy,
// unkeyed SHA-256 link, as releases before keyed chains did (on a schema
// without audit_heads.format).
func (s *Store) ChainAuditLegacyForTest(ctx context.Context) error {
	return s.b.inTx(ctx, func(tx txn) error {
		rs, err := tx.query(ctx, `SELECT id, tenant_id, at, actor, action, object_type, object_id FROM audit_events WHERE seq IS NULL ORDER BY id`)
		if err != nil {
			return err
		}
		var evs []audit.Event
		for rs.Next() {
			var e audit.Event
			var at int64
			if err := rs.Scan(&e.ID, &e.TenantID, &at, &e.Actor, &e.Action, &e.ObjectType, &e.ObjectID); err != nil {
				rs.Close()
				return err
			}
			e.At = fromMicros(at)
			evs = append(evs, e)
		}
		rs.Close()
		for _, e := range evs {
			var seq int64
			prev := audit.Genesis
			err := tx.queryRow(ctx, `SELECT seq, hash FROM audit_heads WHERE tenant_id = $1`, e.TenantID).Scan(&seq, &prev)
			if err = notFound(err); err != nil && err != ErrNotFound {
				return err
			}
			e.Seq, e.PrevHash = seq+1, prev
			e.Hash = audit.ComputeHash(prev, e.Seq, e)
			if _, err := tx.exec(ctx, `UPDATE audit_events SET seq = $1, prev_hash = $2, hash = $3 WHERE id = $4`, e.Seq, e.PrevHash, e.Hash, e.ID); err != nil {
				return err
			}
			if _, err := tx.exec(ctx, `INSERT INTO audit_heads (tenant_id, seq, hash) VALUES ($1, $2, $3)
				ON CONFLICT (tenant_id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash`, e.TenantID, e.Seq, e.Hash); err != nil {
				return err
			}
		}
		return nil
	})
}

// RelinkAuditBatchForTest runs one batch of the legacy re-link (as if the
// process then stopped) and returns how many events it re-linked.
func (s *Store) RelinkAuditBatchForTest(ctx context.Context, limit int) (int64, error) {
	st, err := s.relinkBatch(ctx, s.AuditKeys(), limit, map[string]bool{}, nil)
	return st.n, err
}

// RetentionPGSQL are the statements of the PostgreSQL retention shred, by
// name, and RetentionPGSettings the planner settings its transactions run
// with (retentionpg.go).
var RetentionPGSQL = map[string]string{
	"due": pgDueSQL, "messages": pgShredMessagesSQL, "attachments": pgMessageAttachmentsSQL, "keys": pgDeleteKeysSQL,
	"deliveries": pgCancelDeliveriesSQL, "links": pgRevokeLinksSQL,
}

const RetentionPGSettings = pgScanSettings

// GuardedSettingsForTest reads enable_bitmapscan and enable_seqscan the way
// the due read runs on PostgreSQL (guard and query in one pipeline on the
// connection), and then again by themselves on the same connection.
func (s *Store) GuardedSettingsForTest(ctx context.Context) (guardedSettings, after string, err error) {
	c, err := s.b.(*pgBackend).pool.Acquire(ctx)
	if err != nil {
		return "", "", err
	}
	defer c.Release()
	const q = `SELECT current_setting('enable_bitmapscan') || ' ' || current_setting('enable_seqscan')`
	if err := guarded(ctx, c, func(rs pgx.Rows) error { return rs.Scan(&guardedSettings) }, q); err != nil {
		return "", "", err
	}
	err = c.QueryRow(ctx, q).Scan(&after)
	return guardedSettings, after, err
}

// ShredSealedPGSQL are the statements shredSealed runs on PostgreSQL for
// table ("staff_messages" or "replies"), by name; the audit insert (a
// VALUES list) reads nothing and is left out.
func ShredSealedPGSQL(table string) map[string]string {
	d := sealedShreds[table]
	return map[string]string{"rows": pgShredSealedSQL(d), "attachments": pgShredAttachmentsSQL(d.attTable, d.attCol), "keys": pgDeleteKeysSQL}
}
