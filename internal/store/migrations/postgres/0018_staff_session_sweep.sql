-- Staff session sweep: the staff shred pass deletes expired staff sessions (idle, past the
-- absolute limit, or a password-checked stage that waited too long for its factor) in bounded
-- batches. Each condition is a range on its own index, so a batch reads only the rows it deletes.
CREATE INDEX staff_sessions_seen ON staff_sessions (last_seen_at);
CREATE INDEX staff_sessions_created ON staff_sessions (created_at);
CREATE INDEX staff_sessions_password ON staff_sessions (created_at) WHERE stage = 'password';
