package store

import (
	"context"

	"github.com/sealpost/sealpost/internal/audit"
)

// GuardTerm is one tenant-supplied PHI guard term.
type GuardTerm struct {
	Text string
	Kind string
}

// ReplaceGuardTerms sets a tenant's guard terms (replacing the previous list).
func (s *Store) ReplaceGuardTerms(ctx context.Context, tenantID string, terms []GuardTerm, actor string) error {
	return s.b.inTx(ctx, func(tx txn) error {
		at := now()
		if _, err := tx.exec(ctx, `DELETE FROM guard_terms WHERE tenant_id = $1`, tenantID); err != nil {
			return err
		}
		rows := make([][]any, len(terms))
		for i, t := range terms {
			rows[i] = []any{tenantID, t.Text, t.Kind, micros(at)}
		}
		if err := insertRows(ctx, tx, "guard_terms", []string{"tenant_id", "text", "kind", "created_at"}, rows, ""); err != nil {
			return err
		}
		return insertAudit(ctx, tx, audit.Event{TenantID: tenantID, At: at, Actor: actor, Action: audit.ActionGuardTerms, ObjectType: "guard_terms", ObjectID: tenantID})
	})
}

// GuardTerms lists a tenant's guard terms in text order.
func (s *Store) GuardTerms(ctx context.Context, tenantID string) ([]GuardTerm, error) {
	rs, err := s.b.reader().query(ctx, `SELECT text, kind FROM guard_terms WHERE tenant_id = $1 ORDER BY text`, tenantID)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	out := []GuardTerm{}
	for rs.Next() {
		var t GuardTerm
		if err := rs.Scan(&t.Text, &t.Kind); err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, rs.Err()
}
