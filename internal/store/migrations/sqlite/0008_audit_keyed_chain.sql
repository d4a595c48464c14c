-- Keyed audit chains. format: 1 = legacy SHA-256 links, 2 = HMAC-SHA256 links
-- under a key from the key source. Chains that exist now are format 1 until
-- the one-time re-link (store.RelinkAudit) has rewritten them; relinked_seq is
-- its progress (events 1..relinked_seq already carry keyed links). The chainer
-- writes format 2 for every new chain.
ALTER TABLE audit_heads ADD COLUMN format INTEGER NOT NULL DEFAULT 1;
ALTER TABLE audit_heads ADD COLUMN relinked_seq BIGINT NOT NULL DEFAULT 0;
