package store

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/riverqueue/river"
	"github.com/sealpost/sealpost/internal/audit"
)

// Campaign statuses.
const (
	CampaignPlanning = "planning" // the planning job has not finished
	CampaignPlanned  = "planned"  // every consenting member's message is written
	CampaignBlocked  = "blocked"  // the guard refused the campaign's notice: nothing was queued
	CampaignFailed   = "failed"   // planning stopped (the category or segment went away)
)

// Campaign is a marketing send to a segment. The offer (subject, body,
// notice variables) is sealed with the campaign's data key ("campaign/<id>").
type Campaign struct {
	TenantID   string
	ID         string
	SegmentID  string
	Category   string
	Status     string
	Reason     string
	Members    int64 // members looked at by planning so far
	Planned    int64
	Suppressed int64
	Blocked    int64
	Cursor     string // last recipient id planned
	Subject    []byte // sealed
	Body       []byte // sealed
	NoticeVars []byte // sealed, nil if none
	ExpiresAt  *time.Time
	// IdemKey (blind index of the Idempotency-Key header) and IdemFP (keyed
	// MAC of the request), nil without a key.
	IdemKey, IdemFP []byte
	CreatedAt       time.Time
	UpdatedAt       time.Time
}

// CampaignOutcome is what became of a campaign's messages, counted by
// recipient from their deliveries: Sent has at least one delivery sent or
// delivered; Blocked none sent and one blocked by the guard; Suppressed none
// sent or blocked and one suppressed (consent withdrawn or preferences
// changed after planning). Unsubscribed counts one-click unsubscribes that
// came through the campaign's notices.
type CampaignOutcome struct {
	Sent, Blocked, Suppressed, Unsubscribed int64
}

// CampaignMember is one segment member as planning sees it.
type CampaignMember struct {
	RecipientID string
	Locale      string
	HasEmail    bool
	HasPhone    bool
	// Consent is true when the recipient has a marketing consent in force;
	// ConsentCategories is what it covers ("" = all).
	Consent           bool
	ConsentCategories string
}

// PutSegment creates a tenant's segment; it reports whether it was new.
// Creating an existing one changes nothing (no audit event either).
func (s *Store) PutSegment(ctx context.Context, tenantID, segmentID, actor string) (created bool, err error) {
	err = s.b.inTx(ctx, func(tx txn) error {
		at := now()
		n, err := tx.exec(ctx, `INSERT INTO segments (tenant_id, id, created_at) VALUES ($1,$2,$3) ON CONFLICT DO NOTHING`, tenantID, segmentID, micros(at))
		if err != nil || n == 0 {
			return err
		}
		created = true
		return insertAudit(ctx, tx, audit.Event{TenantID: tenantID, At: at, Actor: actor, Action: audit.ActionSegmentCreate, ObjectType: "segment", ObjectID: segmentID})
	})
	return created, err
}

// SegmentMembers counts a tenant's segment's members; ErrNotFound if the
// segment does not exist.
func (s *Store) SegmentMembers(ctx context.Context, tenantID, segmentID string) (int64, error) {
	var n int64
	err := s.b.reader().queryRow(ctx, `SELECT (SELECT COUNT(*) FROM segment_members m WHERE m.tenant_id = s.tenant_id AND m.segment_id = s.id)
		FROM segments s WHERE s.tenant_id = $1 AND s.id = $2`, tenantID, segmentID).Scan(&n)
	return n, notFound(err)
}

// RecipientIDsByExternal maps external-id blind indexes (recipients.external_id)
// to the tenant's recipient ids; indexes with no recipient are absent.
func (s *Store) RecipientIDsByExternal(ctx context.Context, tenantID string, externalIndexes []string) (map[string]string, error) {
	out := make(map[string]string, len(externalIndexes))
	const chunk = 500
	for len(externalIndexes) > 0 {
		n := min(chunk, len(externalIndexes))
		args := make([]any, 0, n+1)
		args = append(args, tenantID)
		ph := make([]string, n)
		for i, x := range externalIndexes[:n] {
			args = append(args, x)
			ph[i] = fmt.Sprintf("$%d", i+2)
		}
		externalIndexes = externalIndexes[n:]
		rs, err := s.b.reader().query(ctx, `SELECT external_id, id FROM recipients WHERE tenant_id = $1 AND external_id IN (`+strings.Join(ph, ",")+`)`, args...)
		if err != nil {
			return nil, err
		}
		for rs.Next() {
			var ext, id string
			if err := rs.Scan(&ext, &id); err != nil {
				rs.Close()
				return nil, err
			}
			out[ext] = id
		}
		err = rs.Err()
		rs.Close()
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// ChangeSegmentMembers adds (add true) or removes recipients of a tenant's
// segment in one transaction with its audit event, and reports how many rows
// changed (members already in, or not in, the segment change nothing).
// ErrNotFound if the segment does not exist: nothing is written.
func (s *Store) ChangeSegmentMembers(ctx context.Context, tenantID, segmentID string, recipientIDs []string, add bool, actor string) (int64, error) {
	var changed int64
	err := s.b.inTx(ctx, func(tx txn) error {
		var one int
		if err := tx.queryRow(ctx, `SELECT 1 FROM segments WHERE tenant_id = $1 AND id = $2`, tenantID, segmentID).Scan(&one); err != nil {
			return notFound(err)
		}
		at := now()
		var stmts []stmt
		action := audit.ActionSegmentMembersAdd
		if add {
			rows := make([][]any, len(recipientIDs))
			for i, id := range recipientIDs {
				rows[i] = []any{tenantID, segmentID, id, micros(at)}
			}
			st, err := rowStmts(tx, "segment_members", []string{"tenant_id", "segment_id", "recipient_id", "added_at"}, rows, " ON CONFLICT DO NOTHING")
			if err != nil {
				return err
			}
			stmts = st
		} else {
			action = audit.ActionSegmentMembersRemove
			for _, id := range recipientIDs {
				stmts = append(stmts, stmt{`DELETE FROM segment_members WHERE tenant_id = $1 AND segment_id = $2 AND recipient_id = $3`, []any{tenantID, segmentID, id}})
			}
		}
		counts, err := tx.execAll(ctx, stmts)
		if err != nil {
			return err
		}
		for _, c := range counts {
			changed += c
		}
		return insertAudit(ctx, tx, audit.Event{TenantID: tenantID, At: at, Actor: actor, Action: action, ObjectType: "segment", ObjectID: segmentID})
	})
	return changed, err
}

const campaignCols = `tenant_id, id, segment_id, category, status, reason, members, planned, suppressed, blocked, cursor, subject, body, notice_vars, expires_at, idem_key, idem_fp, created_at, updated_at`

// CreateCampaign writes a campaign (status planning), its data key, its audit
// event and its planning job in one transaction. ErrNotFound if the segment
// does not exist, ErrExists if the campaign's IdemKey is taken: nothing is
// written.
func (s *Store) CreateCampaign(ctx context.Context, c Campaign, wrappedKey []byte, job river.InsertManyParams, actor string) error {
	err := s.b.inTx(ctx, func(tx txn) error {
		var one int
		if err := tx.queryRow(ctx, `SELECT 1 FROM segments WHERE tenant_id = $1 AND id = $2`, c.TenantID, c.SegmentID).Scan(&one); err != nil {
			return notFound(err)
		}
		at := now()
		if _, err := tx.exec(ctx, `INSERT INTO campaigns (`+campaignCols+`) VALUES ($1,$2,$3,$4,$5,'',0,0,0,0,'',$6,$7,$8,$9,$10,$11,$12,$12)`,
			c.TenantID, c.ID, c.SegmentID, c.Category, CampaignPlanning, c.Subject, c.Body, c.NoticeVars, optMicros(c.ExpiresAt), c.IdemKey, c.IdemFP, micros(at)); err != nil {
			return err
		}
		if err := putDataKey(ctx, tx, c.TenantID, "campaign/"+c.ID, wrappedKey, at); err != nil {
			return err
		}
		if err := insertAudit(ctx, tx, audit.Event{TenantID: c.TenantID, At: at, Actor: actor, Action: audit.ActionCampaignCreate, ObjectType: "campaign", ObjectID: c.ID}); err != nil {
			return err
		}
		return tx.insertJobs(ctx, []river.InsertManyParams{job})
	})
	if err != nil && c.IdemKey != nil && s.b.isUniqueViolation(err) {
		return ErrExists
	}
	return err
}

// CampaignByIdempotencyKey finds a tenant's campaign by the blind index of
// the Idempotency-Key it was created with.
func (s *Store) CampaignByIdempotencyKey(ctx context.Context, tenantID string, key []byte) (Campaign, error) {
	return scanCampaign(s.b.reader().queryRow(ctx, `SELECT `+campaignCols+` FROM campaigns WHERE tenant_id = $1 AND idem_key = $2`, tenantID, key))
}

// GetCampaign reads a tenant's campaign.
func (s *Store) GetCampaign(ctx context.Context, tenantID, id string) (Campaign, error) {
	return scanCampaign(s.b.reader().queryRow(ctx, `SELECT `+campaignCols+` FROM campaigns WHERE tenant_id = $1 AND id = $2`, tenantID, id))
}

func scanCampaign(r row) (Campaign, error) {
	var c Campaign
	var exp *int64
	var cr, up int64
	err := r.Scan(&c.TenantID, &c.ID, &c.SegmentID, &c.Category, &c.Status, &c.Reason, &c.Members, &c.Planned, &c.Suppressed, &c.Blocked, &c.Cursor,
		&c.Subject, &c.Body, &c.NoticeVars, &exp, &c.IdemKey, &c.IdemFP, &cr, &up)
	if err != nil {
		return Campaign{}, notFound(err)
	}
	c.ExpiresAt, c.CreatedAt, c.UpdatedAt = optTime(exp), fromMicros(cr), fromMicros(up)
	return c, nil
}

// CampaignOutcome counts what became of a campaign's messages (see
// CampaignOutcome).
func (s *Store) CampaignOutcome(ctx context.Context, tenantID, id string) (CampaignOutcome, error) {
	var o CampaignOutcome
	var sent, blocked, suppressed *int64
	err := s.b.reader().queryRow(ctx, `SELECT
			SUM(CASE WHEN x.s > 0 THEN 1 ELSE 0 END),
			SUM(CASE WHEN x.s = 0 AND x.b > 0 THEN 1 ELSE 0 END),
			SUM(CASE WHEN x.s = 0 AND x.b = 0 AND x.u > 0 THEN 1 ELSE 0 END)
		FROM (SELECT d.message_id,
				SUM(CASE WHEN d.status IN ('sent','delivered') THEN 1 ELSE 0 END) AS s,
				SUM(CASE WHEN d.status = 'blocked' THEN 1 ELSE 0 END) AS b,
				SUM(CASE WHEN d.status = 'suppressed' THEN 1 ELSE 0 END) AS u
			FROM messages m JOIN deliveries d ON d.tenant_id = m.tenant_id AND d.message_id = m.id
			WHERE m.tenant_id = $1 AND m.campaign_id = $2
			GROUP BY d.message_id) x`, tenantID, id).Scan(&sent, &blocked, &suppressed)
	if err != nil {
		return o, err
	}
	for _, p := range []struct {
		dst *int64
		src *int64
	}{{&o.Sent, sent}, {&o.Blocked, blocked}, {&o.Suppressed, suppressed}} {
		if p.src != nil {
			*p.dst = *p.src
		}
	}
	err = s.b.reader().queryRow(ctx, `SELECT COUNT(*) FROM campaign_unsubscribes WHERE tenant_id = $1 AND campaign_id = $2`, tenantID, id).Scan(&o.Unsubscribed)
	return o, err
}

// CampaignMembersPage reads up to limit members of a segment after the
// recipient id after, in recipient id order, with their reachability and
// marketing consent.
func (s *Store) CampaignMembersPage(ctx context.Context, tenantID, segmentID, after string, limit int) ([]CampaignMember, error) {
	// The page of member ids first (a range of the primary key), then
	// their rows by primary key: the cost stays the same on the last page
	// as on the first.
	rs, err := s.b.reader().query(ctx, `SELECT r.id, r.locale, r.has_email, r.has_phone, c.categories
		FROM (SELECT tenant_id, recipient_id FROM segment_members
			WHERE tenant_id = $1 AND segment_id = $2 AND recipient_id > $3
			ORDER BY recipient_id LIMIT $4) sm
		JOIN recipients r ON r.tenant_id = sm.tenant_id AND r.id = sm.recipient_id
		LEFT JOIN consents c ON c.tenant_id = sm.tenant_id AND c.recipient_id = sm.recipient_id AND c.kind = 'marketing' AND c.withdrawn_at IS NULL
		ORDER BY sm.recipient_id`, tenantID, segmentID, after, limit)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	out := make([]CampaignMember, 0, limit)
	for rs.Next() {
		var m CampaignMember
		var he, hp int
		var cats *string
		if err := rs.Scan(&m.RecipientID, &m.Locale, &he, &hp, &cats); err != nil {
			return nil, err
		}
		m.HasEmail, m.HasPhone = he != 0, hp != 0
		if cats != nil {
			m.Consent, m.ConsentCategories = true, *cats
		}
		out = append(out, m)
	}
	return out, rs.Err()
}

// CampaignBatch is one planning step: the messages of a page of members, and
// the counts and cursor after it.
type CampaignBatch struct {
	TenantID, CampaignID string
	From, To             string // the cursor before and after this page
	Members              int64  // members looked at in this page
	Suppressed, Blocked  int64
	Messages             []NewMessage // Link and Idem unused
	Actor                string
}

// ErrCampaignMoved is returned by WriteCampaignBatch when the campaign is no
// longer planning from the batch's cursor (another run planned that page, or
// the campaign was finished): nothing was written.
var ErrCampaignMoved = errors.New("store: campaign moved on")

// WriteCampaignBatch writes a page of a campaign's plan in one transaction:
// the cursor and counts move (compare-and-swap on the cursor: a page is never
// written twice), then every message with its data key, deliveries, audit
// event and jobs.
//
// On SQLite the page rides in the shared writer batcher's transaction
// (writes.go), with whatever ingest and delivery writes are waiting, so
// planning takes its turn at the one writer instead of making them wait.
func (s *Store) WriteCampaignBatch(ctx context.Context, b CampaignBatch) error {
	if s.b.name() == "sqlite" {
		return s.writes.do(ctx, &writeOp{campaign: &b})
	}
	return s.b.inTx(ctx, func(tx txn) error { return writeCampaignBatch(ctx, tx, b) })
}

// writeCampaignBatch writes a page inside tx (see WriteCampaignBatch).
func writeCampaignBatch(ctx context.Context, tx txn, b CampaignBatch) error {
	at := now()
	n, err := tx.exec(ctx, `UPDATE campaigns SET cursor = $1, members = members + $2, planned = planned + $3, suppressed = suppressed + $4,
		blocked = blocked + $5, updated_at = $6 WHERE tenant_id = $7 AND id = $8 AND status = $9 AND cursor = $10`,
		b.To, b.Members, int64(len(b.Messages)), b.Suppressed, b.Blocked, micros(at), b.TenantID, b.CampaignID, CampaignPlanning, b.From)
	if err != nil {
		return err
	}
	if n != 1 {
		return ErrCampaignMoved
	}
	if len(b.Messages) == 0 {
		return nil
	}
	var keys, msgs, dels [][]any
	var jobs []river.InsertManyParams
	evs := make([]audit.Event, 0, len(b.Messages))
	for _, it := range b.Messages {
		m := it.Message
		created := at
		if !m.CreatedAt.IsZero() {
			created = m.CreatedAt.Truncate(time.Microsecond)
		}
		var due *int64
		if !m.ShredDue.IsZero() {
			d := micros(m.ShredDue)
			due = &d
		}
		keys = append(keys, []any{m.TenantID, "message/" + m.ID, it.DataKey, micros(at)})
		msgs = append(msgs, []any{m.TenantID, m.ID, m.RecipientID, m.Category, m.Sensitivity, m.Urgency, StatusAccepted,
			m.Subject, m.Body, m.NoticeVars, optMicros(m.ExpiresAt), micros(created), due, b.CampaignID})
		for _, d := range it.Deliveries {
			dels = append(dels, []any{d.TenantID, d.ID, d.MessageID, d.Channel, DeliveryQueued, d.Target, micros(created), micros(created)})
		}
		evs = append(evs, audit.Event{TenantID: m.TenantID, At: at, Actor: b.Actor, Action: audit.ActionMessageCreate, ObjectType: "message", ObjectID: m.ID})
		jobs = append(jobs, it.Jobs...)
	}
	tables := []copyTable{
		{"data_keys", []string{"tenant_id", "owner", "wrapped", "created_at"}, keys},
		{"messages", []string{"tenant_id", "id", "recipient_id", "category", "sensitivity", "urgency", "status",
			"subject", "body", "notice_vars", "expires_at", "created_at", "shred_due", "campaign_id"}, msgs},
		{"deliveries", []string{"tenant_id", "id", "message_id", "channel", "status", "target", "created_at", "updated_at"}, dels},
		{"audit_events", auditCols, auditRows(evs)},
	}
	if err := bulkInsert(ctx, tx, tables); err != nil {
		return fmt.Errorf("store: write campaign batch (refused as a whole): %w", err)
	}
	return tx.insertJobs(ctx, jobs)
}

// FinishCampaign ends a planning campaign with status planned, blocked or
// failed (reason: rule names or a fixed phrase) and its audit event.
// ErrCampaignMoved if it was not planning.
func (s *Store) FinishCampaign(ctx context.Context, tenantID, id, status, reason, actor string) error {
	return s.b.inTx(ctx, func(tx txn) error {
		at := now()
		n, err := tx.exec(ctx, `UPDATE campaigns SET status = $1, reason = $2, updated_at = $3 WHERE tenant_id = $4 AND id = $5 AND status = $6`,
			status, reason, micros(at), tenantID, id, CampaignPlanning)
		if err != nil {
			return err
		}
		if n != 1 {
			return ErrCampaignMoved
		}
		return insertAudit(ctx, tx, audit.Event{TenantID: tenantID, At: at, Actor: actor, Action: audit.ActionCampaignPlan + "." + status, ObjectType: "campaign", ObjectID: id})
	})
}

// RecordCampaignUnsubscribe notes that a recipient unsubscribed through a
// campaign message's notice (nothing if the message belongs to no campaign;
// once per campaign and recipient).
func (s *Store) RecordCampaignUnsubscribe(ctx context.Context, tenantID, messageID, recipientID string) error {
	return s.b.inTx(ctx, func(tx txn) error {
		_, err := tx.exec(ctx, `INSERT INTO campaign_unsubscribes (tenant_id, campaign_id, recipient_id, at)
			SELECT tenant_id, campaign_id, recipient_id, $4 FROM messages
			WHERE tenant_id = $1 AND id = $2 AND recipient_id = $3 AND campaign_id IS NOT NULL
			ON CONFLICT DO NOTHING`, tenantID, messageID, recipientID, micros(now()))
		return err
	})
}

// copyTable is rows for one table.
type copyTable struct {
	table string
	cols  []string
	rows  [][]any
}

// bulkInsert writes large sets of rows: on PostgreSQL with COPY (binary,
// no statement to parse: half the time of multi-row INSERTs for a
// campaign batch), elsewhere as rowStmts' INSERTs.
func bulkInsert(ctx context.Context, tx txn, tables []copyTable) error {
	if pt, ok := tx.(pgTx); ok {
		for _, t := range tables {
			if len(t.rows) == 0 {
				continue
			}
			if _, err := pt.tx.CopyFrom(ctx, pgx.Identifier{t.table}, t.cols, pgx.CopyFromRows(t.rows)); err != nil {
				return fmt.Errorf("copy %s: %w", t.table, err)
			}
		}
		return nil
	}
	var all []stmt
	for _, t := range tables {
		st, err := rowStmts(tx, t.table, t.cols, t.rows, "")
		if err != nil {
			return err
		}
		all = append(all, st...)
	}
	_, err := tx.execAll(ctx, all)
	return err
}
