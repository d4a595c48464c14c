package store

import (
	"context"
	"time"

	"github.com/sealpost/sealpost/internal/audit"
)

// sealedShred describes a table of sealed rows that are crypto-shredded
// one by one (staff messages, replies): which columns to clear, the owner
// prefix of each row's data key and how to delete its attachments' keys.
type sealedShred struct {
	table, clear   string // "replies", "body = NULL"
	owner, objType string // data key owner prefix ("reply/"), audit object type
	attachmentKeys func(ctx context.Context, tx txn, tenantID string, ids []string) error
}

// shredSealed crypto-shreds a tenant's rows of d.table in one transaction:
// sealed columns cleared and shredded_at set, the rows' data keys and their
// attachments' keys deleted, one audit event (action, actor) each. Rows
// already shredded are skipped; it returns the ids it shredded.
func (s *Store) shredSealed(ctx context.Context, d sealedShred, tenantID string, ids []string, actor, action string, at time.Time) ([]string, error) {
	if len(ids) == 0 {
		return nil, nil
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
