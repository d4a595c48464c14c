-- Patient session purge: every node deletes expired patient sessions (idle or past the absolute
-- limit) in bounded batches. Each condition is a range on its own index, so a batch reads only the
-- rows it deletes instead of the whole table.
CREATE INDEX sessions_seen ON sessions (seen_at);
CREATE INDEX sessions_created ON sessions (created_at);
