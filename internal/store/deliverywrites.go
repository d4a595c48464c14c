package store

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/riverqueue/river"

	"github.com/sealpost/sealpost/internal/audit"
)

// deliveryWrite is one delivery-worker write: BeginSend (update == nil) or
// UpdateDelivery. Both are compare-and-swap moves of one delivery row from one
// of the from statuses, with the rows that go with them (link, attempt, audit
// events, status-event jobs).
//
// Delivery workers write twice per delivery, and hundreds run at once, so
// these writes are batched by set rather than one after the other: a batch
// reads and locks all its deliveries in one statement, decides every
// compare-and-swap in memory, then sends its updates and inserts together (one
// pipelined round trip on PostgreSQL). A batch costs a handful of round trips
// whatever its size, where running each write's statements in turn cost four
// round trips per write.
type deliveryWrite struct {
	tenantID, id string
	from         []string
	update       *DeliveryUpdate // nil: BeginSend
	link         Link            // BeginSend: the notice's link (TokenHash nil: none)
	events       []audit.Event   // BeginSend: audit events of what was opened
	attempt      int             // out: the attempt number after the write
}

type deliveryKey struct{ tenantID, id string }

type deliveryState struct {
	status   string
	attempts int
}

const (
	// deliverySQLRow moves one delivery to its final state in the batch: $4
	// (1 or 0) says whether an UpdateDelivery was among its writes, which
	// then sets last_error, blocked_rules and scheduled_at; provider_id keeps
	// its value when no write brought one.
	deliverySQLRow = `UPDATE deliveries SET status = $1, attempts = $2, updated_at = $3,
		last_error = CASE WHEN $4 = 1 THEN $5 ELSE last_error END,
		provider_id = CASE WHEN $6 = '' THEN provider_id ELSE $6 END,
		blocked_rules = CASE WHEN $4 = 1 THEN $7 ELSE blocked_rules END,
		scheduled_at = CASE WHEN $4 = 1 THEN $8 ELSE scheduled_at END
		WHERE tenant_id = $9 AND id = $10 AND status = $11`
	// deliverySQLSet is deliverySQLRow for many deliveries at once
	// (PostgreSQL): one array per column, rows matched by primary key.
	deliverySQLSet = `UPDATE deliveries AS d SET status = v.status, attempts = v.attempts, updated_at = v.updated_at,
		last_error = CASE WHEN v.upd = 1 THEN v.last_error ELSE d.last_error END,
		provider_id = CASE WHEN v.provider_id = '' THEN d.provider_id ELSE v.provider_id END,
		blocked_rules = CASE WHEN v.upd = 1 THEN v.blocked_rules ELSE d.blocked_rules END,
		scheduled_at = CASE WHEN v.upd = 1 THEN v.scheduled_at ELSE d.scheduled_at END
		FROM unnest($1::text[], $2::int[], $3::bigint[], $4::int[], $5::text[], $6::text[], $7::text[], $8::bigint[], $9::text[], $10::text[], $11::text[])
			AS v(status, attempts, updated_at, upd, last_error, provider_id, blocked_rules, scheduled_at, tenant_id, id, from_status)
		WHERE d.tenant_id = v.tenant_id AND d.id = v.id AND d.status = v.from_status`
	attemptConflict = ` ON CONFLICT (tenant_id, delivery_id, n) DO UPDATE SET at = excluded.at, outcome = excluded.outcome, reason = excluded.reason`
)

// deliveryFinal is one delivery as a batch goes through it: its state after
// the writes so far, and all of them folded into one row update.
type deliveryFinal struct {
	key  deliveryKey
	from string // status before the batch (read under lock)
	deliveryState
	written                             bool // a write of the batch applies to it
	updated                             bool // an UpdateDelivery was among them
	lastError, providerID, blockedRules string
	protection                          string // email sends: how the text was protected ("" keeps the stored value)
	scheduledAt                         *int64
}

// finalStmts renders the row updates: one statement for all on PostgreSQL,
// one per delivery on SQLite.
func finalStmts(q querier, finals []*deliveryFinal, at int64) []stmt {
	if len(finals) == 0 {
		return nil
	}
	if !q.multiRow() {
		out := make([]stmt, len(finals))
		for i, f := range finals {
			out[i] = stmt{deliverySQLRow, []any{f.status, f.attempts, at, boolInt(f.updated), f.lastError, f.providerID, f.blockedRules, f.scheduledAt, f.key.tenantID, f.key.id, f.from}}
		}
		return out
	}
	n := len(finals)
	var (
		status, lastError, provider, blocked, tenants, ids, from = make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n)
		attempts, upd                                            = make([]int32, n), make([]int32, n)
		ats                                                      = make([]int64, n)
		sched                                                    = make([]*int64, n)
	)
	for i, f := range finals {
		status[i], attempts[i], ats[i], upd[i] = f.status, int32(f.attempts), at, int32(boolInt(f.updated))
		lastError[i], provider[i], blocked[i], sched[i] = f.lastError, f.providerID, f.blockedRules, f.scheduledAt
		tenants[i], ids[i], from[i] = f.key.tenantID, f.key.id, f.from
	}
	return []stmt{{deliverySQLSet, []any{status, attempts, ats, upd, lastError, provider, blocked, sched, tenants, ids, from}}}
}

// protectionStmts records how email sends were protected (a statement of
// its own, only for the sends that carry one, so the row update stays the
// same for every other write).
func protectionStmts(q querier, finals []*deliveryFinal) []stmt {
	var out []stmt
	var tenants, ids, prots []string
	for _, f := range finals {
		if f.protection == "" {
			continue
		}
		if !q.multiRow() {
			out = append(out, stmt{`UPDATE deliveries SET protection = $1 WHERE tenant_id = $2 AND id = $3`, []any{f.protection, f.key.tenantID, f.key.id}})
			continue
		}
		tenants, ids, prots = append(tenants, f.key.tenantID), append(ids, f.key.id), append(prots, f.protection)
	}
	if len(ids) > 0 {
		out = append(out, stmt{`UPDATE deliveries AS d SET protection = v.protection FROM unnest($1::text[], $2::text[], $3::text[]) AS v(tenant_id, id, protection)
			WHERE d.tenant_id = v.tenant_id AND d.id = v.id`, []any{tenants, ids, prots}})
	}
	return out
}

var attemptCols = []string{"tenant_id", "delivery_id", "n", "at", "outcome", "reason"}
var linkCols = []string{"token_hash", "tenant_id", "message_id", "recipient_id", "expires_at", "created_at"}

// applyDeliveryWrites applies ws in order inside tx (see deliveryWrite). A
// write whose delivery is missing gets ErrNotFound, one whose delivery is not
// in its from statuses (counting earlier writes of the same batch) gets
// ErrConflict; neither writes anything for it.
func applyDeliveryWrites(ctx context.Context, tx txn, ws []*deliveryWrite) ([]error, error) {
	locked, err := lockDeliveries(ctx, tx, ws)
	if err != nil {
		return nil, err
	}
	cur := make(map[deliveryKey]*deliveryFinal, len(locked))
	for k, st := range locked {
		cur[k] = &deliveryFinal{key: k, from: st.status, deliveryState: st}
	}
	at := micros(now())
	results := make([]error, len(ws))
	var (
		finals   []*deliveryFinal
		links    [][]any
		attempts [][]any
		evs      []audit.Event
		jobs     []river.InsertManyParams
	)
	attemptAt := map[[3]any]int{} // an attempt row written twice in a batch: the last write wins, as it would in turn
	for i, w := range ws {
		k := deliveryKey{w.tenantID, w.id}
		f, ok := cur[k]
		if !ok {
			results[i] = ErrNotFound
			continue
		}
		if !slices.Contains(w.from, f.status) {
			results[i] = ErrConflict
			continue
		}
		u := w.update
		wevs := w.events
		if u != nil && u.AuditAction != "" {
			wevs = []audit.Event{{TenantID: u.TenantID, At: fromMicros(at), Actor: u.Actor, Action: u.AuditAction, ObjectType: "delivery", ObjectID: u.ID}}
		}
		if err := checkAudit(wevs); err != nil {
			results[i] = err // not logical: this write fails alone when the batch is rerun write by write
			continue
		}
		if !f.written {
			f.written = true
			finals = append(finals, f)
		}
		// Every attempt has exactly one history row, so a delivery's attempts
		// count is the length of its history: BeginSend opens attempt n with
		// a "sending" row, which its outcome then overwrites (a worker that
		// died in between leaves it "sending"); an outcome decided before
		// anything was handed over (blocked, suppressed, scheduled, canceled,
		// failed) is an attempt of its own; a later provider report (from
		// "sent") overwrites the last attempt's row.
		n, status := f.attempts, DeliverySending
		outcome, reason := "", ""
		if u == nil { // BeginSend
			n++
			outcome = DeliverySending
			if l := w.link; l.TokenHash != nil {
				links = append(links, []any{l.TokenHash, l.TenantID, l.MessageID, l.RecipientID, micros(l.ExpiresAt), at})
			}
		} else {
			status, outcome, reason = u.Status, u.Outcome, u.Reason
			if u.CountAttempt || (u.Outcome != "" && (f.status == DeliveryQueued || f.status == DeliveryScheduled)) {
				n++
			}
			f.updated, f.lastError, f.blockedRules, f.scheduledAt = true, u.Reason, u.BlockedRules, optMicros(u.ScheduledAt)
			if u.ProviderID != "" {
				f.providerID = u.ProviderID
			}
			if u.Protection != "" {
				f.protection = u.Protection
			}
			jobs = append(jobs, u.Jobs...)
		}
		if outcome != "" {
			row := []any{w.tenantID, w.id, max(n, 1), at, outcome, reason}
			key := [3]any{w.tenantID, w.id, max(n, 1)}
			if j, dup := attemptAt[key]; dup {
				attempts[j] = row
			} else {
				attemptAt[key] = len(attempts)
				attempts = append(attempts, row)
			}
		}
		evs = append(evs, wevs...)
		w.attempt = n
		f.deliveryState = deliveryState{status, n}
	}
	for _, r := range results {
		if r != nil && !logical(r) {
			return results, nil // the batcher reruns write by write
		}
	}
	updates := finalStmts(tx, finals, at)
	all := append(updates, protectionStmts(tx, finals)...)
	for _, t := range []struct {
		table  string
		cols   []string
		rows   [][]any
		suffix string
	}{
		{"links", linkCols, links, " ON CONFLICT (token_hash) DO NOTHING"},
		{"delivery_attempts", attemptCols, attempts, attemptConflict},
		{"audit_events", auditCols, auditRows(evs), ""},
	} {
		if len(t.rows) == 0 {
			continue
		}
		st, err := rowStmts(tx, t.table, t.cols, t.rows, t.suffix)
		if err != nil {
			return nil, err
		}
		all = append(all, st...)
	}
	counts, err := tx.execAll(ctx, all)
	if err != nil {
		return nil, fmt.Errorf("store: delivery writes (audit included; refused as a whole): %w", err)
	}
	var updated int64
	for i := range updates {
		updated += counts[i]
	}
	if updated != int64(len(finals)) {
		// The rows are locked (PostgreSQL) or the writer is alone (SQLite),
		// so this cannot happen; if it does, refuse the batch.
		return nil, errors.New("store: delivery changed under its lock")
	}
	if err := tx.insertJobs(ctx, jobs); err != nil {
		return nil, fmt.Errorf("store: enqueue status events: %w", err)
	}
	return results, nil
}

// lockDeliveries reads the status and attempt count of every delivery the
// writes touch. On PostgreSQL it is one statement that also locks the rows
// (FOR UPDATE, in key order so concurrent batches and revokes cannot deadlock
// on them);
// on SQLite, whose single writer connection already excludes other writers,
// one cached single-row read each.
func lockDeliveries(ctx context.Context, tx txn, ws []*deliveryWrite) (map[deliveryKey]deliveryState, error) {
	keys := make([]deliveryKey, 0, len(ws))
	seen := make(map[deliveryKey]bool, len(ws))
	for _, w := range ws {
		k := deliveryKey{w.tenantID, w.id}
		if !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	cur := make(map[deliveryKey]deliveryState, len(keys))
	if !tx.multiRow() {
		for _, k := range keys {
			var st deliveryState
			err := tx.queryRow(ctx, `SELECT status, attempts FROM deliveries WHERE tenant_id = $1 AND id = $2`, k.tenantID, k.id).Scan(&st.status, &st.attempts)
			if errors.Is(notFound(err), ErrNotFound) {
				continue
			}
			if err != nil {
				return nil, err
			}
			cur[k] = st
		}
		return cur, nil
	}
	// The ORDER BY sets the order the rows are locked in (the same as
	// RevokeMessage's); the arrays' order does not matter.
	tenants, ids := make([]string, len(keys)), make([]string, len(keys))
	for i, k := range keys {
		tenants[i], ids[i] = k.tenantID, k.id
	}
	rs, err := tx.query(ctx, `SELECT d.tenant_id, d.id, d.status, d.attempts FROM deliveries d
		JOIN unnest($1::text[], $2::text[]) AS k(tenant_id, id) ON d.tenant_id = k.tenant_id AND d.id = k.id
		ORDER BY d.tenant_id, d.id FOR UPDATE OF d`, tenants, ids)
	if err != nil {
		return nil, fmt.Errorf("store: lock deliveries: %w", err)
	}
	defer rs.Close()
	for rs.Next() {
		var k deliveryKey
		var st deliveryState
		if err := rs.Scan(&k.tenantID, &k.id, &st.status, &st.attempts); err != nil {
			return nil, err
		}
		cur[k] = st
	}
	return cur, rs.Err()
}

// checkAudit refuses events without an actor or an action.
func checkAudit(evs []audit.Event) error {
	for _, e := range evs {
		if e.Action == "" || e.Actor == "" {
			return errors.New("store: audit event without actor or action")
		}
	}
	return nil
}
