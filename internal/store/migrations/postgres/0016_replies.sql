-- Patient replies and threads (issue 18). A reply answers one message; its thread is the first
-- message of the conversation (the one the portal sent), so a thread is that message, the replies
-- whose thread_id names it, and the staff answers (answer_message_id: a message sent back to the
-- patient through the normal ingest path). The body is sealed with the reply's own data key
-- (data_keys owner "reply/<id>", field "body", bound to tenant and reply id) and set to NULL with the
-- key deleted when the reply is shredded: by retention (shred_due_at, set at creation from the
-- category's retention, brought forward by the pool's read policy at the first read) or on demand.
CREATE TABLE replies (
    tenant_id         TEXT NOT NULL,
    id                TEXT NOT NULL,
    message_id        TEXT NOT NULL,
    thread_id         TEXT NOT NULL,
    recipient_id      TEXT NOT NULL,
    pool              TEXT NOT NULL,
    body              BYTEA,
    created_at        BIGINT NOT NULL,
    first_read_at     BIGINT,
    first_read_by     TEXT,
    shred_due_at      BIGINT,
    shredded_at       BIGINT,
    answered_by       TEXT,
    answer_message_id TEXT,
    answered_at       BIGINT,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX replies_thread ON replies (tenant_id, thread_id, created_at);
CREATE INDEX replies_pool ON replies (tenant_id, pool, created_at);
CREATE INDEX replies_shred_due ON replies (shred_due_at) WHERE shredded_at IS NULL;
CREATE UNIQUE INDEX replies_answer ON replies (tenant_id, answer_message_id) WHERE answer_message_id IS NOT NULL;
-- Attachments of patient replies: bytes in blob storage under blob_key, encrypted with a streaming
-- key kept in data_keys as owner "attachment/<id>" (ids "rat_…"); the name sealed with the reply's
-- data key. ShredReplies deletes these keys with the reply's own; the rows stay for tidying blobs.
CREATE TABLE reply_attachments (
    tenant_id    TEXT NOT NULL,
    id           TEXT NOT NULL,
    reply_id     TEXT NOT NULL,
    name         BYTEA NOT NULL,
    content_type TEXT NOT NULL,
    size         BIGINT NOT NULL,
    blob_key     TEXT NOT NULL,
    created_at   BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX reply_attachments_reply ON reply_attachments (tenant_id, reply_id);
