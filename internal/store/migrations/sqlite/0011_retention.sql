-- Retention and expiry (issue 17, item 1): when each message's content must be shredded, and
-- when it was.
--
-- shred_due: min(created_at + its category's retention, expires_at), microseconds; set at
-- ingest. NULL for messages from before this migration and for a category whose retention
-- changed: the retention job computes it (messages_shred_unplanned finds them).
-- shredded_at: when the content was crypto-shredded, by a revoke or by retention/expiry.
ALTER TABLE messages ADD COLUMN shred_due BIGINT;
ALTER TABLE messages ADD COLUMN shredded_at BIGINT;
UPDATE messages SET shredded_at = revoked_at WHERE revoked_at IS NOT NULL;
-- The job's question "what is due now?" is one range probe of this index; shredded rows leave it.
CREATE INDEX messages_shred_due ON messages (shred_due) WHERE shredded_at IS NULL;
CREATE INDEX messages_shred_unplanned ON messages (tenant_id, category) WHERE shredded_at IS NULL AND shred_due IS NULL;
-- Metadata of shredded messages is deleted after the metadata retention (six years by default).
CREATE INDEX messages_shredded ON messages (shredded_at) WHERE shredded_at IS NOT NULL;
