-- Tenant-supplied PHI guard terms (for example local product or clinic names that reveal
-- health information). They are vocabulary, not patient data.
CREATE TABLE guard_terms (
    tenant_id  TEXT NOT NULL REFERENCES tenants (id),
    text       TEXT NOT NULL,
    kind       TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, text)
);
