-- Fewer index entries on the delivery path (the SQLite migration of the same number
-- also stores its text-keyed hot tables WITHOUT ROWID, which PostgreSQL has no use for).
--
-- 1. The chain index holds chained events only. An event no longer enters it unchained
--    (with a NULL position) to get a second entry when chained; lookups by position
--    imply seq IS NOT NULL, so they still use it.
-- 2. The provider index holds only channels whose providers report back (not email).
DROP INDEX audit_events_chain;
CREATE UNIQUE INDEX audit_events_chain ON audit_events (tenant_id, seq) WHERE seq IS NOT NULL;
DROP INDEX deliveries_provider;
CREATE INDEX deliveries_provider ON deliveries (channel, provider_id) WHERE provider_id <> '' AND channel <> 'email';
