package store

import (
	"context"
	"fmt"
	"sort"
	"time"

	"github.com/riverqueue/river"
	"github.com/sealpost/sealpost/internal/audit"
)

// Message statuses.
const (
	StatusAccepted = "accepted"
	StatusRevoked  = "revoked"
	// StatusExpired: the content was shredded because its category's
	// retention or its expires_at passed (retention.go).
	StatusExpired = "expired"
)

// Delivery statuses set by the core; the delivery worker adds the others.
const (
	DeliveryQueued   = "queued"
	DeliveryCanceled = "canceled"
)

// Message is a sealed message and its metadata.
type Message struct {
	TenantID    string
	ID          string
	RecipientID string
	Category    string
	Sensitivity string
	Urgency     string
	Status      string
	Subject     []byte // sealed
	Body        []byte // sealed
	NoticeVars  []byte // sealed
	Correlation []byte // sealed correlation_id (field "correlation_id"), nil if none
	ExpiresAt   *time.Time
	CreatedAt   time.Time
	RevokedAt   *time.Time // when the content was removed: revoked, or shredded as expired
	// ShredDue is when retention or expiry shreds the content (set at
	// ingest; zero leaves it for the retention job to compute).
	ShredDue time.Time
}

// ContentGone reports whether a message status means its content was
// shredded (revoked or expired).
func ContentGone(status string) bool { return status == StatusRevoked || status == StatusExpired }

// Delivery is one planned notice on one channel.
type Delivery struct {
	TenantID     string
	ID           string
	MessageID    string
	Channel      string
	Status       string
	Attempts     int
	LastError    string
	ProviderID   string
	BlockedRules string
	Target       string // webhook endpoint id for the webhook channel
	Protection   string // email: ProtectionRequireTLS or ProtectionNoticeOnly once sent (GetMessage only)
	CreatedAt    time.Time
	UpdatedAt    time.Time
}

// How an email delivery's text was protected.
const (
	ProtectionRequireTLS = "requiretls"  // the message's content, sent with REQUIRETLS (RFC 8689)
	ProtectionNoticeOnly = "notice_only" // the PHI-free notice
)

// Link is the hash of an end-user link token and what it opens.
type Link struct {
	TokenHash   []byte
	TenantID    string
	MessageID   string
	RecipientID string
	ExpiresAt   time.Time
}

// Idempotency is a remembered POST /v1/messages answer.
type Idempotency struct {
	TenantID    string
	KeyMAC      []byte // blind index of the Idempotency-Key header (the header is never stored)
	Fingerprint []byte // keyed MAC of the request
	MessageID   string
	Response    []byte // sealed with the message's data key
	CreatedAt   time.Time
}

// NewMessage is everything written for one accepted message.
type NewMessage struct {
	Message    Message
	DataKey    []byte // wrapped
	Deliveries []Delivery
	Link       Link
	Idem       *Idempotency // nil without an Idempotency-Key
	Actor      string
	Jobs       []river.InsertManyParams
}

// CreateMessages writes a batch of messages in one transaction: for each, its
// idempotency record, data key, message row, deliveries, link, audit event and
// River jobs. A message whose idempotency key is already taken (by an earlier
// request or an earlier item of the same batch) is skipped and reported
// created[i] == false; the caller then answers from the stored record. Any
// other failure rolls back the whole batch.
//
// On SQLite the batch rides in the shared writer transaction (see writeOp),
// together with whatever delivery writes are waiting, instead of taking the
// single writer connection for a transaction of its own.
func (s *Store) CreateMessages(ctx context.Context, items []NewMessage) (created []bool, err error) {
	if s.b.name() == "sqlite" {
		op := &writeOp{ingest: &ingestBatch{items: items, created: make([]bool, len(items))}}
		if err := s.writes.do(ctx, op); err != nil {
			return nil, err
		}
		return op.ingest.created, nil
	}
	created = make([]bool, len(items))
	if err := s.b.inTx(ctx, func(tx txn) error { return createMessages(ctx, tx, items, created) }); err != nil {
		return nil, err
	}
	return created, nil
}

// createMessages writes items inside tx (see CreateMessages), setting
// created[i] for each.
func createMessages(ctx context.Context, tx txn, items []NewMessage, created []bool) error {
	at := now()
	for i := range created {
		created[i] = true
	}
	// 1. Claim idempotency keys. In-batch repeats lose to the first.
	seen := map[[2]string]bool{}
	var idem [][]any
	var idemIdx []int
	for i, it := range items {
		if it.Idem == nil {
			continue
		}
		k := [2]string{it.Idem.TenantID, string(it.Idem.KeyMAC)}
		if seen[k] {
			created[i] = false
			continue
		}
		seen[k] = true
		idem = append(idem, []any{it.Idem.TenantID, it.Idem.KeyMAC, it.Idem.Fingerprint, it.Idem.MessageID, it.Idem.Response, micros(at)})
		idemIdx = append(idemIdx, i)
	}
	if len(idem) > 0 {
		won, err := claimIdempotency(ctx, tx, idem)
		if err != nil {
			return err
		}
		for _, i := range idemIdx {
			if !won[items[i].Message.ID] {
				created[i] = false
			}
		}
	}
	// 2. Everything else, as multi-row inserts.
	var keys, msgs, dels, links, jobs = [][]any{}, [][]any{}, [][]any{}, [][]any{}, []river.InsertManyParams{}
	var evs []audit.Event
	for i, it := range items {
		if !created[i] {
			continue
		}
		m := it.Message
		// The message keeps the creation time its caller answered with (the
		// 201 and any idempotent replay of it), to the stored microsecond.
		created := at
		if !m.CreatedAt.IsZero() {
			created = m.CreatedAt.Truncate(time.Microsecond)
		}
		keys = append(keys, []any{m.TenantID, "message/" + m.ID, it.DataKey, micros(at)})
		var due *int64
		if !m.ShredDue.IsZero() {
			d := micros(m.ShredDue)
			due = &d
		}
		msgs = append(msgs, []any{m.TenantID, m.ID, m.RecipientID, m.Category, m.Sensitivity, m.Urgency, StatusAccepted,
			m.Subject, m.Body, m.NoticeVars, m.Correlation, optMicros(m.ExpiresAt), micros(created), due})
		for _, d := range it.Deliveries {
			dels = append(dels, []any{d.TenantID, d.ID, d.MessageID, d.Channel, DeliveryQueued, d.Target, micros(created), micros(created)})
		}
		l := it.Link
		links = append(links, []any{l.TokenHash, l.TenantID, l.MessageID, l.RecipientID, micros(l.ExpiresAt), micros(at)})
		evs = append(evs, audit.Event{TenantID: m.TenantID, At: at, Actor: it.Actor, Action: audit.ActionMessageCreate, ObjectType: "message", ObjectID: m.ID})
		jobs = append(jobs, it.Jobs...)
	}
	if len(msgs) == 0 {
		return nil
	}
	var all []stmt
	for _, t := range []struct {
		table string
		cols  []string
		rows  [][]any
	}{
		{"data_keys", []string{"tenant_id", "owner", "wrapped", "created_at"}, keys},
		{"messages", []string{"tenant_id", "id", "recipient_id", "category", "sensitivity", "urgency", "status",
			"subject", "body", "notice_vars", "correlation", "expires_at", "created_at", "shred_due"}, msgs},
		{"deliveries", []string{"tenant_id", "id", "message_id", "channel", "status", "target", "created_at", "updated_at"}, dels},
		{"links", linkCols, links},
		{"audit_events", auditCols, auditRows(evs)},
	} {
		st, err := rowStmts(tx, t.table, t.cols, t.rows, "")
		if err != nil {
			return err
		}
		all = append(all, st...)
	}
	if _, err := tx.execAll(ctx, all); err != nil {
		return fmt.Errorf("store: write messages (audit included; refused as a whole): %w", err)
	}
	if err := tx.insertJobs(ctx, jobs); err != nil {
		return fmt.Errorf("store: enqueue delivery jobs: %w", err)
	}
	return nil
}

// GetIdempotency returns the remembered answer for a tenant's key, found by
// its blind index.
func (s *Store) GetIdempotency(ctx context.Context, tenantID string, keyMAC []byte) (Idempotency, error) {
	var r Idempotency
	var c int64
	err := s.b.reader().queryRow(ctx, `SELECT tenant_id, key_mac, fingerprint, message_id, response, created_at FROM idempotency_keys WHERE tenant_id = $1 AND key_mac = $2`,
		tenantID, keyMAC).Scan(&r.TenantID, &r.KeyMAC, &r.Fingerprint, &r.MessageID, &r.Response, &c)
	if err != nil {
		return Idempotency{}, notFound(err)
	}
	r.CreatedAt = fromMicros(c)
	return r, nil
}

// PurgeIdempotency forgets keys created before the cutoff.
func (s *Store) PurgeIdempotency(ctx context.Context, before time.Time) (int64, error) {
	var n int64
	err := s.b.inTx(ctx, func(tx txn) error {
		var err error
		n, err = tx.exec(ctx, `DELETE FROM idempotency_keys WHERE created_at < $1`, micros(before))
		return err
	})
	return n, err
}

const messageCols = `tenant_id, id, recipient_id, category, sensitivity, urgency, status, subject, body, notice_vars, correlation, expires_at, created_at, revoked_at`

func scanMessage(r row) (Message, error) {
	var ms messageScan
	if err := r.Scan(ms.dest()...); err != nil {
		return Message{}, notFound(err)
	}
	return ms.message(), nil
}

// messageScan holds one row of messageCols while it is scanned (alone or as
// part of a wider row).
type messageScan struct {
	m        Message
	exp, rev *int64
	c        int64
}

func (s *messageScan) dest() []any {
	m := &s.m
	return []any{&m.TenantID, &m.ID, &m.RecipientID, &m.Category, &m.Sensitivity, &m.Urgency, &m.Status,
		&m.Subject, &m.Body, &m.NoticeVars, &m.Correlation, &s.exp, &s.c, &s.rev}
}

func (s *messageScan) message() Message {
	m := s.m
	m.ExpiresAt, m.CreatedAt, m.RevokedAt = optTime(s.exp), fromMicros(s.c), optTime(s.rev)
	return m
}

// GetMessage loads a tenant's message and its deliveries. A message of another
// tenant is ErrNotFound.
func (s *Store) GetMessage(ctx context.Context, tenantID, id string) (Message, []Delivery, error) {
	q := s.b.reader()
	m, err := scanMessage(q.queryRow(ctx, `SELECT `+messageCols+` FROM messages WHERE tenant_id = $1 AND id = $2`, tenantID, id))
	if err != nil {
		return Message{}, nil, err
	}
	rs, err := q.query(ctx, `SELECT tenant_id, id, message_id, channel, status, attempts, last_error, protection, created_at, updated_at
		FROM deliveries WHERE tenant_id = $1 AND message_id = $2`, tenantID, id)
	if err != nil {
		return Message{}, nil, err
	}
	defer rs.Close()
	var ds []Delivery
	for rs.Next() {
		var d Delivery
		var c, u int64
		if err := rs.Scan(&d.TenantID, &d.ID, &d.MessageID, &d.Channel, &d.Status, &d.Attempts, &d.LastError, &d.Protection, &c, &u); err != nil {
			return Message{}, nil, err
		}
		d.CreatedAt, d.UpdatedAt = fromMicros(c), fromMicros(u)
		ds = append(ds, d)
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i].ID < ds[j].ID })
	return m, ds, rs.Err()
}

// RevokeMessage crypto-shreds a message: its data key is deleted, its sealed
// columns cleared, its links disabled and its unsent deliveries canceled.
// Revoking twice is ErrGone; another tenant's message is ErrNotFound.
func (s *Store) RevokeMessage(ctx context.Context, tenantID, id, actor string) error {
	return s.b.inTx(ctx, func(tx txn) error {
		at := micros(now())
		n, err := tx.exec(ctx, `UPDATE messages SET status = $1, revoked_at = $2, shredded_at = $2, subject = NULL, body = NULL, notice_vars = NULL, correlation = NULL
			WHERE tenant_id = $3 AND id = $4 AND shredded_at IS NULL`, StatusRevoked, at, tenantID, id)
		if err != nil {
			return err
		}
		if n == 0 {
			var c int
			if err := tx.queryRow(ctx, `SELECT COUNT(*) FROM messages WHERE tenant_id = $1 AND id = $2`, tenantID, id).Scan(&c); err != nil {
				return err
			}
			if c == 0 {
				return ErrNotFound
			}
			return ErrGone
		}
		if _, err := tx.exec(ctx, `DELETE FROM data_keys WHERE tenant_id = $1 AND owner = $2`, tenantID, "message/"+id); err != nil {
			return err
		}
		// Attachments are shredded with their message: their streaming keys go.
		if _, err := tx.exec(ctx, `DELETE FROM data_keys WHERE tenant_id = $1 AND owner IN
			(SELECT 'attachment/' || id FROM attachments WHERE tenant_id = $1 AND message_id = $2)`, tenantID, id); err != nil {
			return err
		}
		if tx.multiRow() {
			// PostgreSQL: take the deliveries' row locks first, in the key
			// order delivery-worker batches use (no deadlock between the
			// two). A batch marking one of them "sending" then either
			// commits first — and the link it added is seen and disabled
			// below — or waits and finds the delivery canceled. (SQLite's
			// single writer already runs them one after the other.)
			rs, err := tx.query(ctx, `SELECT id FROM deliveries WHERE tenant_id = $1 AND message_id = $2 ORDER BY tenant_id, id FOR UPDATE`, tenantID, id)
			if err != nil {
				return err
			}
			for rs.Next() {
			}
			rs.Close()
			if err := rs.Err(); err != nil {
				return err
			}
		}
		if _, err := tx.exec(ctx, `UPDATE links SET revoked_at = $1 WHERE tenant_id = $2 AND message_id = $3 AND revoked_at IS NULL`, at, tenantID, id); err != nil {
			return err
		}
		if _, err := tx.exec(ctx, `UPDATE deliveries SET status = $1, updated_at = $2 WHERE tenant_id = $3 AND message_id = $4 AND status = $5`,
			DeliveryCanceled, at, tenantID, id, DeliveryQueued); err != nil {
			return err
		}
		return insertAudit(ctx, tx, audit.Event{TenantID: tenantID, At: fromMicros(at), Actor: actor, Action: audit.ActionMessageRevoke, ObjectType: "message", ObjectID: id})
	})
}

// claimIdempotency inserts idempotency records, skipping keys already taken,
// and returns the message ids whose records went in.
func claimIdempotency(ctx context.Context, tx querier, recs [][]any) (map[string]bool, error) {
	per := maxParams / 6
	if !tx.multiRow() {
		per = 1
	}
	won := map[string]bool{}
	for len(recs) > 0 {
		n := min(per, len(recs))
		q := `INSERT INTO idempotency_keys (tenant_id, key_mac, fingerprint, message_id, response, created_at) VALUES ` +
			values(n, 6, 1) + ` ON CONFLICT (tenant_id, key_mac) DO NOTHING RETURNING message_id`
		args := make([]any, 0, n*6)
		for _, r := range recs[:n] {
			args = append(args, r...)
		}
		rs, err := tx.query(ctx, q, args...)
		if err != nil {
			return nil, fmt.Errorf("store: claim idempotency keys: %w", err)
		}
		for rs.Next() {
			var id string
			if err := rs.Scan(&id); err != nil {
				rs.Close()
				return nil, err
			}
			won[id] = true
		}
		rs.Close()
		if err := rs.Err(); err != nil {
			return nil, err
		}
		recs = recs[n:]
	}
	return won, nil
}
