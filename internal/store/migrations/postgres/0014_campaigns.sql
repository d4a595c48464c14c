-- Segments and campaigns (issue 17, flow 6). A segment is an opaque id the portal chooses
-- (checked by the PHI guard in strict mode) and a set of recipients; sealpost never stores why
-- anyone is in one. A campaign sends a marketing category to a segment: its offer is sealed
-- with the campaign's data key ("campaign/<id>"), planned by a River job into one message per
-- consenting member (messages.campaign_id), resumable from its cursor.
CREATE TABLE segments (
    tenant_id  TEXT NOT NULL REFERENCES tenants (id),
    id         TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, id)
);

CREATE TABLE segment_members (
    tenant_id    TEXT NOT NULL,
    segment_id   TEXT NOT NULL,
    recipient_id TEXT NOT NULL,
    added_at     BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, segment_id, recipient_id),
    FOREIGN KEY (tenant_id, segment_id) REFERENCES segments (tenant_id, id)
);

CREATE TABLE campaigns (
    tenant_id   TEXT NOT NULL REFERENCES tenants (id),
    id          TEXT NOT NULL,
    segment_id  TEXT NOT NULL,
    category    TEXT NOT NULL,
    status      TEXT NOT NULL,          -- planning, planned, blocked, failed
    reason      TEXT NOT NULL DEFAULT '', -- blocked/failed: rule names or a fixed phrase, never text
    members     BIGINT NOT NULL DEFAULT 0, -- members looked at so far
    planned     BIGINT NOT NULL DEFAULT 0, -- messages written
    suppressed  BIGINT NOT NULL DEFAULT 0, -- members without marketing consent in force
    blocked     BIGINT NOT NULL DEFAULT 0, -- members whose notice the guard refused at planning
    cursor      TEXT NOT NULL DEFAULT '',  -- last recipient id planned
    subject     BYTEA NOT NULL,            -- sealed offer
    body        BYTEA NOT NULL,            -- sealed offer
    notice_vars BYTEA,                     -- sealed
    expires_at  BIGINT,
    idem_key    BYTEA,                    -- blind index of the Idempotency-Key header, if sent
    idem_fp     BYTEA,                    -- keyed MAC of the request it came with
    created_at  BIGINT NOT NULL,
    updated_at  BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, segment_id) REFERENCES segments (tenant_id, id)
);

CREATE UNIQUE INDEX campaigns_idem ON campaigns (tenant_id, idem_key) WHERE idem_key IS NOT NULL;

-- One-click unsubscribes that came through a campaign's notice.
CREATE TABLE campaign_unsubscribes (
    tenant_id    TEXT NOT NULL,
    campaign_id  TEXT NOT NULL,
    recipient_id TEXT NOT NULL,
    at           BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, campaign_id, recipient_id)
);

ALTER TABLE messages ADD COLUMN campaign_id TEXT;
-- One message per (campaign, recipient): a re-run planning batch cannot send twice.
CREATE UNIQUE INDEX messages_campaign ON messages (tenant_id, campaign_id, recipient_id) WHERE campaign_id IS NOT NULL;
