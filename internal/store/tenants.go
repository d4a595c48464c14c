package store

import (
	"context"
	"fmt"
	"time"

	"github.com/sealpost/sealpost/internal/audit"
)

// Tenant is one integrating portal.
type Tenant struct {
	ID            string
	Name          string
	KEK, MAC      []byte // wrapped tenant keysets
	Index         []byte // wrapped blind-index keyset (seal.TenantKeys.Index); nil for a tenant not yet given one
	CreatedAt     time.Time
	KeysUpdatedAt time.Time
	Settings      string // JSON
}

// APIKey is a tenant's server-to-server credential. Only a hash of the secret is
// kept; Prefix identifies the key in listings and logs.
type APIKey struct {
	Prefix     string
	TenantID   string
	SecretHash []byte
	Label      string
	CreatedAt  time.Time
	RevokedAt  *time.Time
}

// CreateTenant stores a tenant with its first API key.
func (s *Store) CreateTenant(ctx context.Context, t Tenant, k APIKey, actor string) error {
	return s.b.inTx(ctx, func(tx txn) error {
		at := now()
		_, err := tx.exec(ctx, `INSERT INTO tenants (id, name, kek, mac, index_key, created_at, keys_updated_at) VALUES ($1,$2,$3,$4,$5,$6,$6)`,
			t.ID, t.Name, t.KEK, t.MAC, t.Index, micros(at))
		if err != nil {
			if s.b.isUniqueViolation(err) {
				return ErrExists
			}
			return fmt.Errorf("store: create tenant: %w", err)
		}
		if err := insertAPIKey(ctx, tx, k, at); err != nil {
			return err
		}
		return insertAudit(ctx, tx,
			audit.Event{TenantID: t.ID, At: at, Actor: actor, Action: audit.ActionTenantCreate, ObjectType: "tenant", ObjectID: t.ID},
			audit.Event{TenantID: t.ID, At: at, Actor: actor, Action: audit.ActionAPIKeyCreate, ObjectType: "api_key", ObjectID: k.Prefix})
	})
}

func insertAPIKey(ctx context.Context, tx querier, k APIKey, at time.Time) error {
	_, err := tx.exec(ctx, `INSERT INTO api_keys (prefix, tenant_id, secret_hash, label, created_at) VALUES ($1,$2,$3,$4,$5)`,
		k.Prefix, k.TenantID, k.SecretHash, k.Label, micros(at))
	if err != nil {
		return fmt.Errorf("store: create api key: %w", err)
	}
	return nil
}

const tenantCols = `id, name, kek, mac, index_key, created_at, keys_updated_at, settings`

func scanTenant(r row) (Tenant, error) {
	var t Tenant
	var c, u int64
	if err := r.Scan(&t.ID, &t.Name, &t.KEK, &t.MAC, &t.Index, &c, &u, &t.Settings); err != nil {
		return Tenant{}, err
	}
	t.CreatedAt, t.KeysUpdatedAt = fromMicros(c), fromMicros(u)
	return t, nil
}

// GetTenant loads a tenant by id or name.
func (s *Store) GetTenant(ctx context.Context, idOrName string) (Tenant, error) {
	t, err := scanTenant(s.b.reader().queryRow(ctx, `SELECT `+tenantCols+` FROM tenants WHERE id = $1 OR name = $1`, idOrName))
	if err != nil {
		return Tenant{}, notFound(err)
	}
	return t, nil
}

// ListTenants returns every tenant ordered by id.
func (s *Store) ListTenants(ctx context.Context) ([]Tenant, error) {
	rs, err := s.b.reader().query(ctx, `SELECT `+tenantCols+` FROM tenants ORDER BY id`)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var out []Tenant
	for rs.Next() {
		t, err := scanTenant(rs)
		if err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, rs.Err()
}

// UpdateTenantKeys replaces a tenant's wrapped keysets if the KEK still
// equals oldKEK (compare-and-swap), recording the rotation.
func (s *Store) UpdateTenantKeys(ctx context.Context, tenantID string, oldKEK, kek, mac, index []byte, actor string) error {
	return s.b.inTx(ctx, func(tx txn) error {
		at := now()
		n, err := tx.exec(ctx, `UPDATE tenants SET kek = $1, mac = $2, index_key = $3, keys_updated_at = $4 WHERE id = $5 AND kek = $6`,
			kek, mac, index, micros(at), tenantID, oldKEK)
		if err != nil {
			return err
		}
		if n != 1 {
			return ErrConflict
		}
		return insertAudit(ctx, tx, audit.Event{TenantID: tenantID, At: at, Actor: actor, Action: audit.ActionTenantKeysWrap, ObjectType: "keyset", ObjectID: tenantID})
	})
}

// CreateAPIKey adds a key to an existing tenant.
func (s *Store) CreateAPIKey(ctx context.Context, k APIKey, actor string) error {
	return s.b.inTx(ctx, func(tx txn) error {
		at := now()
		if err := insertAPIKey(ctx, tx, k, at); err != nil {
			return err
		}
		return insertAudit(ctx, tx, audit.Event{TenantID: k.TenantID, At: at, Actor: actor, Action: audit.ActionAPIKeyCreate, ObjectType: "api_key", ObjectID: k.Prefix})
	})
}

const apiKeyCols = `prefix, tenant_id, secret_hash, label, created_at, revoked_at`

func scanAPIKey(r row) (APIKey, error) {
	var k APIKey
	var c int64
	var rev *int64
	if err := r.Scan(&k.Prefix, &k.TenantID, &k.SecretHash, &k.Label, &c, &rev); err != nil {
		return APIKey{}, err
	}
	k.CreatedAt, k.RevokedAt = fromMicros(c), optTime(rev)
	return k, nil
}

// LookupAPIKey finds a key by its visible prefix, revoked or not.
func (s *Store) LookupAPIKey(ctx context.Context, prefix string) (APIKey, error) {
	k, err := scanAPIKey(s.b.reader().queryRow(ctx, `SELECT `+apiKeyCols+` FROM api_keys WHERE prefix = $1`, prefix))
	if err != nil {
		return APIKey{}, notFound(err)
	}
	return k, nil
}

// ListAPIKeys lists a tenant's keys, newest first.
func (s *Store) ListAPIKeys(ctx context.Context, tenantID string) ([]APIKey, error) {
	rs, err := s.b.reader().query(ctx, `SELECT `+apiKeyCols+` FROM api_keys WHERE tenant_id = $1 ORDER BY created_at DESC, prefix`, tenantID)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var out []APIKey
	for rs.Next() {
		k, err := scanAPIKey(rs)
		if err != nil {
			return nil, err
		}
		out = append(out, k)
	}
	return out, rs.Err()
}

// RevokeAPIKey revokes a tenant's key. Revoking a revoked key is ErrGone.
func (s *Store) RevokeAPIKey(ctx context.Context, tenantID, prefix, actor string) error {
	return s.b.inTx(ctx, func(tx txn) error {
		at := now()
		n, err := tx.exec(ctx, `UPDATE api_keys SET revoked_at = $1 WHERE tenant_id = $2 AND prefix = $3 AND revoked_at IS NULL`, micros(at), tenantID, prefix)
		if err != nil {
			return err
		}
		if n == 0 {
			var c int
			if err := tx.queryRow(ctx, `SELECT COUNT(*) FROM api_keys WHERE tenant_id = $1 AND prefix = $2`, tenantID, prefix).Scan(&c); err != nil {
				return err
			}
			if c == 0 {
				return ErrNotFound
			}
			return ErrGone
		}
		return insertAudit(ctx, tx, audit.Event{TenantID: tenantID, At: at, Actor: actor, Action: audit.ActionAPIKeyRevoke, ObjectType: "api_key", ObjectID: prefix})
	})
}

// SetTenantSettings replaces a tenant's settings JSON.
func (s *Store) SetTenantSettings(ctx context.Context, tenantID, settings, actor string) error {
	return s.b.inTx(ctx, func(tx txn) error {
		c, err := tx.exec(ctx, `UPDATE tenants SET settings = $1 WHERE id = $2`, settings, tenantID)
		if err != nil {
			return err
		}
		if c != 1 {
			return ErrNotFound
		}
		return insertAudit(ctx, tx, audit.Event{TenantID: tenantID, Actor: actor, Action: audit.ActionTenantSettings, ObjectType: "tenant", ObjectID: tenantID})
	})
}

// SetTenantIndexKey gives a tenant its wrapped blind-index keyset if it has
// none yet (a tenant created before index keys existed). It reports whether
// it did; false means another process (or a rotation) got there first.
func (s *Store) SetTenantIndexKey(ctx context.Context, tenantID string, index []byte, actor string) (bool, error) {
	var done bool
	err := s.b.inTx(ctx, func(tx txn) error {
		at := now()
		n, err := tx.exec(ctx, `UPDATE tenants SET index_key = $1, keys_updated_at = $2 WHERE id = $3 AND index_key IS NULL`, index, micros(at), tenantID)
		if err != nil || n != 1 {
			return err
		}
		done = true
		return insertAudit(ctx, tx, audit.Event{TenantID: tenantID, At: at, Actor: actor, Action: audit.ActionTenantKeysWrap, ObjectType: "keyset", ObjectID: tenantID})
	})
	return done, err
}
