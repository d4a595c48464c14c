package store

import (
	"context"
	"encoding/json"
	"fmt"
)

// InsertBaseline writes the same rows CreateMessages writes for one message —
// idempotency record, data key, message, deliveries, link, audit event and one
// River job row per delivery — as plain single-row INSERTs in one transaction,
// with no batching. It exists for `sealpost bench ingest`, which compares the
// real ingest path against this raw baseline through the same driver and
// durability settings; nothing else calls it.
func (s *Store) InsertBaseline(ctx context.Context, it NewMessage) error {
	return s.b.inTx(ctx, func(tx txn) error {
		at := micros(now())
		m := it.Message
		stmts := []struct {
			q    string
			args []any
		}{
			{`INSERT INTO data_keys (tenant_id, owner, wrapped, created_at) VALUES ($1,$2,$3,$4)`, []any{m.TenantID, "message/" + m.ID, it.DataKey, at}},
			{`INSERT INTO messages (tenant_id, id, recipient_id, category, sensitivity, urgency, status, subject, body, notice_vars, correlation, expires_at, created_at)
				VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13)`,
				[]any{m.TenantID, m.ID, m.RecipientID, m.Category, m.Sensitivity, m.Urgency, StatusAccepted, m.Subject, m.Body, m.NoticeVars, m.Correlation, optMicros(m.ExpiresAt), at}},
			{`INSERT INTO links (token_hash, tenant_id, message_id, recipient_id, expires_at, created_at) VALUES ($1,$2,$3,$4,$5,$6)`,
				[]any{it.Link.TokenHash, m.TenantID, m.ID, m.RecipientID, micros(it.Link.ExpiresAt), at}},
			{`INSERT INTO audit_events (tenant_id, at, actor, action, object_type, object_id) VALUES ($1,$2,$3,$4,$5,$6)`,
				[]any{m.TenantID, at, it.Actor, "message.create", "message", m.ID}},
		}
		if it.Idem != nil {
			stmts = append(stmts, struct {
				q    string
				args []any
			}{`INSERT INTO idempotency_keys (tenant_id, key_mac, fingerprint, message_id, response, created_at) VALUES ($1,$2,$3,$4,$5,$6)`,
				[]any{m.TenantID, it.Idem.KeyMAC, it.Idem.Fingerprint, m.ID, it.Idem.Response, at}})
		}
		for _, d := range it.Deliveries {
			stmts = append(stmts, struct {
				q    string
				args []any
			}{`INSERT INTO deliveries (tenant_id, id, message_id, channel, status, created_at, updated_at) VALUES ($1,$2,$3,$4,$5,$6,$6)`,
				[]any{d.TenantID, d.ID, d.MessageID, d.Channel, DeliveryQueued, at}})
		}
		for _, j := range it.Jobs {
			args, err := json.Marshal(j.Args)
			if err != nil {
				return err
			}
			stmts = append(stmts, struct {
				q    string
				args []any
			}{`INSERT INTO river_job (args, kind, max_attempts, queue) VALUES ($1,$2,$3,$4)`, []any{string(args), j.Args.Kind(), 25, "deliveries"}})
		}
		for _, st := range stmts {
			if _, err := tx.exec(ctx, st.q, st.args...); err != nil {
				return fmt.Errorf("store: baseline insert: %w", err)
			}
		}
		return nil
	})
}
