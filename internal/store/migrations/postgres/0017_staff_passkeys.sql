-- Staff passkeys (issue 18: staff sign in with a second factor always, TOTP or a passkey). A staff
-- member keeps TOTP enrolled and may add WebAuthn credentials (user verification required) to use
-- instead of the code. Credential ids and public keys are not secrets and are kept as they are, but
-- each row carries binding, a keyed MAC (the tenant's blind-index key) over the staff id, the
-- credential id and its public key: a row moved to another staff member or tenant, or given another
-- key, no longer verifies and is not used. sign_count is the authenticator's signature counter,
-- only ever moved forward (compare-and-swap) so a replayed or cloned assertion cannot win a race.
CREATE TABLE staff_passkeys (
    tenant_id     TEXT NOT NULL,
    staff_id      TEXT NOT NULL,
    id            BYTEA NOT NULL,
    data          BYTEA NOT NULL,
    binding       BYTEA NOT NULL,
    sign_count    BIGINT NOT NULL DEFAULT 0,
    created_at    BIGINT NOT NULL,
    last_used_at  BIGINT,
    PRIMARY KEY (tenant_id, staff_id, id)
);
