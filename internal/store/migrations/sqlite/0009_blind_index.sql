-- Blind indexes and sealed client strings (issue 13, items 1 and 14).
--
-- Every lookup by keyed fingerprint uses the tenant's blind-index key: one HMAC key,
-- wrapped by the root key, re-wrapped but never replaced by `keys rotate`, so stored
-- fingerprints keep matching after any number of rotations. NULL for tenants created
-- before this migration: `migrate`/`serve` copy their MAC keyset's primary into it (the
-- key that made their stored fingerprints) — service.ConvertClearColumns.
ALTER TABLE tenants ADD COLUMN index_key BLOB;

-- The Idempotency-Key header is kept only as a blind index (key_mac). The old table
-- keeps the clear keys until service.ConvertClearColumns has moved its rows, in bounded
-- batches, and dropped it.
DROP INDEX idempotency_keys_created;
ALTER TABLE idempotency_keys RENAME TO idempotency_keys_clear;
CREATE TABLE idempotency_keys (
    tenant_id   TEXT NOT NULL,
    key_mac     BLOB NOT NULL,      -- blind index of the Idempotency-Key header, never the header
    fingerprint BLOB NOT NULL,      -- keyed MAC of the key and request body, never the body
    message_id  TEXT NOT NULL,
    response    BLOB NOT NULL,      -- the first answer, sealed with the message's data key
    created_at  BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, key_mac)
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);

-- correlation_id is sealed (message data key, field "correlation_id"); the clear column
-- is '' for new rows and emptied for old ones by the conversion.
ALTER TABLE messages ADD COLUMN correlation BLOB;

-- external_id now holds '#' + hex of the external id's blind index (the UNIQUE
-- (tenant_id, external_id) constraint keeps doing its job; '#' is not allowed in an
-- external id, so a converted value never equals a clear one); the id itself is sealed
-- (recipient data key, field "external_id") for display. Old rows are converted.
ALTER TABLE recipients ADD COLUMN external_sealed BLOB;

-- A consent's notice_version and source are sealed together (field "consent", with a data
-- key of its own, owner "consent/<recipient id>/<kind>"); the clear columns are '' for new
-- rows and emptied for old ones by the conversion.
ALTER TABLE consents ADD COLUMN sealed BLOB;

-- The conversion finds the rows left to convert through these partial indexes; they
-- are empty once it has run (new rows never match), so they cost nothing after.
CREATE INDEX messages_correlation_clear ON messages (tenant_id, id) WHERE correlation_id <> '';
CREATE INDEX recipients_external_clear ON recipients (tenant_id, id) WHERE external_sealed IS NULL;
CREATE INDEX consents_clear ON consents (tenant_id, recipient_id, kind) WHERE sealed IS NULL;
