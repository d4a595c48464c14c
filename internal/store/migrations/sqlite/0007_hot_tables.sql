-- Fewer B-trees on the delivery path. Every accepted message writes a delivery, its
-- data key, its link and (per attempt) an attempt row, and each delivery is read and
-- updated by key twice; every audit event is inserted, then chained.
--
-- 1. Tables keyed by text are stored WITHOUT ROWID: the primary key is the table's
--    only B-tree, so an insert writes one B-tree instead of two and a lookup by key
--    searches one instead of two. Their rows are small (ids, a wrapped key, a hash,
--    counters); messages, whose sealed subject and body can be large, keep their rowid.
-- 2. The chain index holds chained events only. An event no longer enters it unchained
--    (with a NULL position) to be moved when chained; lookups by position imply
--    seq IS NOT NULL, so they still use it.
-- 3. The provider index holds only channels whose providers report back (not email).

CREATE TABLE deliveries_new (
    tenant_id     TEXT NOT NULL,
    id            TEXT NOT NULL,
    message_id    TEXT NOT NULL,
    channel       TEXT NOT NULL,
    status        TEXT NOT NULL,
    attempts      INTEGER NOT NULL DEFAULT 0,
    last_error    TEXT NOT NULL DEFAULT '',
    created_at    BIGINT NOT NULL,
    updated_at    BIGINT NOT NULL,
    scheduled_at  BIGINT,
    provider_id   TEXT NOT NULL DEFAULT '',
    blocked_rules TEXT NOT NULL DEFAULT '',
    target        TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (tenant_id, id)
) WITHOUT ROWID;
INSERT INTO deliveries_new (tenant_id, id, message_id, channel, status, attempts, last_error, created_at, updated_at, scheduled_at, provider_id, blocked_rules, target)
    SELECT tenant_id, id, message_id, channel, status, attempts, last_error, created_at, updated_at, scheduled_at, provider_id, blocked_rules, target FROM deliveries;
DROP TABLE deliveries;
ALTER TABLE deliveries_new RENAME TO deliveries;
CREATE INDEX deliveries_message ON deliveries (tenant_id, message_id);
CREATE INDEX deliveries_provider ON deliveries (channel, provider_id) WHERE provider_id <> '' AND channel <> 'email';

CREATE TABLE data_keys_new (
    tenant_id  TEXT NOT NULL,
    owner      TEXT NOT NULL,        -- "message/<id>" or "recipient/<id>"
    wrapped    BLOB NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, owner)
) WITHOUT ROWID;
INSERT INTO data_keys_new (tenant_id, owner, wrapped, created_at) SELECT tenant_id, owner, wrapped, created_at FROM data_keys;
DROP TABLE data_keys;
ALTER TABLE data_keys_new RENAME TO data_keys;

CREATE TABLE links_new (
    token_hash   BLOB PRIMARY KEY,  -- SHA-256 of the link token; the token itself is never stored
    tenant_id    TEXT NOT NULL,
    message_id   TEXT NOT NULL,
    recipient_id TEXT NOT NULL,
    expires_at   BIGINT NOT NULL,
    created_at   BIGINT NOT NULL,
    revoked_at   BIGINT
) WITHOUT ROWID;
INSERT INTO links_new (token_hash, tenant_id, message_id, recipient_id, expires_at, created_at, revoked_at)
    SELECT token_hash, tenant_id, message_id, recipient_id, expires_at, created_at, revoked_at FROM links;
DROP TABLE links;
ALTER TABLE links_new RENAME TO links;
CREATE INDEX links_message ON links (tenant_id, message_id);

CREATE TABLE delivery_attempts_new (
    tenant_id   TEXT NOT NULL,
    delivery_id TEXT NOT NULL,
    n           INTEGER NOT NULL,
    at          BIGINT NOT NULL,
    outcome     TEXT NOT NULL,       -- sent, delivered, temporary, permanent, blocked, suppressed, scheduled
    reason      TEXT NOT NULL DEFAULT '',  -- PHI-free
    PRIMARY KEY (tenant_id, delivery_id, n)
) WITHOUT ROWID;
INSERT INTO delivery_attempts_new (tenant_id, delivery_id, n, at, outcome, reason)
    SELECT tenant_id, delivery_id, n, at, outcome, reason FROM delivery_attempts;
DROP TABLE delivery_attempts;
ALTER TABLE delivery_attempts_new RENAME TO delivery_attempts;

DROP INDEX audit_events_chain;
CREATE UNIQUE INDEX audit_events_chain ON audit_events (tenant_id, seq) WHERE seq IS NOT NULL;
