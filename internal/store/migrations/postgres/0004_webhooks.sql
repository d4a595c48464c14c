-- Per-tenant webhook endpoints (for the portal's own push service and for delivery-status
-- events). The signing secret is sealed like message content.
CREATE TABLE webhook_endpoints (
    tenant_id  TEXT NOT NULL REFERENCES tenants (id),
    id         TEXT NOT NULL,
    url        TEXT NOT NULL,
    events     TEXT NOT NULL,      -- comma-separated: notice, delivery.status
    secret     BYTEA NOT NULL,     -- sealed
    created_at BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
-- What a delivery is addressed to when the channel does not derive it from the recipient
-- (a webhook endpoint id).
ALTER TABLE deliveries ADD COLUMN target TEXT NOT NULL DEFAULT '';
-- Provider ids index for status callbacks (SMS "delivered").
CREATE INDEX deliveries_provider ON deliveries (provider_id) WHERE provider_id <> '';
