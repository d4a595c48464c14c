-- Patient access: end-user accounts, second factors, server-side sessions, sign-in
-- throttling, inbox state and encrypted attachments. No column holds a password, a TOTP
-- secret or a session token in clear: passwords are argon2id hashes, TOTP secrets are
-- sealed with the recipient's data key, session tokens and recovery codes are SHA-256.
CREATE TABLE accounts (
    tenant_id      TEXT NOT NULL,
    recipient_id   TEXT NOT NULL,
    login_fp       BLOB NOT NULL,      -- tenant-keyed MAC of the normalised username
    password_hash  TEXT NOT NULL,      -- argon2id PHC string
    totp_secret    BLOB,               -- sealed (recipient data key, field "totp")
    totp_last_step BIGINT NOT NULL DEFAULT 0, -- last accepted TOTP step: a code is accepted once
    state          TEXT NOT NULL,      -- enrolling | active
    failed_count   INTEGER NOT NULL DEFAULT 0,
    locked_until   BIGINT,
    created_at     BIGINT NOT NULL,
    updated_at     BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, recipient_id),
    UNIQUE (tenant_id, login_fp),
    FOREIGN KEY (tenant_id, recipient_id) REFERENCES recipients (tenant_id, id)
);

CREATE TABLE recovery_codes (
    tenant_id    TEXT NOT NULL,
    recipient_id TEXT NOT NULL,
    code_hash    BLOB NOT NULL,        -- SHA-256 of the normalised code
    used_at      BIGINT,
    PRIMARY KEY (tenant_id, recipient_id, code_hash)
);

CREATE TABLE passkeys (
    tenant_id    TEXT NOT NULL,
    recipient_id TEXT NOT NULL,
    id           BLOB NOT NULL,        -- credential id
    data         BLOB NOT NULL,        -- webauthn credential (public key, counter)
    created_at   BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, recipient_id, id)
);

CREATE TABLE sessions (
    id_hash      BLOB PRIMARY KEY,     -- SHA-256 of the cookie token
    tenant_id    TEXT NOT NULL,
    recipient_id TEXT NOT NULL,
    stage        TEXT NOT NULL,        -- link | enrol | password | active
    csrf         BLOB NOT NULL,
    message_id   TEXT NOT NULL DEFAULT '', -- the message of the link being followed
    pending      BLOB,                 -- sealed enrolment / passkey state
    created_at   BIGINT NOT NULL,
    seen_at      BIGINT NOT NULL,
    factor_at    BIGINT                -- last second-factor check
);
CREATE INDEX sessions_recipient ON sessions (tenant_id, recipient_id);

CREATE TABLE signin_throttle (
    scope        TEXT PRIMARY KEY,     -- "addr:" + hash of the client address
    failures     INTEGER NOT NULL,
    window_start BIGINT NOT NULL,
    locked_until BIGINT
);

ALTER TABLE messages ADD COLUMN read_at BIGINT;
ALTER TABLE messages ADD COLUMN archived_at BIGINT;

CREATE TABLE attachments (
    tenant_id    TEXT NOT NULL,
    id           TEXT NOT NULL,
    message_id   TEXT NOT NULL,
    name         BLOB NOT NULL,        -- sealed (message data key); file names can be PHI
    content_type TEXT NOT NULL,
    size         BIGINT NOT NULL,      -- plaintext bytes
    blob_key     TEXT NOT NULL,
    created_at   BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX attachments_message ON attachments (tenant_id, message_id);
