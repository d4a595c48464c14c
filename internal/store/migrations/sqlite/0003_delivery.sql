-- Delivery execution: attempts, scheduling, preferences, consents, tenant categories.
ALTER TABLE deliveries ADD COLUMN scheduled_at BIGINT;
ALTER TABLE deliveries ADD COLUMN provider_id TEXT NOT NULL DEFAULT '';
ALTER TABLE deliveries ADD COLUMN blocked_rules TEXT NOT NULL DEFAULT '';

CREATE TABLE delivery_attempts (
    tenant_id   TEXT NOT NULL,
    delivery_id TEXT NOT NULL,
    n           INTEGER NOT NULL,
    at          BIGINT NOT NULL,
    outcome     TEXT NOT NULL,       -- sent, delivered, temporary, permanent, blocked, suppressed, scheduled
    reason      TEXT NOT NULL DEFAULT '',  -- PHI-free
    PRIMARY KEY (tenant_id, delivery_id, n)
);

-- Per category x channel switches and quiet hours (JSON); not PHI.
ALTER TABLE recipients ADD COLUMN preferences TEXT NOT NULL DEFAULT '{}';

CREATE TABLE consents (
    tenant_id      TEXT NOT NULL,
    recipient_id   TEXT NOT NULL,
    kind           TEXT NOT NULL,     -- marketing, phi_in_email
    notice_version TEXT NOT NULL,
    source         TEXT NOT NULL,
    categories     TEXT NOT NULL DEFAULT '',  -- comma-separated category keys ('' = all)
    given_at       BIGINT NOT NULL,
    withdrawn_at   BIGINT,
    PRIMARY KEY (tenant_id, recipient_id, kind)
);

CREATE TABLE categories (
    tenant_id  TEXT NOT NULL REFERENCES tenants (id),
    key        TEXT NOT NULL,
    definition TEXT NOT NULL,         -- JSON: sensitivity, retention, link lifetime, vars, templates
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, key)
);
