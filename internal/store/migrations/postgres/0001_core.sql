-- sealpost core schema (PostgreSQL). Times are Unix microseconds (BIGINT) so the
-- same SQL runs on SQLite. Sealed columns hold tink AEAD ciphertext only.
CREATE TABLE tenants (
    id              TEXT PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE,
    kek             BYTEA NOT NULL,  -- tenant key-encryption keyset, wrapped by the root key
    mac             BYTEA NOT NULL,  -- tenant fingerprint (MAC) keyset, wrapped by the root key
    created_at      BIGINT NOT NULL,
    keys_updated_at BIGINT NOT NULL
);

CREATE TABLE api_keys (
    prefix      TEXT PRIMARY KEY,
    tenant_id   TEXT NOT NULL REFERENCES tenants (id),
    secret_hash BYTEA NOT NULL,      -- SHA-256 of the secret part; the key itself is never stored
    label       TEXT NOT NULL DEFAULT '',
    created_at  BIGINT NOT NULL,
    revoked_at  BIGINT
);
CREATE INDEX api_keys_tenant ON api_keys (tenant_id);

CREATE TABLE recipients (
    tenant_id   TEXT NOT NULL REFERENCES tenants (id),
    id          TEXT NOT NULL,
    external_id TEXT NOT NULL,
    locale      TEXT NOT NULL,
    time_zone   TEXT NOT NULL,
    has_email   SMALLINT NOT NULL,
    has_phone   SMALLINT NOT NULL,
    contact     BYTEA,               -- sealed {email, phone}
    identity    BYTEA,               -- sealed identity block, used only by the PHI guard
    created_at  BIGINT NOT NULL,
    updated_at  BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, external_id)
);

-- Wrapped per-object data keys. Deleting a row crypto-shreds its object.
CREATE TABLE data_keys (
    tenant_id  TEXT NOT NULL,
    owner      TEXT NOT NULL,        -- "message/<id>" or "recipient/<id>"
    wrapped    BYTEA NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, owner)
);

CREATE TABLE messages (
    tenant_id      TEXT NOT NULL,
    id             TEXT NOT NULL,
    recipient_id   TEXT NOT NULL,
    category       TEXT NOT NULL,
    sensitivity    TEXT NOT NULL,
    urgency        TEXT NOT NULL,
    status         TEXT NOT NULL,
    subject        BYTEA,            -- sealed; NULL once revoked
    body           BYTEA,            -- sealed; NULL once revoked
    notice_vars    BYTEA,            -- sealed; NULL once revoked
    correlation_id TEXT NOT NULL DEFAULT '',
    expires_at     BIGINT,
    created_at     BIGINT NOT NULL,
    revoked_at     BIGINT,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, recipient_id) REFERENCES recipients (tenant_id, id)
);
CREATE INDEX messages_recipient ON messages (tenant_id, recipient_id, created_at);

CREATE TABLE deliveries (
    tenant_id  TEXT NOT NULL,
    id         TEXT NOT NULL,
    message_id TEXT NOT NULL,
    channel    TEXT NOT NULL,
    status     TEXT NOT NULL,
    attempts   INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX deliveries_message ON deliveries (tenant_id, message_id);

CREATE TABLE links (
    token_hash   BYTEA PRIMARY KEY,  -- SHA-256 of the link token; the token itself is never stored
    tenant_id    TEXT NOT NULL,
    message_id   TEXT NOT NULL,
    recipient_id TEXT NOT NULL,
    expires_at   BIGINT NOT NULL,
    created_at   BIGINT NOT NULL,
    revoked_at   BIGINT
);
CREATE INDEX links_message ON links (tenant_id, message_id);

CREATE TABLE idempotency_keys (
    tenant_id   TEXT NOT NULL,
    key         TEXT NOT NULL,
    fingerprint BYTEA NOT NULL,      -- keyed MAC of the request body, never the body
    message_id  TEXT NOT NULL,
    response    BYTEA NOT NULL,      -- the first answer, sealed with the message's data key
    created_at  BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, key)
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);

CREATE TABLE audit_events (
    id          BIGSERIAL PRIMARY KEY,
    tenant_id   TEXT NOT NULL,
    at          BIGINT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    object_type TEXT NOT NULL,
    object_id   TEXT NOT NULL,
    seq         BIGINT,              -- chain position, set by the chainer
    prev_hash   BYTEA,
    hash        BYTEA
);
CREATE INDEX audit_events_unchained ON audit_events (id) WHERE seq IS NULL;
CREATE UNIQUE INDEX audit_events_chain ON audit_events (tenant_id, seq);

CREATE TABLE audit_heads (
    tenant_id TEXT PRIMARY KEY,
    seq       BIGINT NOT NULL,
    hash      BYTEA NOT NULL
);
