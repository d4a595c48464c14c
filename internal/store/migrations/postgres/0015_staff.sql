-- Staff accounts, pools and staff messages (issue 18). Staff sign in with a password and a TOTP
-- second factor always (no staff account can sign in without one); their email is kept as a
-- blind index (lookup) and sealed with the staff member's data key ("staff/<id>"), their TOTP
-- secret sealed with the same key. Invitation and session tokens are stored as SHA-256 only.
-- Staff messages are sealed with their own data key ("staffmsg/<id>"); shred_due_at is the
-- quick-removal clock (min of created + pool max_age and first read + pool read_ttl), indexed
-- for the shredding job over live messages only.
CREATE TABLE staff (
    tenant_id     TEXT NOT NULL,
    id            TEXT NOT NULL,
    email_fp      BYTEA NOT NULL,
    email         BYTEA NOT NULL,
    name          TEXT NOT NULL,
    role          TEXT NOT NULL,
    status        TEXT NOT NULL,
    password      TEXT,
    totp          BYTEA,
    totp_step     BIGINT NOT NULL DEFAULT 0,
    failures      INTEGER NOT NULL DEFAULT 0,
    locked_until  BIGINT NOT NULL DEFAULT 0,
    created_at    BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX staff_email ON staff (tenant_id, email_fp);

CREATE TABLE staff_invitations (
    token_hash  BYTEA PRIMARY KEY,
    tenant_id   TEXT NOT NULL,
    id          TEXT NOT NULL,
    staff_id    TEXT NOT NULL,
    expires_at  BIGINT NOT NULL,
    used_at     BIGINT,
    created_at  BIGINT NOT NULL
);
CREATE INDEX staff_invitations_staff ON staff_invitations (tenant_id, staff_id);

CREATE TABLE staff_sessions (
    token_hash    BYTEA PRIMARY KEY,
    tenant_id     TEXT NOT NULL,
    staff_id      TEXT NOT NULL,
    stage         TEXT NOT NULL,
    csrf          TEXT NOT NULL,
    pending       BYTEA,
    created_at    BIGINT NOT NULL,
    last_seen_at  BIGINT NOT NULL,
    factor_at     BIGINT
);
CREATE INDEX staff_sessions_staff ON staff_sessions (tenant_id, staff_id);

CREATE TABLE staff_pools (
    tenant_id   TEXT NOT NULL,
    name        TEXT NOT NULL,
    read_ttl    BIGINT NOT NULL,
    max_age     BIGINT NOT NULL,
    created_at  BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, name)
);

CREATE TABLE staff_pool_members (
    tenant_id  TEXT NOT NULL,
    pool       TEXT NOT NULL,
    staff_id   TEXT NOT NULL,
    PRIMARY KEY (tenant_id, pool, staff_id)
);
CREATE INDEX staff_pool_members_staff ON staff_pool_members (tenant_id, staff_id);

CREATE TABLE staff_messages (
    tenant_id      TEXT NOT NULL,
    id             TEXT NOT NULL,
    pool           TEXT NOT NULL,
    staff_id       TEXT NOT NULL,
    subject        BYTEA,
    body           BYTEA,
    created_at     BIGINT NOT NULL,
    read_ttl       BIGINT NOT NULL,
    first_read_at  BIGINT,
    shred_due_at   BIGINT NOT NULL,
    shredded_at    BIGINT,
    opened_by      TEXT NOT NULL DEFAULT '',
    claimed_by     TEXT NOT NULL DEFAULT '',
    closed_by      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX staff_messages_shred_due ON staff_messages (shred_due_at) WHERE shredded_at IS NULL;
CREATE INDEX staff_messages_pool ON staff_messages (tenant_id, pool, created_at);
CREATE INDEX staff_messages_staff ON staff_messages (tenant_id, staff_id, created_at);

CREATE TABLE staff_message_events (
    tenant_id   TEXT NOT NULL,
    message_id  TEXT NOT NULL,
    at          BIGINT NOT NULL,
    staff_id    TEXT NOT NULL,
    kind        TEXT NOT NULL,
    PRIMARY KEY (tenant_id, message_id, at, staff_id, kind)
);

-- Attachments of staff messages: bytes in blob storage under a fresh streaming key per attachment
-- (data key owner "attachment/<id>"), the file name sealed with the message's data key. Shredding
-- the message deletes these keys with the message's own (crypto-shred), then the blobs.
CREATE TABLE staff_attachments (
    tenant_id    TEXT NOT NULL,
    id           TEXT NOT NULL,
    message_id   TEXT NOT NULL,
    name         BYTEA NOT NULL,
    content_type TEXT NOT NULL,
    size         BIGINT NOT NULL,
    blob_key     TEXT NOT NULL,
    created_at   BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX staff_attachments_message ON staff_attachments (tenant_id, message_id);
