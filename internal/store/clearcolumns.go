package store

import (
	"context"
	"fmt"
)

// The conversion of rows written before migration 0009_blind_index, which
// kept client strings in clear: Idempotency-Key headers, correlation ids and
// external ids. It needs keys, so the service drives it
// (service.ConvertClearColumns) in bounded batches; every step is idempotent.

// ClearIdempotency is an idempotency record still keyed by the clear header.
type ClearIdempotency struct {
	Idempotency
	Key string // the header, in clear
}

// ClearRow is a message's correlation id or a recipient's external id still
// in clear.
type ClearRow struct {
	TenantID, ID, Value string
}

func (s *Store) tableExists(ctx context.Context, table string) (bool, error) {
	q := `SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = $1`
	if s.b.name() == "postgres" {
		q = `SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = $1`
	}
	var n int64
	if err := s.b.reader().queryRow(ctx, q, table).Scan(&n); err != nil {
		return false, err
	}
	return n > 0, nil
}

// ClearIdempotencyBatch returns up to limit records of the pre-0009 table
// (an empty slice when it is empty), or nil once it is gone.
func (s *Store) ClearIdempotencyBatch(ctx context.Context, limit int) ([]ClearIdempotency, error) {
	if ok, err := s.tableExists(ctx, "idempotency_keys_clear"); err != nil || !ok {
		return nil, err
	}
	rs, err := s.b.reader().query(ctx, `SELECT tenant_id, key, fingerprint, message_id, response, created_at
		FROM idempotency_keys_clear ORDER BY tenant_id, key LIMIT $1`, limit)
	if err != nil {
		return nil, fmt.Errorf("store: clear idempotency keys: %w", err)
	}
	defer rs.Close()
	out := []ClearIdempotency{} // empty, not nil: the table exists
	for rs.Next() {
		var r ClearIdempotency
		var c int64
		if err := rs.Scan(&r.TenantID, &r.Key, &r.Fingerprint, &r.MessageID, &r.Response, &c); err != nil {
			return nil, err
		}
		r.CreatedAt = fromMicros(c)
		out = append(out, r)
	}
	return out, rs.Err()
}

// MoveIdempotency stores records under their blind index (KeyMAC filled in)
// and deletes their clear form, in one transaction.
func (s *Store) MoveIdempotency(ctx context.Context, recs []ClearIdempotency) error {
	return s.b.inTx(ctx, func(tx txn) error {
		for _, r := range recs {
			if _, err := tx.exec(ctx, `INSERT INTO idempotency_keys (tenant_id, key_mac, fingerprint, message_id, response, created_at)
				VALUES ($1,$2,$3,$4,$5,$6) ON CONFLICT (tenant_id, key_mac) DO NOTHING`,
				r.TenantID, r.KeyMAC, r.Fingerprint, r.MessageID, r.Response, micros(r.CreatedAt)); err != nil {
				return fmt.Errorf("store: move idempotency key: %w", err)
			}
			if _, err := tx.exec(ctx, `DELETE FROM idempotency_keys_clear WHERE tenant_id = $1 AND key = $2`, r.TenantID, r.Key); err != nil {
				return fmt.Errorf("store: move idempotency key: %w", err)
			}
		}
		return nil
	})
}

// DropClearIdempotency drops the pre-0009 table once it is empty.
func (s *Store) DropClearIdempotency(ctx context.Context) error {
	if ok, err := s.tableExists(ctx, "idempotency_keys_clear"); err != nil || !ok {
		return err // dropped already (by another node)
	}
	return s.b.inTx(ctx, func(tx txn) error {
		var n int64
		if err := tx.queryRow(ctx, `SELECT COUNT(*) FROM idempotency_keys_clear`).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return fmt.Errorf("store: %d clear idempotency keys left", n)
		}
		_, err := tx.exec(ctx, `DROP TABLE IF EXISTS idempotency_keys_clear`)
		return err
	})
}

func (s *Store) clearRows(ctx context.Context, q, afterTenant, afterID string, limit int) ([]ClearRow, error) {
	rs, err := s.b.reader().query(ctx, q, afterTenant, afterID, limit)
	if err != nil {
		return nil, fmt.Errorf("store: clear rows: %w", err)
	}
	defer rs.Close()
	var out []ClearRow
	for rs.Next() {
		var r ClearRow
		if err := rs.Scan(&r.TenantID, &r.ID, &r.Value); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rs.Err()
}

// ClearCorrelations returns up to limit messages after (afterTenant, afterID)
// whose correlation id is still in clear.
func (s *Store) ClearCorrelations(ctx context.Context, afterTenant, afterID string, limit int) ([]ClearRow, error) {
	return s.clearRows(ctx, `SELECT tenant_id, id, correlation_id FROM messages
		WHERE correlation_id <> '' AND (tenant_id > $1 OR (tenant_id = $1 AND id > $2)) ORDER BY tenant_id, id LIMIT $3`,
		afterTenant, afterID, limit)
}

// SealCorrelations replaces clear correlation ids by their sealed form
// (nil for a shredded message: the id is then dropped).
func (s *Store) SealCorrelations(ctx context.Context, rows []ClearRow, sealed [][]byte) error {
	return s.b.inTx(ctx, func(tx txn) error {
		for i, r := range rows {
			if _, err := tx.exec(ctx, `UPDATE messages SET correlation = $1, correlation_id = '' WHERE tenant_id = $2 AND id = $3 AND correlation_id = $4`,
				sealed[i], r.TenantID, r.ID, r.Value); err != nil {
				return fmt.Errorf("store: seal correlation id: %w", err)
			}
		}
		return nil
	})
}

// ClearExternalIDs returns up to limit recipients after (afterTenant,
// afterID) whose external id is still in clear.
func (s *Store) ClearExternalIDs(ctx context.Context, afterTenant, afterID string, limit int) ([]ClearRow, error) {
	return s.clearRows(ctx, `SELECT tenant_id, id, external_id FROM recipients
		WHERE external_sealed IS NULL AND (tenant_id > $1 OR (tenant_id = $1 AND id > $2)) ORDER BY tenant_id, id LIMIT $3`,
		afterTenant, afterID, limit)
}

// SealExternalIDs replaces clear external ids by their blind index and
// sealed form.
func (s *Store) SealExternalIDs(ctx context.Context, rows []ClearRow, index []string, sealed [][]byte) error {
	return s.b.inTx(ctx, func(tx txn) error {
		for i, r := range rows {
			if _, err := tx.exec(ctx, `UPDATE recipients SET external_id = $1, external_sealed = $2 WHERE tenant_id = $3 AND id = $4 AND external_sealed IS NULL`,
				index[i], sealed[i], r.TenantID, r.ID); err != nil {
				return fmt.Errorf("store: seal external id: %w", err)
			}
		}
		return nil
	})
}

// ClearConsent is a consent whose notice version and source are still in
// clear.
type ClearConsent struct {
	TenantID, RecipientID, Kind, NoticeVersion, Source string
}

// ClearConsents returns up to limit consents not yet sealed.
func (s *Store) ClearConsents(ctx context.Context, limit int) ([]ClearConsent, error) {
	rs, err := s.b.reader().query(ctx, `SELECT tenant_id, recipient_id, kind, notice_version, source FROM consents
		WHERE sealed IS NULL ORDER BY tenant_id, recipient_id, kind LIMIT $1`, limit)
	if err != nil {
		return nil, fmt.Errorf("store: clear consents: %w", err)
	}
	defer rs.Close()
	var out []ClearConsent
	for rs.Next() {
		var c ClearConsent
		if err := rs.Scan(&c.TenantID, &c.RecipientID, &c.Kind, &c.NoticeVersion, &c.Source); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rs.Err()
}

// SealConsents stores consents' sealed metadata with its data key and
// empties the clear columns; a consent sealed meanwhile (by another node) is
// left alone, key included.
func (s *Store) SealConsents(ctx context.Context, cs []ClearConsent, sealed, wrapped [][]byte) error {
	return s.b.inTx(ctx, func(tx txn) error {
		for i, c := range cs {
			n, err := tx.exec(ctx, `UPDATE consents SET sealed = $1, notice_version = '', source = '' WHERE tenant_id = $2 AND recipient_id = $3 AND kind = $4 AND sealed IS NULL`,
				sealed[i], c.TenantID, c.RecipientID, c.Kind)
			if err != nil {
				return fmt.Errorf("store: seal consent: %w", err)
			}
			if n == 1 {
				if err := putDataKey(ctx, tx, c.TenantID, ConsentOwner(c.RecipientID, c.Kind), wrapped[i], now()); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// ReplaceLoginFP re-indexes an account found under a legacy username
// fingerprint (seal.Sealer.LegacyFingerprints) with the current one. It is a
// no-op if the account's fingerprint changed meanwhile.
func (s *Store) ReplaceLoginFP(ctx context.Context, tenantID, recipientID string, oldFP, newFP []byte) error {
	return s.b.inTx(ctx, func(tx txn) error {
		_, err := tx.exec(ctx, `UPDATE accounts SET login_fp = $1 WHERE tenant_id = $2 AND recipient_id = $3 AND login_fp = $4`, newFP, tenantID, recipientID, oldFP)
		if err != nil {
			return fmt.Errorf("store: re-index login: %w", err)
		}
		return nil
	})
}
