package store

import (
	"context"
	"slices"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/sealpost/sealpost/internal/audit"
)

// sealedShred describes a table of sealed rows that are crypto-shredded
// one by one (staff messages, replies): which columns to clear, the owner
// prefix of each row's data key and how to delete its attachments' keys.
type sealedShred struct {
	table, clear   string // "replies", "body = NULL"
	owner, objType string // data key owner prefix ("reply/"), audit object type
	attachmentKeys func(ctx context.Context, tx txn, tenantID string, ids []string) error
	// attTable, attCol: the attachments' table and the column naming their
	// row, reached through its (tenant_id, attCol) index on PostgreSQL.
	attTable, attCol string
}

// The two tables shredded this way, by table name.
var (
	staffShred = sealedShred{table: "staff_messages", clear: "subject = NULL, body = NULL", owner: "staffmsg/", objType: "staff_message",
		attachmentKeys: deleteStaffAttachmentKeys, attTable: "staff_attachments", attCol: "message_id"}
	replyShred = sealedShred{table: "replies", clear: "body = NULL", owner: "reply/", objType: "reply",
		attachmentKeys: deleteReplyAttachmentKeys, attTable: "reply_attachments", attCol: "reply_id"}
	sealedShreds = map[string]sealedShred{staffShred.table: staffShred, replyShred.table: replyShred}
)

// shredSealed crypto-shreds a tenant's rows of d.table in one transaction:
// sealed columns cleared and shredded_at set, the rows' data keys and their
// attachments' keys deleted, one audit event (action, actor) each. Rows
// already shredded are skipped; it returns the ids it shredded.
func (s *Store) shredSealed(ctx context.Context, d sealedShred, tenantID string, ids []string, actor, action string, at time.Time) ([]string, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	if s.b.name() == "postgres" {
		return s.shredSealedPG(ctx, d, tenantID, ids, actor, action, at)
	}
	var done []string
	err := s.b.inTx(ctx, func(tx txn) error {
		done = done[:0]
		us := micros(at)
		in, args := inList(3, ids)
		rs, err := tx.query(ctx, `UPDATE `+d.table+` SET `+d.clear+`, shredded_at = $1
			WHERE tenant_id = $2 AND id IN `+in+` AND shredded_at IS NULL RETURNING id`, append([]any{us, tenantID}, args...)...)
		if err != nil {
			return err
		}
		for rs.Next() {
			var id string
			if err := rs.Scan(&id); err != nil {
				rs.Close()
				return err
			}
			done = append(done, id)
		}
		rs.Close()
		if err := rs.Err(); err != nil {
			return err
		}
		if len(done) == 0 {
			return nil
		}
		owners := make([]string, len(done))
		evs := make([]audit.Event, len(done))
		for i, id := range done {
			owners[i] = d.owner + id
			evs[i] = audit.Event{TenantID: tenantID, At: fromMicros(us), Actor: actor, Action: action, ObjectType: d.objType, ObjectID: id}
		}
		oin, oargs := inList(2, owners)
		if _, err := tx.exec(ctx, `DELETE FROM data_keys WHERE tenant_id = $1 AND owner IN `+oin, append([]any{tenantID}, oargs...)...); err != nil {
			return err
		}
		if err := d.attachmentKeys(ctx, tx, tenantID, done); err != nil {
			return err
		}
		return insertAudit(ctx, tx, evs...)
	})
	return done, err
}

// pgShredSealedSQL clears a tenant's rows of d.table ($1 tenant, $2 sorted
// ids, $3 time) that are not shredded yet, each locked through its primary
// key in id order (retentionpg.go: a LATERAL probe per id with OFFSET 0,
// then the update by ctid), and returns them. coalesce keeps the partial
// index on shredded_at (which every live row matches) out of the lookup.
// Their attachments and keys are the next statement's
// (pgShredAttachmentsSQL, which says why).
func pgShredSealedSQL(d sealedShred) string {
	return `UPDATE ` + d.table + ` t SET ` + d.clear + `, shredded_at = $3
		FROM (SELECT x.ctid AS c FROM unnest($2::text[]) AS u(id),
			LATERAL (SELECT ctid FROM ` + d.table + ` WHERE tenant_id = $1 AND id = u.id AND coalesce(shredded_at, 0) = 0 OFFSET 0 FOR UPDATE) x) s
		WHERE t.ctid = s.c RETURNING t.id`
}

// shredSealedPG is shredSealed on PostgreSQL, with the retention shred's
// statements and planner guard (retentionpg.go), in four round trips: the
// begin; the guard with the rows' update; one pipeline of their attachments
// and the attachments' keys (a statement of its own after the update,
// pgShredAttachmentsSQL), the rows' keys and the audit events — keys in
// owner order, as the retention shred locks them; the commit.
func (s *Store) shredSealedPG(ctx context.Context, d sealedShred, tenantID string, ids []string, actor, action string, at time.Time) ([]string, error) {
	ids = slices.Clone(ids)
	slices.Sort(ids)
	ids = slices.Compact(ids)
	var done []string
	err := s.b.inTx(ctx, func(tx txn) error {
		done = done[:0]
		var owners []string
		us := micros(at)
		if err := guardedTx(ctx, tx, func(rs pgx.Rows) error {
			var id string
			if err := rs.Scan(&id); err != nil {
				return err
			}
			done = append(done, id)
			owners = append(owners, d.owner+id)
			return nil
		}, pgShredSealedSQL(d), tenantID, ids, us); err != nil {
			return err
		}
		if len(done) == 0 {
			return nil
		}
		slices.Sort(done)
		slices.Sort(owners)
		evs := make([]audit.Event, len(done))
		for i, id := range done {
			evs[i] = audit.Event{TenantID: tenantID, At: fromMicros(us), Actor: actor, Action: action, ObjectType: d.objType, ObjectID: id}
		}
		if err := checkAudit(evs); err != nil {
			return err
		}
		auditStmts, err := rowStmts(tx, "audit_events", auditCols, auditRows(evs), "")
		if err != nil {
			return err
		}
		_, err = shredPipeline(ctx, tx, pgShredAttachmentsSQL(d.attTable, d.attCol), tenantID, done,
			append([]stmt{{pgDeleteKeysSQL, []any{tenantID, owners}}}, auditStmts...))
		return err
	})
	return done, err
}
