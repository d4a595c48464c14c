package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/sealpost/sealpost/internal/audit"
)

func notFound(err error) error {
	if errors.Is(err, sql.ErrNoRows) || errors.Is(err, pgx.ErrNoRows) {
		return ErrNotFound
	}
	return err
}

// Recipient is a tenant's patient or customer. Contact points and identity are
// sealed; HasEmail and HasPhone let deliveries be planned without opening them.
type Recipient struct {
	TenantID string
	ID       string
	// ExternalIndex is "#" + hex of the blind index of the tenant's external
	// id (service.externalIndex); the id itself is only in ExternalSealed.
	ExternalIndex  string
	ExternalSealed []byte // sealed (recipient data key, field "external_id")
	Locale         string
	TimeZone       string
	HasEmail       bool
	HasPhone       bool
	Contact        []byte // sealed
	Identity       []byte // sealed, may be nil
	Prefs          string // preferences JSON (read only; set with SetPreferences)
	CreatedAt      time.Time
	UpdatedAt      time.Time
}

const recipientInsertCols = `tenant_id, id, external_id, external_sealed, locale, time_zone, has_email, has_phone, contact, identity, created_at, updated_at`

const recipientCols = recipientInsertCols + `, preferences`

func scanRecipient(r row) (Recipient, error) {
	var rs recipientScan
	if err := r.Scan(rs.dest()...); err != nil {
		return Recipient{}, notFound(err)
	}
	return rs.recipient(), nil
}

// recipientScan holds one row of recipientCols while it is scanned (alone or
// as part of a wider row).
type recipientScan struct {
	x            Recipient
	he, hp, c, u int64
}

func (s *recipientScan) dest() []any {
	x := &s.x
	return []any{&x.TenantID, &x.ID, &x.ExternalIndex, &x.ExternalSealed, &x.Locale, &x.TimeZone, &s.he, &s.hp, &x.Contact, &x.Identity, &s.c, &s.u, &x.Prefs}
}

func (s *recipientScan) recipient() Recipient {
	x := s.x
	x.HasEmail, x.HasPhone = s.he == 1, s.hp == 1
	x.CreatedAt, x.UpdatedAt = fromMicros(s.c), fromMicros(s.u)
	return x
}

// GetRecipient loads a recipient by the blind index of the tenant's external
// id ([Recipient.ExternalIndex]). On PostgreSQL
// concurrent lookups (one per message posted) share one statement.
func (s *Store) GetRecipient(ctx context.Context, tenantID, externalID string) (Recipient, error) {
	if s.recipients != nil {
		rr := &recipientRead{tenantID: tenantID, externalID: externalID}
		if err := s.recipients.do(ctx, rr); err != nil {
			return Recipient{}, err
		}
		return rr.out, nil
	}
	return getRecipient(ctx, s.b.reader(), tenantID, externalID)
}

func getRecipient(ctx context.Context, q querier, tenantID, externalID string) (Recipient, error) {
	return scanRecipient(q.queryRow(ctx, `SELECT `+recipientCols+` FROM recipients WHERE tenant_id = $1 AND external_id = $2`, tenantID, externalID))
}

// recipientRead is one GetRecipient waiting in the read batcher.
type recipientRead struct {
	tenantID, externalID string
	out                  Recipient
}

// recipientSetSQL looks up many recipients by external id in one statement
// (see workSetSQL for the LATERAL ... OFFSET 0 form).
var recipientSetSQL = `SELECT k.n, ` + prefixed("r", recipientCols) + `
	FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS k(tenant_id, external_id, n)
	CROSS JOIN LATERAL (SELECT ` + recipientCols + ` FROM recipients WHERE tenant_id = k.tenant_id AND external_id = k.external_id OFFSET 0) r`

// readRecipients answers a batch of GetRecipient calls.
func readRecipients(ctx context.Context, q querier, items []*recipientRead) ([]error, error) {
	if len(items) == 1 { // alone, the plain lookup plans faster
		var err error
		items[0].out, err = getRecipient(ctx, q, items[0].tenantID, items[0].externalID)
		return aloneResult(err)
	}
	n := len(items)
	tenants, exts := make([]string, n), make([]string, n)
	for i, it := range items {
		tenants[i], exts[i] = it.tenantID, it.externalID
	}
	rs, err := q.query(ctx, recipientSetSQL, tenants, exts)
	if err != nil {
		return nil, fmt.Errorf("store: recipients: %w", err)
	}
	return answerByIndex(rs, n, func() ([]any, func(i int) error) {
		var sc recipientScan
		return sc.dest(), func(i int) error {
			items[i].out = sc.recipient()
			return nil
		}
	})
}

// GetRecipientByID loads a recipient by sealpost's id.
func (s *Store) GetRecipientByID(ctx context.Context, tenantID, id string) (Recipient, error) {
	return scanRecipient(s.b.reader().queryRow(ctx, `SELECT `+recipientCols+` FROM recipients WHERE tenant_id = $1 AND id = $2`, tenantID, id))
}

// CreateRecipient inserts a new recipient with the data key sealing its
// contact points and identity. A taken external id is ErrExists.
func (s *Store) CreateRecipient(ctx context.Context, r Recipient, wrappedKey []byte, actor string) error {
	return s.b.inTx(ctx, func(tx txn) error {
		at := now()
		_, err := tx.exec(ctx, `INSERT INTO recipients (`+recipientInsertCols+`) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$11)`,
			r.TenantID, r.ID, r.ExternalIndex, r.ExternalSealed, r.Locale, r.TimeZone, boolInt(r.HasEmail), boolInt(r.HasPhone), r.Contact, r.Identity, micros(at))
		if err != nil {
			if s.b.isUniqueViolation(err) {
				return ErrExists
			}
			return fmt.Errorf("store: create recipient: %w", err)
		}
		if err := putDataKey(ctx, tx, r.TenantID, "recipient/"+r.ID, wrappedKey, at); err != nil {
			return err
		}
		return insertAudit(ctx, tx, audit.Event{TenantID: r.TenantID, At: at, Actor: actor, Action: audit.ActionRecipientCreate, ObjectType: "recipient", ObjectID: r.ID})
	})
}

// UpdateRecipient replaces an existing recipient's fields. wrappedKey, when
// not nil, replaces its data key (only where none was stored); nil keeps the
// stored key, under which the account's factors are sealed too.
func (s *Store) UpdateRecipient(ctx context.Context, r Recipient, wrappedKey []byte, actor string) error {
	return s.b.inTx(ctx, func(tx txn) error {
		at := now()
		n, err := tx.exec(ctx, `UPDATE recipients SET locale = $1, time_zone = $2, has_email = $3, has_phone = $4, contact = $5, identity = $6, updated_at = $7, external_sealed = $11
			WHERE tenant_id = $8 AND id = $9 AND external_id = $10`,
			r.Locale, r.TimeZone, boolInt(r.HasEmail), boolInt(r.HasPhone), r.Contact, r.Identity, micros(at), r.TenantID, r.ID, r.ExternalIndex, r.ExternalSealed)
		if err != nil {
			return fmt.Errorf("store: update recipient: %w", err)
		}
		if n != 1 {
			return ErrNotFound
		}
		if wrappedKey != nil {
			if err := putDataKey(ctx, tx, r.TenantID, "recipient/"+r.ID, wrappedKey, at); err != nil {
				return err
			}
		}
		return insertAudit(ctx, tx, audit.Event{TenantID: r.TenantID, At: at, Actor: actor, Action: audit.ActionRecipientUpdate, ObjectType: "recipient", ObjectID: r.ID})
	})
}
