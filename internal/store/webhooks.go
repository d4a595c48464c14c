package store

import (
	"context"
	"errors"
	"time"

	"github.com/sealpost/sealpost/internal/audit"
)

// Webhook is a tenant's endpoint.
type Webhook struct {
	TenantID, ID, URL string
	Events            string // comma-separated
	Secret            []byte // sealed
	CreatedAt         time.Time
}

// ErrLimit is returned when a tenant already has as many of something as it
// may (webhook endpoints). Nothing was written.
var ErrLimit = errors.New("store: limit reached")

// CreateWebhook stores an endpoint and the data key sealing its secret,
// unless the tenant already has max endpoints (ErrLimit, nothing written).
// The count and the insert are one transaction, serialised per tenant (the
// tenant row is locked on PostgreSQL; SQLite has one writer), so concurrent
// creations cannot pass the cap together.
func (s *Store) CreateWebhook(ctx context.Context, w Webhook, wrappedKey []byte, actor string, max int) error {
	lock := s.b.name() == "postgres"
	return s.b.inTx(ctx, func(tx txn) error {
		if lock {
			var id string
			if err := tx.queryRow(ctx, `SELECT id FROM tenants WHERE id = $1 FOR UPDATE`, w.TenantID).Scan(&id); err != nil {
				return notFound(err)
			}
		}
		var n int64
		if err := tx.queryRow(ctx, `SELECT COUNT(*) FROM webhook_endpoints WHERE tenant_id = $1`, w.TenantID).Scan(&n); err != nil {
			return err
		}
		if n >= int64(max) {
			return ErrLimit
		}
		at := now()
		if _, err := tx.exec(ctx, `INSERT INTO webhook_endpoints (tenant_id, id, url, events, secret, created_at) VALUES ($1,$2,$3,$4,$5,$6)`,
			w.TenantID, w.ID, w.URL, w.Events, w.Secret, micros(at)); err != nil {
			return err
		}
		if err := putDataKey(ctx, tx, w.TenantID, "webhook/"+w.ID, wrappedKey, at); err != nil {
			return err
		}
		return insertAudit(ctx, tx, audit.Event{TenantID: w.TenantID, At: at, Actor: actor, Action: audit.ActionWebhookCreate, ObjectType: "webhook", ObjectID: w.ID})
	})
}

// DeleteWebhook removes an endpoint and shreds its secret.
func (s *Store) DeleteWebhook(ctx context.Context, tenantID, id, actor string) error {
	return s.b.inTx(ctx, func(tx txn) error {
		c, err := tx.exec(ctx, `DELETE FROM webhook_endpoints WHERE tenant_id = $1 AND id = $2`, tenantID, id)
		if err != nil {
			return err
		}
		if c != 1 {
			return ErrNotFound
		}
		if _, err := tx.exec(ctx, `DELETE FROM data_keys WHERE tenant_id = $1 AND owner = $2`, tenantID, "webhook/"+id); err != nil {
			return err
		}
		return insertAudit(ctx, tx, audit.Event{TenantID: tenantID, Actor: actor, Action: audit.ActionWebhookDelete, ObjectType: "webhook", ObjectID: id})
	})
}

// Webhooks lists a tenant's endpoints.
func (s *Store) Webhooks(ctx context.Context, tenantID string) ([]Webhook, error) {
	rs, err := s.b.reader().query(ctx, `SELECT tenant_id, id, url, events, secret, created_at FROM webhook_endpoints WHERE tenant_id = $1 ORDER BY id`, tenantID)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	out := []Webhook{}
	for rs.Next() {
		var w Webhook
		var c int64
		if err := rs.Scan(&w.TenantID, &w.ID, &w.URL, &w.Events, &w.Secret, &c); err != nil {
			return nil, err
		}
		w.CreatedAt = fromMicros(c)
		out = append(out, w)
	}
	return out, rs.Err()
}

const deliveryByProviderSQL = `SELECT tenant_id, id, message_id, channel, status FROM deliveries
	WHERE channel = $1 AND provider_id = $2 AND provider_id <> '' AND channel <> 'email'`

// DeliveryByProvider finds a delivery by its channel provider's id. Email
// relays do not report back, so email deliveries are not indexed by provider
// id and never found here; the repeated index condition lets both databases
// use the partial index.
func (s *Store) DeliveryByProvider(ctx context.Context, channel, providerID string) (Delivery, error) {
	var d Delivery
	err := s.b.reader().queryRow(ctx, deliveryByProviderSQL, channel, providerID).
		Scan(&d.TenantID, &d.ID, &d.MessageID, &d.Channel, &d.Status)
	return d, notFound(err)
}
