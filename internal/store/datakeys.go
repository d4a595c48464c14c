package store

import (
	"context"
	"fmt"
	"time"
)

func putDataKey(ctx context.Context, tx querier, tenantID, owner string, wrapped []byte, at time.Time) error {
	_, err := tx.exec(ctx, `INSERT INTO data_keys (tenant_id, owner, wrapped, created_at) VALUES ($1,$2,$3,$4)
		ON CONFLICT (tenant_id, owner) DO UPDATE SET wrapped = excluded.wrapped, created_at = excluded.created_at`,
		tenantID, owner, wrapped, micros(at))
	if err != nil {
		return fmt.Errorf("store: put data key: %w", err)
	}
	return nil
}

// DataKey returns the wrapped data key of owner ("message/<id>",
// "recipient/<id>"). A shredded key is ErrNotFound.
func (s *Store) DataKey(ctx context.Context, tenantID, owner string) ([]byte, error) {
	var w []byte
	if err := s.b.reader().queryRow(ctx, `SELECT wrapped FROM data_keys WHERE tenant_id = $1 AND owner = $2`, tenantID, owner).Scan(&w); err != nil {
		return nil, notFound(err)
	}
	return w, nil
}

// DataKeyRow is one wrapped data key, for rotation.
type DataKeyRow struct {
	TenantID, Owner string
	Wrapped         []byte
}

// ListDataKeys pages through a tenant's data keys in owner order, after the
// given owner ("" for the start).
func (s *Store) ListDataKeys(ctx context.Context, tenantID, after string, limit int) ([]DataKeyRow, error) {
	rs, err := s.b.reader().query(ctx, `SELECT tenant_id, owner, wrapped FROM data_keys WHERE tenant_id = $1 AND owner > $2 ORDER BY owner LIMIT $3`, tenantID, after, limit)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var out []DataKeyRow
	for rs.Next() {
		var d DataKeyRow
		if err := rs.Scan(&d.TenantID, &d.Owner, &d.Wrapped); err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rs.Err()
}

// CountDataKeys counts every data key (for rotation progress).
func (s *Store) CountDataKeys(ctx context.Context) (int64, error) {
	var n int64
	err := s.b.reader().queryRow(ctx, `SELECT COUNT(*) FROM data_keys`).Scan(&n)
	return n, err
}

// RewrapDataKeys replaces wrapped keys, each only if it still holds the old
// value (a key shredded or replaced meanwhile is left alone). It returns how
// many were replaced.
func (s *Store) RewrapDataKeys(ctx context.Context, rows []DataKeyRow, newWrapped [][]byte) (int, error) {
	n := 0
	err := s.b.inTx(ctx, func(tx txn) error {
		for i, r := range rows {
			c, err := tx.exec(ctx, `UPDATE data_keys SET wrapped = $1 WHERE tenant_id = $2 AND owner = $3 AND wrapped = $4`, newWrapped[i], r.TenantID, r.Owner, r.Wrapped)
			if err != nil {
				return err
			}
			n += int(c)
		}
		return nil
	})
	return n, err
}
