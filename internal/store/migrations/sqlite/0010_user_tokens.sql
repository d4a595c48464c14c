-- Portal-signed user tokens (issue 14, item 2). Not PHI.
--
-- user_token_keys: a tenant's configuration, JSON {"jwks": {...}} or {"jwks_url": "https://..."},
-- plus require_jti. Public keys only.
CREATE TABLE user_token_keys (
    tenant_id  TEXT PRIMARY KEY REFERENCES tenants (id),
    config     TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);

-- user_token_jtis: the jti of each token accepted for a tenant that requires one, kept until the
-- token's exp; a second use is a replay. jti_hash is SHA-256 of the jti.
CREATE TABLE user_token_jtis (
    tenant_id  TEXT NOT NULL,
    jti_hash   BLOB NOT NULL,
    expires_at BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, jti_hash)
);
CREATE INDEX user_token_jtis_expires ON user_token_jtis (expires_at);

-- recipient_resets: when a recipient's account was last reset (store.ResetAccount); user tokens
-- issued before it are refused.
CREATE TABLE recipient_resets (
    tenant_id    TEXT NOT NULL,
    recipient_id TEXT NOT NULL,
    reset_at     BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, recipient_id)
);
