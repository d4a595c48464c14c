package store

import (
	"context"
	"errors"
	"slices"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/sealpost/sealpost/internal/audit"
)

// The retention shred on PostgreSQL: the same crypto-shred as the SQLite
// path of ShredMessages (retention.go), with statements whose plans do not
// depend on table statistics.
//
// The batch statements written as `tenant_id = $1 AND id IN (…)` (or
// `= ANY`, or a join to unnest) leave the planner a choice, and with no
// statistics — a new deployment, autovacuum off or behind — it chose to
// read the whole tenant through an index on tenant_id alone (a bitmap scan
// of messages_recipient, links_message, deliveries_message, data_keys_pkey)
// and filter the batch's ids out of it: each batch of 500 read every row of
// the tenant, so a backlog of 100,000 due messages cost 200 full reads of
// four tables, and the rate fell as the backlog grew (6,524/s at 30,000,
// 300–700/s at 100,000). Here every row is reached by its key:
//
//   - the due ids come from messages_shred_due in due order, LIMIT bounded
//     (an ordered index scan, which also marks the entries of messages
//     already shredded dead and skips them on the next batch; a bitmap
//     scan would read them all again);
//   - each table is reached per id through a LATERAL subquery with OFFSET 0,
//     which the planner can neither flatten into a hash or merge join nor
//     turn into a scan filtered by the ids: one primary-key (or
//     (tenant_id, message_id) index) probe per id;
//   - rows are locked FOR UPDATE in that subquery, in key order (the ids are
//     sorted first), and then updated or deleted by ctid, which after the
//     lock is the row's current version;
//   - the transaction runs with bitmap and sequential scans off, a guard for
//     any statement whose plan would still drift.

// pgScanSettings keep the shred's statements on index scans, for its
// transaction only.
const pgScanSettings = `SELECT set_config('enable_bitmapscan', 'off', true), set_config('enable_seqscan', 'off', true)`

// pgDueSQL lists the next due messages, oldest due first ($1 now, $2 limit).
const pgDueSQL = `SELECT tenant_id, id FROM messages WHERE shredded_at IS NULL AND shred_due <= $1 ORDER BY shred_due LIMIT $2`

// pgShredMessagesSQL clears a tenant's messages ($1 tenant, $2 sorted ids,
// $3 status, $4 time) that are not shredded yet, each locked through its
// primary key in id order, and returns them. coalesce keeps the partial
// indexes on shredded_at (which every due row matches) out of the lookup.
// Their attachments are read by the next statement (pgAttachmentsOfSQL),
// not here: see there.
const pgShredMessagesSQL = `UPDATE messages m SET status = $3, revoked_at = $4, shredded_at = $4,
		subject = NULL, body = NULL, notice_vars = NULL, correlation = NULL
		FROM (SELECT x.ctid AS c FROM unnest($2::text[]) AS u(id),
			LATERAL (SELECT ctid FROM messages WHERE tenant_id = $1 AND id = u.id AND coalesce(shredded_at, 0) = 0 OFFSET 0 FOR UPDATE) x) s
		WHERE m.ctid = s.c RETURNING m.id, m.recipient_id`

// pgShredAttachmentsSQL deletes the data keys of the attachments of a
// tenant's rows ($1 tenant, $2 ids) of table (attachments,
// staff_attachments, reply_attachments; col names their row) — one probe of
// its (tenant_id, col) index per row, each key locked through its primary
// key in key order — and returns every attachment found (row id, attachment
// id), with or without a key.
//
// It must be a statement of its own, run after the rows were locked and
// marked shredded (the shreds queue it first in the pipeline after their
// update). An upload locks its row (FOR NO KEY UPDATE, lockParent) before
// it checks the row is not shredded, so an upload that got there first
// makes the shred's update wait for its commit; but under READ COMMITTED a
// statement reads from the snapshot it started with, and a row it waited
// for is re-read alone, so the update's own statement would not see the
// attachment that upload committed — and would leave its key behind
// (TestAttachmentUploadRacesShred). A later statement takes a new snapshot
// and sees it. An upload that comes after the lock waits for the shred and
// then finds the row shredded (ErrGone).
func pgShredAttachmentsSQL(table, col string) string {
	return `WITH a AS (SELECT u.id AS row_id, x.id AS att_id FROM unnest($2::text[]) AS u(id),
			LATERAL (SELECT id FROM ` + table + ` WHERE tenant_id = $1 AND ` + col + ` = u.id OFFSET 0) x),
		k AS (DELETE FROM data_keys d USING (SELECT y.ctid AS c FROM (SELECT att_id FROM a ORDER BY att_id) o,
			LATERAL (SELECT ctid FROM data_keys WHERE tenant_id = $1 AND owner = 'attachment/' || o.att_id OFFSET 0 FOR UPDATE) y) s
			WHERE d.ctid = s.c)
	SELECT row_id, att_id FROM a ORDER BY row_id, att_id`
}

// pgMessageAttachmentsSQL is pgShredAttachmentsSQL for patient messages.
var pgMessageAttachmentsSQL = pgShredAttachmentsSQL("attachments", "message_id")

// shredPipeline runs, in one pipelined round trip, the attachment-key
// statement first (pgShredAttachmentsSQL, $1 tenantID, $2 ids), then rest
// in order, and returns the attachments by row id. Attachment keys
// ("attachment/…") sort before the rows' own keys ("message/…", "reply/…",
// "staffmsg/…"), which rest deletes, so keys are still locked in key-name
// order, the order key rotation locks them in.
func shredPipeline(ctx context.Context, tx txn, attSQL, tenantID string, ids []string, rest []stmt) (map[string][]string, error) {
	pt, ok := tx.(pgTx)
	if !ok {
		return nil, errors.New("store: not a PostgreSQL transaction")
	}
	var b pgx.Batch
	b.Queue(attSQL, tenantID, ids)
	for _, st := range rest {
		b.Queue(st.q, st.args...)
	}
	res := pt.tx.SendBatch(ctx, &b)
	atts := map[string][]string{}
	rs, err := res.Query()
	if err == nil {
		for rs.Next() {
			var row, att string
			if err = rs.Scan(&row, &att); err != nil {
				break
			}
			atts[row] = append(atts[row], att)
		}
		rs.Close()
		if err == nil {
			err = rs.Err()
		}
	}
	for i := 0; err == nil && i < len(rest); i++ {
		_, err = res.Exec()
	}
	if cerr := res.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, err
	}
	return atts, nil
}

// pgDeleteKeysSQL deletes a tenant's data keys ($2 sorted owners).
const pgDeleteKeysSQL = `DELETE FROM data_keys d USING (SELECT x.ctid AS c FROM unnest($2::text[]) AS u(owner),
		LATERAL (SELECT ctid FROM data_keys WHERE tenant_id = $1 AND owner = u.owner OFFSET 0 FOR UPDATE) x) s
	WHERE d.ctid = s.c`

// pgCancelDeliveriesSQL locks the open deliveries of a tenant's messages ($2
// ids) — the ones a worker may still be writing; finished ones are left
// alone — in delivery-id order, the order delivery-worker batches and
// revokes lock them in (so none of them deadlocks with the shred), and
// cancels the queued ones ($3 canceled, $4 time). A batch marking one
// "sending" either committed before (and the link it added is disabled
// after this) or waits and finds it canceled. o is materialized in id order
// and drives the locking lateral as the outer side of a nested loop.
const pgCancelDeliveriesSQL = `WITH o AS MATERIALIZED (SELECT x.id FROM unnest($2::text[]) AS u(id),
		LATERAL (SELECT id FROM deliveries WHERE tenant_id = $1 AND message_id = u.id AND status IN ('queued', 'scheduled', 'sending') OFFSET 0) x
		ORDER BY x.id),
	l AS MATERIALIZED (SELECT y.ctid AS c, y.status FROM o,
		LATERAL (SELECT ctid, status FROM deliveries WHERE tenant_id = $1 AND id = o.id AND status IN ('queued', 'scheduled', 'sending') OFFSET 0 FOR UPDATE) y)
	UPDATE deliveries d SET status = $3, updated_at = $4 FROM l WHERE d.ctid = l.c AND l.status = 'queued'`

// pgRevokeLinksSQL disables the live links of a tenant's messages ($2
// sorted ids, $3 time). Links past their own expiry open nothing already.
const pgRevokeLinksSQL = `UPDATE links k SET revoked_at = $3 FROM (SELECT x.ctid AS c FROM unnest($2::text[]) AS u(id),
		LATERAL (SELECT ctid FROM links WHERE tenant_id = $1 AND message_id = u.id AND revoked_at IS NULL AND expires_at > $3 OFFSET 0 FOR UPDATE) x) s
	WHERE k.ctid = s.c`

// batchSender is a pgx pool or transaction.
type batchSender interface {
	SendBatch(ctx context.Context, b *pgx.Batch) pgx.BatchResults
}

// guarded runs pgScanSettings and then q in one pipeline (one round trip)
// and hands q's rows to scan. The settings are local to the transaction: on
// a transaction, the rest of it; on the pool, the pipeline's own implicit
// transaction (statements up to the one Sync pgx sends at the end of a
// batch run as one), which is q alone.
func guarded(ctx context.Context, on batchSender, scan func(rows pgx.Rows) error, q string, args ...any) error {
	var b pgx.Batch
	b.Queue(pgScanSettings)
	b.Queue(q, args...)
	res := on.SendBatch(ctx, &b)
	if _, err := res.Exec(); err != nil {
		res.Close()
		return err
	}
	rs, err := res.Query()
	if err == nil {
		for rs.Next() {
			if err = scan(rs); err != nil {
				break
			}
		}
		rs.Close()
		if err == nil {
			err = rs.Err()
		}
	}
	if cerr := res.Close(); err == nil {
		err = cerr
	}
	return err
}

// guardedTx is guarded inside a store transaction.
func guardedTx(ctx context.Context, tx txn, scan func(rows pgx.Rows) error, q string, args ...any) error {
	pt, ok := tx.(pgTx)
	if !ok {
		return errors.New("store: not a PostgreSQL transaction")
	}
	return guarded(ctx, pt.tx, scan, q, args...)
}

// dueForShredPG is DueForShred on PostgreSQL: the read with its guard in one
// round trip, outside any transaction.
func (s *Store) dueForShredPG(ctx context.Context, b *pgBackend, now time.Time, limit int) ([]ShredCandidate, error) {
	var out []ShredCandidate
	err := guarded(ctx, b.pool, func(rs pgx.Rows) error {
		var c ShredCandidate
		if err := rs.Scan(&c.TenantID, &c.ID); err != nil {
			return err
		}
		out = append(out, c)
		return nil
	}, pgDueSQL, micros(now), limit)
	return out, err
}

// shredMessagesPG is ShredMessages on PostgreSQL, in four round trips: the
// begin; the planner guard with the messages' update; one pipeline of the
// attachments and their keys (a statement of its own after the update,
// pgShredAttachmentsSQL), the messages' keys, deliveries, links and audit
// events; the commit.
func (s *Store) shredMessagesPG(ctx context.Context, tenantID string, ids []string, actor string, at time.Time) ([]Shredded, error) {
	ids = slices.Clone(ids)
	slices.Sort(ids)
	ids = slices.Compact(ids)
	var out []Shredded
	err := s.b.inTx(ctx, func(tx txn) error {
		out = out[:0]
		us := micros(at)
		if err := guardedTx(ctx, tx, func(rs pgx.Rows) error {
			var sh Shredded
			if err := rs.Scan(&sh.ID, &sh.RecipientID); err != nil {
				return err
			}
			out = append(out, sh)
			return nil
		}, pgShredMessagesSQL, tenantID, ids, StatusExpired, us); err != nil {
			return err
		}
		if len(out) == 0 {
			return nil
		}
		slices.SortFunc(out, func(a, b Shredded) int { return strings.Compare(a.ID, b.ID) })
		done := make([]string, len(out))
		for i, sh := range out {
			done[i] = sh.ID
		}
		owners := make([]string, len(out))
		evs := make([]audit.Event, len(out))
		for i, sh := range out {
			owners[i] = "message/" + sh.ID
			evs[i] = audit.Event{TenantID: tenantID, At: fromMicros(us), Actor: actor, Action: audit.ActionMessageExpire, ObjectType: "message", ObjectID: sh.ID}
		}
		if err := checkAudit(evs); err != nil {
			return err
		}
		auditStmts, err := rowStmts(tx, "audit_events", auditCols, auditRows(evs), "")
		if err != nil {
			return err
		}
		atts, err := shredPipeline(ctx, tx, pgMessageAttachmentsSQL, tenantID, done, append([]stmt{
			{pgDeleteKeysSQL, []any{tenantID, owners}},
			{pgCancelDeliveriesSQL, []any{tenantID, done, DeliveryCanceled, us}},
			{pgRevokeLinksSQL, []any{tenantID, done, us}},
		}, auditStmts...))
		for i := range out {
			out[i].Attachments = atts[out[i].ID]
		}
		return err
	})
	return out, err
}
